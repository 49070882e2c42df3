// Lang stage: sentences, tokens and part of speech (wink-nlp), then dates, quantities and quotes.
// Caption sentences follow the body's, carry `captionIndex`, and their spans index into that caption.
import type { Stage } from '../pipeline/stage.ts';
import type { Doc, DateMention, QuantityMention, Sentence, Token } from '../pipeline/doc.ts';
import type { Article } from '../model/types.ts';
import { loadNlp, segment, type Segmentation } from './segment.ts';
import { chooseAnchor, findDates } from './dates.ts';
import { findQuantities } from './quantities.ts';
import { findQuotes } from './quotes.ts';

/** Sentences of `text` alone (no tokens kept), indexed from 0. */
export function splitSentences(text: string): Sentence[] {
  return segment(text).sentences;
}

export const langStage: Stage = {
  name: 'lang',
  requires: ['article'],
  assigns: ['sentences', 'tokens', 'dates', 'quantities', 'quotes'],
  async init() {
    loadNlp();
  },
  run(doc) {
    annotate(doc, segmentParts(doc.article!));
  },
  // wink-nlp reads the whole batch before dates, quantities and quotes are read, so each keeps its
  // tables in the CPU caches from one document to the next (about 5% less CPU for the stage).
  runBatch(docs) {
    const errors: (Error | null)[] = docs.map(() => null);
    const parts = docs.map((doc, i) => attempt(errors, i, () => segmentParts(doc.article!)));
    docs.forEach((doc, i) => {
      const read = parts[i];
      if (read) attempt(errors, i, () => annotate(doc, read));
    });
    return errors;
  },
};

/** Runs `work` for document `i`, noting its error instead of throwing. */
function attempt<T>(errors: (Error | null)[], i: number, work: () => T): T | null {
  try {
    return work();
  } catch (err) {
    errors[i] = err instanceof Error ? err : new Error(String(err));
    return null;
  }
}

/** The body's and each caption's segmentation, in that order. */
function segmentParts(article: Article): Segmentation[] {
  const body = segment(article.body, 0);
  const parts = [body];
  let next = body.sentences.length;
  for (let captionIndex = 0; captionIndex < article.captions.length; captionIndex++) {
    const part = segment(article.captions[captionIndex].text, next, captionIndex);
    parts.push(part);
    next += part.sentences.length;
  }
  return parts;
}

/** Dates, quantities and quotes of a segmented article, and all of it assigned to the doc. */
function annotate(doc: Doc, parts: Segmentation[]): void {
  const article = doc.article!;
  const anchor = chooseAnchor(article);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const dates: DateMention[] = [];
  const quantities: QuantityMention[] = [];
  for (let i = 0; i < parts.length; i++) {
    const text = i === 0 ? article.body : article.captions[i - 1].text;
    const part = parts[i];
    const partDates = findDates(text, part.sentences, anchor);
    const partQuantities = findQuantities(text, part.tokens, partDates);
    // loops, not push(...): a long text overflows the call stack with spread arguments
    for (const sentence of part.sentences) sentences.push(sentence);
    for (const token of part.tokens) tokens.push(token);
    for (const date of partDates) dates.push(date);
    for (const quantity of partQuantities) quantities.push(quantity);
  }
  doc.sentences = sentences;
  doc.tokens = tokens;
  doc.dates = dates;
  doc.quantities = quantities;
  // Quotes come from the body only: a Quote's span has no caption to point into.
  doc.quotes = findQuotes(article.body, parts[0].tokens);
}
