// Lang stage: sentences, tokens, dates, quantities, quotes. Simple first version.
import type { Stage } from '../pipeline/stage.ts';
import type { Sentence } from '../pipeline/doc.ts';

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+["'”’)]*|$)/g;
  for (const match of body.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    const start = match.index + lead;
    sentences.push({ index: sentences.length, text, span: [start, start + text.length] });
  }
  return sentences;
}

export const langStage: Stage = {
  name: 'lang',
  requires: ['article'],
  assigns: ['sentences', 'tokens', 'dates', 'quantities', 'quotes'],
  run(doc) {
    const body = doc.article!.body;
    doc.sentences = splitSentences(body);
    doc.tokens = [];
    doc.dates = [];
    doc.quantities = [];
    doc.quotes = [];
  },
};
