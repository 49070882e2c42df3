// Name keys: the one normal form that gazetteer and dictionary lookups share.

/** Lower case, no diacritics, no dots in abbreviations ("U.S." -> "us"), one space between words. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\b|[a-z]\.)/g, '$1')
    .replace(/\.(?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
