// Scraped-text fixtures: each input in test/fixtures/clean/scraped has an expected
// body and captions (and, where the fixture is about them, title, byline and dates).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from '../../src/clean/scraped.ts';

const DIR = join(import.meta.dirname, '../fixtures/clean/scraped');

interface Expected {
  body: string;
  captions: { text: string; credit: string | null }[];
  title: string | null;
  byline?: string;
  published?: string | null;
  modified?: string | null;
  pageDates?: { kind: string; trusted: boolean }[];
}

const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.txt')).sort();

describe('scraped-text fixtures', () => {
  it('has at least 30 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of fixtures) {
    it(name.replace(/\.txt$/, ''), () => {
      const input = readFileSync(join(DIR, name), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
      const result = cleanScrapedText(input);
      expect(result.body).toBe(expected.body);
      expect(result.captions.map(({ text, credit }) => ({ text, credit }))).toEqual(expected.captions);
      expect(result.title).toBe(expected.title);
      if (expected.byline !== undefined) expect(result.bylines[0]).toBe(expected.byline);
      if (expected.published !== undefined) expect(result.published?.value.slice(0, 10) ?? null).toBe(expected.published);
      if (expected.modified !== undefined) expect(result.modified?.value.slice(0, 10) ?? null).toBe(expected.modified);
      if (expected.pageDates) expect(result.pageDates.map(({ kind, trusted }) => ({ kind, trusted }))).toEqual(expected.pageDates);
    });
  }
});
