// The words of a sentence, as the mention scan reads them: runs of letters and digits joined by
// hyphens or apostrophes ("Vietnamese-led", "O'Brien"), and dotted capitals ("U.S.", "U.N"), with
// a possessive "'s" left off. A hand-written scanner: the same words as the regular expression
//   /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
// (checked against it on the bench texts and random strings), without a match object per word.
// A word's text and key are made only when asked.
import { KeyCache } from './key-cache.ts';
import { hashMore } from './gazetteer-store.ts';
import { nameKey } from './normalize.ts';

/** The key's code unit for a plain word's character: lower case, ’ as ' (what nameKey makes of them). */
export const plainKeyCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c);

/**
 * A word of a sentence. Its text and key are cut out and made only when asked: the scan turns
 * most words away by their first letters, length and case, read from the sentence itself.
 */
export class Word {
  /** The sentence the word is read from. */
  source = '';
  start = 0;
  end = 0;
  capital = false;
  /** Only ASCII letters, digits, hyphens and apostrophes (’ too, read as '): the key is the text in lower case, ’ as '. */
  plain = false;
  private textValue: string | null = null;
  private keyValue: string | null = null;

  /** Reads the word source[start, end). */
  set(source: string, start: number, end: number, capital: boolean, plain: boolean): void {
    this.source = source;
    this.start = start;
    this.end = end;
    this.capital = capital;
    this.plain = plain;
    this.textValue = null;
    this.keyValue = null;
  }

  get text(): string {
    return (this.textValue ??= this.source.slice(this.start, this.end));
  }

  /** nameKey of the word alone. */
  get key(): string {
    return (this.keyValue ??= keyOf(this.text));
  }

  /** Whether the key is "the" (without making it). */
  isThe(): boolean {
    return this.keyIs('the'); // a word that is not plain may be one too: "Thé", "T.H.E."
  }

  /** The key's code unit at `k` (0 <= k < key length): read from the text when the word is plain. */
  keyCodeAt(k: number): number {
    if (!this.plain) return this.key.charCodeAt(k);
    return plainKeyCode(this.source.charCodeAt(this.start + k));
  }

  /** Whether the key is `s` (lower case ASCII), read from the text when the word is plain. */
  keyIs(s: string): boolean {
    if (!this.plain) return this.key === s;
    return this.end - this.start === s.length && this.keyEndsWith(s);
  }

  /** Whether the key ends with `s` (lower case ASCII), read from the text when the word is plain. */
  keyEndsWith(s: string): boolean {
    if (!this.plain) return this.key.endsWith(s);
    const from = this.end - s.length;
    if (from < this.start) return false;
    for (let k = 0; k < s.length; k++) {
      if (plainKeyCode(this.source.charCodeAt(from + k)) !== s.charCodeAt(k)) return false;
    }
    return true;
  }

  /** hashMore(hash, this.key), read from the text when the word is plain. */
  hashKeyOnto(hash: number): number {
    if (!this.plain) return hashMore(hash, this.key);
    const text = this.source;
    let h = hash;
    for (let k = this.start; k < this.end; k++) h = Math.imul(h ^ plainKeyCode(text.charCodeAt(k)), 0x01000193);
    return h >>> 0;
  }

  /** The key's length: the text's when the word is plain. */
  get keyLength(): number {
    return this.plain ? this.end - this.start : this.key.length;
  }
}

/** Class bits of a code point: a letter or digit, an upper-case letter; WIDE marks a surrogate pair. */
const LN = 1, LU = 2, WIDE = 4;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;
/** Classes of the Basic Multilingual Plane, filled in as they are met: 0 not yet known, else class + 8. */
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  bmp[c] = 8 + (c >= 65 && c <= 90 ? LN | LU : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? LN : 0);
}

function classOf(cp: number): number {
  const s = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(s) ? (UPPER.test(s) ? LN | LU : LN) : 0;
}

/** The class of the code point at `p` (0 past the end), with WIDE when it takes two code units. */
function classAt(text: string, p: number): number {
  if (p >= text.length) return 0;
  const c = text.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < text.length) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | WIDE;
  }
  let k = bmp[c];
  if (k === 0) bmp[c] = k = 8 + classOf(c);
  return k - 8;
}

const width = (k: number): number => (k & WIDE ? 2 : 1);
/** Classes of the ASCII characters (bmp's, without the + 8). */
const ASCII = bmp.slice(0, 128).map((k) => k - 8);

/** nameKey of the words that need it, kept across articles: "U.S." comes back sentence after sentence. */
const SPECIAL_KEYS = new KeyCache<string>(20_000);
const specialKey = (t: string): string => SPECIAL_KEYS.get(t, nameKey);

/** A word's nameKey: a word with a letter outside ASCII or a dot ("U.S.") needs nameKey, others only lower case, if that. */
function keyOf(t: string): string {
  let upper = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128 || c === 46) return specialKey(t);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? t.toLowerCase() : t;
}

/** Word objects of readWords, reused from sentence to sentence. */
const pool: Word[] = [];
/** readWords' arrays by length: filled in place, where emptying one array and pushing each word regrew its storage sentence after sentence. */
const arraysByLength: Word[][] = [];
/** Longer sentences get an array of their own. */
const MAX_REUSED_LENGTH = 200;

/**
 * The words of `text`, as Word objects in an array that the next call reuses: for a caller that is
 * done with them before reading another sentence.
 */
export function readWords(text: string): Word[] {
  const count = scanWords(text, pool, true);
  let out = count <= MAX_REUSED_LENGTH ? arraysByLength[count] : undefined;
  if (out === undefined) {
    out = pool.slice(0, count);
    if (count <= MAX_REUSED_LENGTH) arraysByLength[count] = out;
    return out;
  }
  for (let k = 0; k < count; k++) out[k] = pool[k];
  return out;
}

/** The words of `text`, as new objects. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  scanWords(text, out, false);
  return out;
}

/** Reads the words of `text` into out[0], out[1], ... (Word objects of `out` reused when `reuse`); returns how many. */
function scanWords(text: string, out: Word[], reuse: boolean): number {
  let count = 0;
  const n = text.length;
  let p = 0;
  while (p < n) {
    const first = text.charCodeAt(p);
    let a: number;
    if (first < 128) {
      a = ASCII[first];
      if (a === 0) {
        p++;
        continue;
      }
    } else {
      a = classAt(text, p);
      if (!(a & LN)) {
        p += width(a);
        continue;
      }
    }
    let q = -1;
    if (a & LU) {
      // dotted capitals: a capital, then one or more ".X", then an optional "."
      let r = p + width(a);
      let dots = 0;
      while (r < n && text.charCodeAt(r) === 46) {
        const b = classAt(text, r + 1);
        if (!(b & LU)) break;
        r += 1 + width(b);
        dots++;
      }
      if (dots > 0) q = r < n && text.charCodeAt(r) === 46 ? r + 1 : r;
    }
    // while reading a word: whether it has a character nameKey changes (outside ASCII, or a dot)
    let special = q >= 0 || first >= 128;
    if (q < 0) {
      // letters and digits, joined by single hyphens or apostrophes
      let r = p + width(a);
      while (r < n) {
        const c = text.charCodeAt(r);
        if (c < 128) {
          if (ASCII[c] !== 0) {
            r++;
            continue;
          }
          if ((c === 45 || c === 39) && classAt(text, r + 1) & LN) {
            r++;
            continue;
          }
          break;
        }
        const b = classAt(text, r);
        if (b & LN) {
          special = true;
          r += width(b);
          continue;
        }
        if (c === 0x2019 && classAt(text, r + 1) & LN) {
          r++;
          continue;
        }
        break;
      }
      q = r;
    }
    // a possessive "'s" is left off
    let end = q;
    if (q - p > 2 && text.charCodeAt(q - 1) === 115 && (text.charCodeAt(q - 2) === 39 || text.charCodeAt(q - 2) === 0x2019)) end = q - 2;
    let w: Word;
    if (reuse) {
      w = out[count] ??= new Word();
    } else w = out[count] = new Word();
    w.set(text, p, end, (a & LU) !== 0, !special);
    count++;
    p = q;
  }
  return count;
}
