import { describe, expect, it } from 'vitest';
import { published, runLang, sourceOf } from './helpers.ts';
import type { QuantityMention } from '../../src/pipeline/doc.ts';
import { QUALIFIERS } from '../../src/lang/quantities.ts';

async function quantities(body: string): Promise<QuantityMention[]> {
  const doc = await runLang(body, { published: published('2024-05-10') });
  for (const q of doc.quantities!) {
    expect(sourceOf(doc, q.sentence).slice(q.span[0], q.span[1])).toBe(q.text);
    expect(QUALIFIERS).toContain(q.qualifier);
  }
  return doc.quantities!;
}

const brief = (q: QuantityMention) => ({ text: q.text, value: q.value, qualifier: q.qualifier, low: q.low, high: q.high, unit: q.unit });

describe('numerals and number words', () => {
  it('reads digits, thousands separators, decimals with scale words and number words', async () => {
    const found = (await quantities(
      'Officials counted 1,450 displaced families. The floods forced 1.2 million people from their homes. Twenty-five soldiers and three hundred and forty civilians were evacuated.',
    )).map(brief);
    expect(found).toEqual([
      { text: '1,450', value: 1450, qualifier: 'exact', low: 1450, high: 1450, unit: 'families' },
      { text: '1.2 million', value: 1.2e6, qualifier: 'exact', low: 1.2e6, high: 1.2e6, unit: 'people' },
      { text: 'Twenty-five', value: 25, qualifier: 'exact', low: 25, high: 25, unit: 'soldiers' },
      { text: 'three hundred and forty', value: 340, qualifier: 'exact', low: 340, high: 340, unit: 'civilians' },
    ]);
  });

  it('reads words that are also names of Object properties as words, not numbers', async () => {
    const found = (await quantities('The ministry hired a constructor to rebuild the bridge, and two constructor firms bid for the valueOf contract.')).map(brief);
    expect(found.every((q) => typeof q.value === 'number' || q.value === null)).toBe(true);
    expect(found.map((q) => q.text)).toEqual(['two']);
  });

  it('counts "a"/"an" before a person noun or a demonym as one, and nothing else', async () => {
    const found = (await quantities(
      'The strike led to the death of an Australian. Gunmen wounded a local journalist. A Canadian drone crashed. Police found a car.',
    )).map(brief);
    expect(found).toEqual([
      { text: 'an', value: 1, qualifier: 'exact', low: 1, high: 1, unit: 'australian' },
      { text: 'a', value: 1, qualifier: 'exact', low: 1, high: 1, unit: 'journalist' },
    ]);
  });

  it('does not count "a" before a plural possessive as one person', async () => {
    const found = (await quantities('Two men were charged over abuse at a children\'s home and a women\'s refuge in the city.')).map(brief);
    expect(found).toEqual([{ text: 'Two', value: 2, qualifier: 'exact', low: 2, high: 2, unit: 'men' }]);
  });

  it('keeps a bare count with no noun after it', async () => {
    const [q] = await quantities('The shelling hit the market, killing four.');
    expect(brief(q)).toEqual({ text: 'four', value: 4, qualifier: 'exact', low: 4, high: 4, unit: null });
  });
});

describe('qualifiers and bounds', () => {
  it.each([
    ['Rebels carried out at least 27 raids last year.', { text: 'at least 27', value: 27, qualifier: 'at-least', low: 27, high: null, unit: 'raids' }],
    ['The ministry said more than 80 people were detained.', { text: 'more than 80', value: 80, qualifier: 'more-than', low: 80, high: null, unit: 'people' }],
    ['The army has called up over 45,000 reservists.', { text: 'over 45,000', value: 45000, qualifier: 'more-than', low: 45000, high: null, unit: 'reservists' }],
    ['They seized almost a dozen of the armoured vehicles.', { text: 'almost a dozen', value: 11, qualifier: 'almost', low: null, high: 12, unit: 'vehicles' }],
    ['Nearly 200 homes were destroyed.', { text: 'Nearly 200', value: 190, qualifier: 'almost', low: null, high: 200, unit: 'homes' }],
    ['Up to 30 fishermen are missing.', { text: 'Up to 30', value: 30, qualifier: 'at-most', low: null, high: 30, unit: 'fishermen' }],
    ['Fewer than 15 doctors remain in the city.', { text: 'Fewer than 15', value: 15, qualifier: 'fewer-than', low: null, high: 15, unit: 'doctors' }],
    ['About 600 migrants reached the island.', { text: 'About 600', value: 600, qualifier: 'about', low: null, high: null, unit: 'migrants' }],
    ['Around 70 lorries crossed on Monday.', { text: 'Around 70', value: 70, qualifier: 'about', low: null, high: null, unit: 'lorries' }],
    ['Some 4,000 police officers were deployed.', { text: 'Some 4,000', value: 4000, qualifier: 'about', low: null, high: null, unit: 'officers' }],
    ['Between 150 and 200 prisoners escaped.', { text: 'Between 150 and 200', value: null, qualifier: 'range', low: 150, high: 200, unit: 'prisoners' }],
    ['Witnesses saw 10-12 trucks.', { text: '10-12', value: null, qualifier: 'range', low: 10, high: 12, unit: 'trucks' }],
    ['The militia fired 20 or more shells.', { text: '20 or more', value: 20, qualifier: 'at-least', low: 20, high: null, unit: 'shells' }],
  ])('%s', async (sentence, expected) => {
    const found = (await quantities(sentence)).map(brief);
    expect(found).toContainEqual(expected);
  });
});

describe('vague amounts', () => {
  it.each([
    ['Dozens of students were injured.', { text: 'Dozens', value: null, qualifier: 'several', low: 24, high: null, unit: 'students' }],
    ['Hundreds of families fled the valley.', { text: 'Hundreds', value: null, qualifier: 'several', low: 200, high: null, unit: 'families' }],
    ['Scores of villagers gathered.', { text: 'Scores', value: null, qualifier: 'several', low: 40, high: null, unit: 'villagers' }],
    ['A handful of protesters stayed.', { text: 'A handful', value: null, qualifier: 'several', low: 2, high: 5, unit: 'protesters' }],
    ['Several journalists were arrested.', { text: 'Several', value: null, qualifier: 'several', low: 3, high: null, unit: 'journalists' }],
    ['Several thousand troops massed at the border.', { text: 'Several thousand', value: null, qualifier: 'several', low: 3000, high: null, unit: 'troops' }],
    ['Tens of thousands of people marched.', { text: 'Tens of thousands', value: null, qualifier: 'several', low: 20000, high: null, unit: 'people' }],
  ])('%s', async (sentence, expected) => {
    expect((await quantities(sentence)).map(brief)).toContainEqual(expected);
  });

  it('does not read sports scores as amounts', async () => {
    expect(await quantities('The home side scores often and won 3-1.')).toEqual([]);
  });
});

describe('what is not a count', () => {
  it.each([
    ['years', 'The 1994 agreement was signed in 2001 and revised in May 2015.'],
    ['dates', 'Talks resumed on 4 March and again three days ago.'],
    ['times', 'The blast came at 6am; a second one at 10:45 and another at 3 p.m.'],
    ['ages', 'A 19-year-old was arrested; the victim, aged 62, was 62 years old.'],
    ['money', 'The fund pledged $40 million and €3bn, or 25 dollars a head.'],
    ['percentages', 'Turnout fell to 38 percent, down from 45% and 50 per cent.'],
    ['ordinals and identifiers', 'It was the 3rd raid under Article 51, flown by F-35 jets on Route 60.'],
    ['pronoun "one"', 'No one claimed the attack, and the one who did was never found.'],
  ])('%s', async (_kind, sentence) => {
    expect((await quantities(sentence)).map(brief)).toEqual([]);
  });

  it('reads a number hyphened to a word as measuring that word, not counting the noun', async () => {
    const found = (await quantities('Fire gutted a nine-storey block. A 2,500-strong brigade moved in during a three-day truce. An eight-month-old girl was rescued.')).map(brief);
    expect(found.map((q) => [q.text, q.unit])).toEqual([['nine', 'storey'], ['2,500', 'strong'], ['three', 'day']]);
  });

  it('keeps a four-digit count when a noun follows and no year word leads', async () => {
    expect((await quantities('The navy sent 1500 sailors.')).map(brief)).toContainEqual(
      { text: '1500', value: 1500, qualifier: 'exact', low: 1500, high: 1500, unit: 'sailors' },
    );
  });
});
