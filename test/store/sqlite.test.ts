import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SqliteStore } from '../../src/store/sqlite.ts';
import type { SitrepEvent, SitrepRecord } from '../../src/model/types.ts';

function article(id: string, body: string, published: string | null): SitrepRecord['article'] {
  return {
    id, sourceId: id, url: null, title: `Title ${id}`, byline: null, outlet: 'Test Wire', language: 'en',
    published: published ? { value: published, precision: 'day', source: 'meta', confidence: 0.9 } : null,
    pageDates: [], body, captions: [], removed: [], isArticle: true, contentHash: `hash-${id}`,
  };
}

function event(id: string, body: string, type: SitrepEvent['type'], country: string, start: string | null): SitrepEvent {
  const place = 'Mosul';
  const at = body.indexOf(place);
  return {
    id, type, modes: type === 'ASSAULT' ? ['aerial'] : [], acled: null,
    actors: [{ text: 'militants', name: 'militants', country: null, sector: 'REB', kind: 'group', span: [0, 9] }],
    recipients: [],
    locations: [{ text: place, name: place, country, admin1: null, lat: 36.34, lon: 43.13, precision: 'city', geonameId: 99072, span: [at, at + place.length] }],
    time: start ? { start, end: start, precision: 'day', text: 'Monday', span: [0, 0], certain: true } : null,
    magnitude: { dead: { value: 3, qualifier: 'exact', low: 3, high: 3, text: 'three', span: [0, 0] } },
    modality: 'occurred', hedged: false, attribution: [],
    sentence: { index: 0, text: body, span: [0, body.length] }, fromCaption: false, confidence: 0.8,
  };
}

function records(): SitrepRecord[] {
  const b1 = 'militants attacked a checkpoint near Mosul, killing three soldiers.';
  const b2 = 'militants protested outside the governor office in Mosul over unpaid wages.';
  return [
    { schemaVersion: '1', article: article('a1', b1, '2024-02-01'), events: [event('e1', b1, 'ASSAULT', 'IRQ', '2024-01-29')], quotes: [] },
    { schemaVersion: '1', article: article('a2', b2, '2024-03-05'), events: [event('e2', b2, 'PROTEST', 'IRQ', null)], quotes: [] },
  ];
}

function openStore(): SqliteStore {
  return new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sitrep-store-')), 'test.db'));
}

describe('sqlite store', () => {
  it('applies migrations once, in WAL mode', async () => {
    const store = openStore();
    await store.migrate();
    await store.migrate();
    expect(store.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await store.close();
  });

  it('stores a batch once and skips stored content hashes', async () => {
    const store = openStore();
    await store.migrate();
    expect(await store.saveRecords(records())).toEqual({ stored: 2, duplicates: 0 });
    expect(await store.saveRecords(records())).toEqual({ stored: 0, duplicates: 2 });
    expect(await store.hasContentHash('hash-a1')).toBe(true);
    expect(await store.hasContentHash('hash-zz')).toBe(false);
    const all = await store.queryEvents({});
    expect(all.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    await store.close();
  });

  it('rolls back the whole batch when one record cannot be stored', async () => {
    const store = openStore();
    await store.migrate();
    const batch = records();
    delete batch[1].article.contentHash;
    await expect(store.saveRecords(batch)).rejects.toThrow(/no contentHash/);
    expect((await store.stats()).articles).toBe(0);
    await store.close();
  });

  it('filters by type, country, dates, full text and actor, and pages with a cursor', async () => {
    const store = openStore();
    await store.migrate();
    await store.saveRecords(records());
    const ids = async (filter: Parameters<SqliteStore['queryEvents']>[0]) => (await store.queryEvents(filter)).events.map((e) => e.id);
    expect(await ids({ type: 'assault' })).toEqual(['e1']);
    expect(await ids({ country: 'irq' })).toEqual(['e1', 'e2']);
    expect(await ids({ country: 'SYR' })).toEqual([]);
    expect(await ids({ since: '2024-02-01' })).toEqual(['e2']);
    expect(await ids({ until: '2024-01-29' })).toEqual(['e1']);
    expect(await ids({ q: 'wages' })).toEqual(['e2']);
    expect(await ids({ q: 'wages" OR "checkpoint' })).toEqual([]);
    expect(await ids({ actor: 'milit' })).toEqual(['e1', 'e2']);
    expect(await ids({ actor: '%' })).toEqual([]);
    expect(await ids({ mode: 'aerial' })).toEqual(['e1']);
    expect(await ids({ bbox: [40, 30, 45, 40] })).toEqual(['e1', 'e2']);
    expect(await ids({ bbox: [0, 0, 1, 1] })).toEqual([]);
    const first = await store.queryEvents({ limit: 1 });
    expect(first.events.map((e) => e.id)).toEqual(['e1']);
    const second = await store.queryEvents({ limit: 1, cursor: first.nextCursor! });
    expect(second.events.map((e) => e.id)).toEqual(['e2']);
    expect(second.nextCursor).toBeNull();
    await expect(store.queryEvents({ cursor: 'not-a-cursor' })).rejects.toThrow(/invalid cursor/);
    expect(await store.getEvent('e2')).toMatchObject({ id: 'e2', articleId: 'a2', date: '2024-03-05' });
    expect(await store.getArticle('a1')).toMatchObject({ id: 'a1', body: expect.stringContaining('checkpoint') });
    expect(await store.stats()).toMatchObject({ articles: 2, events: 2, byType: { ASSAULT: 1, PROTEST: 1 }, byCountry: { IRQ: 2 } });
    await store.close();
  });
});

describe('flat event rows', () => {
  it('say how precise the date is, and show it cut to that precision', async () => {
    const { eventRow, displayDate } = await import('../../src/store/export.ts');
    const [first] = records();
    const stored = { ...first.events[0], articleId: 'a1', date: '2024-01-01', sources: 1 };
    stored.time = { start: '2024-01-01', end: '2024-12-31', precision: 'year', text: 'In 2024', span: [0, 0], certain: true };
    expect(eventRow(stored)).toMatchObject({ event_date: '2024-01-01', time_precision: 'year' });
    expect(displayDate(eventRow(stored))).toBe('2024');
    stored.time = null;
    stored.date = '2024-02-01';
    expect(eventRow(stored).time_precision).toBe('article');
    expect(displayDate(eventRow(stored))).toBe('2024-02-01');
  });
});
