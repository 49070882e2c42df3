// The first test of where a quantity may start (a starter word's first letter, length and last
// letter, case-blind) must let every case of a starter through, and a prefix's reading must not
// depend on a quantity found just before it.
import { describe, expect, it } from 'vitest';
import { published, runLang } from './helpers.ts';

async function quantities(body: string) {
  const doc = await runLang(body, { published: published('2024-05-10') });
  return doc.quantities!.map((q) => ({ text: q.text, value: q.value, qualifier: q.qualifier, low: q.low, high: q.high }));
}

describe('quantity starters in any case', () => {
  it('reads starters in capitals, title case and mixed case alike', async () => {
    const lower = await quantities('Officials said about 300 people fled and some 40 soldiers stayed.');
    const upper = await quantities('Officials said ABOUT 300 people fled and SOME 40 soldiers stayed.');
    const mixed = await quantities('Officials said aBoUt 300 people fled and sOmE 40 soldiers stayed.');
    expect(lower.map((q) => q.qualifier)).toEqual(['about', 'about']);
    expect(upper.map((q) => [q.value, q.qualifier])).toEqual(lower.map((q) => [q.value, q.qualifier]));
    expect(mixed.map((q) => [q.value, q.qualifier])).toEqual(lower.map((q) => [q.value, q.qualifier]));
  });

  it('reads number words in capitals as numbers', async () => {
    const found = await quantities('TWELVE soldiers and Twenty villagers were freed.');
    expect(found.map((q) => q.value)).toEqual([12, 20]);
  });

  it('does not read a number again inside a quantity already read', async () => {
    const found = await quantities('Between 200 and 300 people gathered, more than 40 of them children.');
    expect(found.map((q) => [q.text, q.qualifier, q.low, q.high])).toEqual([
      ['Between 200 and 300', 'range', 200, 300],
      ['more than 40', 'more-than', 40, null],
    ]);
  });
});
