// The document that stages annotate in turn (spaCy's Doc, in spirit). Each slot is
// filled by exactly one stage, which declares it in `assigns`.
import type {
  Article, Entity, Location, Quantity, Quote, RawDocument, SitrepEvent, SitrepRecord, Span, TimePrecision,
} from '../model/types.ts';
import { SCHEMA_VERSION } from '../model/types.ts';

/** Annotation slots a stage may require or assign. */
export const SLOTS = [
  'raw', 'article', 'sentences', 'tokens', 'dates', 'quantities', 'quotes', 'mentions', 'events',
] as const;
export type Slot = (typeof SLOTS)[number];

export interface Sentence {
  index: number;
  text: string;
  span: Span;
  /** Set for sentences that come from a caption; their spans then index into that caption's text. */
  captionIndex?: number;
}

/**
 * A text's words and marks as parallel arrays: token i is text[i], spanning [start[i], end[i]) of the
 * part's text, with Universal POS tag pos[i], in sentence sentence[i]. One object per list, not one
 * per token: a news text has thousands of tokens and a batch's tokens live through lang, know and
 * code, so per-token objects were most of what the garbage collector copied and traced.
 */
export class Tokens {
  readonly length: number;
  /** wink-nlp's token values (a merged split word is the pieces' concatenation). */
  readonly text: readonly string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly pos: readonly string[];
  readonly sentence: Int32Array;

  /** The arrays must all have text's length. */
  constructor(
    text: readonly string[] = [], start: Int32Array = new Int32Array(0), end: Int32Array = new Int32Array(0),
    pos: readonly string[] = [], sentence: Int32Array = new Int32Array(0),
  ) {
    this.length = text.length;
    this.text = text;
    this.start = start;
    this.end = end;
    this.pos = pos;
    this.sentence = sentence;
  }

  /** The lists joined in order (the body's tokens, then each caption's). */
  static concat(lists: readonly Tokens[]): Tokens {
    const length = lists.reduce((sum, list) => sum + list.length, 0);
    const start = new Int32Array(length);
    const end = new Int32Array(length);
    const sentence = new Int32Array(length);
    let at = 0;
    for (const list of lists) {
      start.set(list.start, at);
      end.set(list.end, at);
      sentence.set(list.sentence, at);
      at += list.length;
    }
    // Array.prototype.concat copies each list natively; flatMap goes element by element
    const text = lists.length ? lists[0].text.concat(...lists.slice(1).map((list) => list.text)) : [];
    const pos = lists.length ? lists[0].pos.concat(...lists.slice(1).map((list) => list.pos)) : [];
    return new Tokens(text, start, end, pos, sentence);
  }
}

/** A date or time expression found by the lang stage, resolved against the article's anchor date. */
export interface DateMention {
  text: string;
  span: Span;
  sentence: number;
  start: string | null;
  end: string | null;
  precision: TimePrecision | null;
  /** false when the expression is vague ("just days ago") or the anchor is untrusted. */
  certain: boolean;
}

/** A number with its qualifier and bounds, and the noun it counts when one follows. */
export interface QuantityMention extends Quantity {
  sentence: number;
  /** Head noun counted, lower case ("attacks", "troops"), when the lang stage finds one. */
  unit: string | null;
}

/** A place or actor named in the text, as resolved by the know stage. */
export interface Mention {
  /** outlet: a news outlet, wire service or photo agency; never an actor. */
  kind: 'place' | 'actor' | 'outlet';
  text: string;
  span: Span;
  sentence: number;
  location?: Location;
  entity?: Entity;
  /** 0..1 confidence of the resolution. */
  score: number;
}

export class Doc {
  raw: RawDocument;
  article?: Article;
  sentences?: Sentence[];
  tokens?: Tokens;
  dates?: DateMention[];
  quantities?: QuantityMention[];
  quotes?: Quote[];
  mentions?: Mention[];
  events?: SitrepEvent[];
  /** Time spent per stage in milliseconds, filled by the runner. */
  timings: Record<string, number> = {};
  private readonly filled = new Set<Slot>(['raw']);

  constructor(raw: RawDocument) {
    this.raw = raw;
  }

  has(slot: Slot): boolean {
    return this.filled.has(slot);
  }

  markFilled(slot: Slot): void {
    this.filled.add(slot);
  }

  toRecord(): SitrepRecord {
    if (!this.article) throw new Error(`document ${this.raw.origin} has no article: the clean stage did not run`);
    return {
      schemaVersion: SCHEMA_VERSION,
      article: this.article,
      events: this.events ?? [],
      quotes: this.quotes ?? [],
    };
  }
}
