// Name keys: the one normal form that gazetteer and dictionary lookups share.

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no diacritics, no dots in abbreviations ("U.S." -> "us"), one space between words. */
export function nameKey(text: string): string {
  // the usual text, ASCII without dots, tabs, line breaks or extra spaces, found in one pass: only lower case is left to do
  let prevSpace = true;
  let plain = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const space = c === 32 || (c >= 9 && c <= 13);
    if (c >= 128 || c === 46 || c === 9 || c === 10 || (space && prevSpace)) {
      plain = false;
      break;
    }
    prevSpace = space;
  }
  if (plain && !prevSpace) {
    const s = text.toLowerCase();
    return s.startsWith('the ') ? s.slice(4) : s;
  }
  let s = text;
  if (NON_ASCII.test(s)) {
    s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´ʻʼ]/g, "'").replace(/[‐‑‒–—]/g, '-');
  }
  s = s.toLowerCase();
  if (s.includes('.')) s = s.replace(/\b([a-z])\.(?=[a-z]\b|[a-z]\.)/g, '$1').replace(/\.(?=\s|$)/g, '');
  if (/\s\s|^\s|\s$|[\t\n]/.test(s)) s = s.replace(/\s+/g, ' ').trim();
  return s.startsWith('the ') ? s.slice(4) : s;
}

/** Whether a character code separates the parts of a key: space, hyphen or apostrophe. */
export function isKeySeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 39;
}

/** A key's first part: up to its first space, hyphen or apostrophe ("sri" of "sri lanka"); the key itself if it has one part. */
export function keyLead(key: string): string {
  for (let k = 0; k < key.length; k++) if (isKeySeparator(key.charCodeAt(k))) return key.slice(0, k);
  return key;
}
