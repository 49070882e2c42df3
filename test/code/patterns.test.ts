// The lexicon's one-word phrases are matched without their regex (findTriggers): the regex must
// match exactly where the word's key is one of the forms and no hyphen follows it.
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/code/lexicon.ts';
import { compilePattern } from '../../src/code/patterns.ts';
import { FAMILY_CASES, MODALITY_CASES, NEGATIVE_CASES, TYPE_CASES } from './cases.ts';

/** A word's key as findTriggers reads it: its letters, digits and underscores up to any apostrophe. */
function keyEnd(text: string): number {
  let end = 0;
  while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
  return end;
}

describe('one-word phrases', () => {
  const oneWord = LEXICON.map((e) => ({ entry: e, pattern: compilePattern(e.phrase) })).filter((p) => p.pattern.oneWord);

  it('cover most of the lexicon', () => {
    expect(oneWord.length).toBeGreaterThan(100);
  });

  it('match by key exactly where their regex does', () => {
    const suffixes = ['', ' ', '.', '-', '-x', "'s", '’s', 's', 'x', '2', '_', ' of'];
    for (const { pattern } of oneWord) {
      for (const form of pattern.firstWords) {
        for (const word of [form, form.toUpperCase(), form[0].toUpperCase() + form.slice(1)]) {
          for (const suffix of suffixes) {
            const text = word + suffix;
            pattern.regex.lastIndex = 0;
            const m = pattern.regex.exec(text);
            const end = keyEnd(text);
            const byKey = pattern.firstWords.includes(text.slice(0, end).toLowerCase()) && text[end] !== '-';
            expect(m?.[0] ?? null, `${pattern.regex.source} on ${text}`).toBe(byKey ? text.slice(0, end) : null);
          }
        }
      }
    }
  });
});

describe('phrases whose second word follows the first', () => {
  const withNext = LEXICON.map((e) => compilePattern(e.phrase)).filter((p) => p.nextKeys);

  it('match only where the next word has one of the second slot\'s keys', () => {
    expect(withNext.length).toBeGreaterThan(50);
    const sentences = [...TYPE_CASES, ...NEGATIVE_CASES, ...MODALITY_CASES, ...FAMILY_CASES].map((c) => c[0]);
    let matched = 0;
    for (const sentence of sentences) {
      for (let at = 0; at < sentence.length; at++) {
        if (!/[A-Za-z]/.test(sentence[at]) || /[A-Za-z0-9_']/.test(sentence[at - 1] ?? ' ')) continue;
        for (const pattern of withNext) {
          pattern.regex.lastIndex = at;
          if (!pattern.regex.exec(sentence)) continue;
          matched++;
          const next = /^[A-Za-z0-9_']*\s+([A-Za-z][A-Za-z0-9_]*)/.exec(sentence.slice(at));
          expect(next && pattern.nextKeys!.includes(next[1].toLowerCase()), `${pattern.regex.source} in ${sentence}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
