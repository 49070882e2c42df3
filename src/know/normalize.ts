// Name keys: the one normal form that gazetteer and dictionary lookups share.

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no diacritics, no dots in abbreviations ("U.S." -> "us"), one space between words. */
export function nameKey(text: string): string {
  let s = text;
  if (NON_ASCII.test(s)) {
    s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´ʻʼ]/g, "'").replace(/[‐‑‒–—]/g, '-');
  }
  s = s.toLowerCase();
  if (s.includes('.')) s = s.replace(/\b([a-z])\.(?=[a-z]\b|[a-z]\.)/g, '$1').replace(/\.(?=\s|$)/g, '');
  if (/\s\s|^\s|\s$|[\t\n]/.test(s)) s = s.replace(/\s+/g, ' ').trim();
  return s.startsWith('the ') ? s.slice(4) : s;
}
