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
 * A word or mark. Its span is kept as two fields, not a Span array: a news text has thousands of
 * tokens, and a batch's tokens live through several stages, so each array would be one more object
 * for the garbage collector to copy and trace.
 */
export interface Token {
  text: string;
  /** Span into the part's text: [start, end). */
  start: number;
  end: number;
  /** Universal POS tag. */
  pos: string;
  sentence: number;
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
  tokens?: Token[];
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
