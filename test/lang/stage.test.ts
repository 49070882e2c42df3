import { describe, expect, it } from 'vitest';
import { langStage } from '../../src/lang/index.ts';
import { makeDoc, published } from './helpers.ts';

const reports: [string, string[]][] = [
  ['Gunmen killed at least 13 villagers near the border on Sunday, police said. "We will find them," the governor said.', ['Villagers fled the attack on Sunday, 12 May 2024.']],
  ['Floods forced hundreds of families from their homes last week.', []],
  ['About 40 protesters were arrested in the capital on Tuesday.', ['Police detain a protester. Two more were held later.']],
];

describe('lang stage on a batch', () => {
  it('gives each document what run() gives it alone', async () => {
    const alone = reports.map(([body, captions]) => makeDoc(body, { captions, published: published('2024-05-14') }));
    for (const doc of alone) await langStage.run(doc);
    const batched = reports.map(([body, captions]) => makeDoc(body, { captions, published: published('2024-05-14') }));
    expect(await langStage.runBatch!(batched)).toEqual([null, null, null]);
    for (let i = 0; i < reports.length; i++) {
      for (const slot of ['sentences', 'tokens', 'dates', 'quantities', 'quotes'] as const) expect(batched[i][slot]).toEqual(alone[i][slot]);
    }
    // caption sentences follow the body's and point into their caption
    expect(batched[0].sentences!.at(-1)).toMatchObject({ captionIndex: 0, text: 'Villagers fled the attack on Sunday, 12 May 2024.' });
    expect(batched[0].quantities!.some((q) => q.low === 13 && q.qualifier === 'at-least')).toBe(true);
    expect(batched[0].quotes).toHaveLength(1);
  });

  it('reports a document it cannot read and reads the others', async () => {
    const docs = reports.map(([body]) => makeDoc(body));
    // a document with no article (the clean stage failed to give one) cannot be segmented
    docs[1].article = undefined;
    const errors = await langStage.runBatch!(docs);
    expect(errors[0]).toBeNull();
    expect(errors[1]).toBeInstanceOf(Error);
    expect(errors[2]).toBeNull();
    expect(docs[2].quantities!.some((q) => q.value === 40)).toBe(true);
  });
});
