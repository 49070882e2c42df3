// HTML character references: numeric ones and the named ones that occur in news
// pages. An unknown name is left as written rather than guessed.
// Tables keyed by page text have no prototype: "&constructor;" must not find Object's.
const NAMED: Record<string, string> = Object.setPrototypeOf({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', shy: '\u00ad',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', horbar: '\u2015', minus: '\u2212',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032', Prime: '\u2033',
  bull: '\u2022', middot: '\u00b7', dagger: '\u2020', Dagger: '\u2021', sect: '\u00a7', para: '\u00b6',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3', micro: '\u00b5',
  cent: '\u00a2', pound: '\u00a3', euro: '\u20ac', yen: '\u00a5', curren: '\u00a4', permil: '\u2030',
  iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa', ordm: '\u00ba', not: '\u00ac', macr: '\u00af', acute: '\u00b4',
  cedil: '\u00b8', uml: '\u00a8', brvbar: '\u00a6', larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193',
  harr: '\u2194', hearts: '\u2665', star: '\u2606', check: '\u2713', infin: '\u221e', ne: '\u2260', le: '\u2264', ge: '\u2265',
  asymp: '\u2248', alpha: '\u03b1', beta: '\u03b2', gamma: '\u03b3', delta: '\u03b4', pi: '\u03c0', mu: '\u03bc',
  sigma: '\u03c3', omega: '\u03c9', Delta: '\u0394', Omega: '\u03a9', szlig: '\u00df', oelig: '\u0153', OElig: '\u0152',
  aelig: '\u00e6', AElig: '\u00c6', oslash: '\u00f8', Oslash: '\u00d8', aring: '\u00e5', Aring: '\u00c5', eth: '\u00f0',
  thorn: '\u00fe', THORN: '\u00de', ETH: '\u00d0', scaron: '\u0161', Scaron: '\u0160', zcaron: '\u017e', Zcaron: '\u017d',
  fnof: '\u0192', circ: '\u02c6', tilde: '\u02dc', lowast: '\u2217', loz: '\u25ca',
}, null);

// Letters with diacritics follow a regular naming scheme: &eacute; &Uuml; &ntilde; ...
const ACCENTS: Record<string, Record<string, string>> = Object.setPrototypeOf({
  grave: { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù', A: 'À', E: 'È', I: 'Ì', O: 'Ò', U: 'Ù' },
  acute: { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', Y: 'Ý' },
  circ: { a: 'â', e: 'ê', i: 'î', o: 'ô', u: 'û', A: 'Â', E: 'Ê', I: 'Î', O: 'Ô', U: 'Û' },
  tilde: { a: 'ã', n: 'ñ', o: 'õ', A: 'Ã', N: 'Ñ', O: 'Õ' },
  uml: { a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü', y: 'ÿ', A: 'Ä', E: 'Ë', I: 'Ï', O: 'Ö', U: 'Ü', Y: 'Ÿ' },
  cedil: { c: 'ç', C: 'Ç' },
}, null);

function named(name: string): string | undefined {
  const direct = NAMED[name];
  if (direct !== undefined) return direct;
  const accent = ACCENTS[name.slice(1)];
  return accent && Object.hasOwn(accent, name[0]) ? accent[name[0]] : undefined;
}

/** Windows-1252 meanings of C1 code points, which pages use in numeric references. */
const C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/**
 * Maps C1 control characters to their windows-1252 meaning. Node 20's TextDecoder
 * decodes "windows-1252" as ISO-8859-1, which leaves curly quotes and dashes as C1 controls.
 */
export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => {
    const mapped = C1[ch.charCodeAt(0)];
    return mapped ? String.fromCharCode(mapped) : ch;
  });
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6});?|#([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,31});?)/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const value = named(name);
      return value === undefined || !whole.endsWith(';') && !(name in NAMED) ? whole : value;
    }
    let code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    code = C1[code] ?? code;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}
