import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { recordSchema } from '../../src/model/schema.ts';
import { checkSpans } from '../../src/model/spans.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { readDocuments } from '../../src/ingest/readers.ts';
import type { SitrepRecord } from '../../src/model/types.ts';
import { EXAMPLE_PAGE, sharedPresent } from '../helpers/shared.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(recordSchema);

async function recordsOf(paths: string[]): Promise<SitrepRecord[]> {
  const pipeline = defaultPipeline();
  const records: SitrepRecord[] = [];
  for await (const result of readDocuments(paths)) {
    if (!result.ok) throw new Error(`${result.origin}: ${result.error}`);
    records.push((await pipeline.run(result.doc)).toRecord());
  }
  return records;
}

describe('record schema', () => {
  it('docs/record.schema.json is the schema the code exports (run `npm run schema` after changing it)', () => {
    const onDisk = JSON.parse(readFileSync(new URL('../../docs/record.schema.json', import.meta.url), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(recordSchema)));
  });

  it('every bundled example yields records that validate and whose spans slice their text', async () => {
    const records = await recordsOf(['examples']);
    expect(records.length).toBeGreaterThanOrEqual(10);
    for (const record of records) {
      expect(validate(record), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(checkSpans(record)).toEqual([]);
    }
  });

  it.skipIf(!sharedPresent('examples'))('the example page yields a valid record', async () => {
    const [record] = await recordsOf([EXAMPLE_PAGE]);
    expect(validate(record), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(record.schemaVersion).toBe('1');
    expect(checkSpans(record)).toEqual([]);
  });

  it('rejects records that break the contract', () => {
    const bad = { schemaVersion: '1', article: { id: 'x' }, events: [{ type: 'EXPLODE' }], quotes: [] };
    expect(validate(bad)).toBe(false);
  });
});

describe('span integrity check', () => {
  const body = 'Rebels shelled the town of Kalo on Monday, killing three people.';
  const record = (span: [number, number], text: string): SitrepRecord => ({
    schemaVersion: '1',
    article: {
      id: 'a', sourceId: null, url: null, title: null, byline: null, outlet: null, language: 'en', published: null,
      pageDates: [], body, captions: [{ text: 'Smoke over Kalo', credit: 'AFP', span: null }], removed: [], isArticle: true,
    },
    events: [{
      id: 'e', type: 'ASSAULT', modes: [], acled: null, actors: [], recipients: [],
      locations: [{ text, name: 'Kalo', country: null, admin1: null, lat: null, lon: null, precision: null, geonameId: null, span }],
      time: null, magnitude: {}, modality: 'occurred', hedged: false, attribution: [],
      sentence: { index: 0, text: body, span: [0, body.length] }, fromCaption: false, confidence: 0.5,
    }],
    quotes: [],
  });

  it('passes a correct span and reports a wrong one with its path', () => {
    const start = body.indexOf('Kalo');
    expect(checkSpans(record([start, start + 4], 'Kalo'))).toEqual([]);
    const problems = checkSpans(record([start + 1, start + 5], 'Kalo'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'events[0].locations[0]', found: 'alo ' });
  });

  it('checks caption events against their caption text', () => {
    const r = record([15, 19], 'Kalo');
    r.events[0].captionIndex = 0;
    r.events[0].sentence = { index: 1, text: 'Smoke over Kalo', span: [0, 15] };
    r.events[0].locations[0].span = [11, 15];
    expect(checkSpans(r)).toEqual([]);
    r.events[0].locations[0].span = [0, 4];
    expect(checkSpans(r).map((p) => p.path)).toEqual(['events[0].locations[0]']);
  });
});
