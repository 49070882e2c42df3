// Words of the sentence being coded, by hash: findTriggers notes every word it scans, and the
// tests run while it codes that sentence ask whether an expression's first words are among them
// before running the expression.

import { isRegexWordChar, isSpaceChar } from '../text/chars.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
export { FNV_OFFSET, FNV_PRIME };

/** The hash of a lower-case word, as the scans compute it character by character. */
export function hashKey(key: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), FNV_PRIME);
  return hash;
}

/**
 * The hash (hashKey of its lower case) of the word after the white space at `at`: a letter, then
 * letters, digits and underscores (a regex's \w) up to anything else, an apostrophe included. 1 when
 * no white space is at `at` or no letter follows it (no word hashes to 1 in practice; a clash only
 * lets a test through to its expression).
 */
export function nextWordHash(text: string, at: number): number {
  if (!isSpaceChar(text.charCodeAt(at))) return 1;
  while (isSpaceChar(text.charCodeAt(at))) at++;
  const first = text.charCodeAt(at);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return 1;
  let hash = FNV_OFFSET;
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (!isRegexWordChar(c)) break;
    hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
  }
  return hash;
}

// The current sentence's words as a table of hash slots stamped with the sentence's number: a
// slot holds when its stamp is the current one. A shared slot only lets a test through to its regex.
// Small tables (16-bit stamps and sets) stay in the CPU's first cache among the other stages' data.
const SLOTS = 4096;
const stamps = new Uint16Array(SLOTS);
let sentenceNumber = 0;

/** Forgets the words noted so far. */
export function startSentence(): void {
  sentenceCues = 0;
  sentenceNumber = (sentenceNumber + 1) & 0xffff;
  if (sentenceNumber === 0) {
    stamps.fill(0);
    sentenceNumber = 1;
  }
}

// Sets of words (cueWords) as bits: per slot, the bits of the sets holding a word of that slot;
// per sentence, the bits of the sets it may have a word of.
const cueBits = new Uint16Array(SLOTS);
let cueCount = 0;
let sentenceCues = 0;

/** A bit standing for a set of words (hashes): mayHaveCue tells whether the current sentence may have one of them. */
export function cueWords(hashes: Int32Array): number {
  if (cueCount === 16) throw new Error('too many sets of cue words');
  const bit = 1 << cueCount++;
  for (const hash of hashes) cueBits[hash & (SLOTS - 1)] |= bit;
  return bit;
}

export function noteWord(hash: number): void {
  stamps[hash & (SLOTS - 1)] = sentenceNumber;
  sentenceCues |= cueBits[hash & (SLOTS - 1)];
}

/** Whether the current sentence may have a word of the set cueWords made this bit for. */
export function mayHaveCue(bit: number): boolean {
  return (sentenceCues & bit) !== 0;
}

/** Whether a word of this hash may be in the current sentence. */
export function mayHaveWord(hash: number): boolean {
  return stamps[hash & (SLOTS - 1)] === sentenceNumber;
}

/**
 * cueWords of words one of which every match of an expression holds as a whole word: checked
 * here against the texts the expression matches (expressionTexts), so a wrong list fails at load.
 * Chosen by hand, rarer than the words matchWords would take ("believed" rather than "is").
 */
export function cueWordsOf(expression: RegExp, words: readonly string[]): number {
  const { source } = expression;
  for (const text of expressionTexts(source)) {
    const parts = text.split(/[^a-z0-9_\u0001]+/);
    // A part at an end without \b may be the end of a longer word of the sentence.
    const whole = parts.filter((_, i) => (i > 0 || source.startsWith('\\b')) && (i < parts.length - 1 || source.endsWith('\\b')));
    if (!whole.some((part) => words.includes(part))) throw new Error(`no cue word in "${text}" of ${source}`);
  }
  if (!words.every((w) => /^[a-z][a-z0-9_]*$/.test(w))) throw new Error(`cue words must start with a letter: ${words.join(' ')}`);
  return cueWords(Int32Array.from(words, hashKey));
}

/** In expressionTexts' texts, where \\w* or \\w+ continues a word. */
const WORD_GOES_ON = '\u0001';

/**
 * The texts an expression matches, in lower case, with one space for each run of white space:
 * letters, digits, spaces, '-', '&', \s (with ?, * or +), \b, [classes] of letters, groups and ?.
 * A lookahead only narrows what matches, so it is left out. Throws on anything else.
 */
export function expressionTexts(source: string): string[] {
  let at = 0;
  function alternatives(): string[] {
    const out = sequence();
    while (source[at] === '|') {
      at++;
      out.push(...sequence());
    }
    return out;
  }
  /** Past the group opening at `at`, whatever it holds. */
  function skipGroup(): void {
    let depth = 0;
    do {
      const c = source[at++];
      if (c === '\\') at++;
      else if (c === '[') at = source.indexOf(']', at) + 1;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      if (at <= 0 || at > source.length) throw new Error(`unclosed group in ${source}`);
    } while (depth > 0);
  }
  function group(): void {
    if (source[at++] !== ')') throw new Error(`unclosed group in ${source}`);
  }
  function sequence(): string[] {
    let texts = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let options: string[];
      if (source.startsWith('(?=', at) || source.startsWith('(?!', at)) {
        skipGroup();
        continue;
      } else if (source.startsWith('(?:', at) || (source[at] === '(' && source[at + 1] !== '?')) {
        at += source[at + 1] === '?' ? 3 : 1;
        options = alternatives();
        group();
      } else if (source.startsWith('\\s', at)) {
        at += 2;
        options = source[at] === '*' ? [' ', ''] : [' '];
        if (source[at] === '+' || source[at] === '*') at++;
      } else if (source.startsWith('\\w*', at) || source.startsWith('\\w+', at)) {
        // The word goes on with letters unknown: marked, for matchWords to take its known start.
        at += 3;
        options = [WORD_GOES_ON];
      } else if (source.startsWith('\\b', at)) {
        at += 2;
        options = [''];
      } else if (source[at] === '[') {
        const end = source.indexOf(']', at);
        options = [...source.slice(at + 1, end)].map((c) => c.toLowerCase());
        if (!options.every((c) => /^[a-z]$/.test(c))) throw new Error(`unsupported class in ${source}`);
        at = end + 1;
      } else if (/^[A-Za-z0-9 &-]$/.test(source[at])) {
        options = [source[at++].toLowerCase()];
      } else {
        throw new Error(`unsupported syntax at ${at} in ${source}`);
      }
      if (source[at] === '?') {
        at++;
        options = [...options, ''];
      }
      texts = texts.flatMap((t) => options.map((o) => t + o));
    }
    return texts;
  }
  const texts = alternatives();
  if (at !== source.length) throw new Error(`unsupported syntax at ${at} in ${source}`);
  return texts;
}

/** Words too frequent to stand for a text they are part of. */
const COMMON_WORDS = new Set(['the', 'a', 'an', 'al', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with']);

/** What a sentence must have for an expression to match in it: one of these words, or one of these stems starting a word. */
export interface MatchWords {
  hashes: Int32Array;
  stems: string[];
}

/**
 * For a case-insensitive expression between \\b and \\b, one word (run of letters, digits and
 * underscores, starting with a letter) of each text it matches: a sentence must have
 * one of them for the expression to match in it. Each such word stands in a match between
 * non-word characters or the match's ends, so it is a whole word of the sentence. A text whose
 * only words go on (\\w*) gives its first word's known start as a stem instead.
 */
export function matchWords(expression: RegExp): MatchWords {
  const { source, flags } = expression;
  if (!source.startsWith('\\b') || !source.endsWith('\\b') || !flags.includes('i')) throw new Error(`match words need a case-insensitive expression between \\b and \\b: ${source}`);
  const words = new Set<string>();
  const stems = new Set<string>();
  const texts = expressionTexts(source).map((text) => {
    const parts = text.split(/[^a-z0-9_\u0001]+/);
    // Words starting with a letter: findTriggers notes only those.
    return { parts, whole: parts.filter((w) => /^[a-z][a-z0-9_]*$/.test(w)) };
  });
  // One-word texts first: a longer text holding one of their words needs no other. Otherwise a
  // text's first word that is not a common one ("league" of "league leaders", "qaeda" of "al-Qaeda").
  for (const { whole, parts } of texts) if (whole.length === 1 && parts.length === 1) words.add(whole[0]);
  for (const { parts, whole } of texts) {
    if (whole.some((w) => words.has(w))) continue;
    if (whole.length) {
      words.add(whole.find((w) => !COMMON_WORDS.has(w)) ?? whole[0]);
    } else if (/^[a-z][a-z0-9_]*\u0001/.test(parts[0])) {
      stems.add(parts[0].slice(0, parts[0].indexOf(WORD_GOES_ON)));
    } else {
      throw new Error(`a match of ${source} may hold no word starting with a letter`);
    }
  }
  return { hashes: Int32Array.from([...words].map(hashKey)), stems: [...stems] };
}
