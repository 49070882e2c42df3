// The lexicon's one-word phrases are matched without their regex (findTriggers): the regex must
// match exactly where the word's key is one of the forms and no hyphen follows it.
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/code/lexicon.ts';
import { compilePattern } from '../../src/code/patterns.ts';

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
