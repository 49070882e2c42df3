// Lang stage: sentences, tokens and part of speech (wink-nlp), then dates, quantities and quotes.
// Caption sentences follow the body's, carry `captionIndex`, and their spans index into that caption.
import type { Stage } from '../pipeline/stage.ts';
import type { DateMention, QuantityMention, Sentence } from '../pipeline/doc.ts';
import { loadNlp, segment, type Segmentation } from './segment.ts';
import { chooseAnchor, findDates, type Anchor } from './dates.ts';
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
    const article = doc.article!;
    const anchor = chooseAnchor(article);
    const read = readText(article.body, 0, anchor);
    // Quotes come from the body only: a Quote's span has no caption to point into.
    const quotes = findQuotes(article.body, read.tokens);
    for (let captionIndex = 0; captionIndex < article.captions.length; captionIndex++) {
      const part = readText(article.captions[captionIndex].text, read.sentences.length, anchor, captionIndex);
      // loops, not push(...): a long text overflows the call stack with spread arguments
      for (const sentence of part.sentences) read.sentences.push(sentence);
      for (const token of part.tokens) read.tokens.push(token);
      for (const date of part.dates) read.dates.push(date);
      for (const quantity of part.quantities) read.quantities.push(quantity);
    }
    doc.sentences = read.sentences;
    doc.tokens = read.tokens;
    doc.dates = read.dates;
    doc.quantities = read.quantities;
    doc.quotes = quotes;
  },
};

interface Reading extends Segmentation {
  dates: DateMention[];
  quantities: QuantityMention[];
}

/** Sentences, tokens, dates and quantities of the body or one caption; sentence indices start at `firstIndex`. */
function readText(text: string, firstIndex: number, anchor: Anchor | null, captionIndex?: number): Reading {
  const { sentences, tokens } = segment(text, firstIndex, captionIndex);
  const dates = findDates(text, sentences, anchor);
  return { sentences, tokens, dates, quantities: findQuantities(text, tokens, dates) };
}
