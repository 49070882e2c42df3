// Lang stage: sentences, tokens and part of speech (wink-nlp), then dates, quantities and quotes.
// Caption sentences follow the body's, carry `captionIndex`, and their spans index into that caption.
import type { Stage } from '../pipeline/stage.ts';
import type { Sentence, Token } from '../pipeline/doc.ts';
import { loadNlp, segment } from './segment.ts';

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
    const body = segment(article.body);
    const sentences: Sentence[] = [...body.sentences];
    const tokens: Token[] = [...body.tokens];
    article.captions.forEach((caption, captionIndex) => {
      const part = segment(caption.text, sentences.length, captionIndex);
      sentences.push(...part.sentences);
      tokens.push(...part.tokens);
    });
    doc.sentences = sentences;
    doc.tokens = tokens;
    doc.dates = [];
    doc.quantities = [];
    doc.quotes = [];
  },
};
