// Sentences, tokens and part of speech from wink-nlp (no lemmas: see quotes.ts SPEECH_VERB_FORMS), with UTF-16 spans into the source text.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Tokens, type Sentence } from '../pipeline/doc.ts';

let nlp: WinkMethods | null = null;
/** Characters the current wink-nlp instance has read. */
let charsRead = 0;

/**
 * Characters one wink-nlp instance reads before a fresh one replaces it. wink-nlp adds every word
 * it has not seen to its instance's lexicon for good (about 0.6 MB of heap per million characters
 * of news text), so one instance would grow without bound over a long ingest. A fresh instance
 * starts from the model's own lexicon; building one costs about 70 ms of CPU, about 0.007 ms an
 * article at this interval (some 10,000 news articles), and caps the growth near 30 MB.
 * What an instance has learned can change how it reads a rare word later ("है।" splits once "है"
 * is known; "USD" is a symbol or a proper noun): a text's tokens already depend a little on what
 * the process read before it, and renewal changes only which texts those are (docs/notes.md).
 */
export const NLP_RENEW_CHARS = 50_000_000;
let renewChars = NLP_RENEW_CHARS;

/** Loads wink-nlp and its English model once per process, and again after each NLP_RENEW_CHARS read. */
export function loadNlp(): WinkMethods {
  if (nlp && charsRead >= renewChars) {
    nlp = null;
    charsRead = 0;
  }
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Sets the renewal interval (tests, and `bench/fingerprint.ts --renew-chars` to see what renewal changes); returns the previous one. */
export function setNlpRenewChars(chars: number): number {
  const previous = renewChars;
  renewChars = chars;
  return previous;
}

/** A line this long that ends without punctuation is taken as hard-wrapped prose, not a heading. */
const WRAPPED_LINE_MIN = 50;
/** Texts longer than this are read by wink in pieces (about 25,000 words each). */
const CHUNK_CHARS = 150_000;
const SENTENCE_END = /[.!?:;"'”’)\]]$/;

export interface Segmentation {
  sentences: Sentence[];
  tokens: Tokens;
}

/**
 * Tokens as segment() gathers them. The typed arrays are sized to wink's token count, an upper bound
 * (white space is dropped and split words merge), so they are rarely copied; finish() trims them.
 */
class TokenBuilder {
  readonly text: string[] = [];
  readonly pos: string[] = [];
  start: Int32Array = new Int32Array(0);
  end: Int32Array = new Int32Array(0);
  sentence: Int32Array = new Int32Array(0);

  get length(): number {
    return this.text.length;
  }

  /** Makes room for `more` tokens after those gathered. */
  reserve(more: number): void {
    const needed = this.length + more;
    if (needed <= this.start.length) return;
    this.start = grown(this.start, needed);
    this.end = grown(this.end, needed);
    this.sentence = grown(this.sentence, needed);
  }

  /** Adds a token; reserve() must have made room for it. */
  push(text: string, start: number, end: number, pos: string, sentence: number): void {
    const i = this.length;
    this.text.push(text);
    this.pos.push(pos);
    this.start[i] = start;
    this.end[i] = end;
    this.sentence[i] = sentence;
  }

  /** Extends token i by the piece that follows it. */
  mergeInto(i: number, piece: string, pieceTag: string): void {
    const text = this.text[i] + piece;
    this.text[i] = text;
    this.end[i] += piece.length;
    // the tagger saw fragments; a capitalised whole is a name
    const pos = this.pos[i];
    this.pos[i] = /^\p{Lu}/u.test(text) ? 'PROPN' : pos === 'X' ? pieceTag : pos;
  }

  finish(): Tokens {
    const n = this.length;
    return new Tokens(this.text, this.start.subarray(0, n), this.end.subarray(0, n), this.pos, this.sentence.subarray(0, n));
  }
}

function grown(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/**
 * Segments `text` into sentences and tokens. Sentence indices start at `firstIndex`;
 * spans index into `text`. Line breaks are not tokens: a blank line always ends a sentence,
 * and a single line break ends one unless the line before it looks hard-wrapped.
 */
export function segment(text: string, firstIndex = 0, captionIndex?: number): Segmentation {
  const sentences: Sentence[] = [];
  // white space only (as trim() would find, without copying the text)
  if (!/\S/.test(text)) return { sentences, tokens: new Tokens() };
  const tokens = new TokenBuilder();
  const wink = loadNlp();
  const its = wink.its;

  // Tokens go straight into `tokens`; those from `opened` on belong to the sentence not yet closed,
  // whose index is already known (the next one).
  let opened = 0;
  for (const [from, to] of chunks(text)) {
    const read = wink.readDoc(from === 0 && to === text.length ? text : text.slice(from, to));
    charsRead += to - from;
    const all = read.tokens();
    const values = all.out(its.value) as string[];
    const tags = all.out(its.pos) as string[];
    const ranges = read.sentences().out(its.span) as unknown as [number, number][];
    const starts = locate(text, values, from);
    tokens.reserve(values.length);
    for (const [first, last] of ranges) {
      for (let i = first; i <= last; i++) {
        const start = starts[i];
        if (start < 0) continue;
        const value = values[i];
        // wink's white-space tokens are white space throughout, so their first character tells
        if (value.length === 0 || isSpaceCode(value.charCodeAt(0))) {
          if (value.includes('\n') && endsSentenceAtBreak(text, value, start, tokens.length > opened)) {
            opened = closeSentence(text, sentences, tokens, opened, firstIndex, captionIndex);
          }
          continue;
        }
        const previous = tokens.length - 1;
        if (previous >= opened && tokens.end[previous] === start && isSplitWord(tokens.text[previous], value)) {
          tokens.mergeInto(previous, value, tags[i]);
          continue;
        }
        tokens.push(value, start, start + value.length, tags[i], firstIndex + sentences.length);
      }
      opened = closeSentence(text, sentences, tokens, opened, firstIndex, captionIndex);
    }
  }
  return { sentences, tokens: tokens.finish() };
}

/** Ends the sentence made of tokens[opened..], if any; returns where the next sentence's tokens start. */
function closeSentence(text: string, sentences: Sentence[], tokens: TokenBuilder, opened: number, firstIndex: number, captionIndex: number | undefined): number {
  if (tokens.length === opened) return opened;
  const span: [number, number] = [tokens.start[opened], tokens.end[tokens.length - 1]];
  const sentence: Sentence = { index: firstIndex + sentences.length, text: text.slice(span[0], span[1]), span };
  if (captionIndex !== undefined) sentence.captionIndex = captionIndex;
  sentences.push(sentence);
  return tokens.length;
}

/**
 * Pieces of at least CHUNK_CHARS that end at blank lines, so wink's working memory stays bounded on
 * very long inputs. Sentences never cross a blank line, so the pieces change nothing else.
 */
function chunks(text: string): [number, number][] {
  const pieces: [number, number][] = [];
  for (let from = 0; from < text.length;) {
    const cut = from + CHUNK_CHARS >= text.length ? -1 : text.indexOf('\n\n', from + CHUNK_CHARS);
    const to = cut < 0 ? text.length : cut;
    pieces.push([from, to]);
    from = to;
  }
  return pieces;
}

/** locate()'s output, reused from text to text; it keeps the size of the largest chunk read (CHUNK_CHARS bounds it), 4 bytes a token. */
let located = new Int32Array(4096);

/**
 * Start offset of each token value in `text` from `cursor` on, scanning forward; -1 for a value not
 * found in place. The array is overwritten by the next call.
 */
function locate(text: string, values: string[], from: number): Int32Array {
  if (located.length < values.length) located = new Int32Array(Math.max(values.length, 2 * located.length));
  const starts = located;
  let cursor = from;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor);
    // Only whitespace may lie between tokens; anything else means the tokenizer rewrote the text.
    if (at < 0 || !isSpace(text, cursor, at)) {
      starts[i] = -1;
      continue;
    }
    starts[i] = at;
    cursor = at + values[i].length;
  }
  return starts;
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * wink-nlp cuts words at some letters outside Latin-1 ("Kaczy" "ń" "ski", "Erdo" "ğ" "an").
 * Two letter-only pieces with nothing between them, one of them non-ASCII, are one word.
 */
function isSplitWord(before: string, piece: string): boolean {
  // most adjacent pairs are a word and its punctuation: a piece opening with an ASCII non-letter is never one
  const first = piece.charCodeAt(0);
  if (first < 0x80 && !((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  return (NON_ASCII.test(before) || NON_ASCII.test(piece)) && LETTERS.test(before) && LETTERS.test(piece);
}

/** Whether text[from, to) is all white space (to defaults to the end). */
function isSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

function endsSentenceAtBreak(text: string, breakValue: string, breakStart: number, sentenceOpen: boolean): boolean {
  if (!sentenceOpen) return false;
  // two line breaks or more: a blank line
  if (breakValue.indexOf('\n', breakValue.indexOf('\n') + 1) > 0) return true;
  const lineStart = text.lastIndexOf('\n', breakStart - 1) + 1;
  const line = text.slice(lineStart, breakStart).trimEnd();
  return line.length < WRAPPED_LINE_MIN || SENTENCE_END.test(line);
}
