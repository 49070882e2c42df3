import { describe, expect, it } from 'vitest';
import { runLang } from './helpers.ts';
import type { Quote } from '../../src/model/types.ts';

async function quotes(body: string): Promise<Quote[]> {
  const doc = await runLang(body);
  for (const q of doc.quotes!) {
    expect(body.slice(q.span[0], q.span[1])).toBe(q.text);
    if (q.speaker) {
      expect(body.slice(q.speaker.span[0], q.speaker.span[1])).toBe(q.speaker.text);
      expect(q.speaker).toMatchObject({ name: null, country: null, sector: null, kind: null });
    }
  }
  return doc.quotes!;
}

const pairs = (found: Quote[]) => found.map((q) => [q.text, q.speaker?.text ?? null]);

describe('quotes and speakers', () => {
  it('finds a speaker named before the quote', async () => {
    const found = await quotes('The interior minister, Carlos Mendes, told parliament: “Order will be restored in every district.”');
    expect(pairs(found)).toEqual([['Order will be restored in every district.', 'Carlos Mendes']]);
    const appositive = await quotes('Pablo Ortiz, a farmer, said: “The soldiers took our grain.”');
    expect(pairs(appositive)).toEqual([['The soldiers took our grain.', 'Pablo Ortiz']]);
  });

  it('finds a speaker after the quote, in either order of name and verb', async () => {
    const found = await quotes('“The water supply is gone,” the camp director said. “We are rationing what is left,” said Leila Nasser, a nurse.');
    expect(pairs(found)).toEqual([
      ['The water supply is gone', 'camp director'],
      ['We are rationing what is left', 'Leila Nasser'],
    ]);
  });

  it('resolves a pronoun speaker to a name from an earlier sentence', async () => {
    const body = 'General Idris Okafor said the offensive had reached the river. Fighting continued through the night. “We will hold every bridge,” he added.';
    const [quote] = await quotes(body);
    expect(quote.text).toBe('We will hold every bridge');
    expect(quote.speaker?.text).toBe('General Idris Okafor');
    expect(quote.speaker?.span).toEqual([0, 'General Idris Okafor'.length]);
  });

  it('gives a following stand-alone quote the same speaker', async () => {
    const found = await quotes('“They came at dawn,” said Amal Khoury. “Nobody was ready for it.”');
    expect(pairs(found)).toEqual([['They came at dawn', 'Amal Khoury'], ['Nobody was ready for it.', 'Amal Khoury']]);
  });

  it('reads organisations, "according to" and a spokesman for someone', async () => {
    const body = 'Amnesty International said: "The detentions are arbitrary." According to the Red Crescent, “two ambulances were struck near the crossing”. A spokesman for the police said: “The suspects are in custody.”';
    expect(pairs(await quotes(body))).toEqual([
      ['The detentions are arbitrary.', 'Amnesty International'],
      ['two ambulances were struck near the crossing', 'Red Crescent'],
      ['The suspects are in custody.', 'spokesman for the police'],
    ]);
  });

  it('keeps a long quote without a speaker, and drops short scare quotes and apostrophes', async () => {
    const body = 'The so-called “peace plan” was rejected. Residents’ groups called the raid ‘unlawful’. A banner read “Bring our sons home now”.';
    expect(pairs(await quotes(body))).toEqual([['Bring our sons home now', null]]);
  });

  it('knows a speech verb by any of its forms', async () => {
    const found = await quotes('“We were never told,” the villagers pleaded. “Nobody was hurt,” the army denies. “I saw the trucks leave,” a witness testified.');
    expect(pairs(found)).toEqual([
      ['We were never told', 'villagers'],
      ['Nobody was hurt', 'army'],
      ['I saw the trucks leave', 'witness'],
    ]);
  });

  it('takes no speaker from an infinitive of a speech verb', async () => {
    const found = await quotes('Police told residents to answer “we are safe at home” when officers knock.');
    expect(pairs(found)).toEqual([['we are safe at home', null]]);
  });

  it('never takes a time word for a speaker', async () => {
    const found = await quotes('The shipping firm in a statement on Tuesday said “we are still waiting for news of the crew”.');
    expect(found).toHaveLength(1);
    expect(found[0].speaker?.text ?? null).not.toBe('Tuesday');
  });

  it('does not let a quote run past its paragraph', async () => {
    const body = '“We will return, the elder said.\n\nAid trucks reached the town on Friday, “officials” said.';
    expect(await quotes(body)).toEqual([]);
  });
});
