// Lang stage: sentences, tokens and part of speech (wink-nlp), then dates, quantities and quotes.
// Caption sentences follow the body's, carry `captionIndex`, and their spans index into that caption.
import type { Stage } from '../pipeline/stage.ts';
import type { DateMention, QuantityMention, Sentence, Token } from '../pipeline/doc.ts';
import { loadNlp, segment } from './segment.ts';
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
    const article = doc.article!;
    const anchor = chooseAnchor(article);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    const dates: DateMention[] = [];
    const quantities: QuantityMention[] = [];
    const read = (text: string, captionIndex?: number): Token[] => {
      const part = segment(text, sentences.length, captionIndex);
      const found = findDates(text, part.sentences, anchor);
      // loops, not push(...): a long body overflows the call stack with spread arguments
      for (const sentence of part.sentences) sentences.push(sentence);
      for (const token of part.tokens) tokens.push(token);
      for (const date of found) dates.push(date);
      for (const quantity of findQuantities(text, part.tokens, found)) quantities.push(quantity);
      return part.tokens;
    };
    // Quotes come from the body only: a Quote's span has no caption to point into.
    const quotes = findQuotes(article.body, read(article.body));
    article.captions.forEach((caption, captionIndex) => read(caption.text, captionIndex));
    doc.sentences = sentences;
    doc.tokens = tokens;
    doc.dates = dates;
    doc.quantities = quantities;
    doc.quotes = quotes;
  },
};
