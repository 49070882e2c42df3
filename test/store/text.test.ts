// Text search through the day-ordered index (migration 6) against the plan it replaced (articles_fts
// alone), on a store whose events spread over many periods, dates of every shape and no date.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SitrepRecord } from '../../src/model/types.ts';
import { MIGRATIONS, SqliteStore } from '../../src/store/sqlite.ts';
import type { EventFilter } from '../../src/store/store.ts';
import { ARTICLE_SPAN, TEXT_TABLES, dayKey, dayKeyBySearch, textKey } from '../../src/store/text-key.ts';
import { random, syntheticRecord } from '../fixtures/api/synthetic.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Event dates away from the article's day, of every shape the store may hold. */
const ODD_DATES = ['2019-05-04', '2019-05-04T22:15:00+02:00', '2020-12-31', '2024', '2024-03', '2026-11-20T08:30:00Z',
  '1750-01-01', '2301-06-01', '2023-07-15T06:00'];
const RARE_WORDS = ['Lysander', 'Ombudsman', 'Quarantine'];

/** Synthetic articles, some with events on other days, some with no date at all, a few with rare words. */
function records(count: number, seed: number, first = 0): SitrepRecord[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, n) => {
    const i = first + n;
    const record = syntheticRecord(i, 1 + Math.floor(next() * 10), next);
    // Sixty days twelve days apart, so a day holds several articles and the days cover every period.
    const day = new Date(Date.parse('2023-01-01') + Math.floor(next() * 60) * 12 * 86_400_000).toISOString().slice(0, 10);
    record.article.published = { ...record.article.published!, value: day };
    for (const event of record.events) if (event.time) event.time = { ...event.time, start: day, end: day };
    const roll = next();
    if (roll < 0.1) {
      record.article.published = null;
      for (const event of record.events) event.time = null;
    } else if (roll < 0.4) {
      for (const event of record.events) {
        if (next() < 0.4 && event.time) event.time = { ...event.time, start: ODD_DATES[Math.floor(next() * ODD_DATES.length)] };
      }
    }
    if (i % 37 === 0) record.article.title += ` ${RARE_WORDS[(i / 37) % RARE_WORDS.length]}`;
    return record;
  });
}

async function paged(store: SqliteStore, filter: EventFilter, limit: number): Promise<{ ids: string[]; cursors: (string | null)[] }> {
  const ids: string[] = [];
  const cursors: (string | null)[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryEvents({ ...filter, limit, cursor });
    ids.push(...page.events.map((e) => e.id));
    cursors.push(page.nextCursor);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { ids, cursors };
}

describe('day keys', () => {
  it('never decrease along SQLite\'s order of date strings', () => {
    const next = random(5);
    const chars = '0123456789-T:Z+ ./';
    const strings = [...ODD_DATES, '', '0000', '1799-12-31', '1800', '1800-01', '1800-01-01', '2299-12-31T23:59', '2300', '9999-99-99',
      '2023-13-01', '2023-00-10', '2023-01-32', '2023-01-00', '2023-1-5', '2023/01/05', '2023-01-05 10:00', 'unknown', 'Z'];
    for (let i = 0; i < 3000; i++) {
      let s = next() < 0.7 ? '20' : '';
      const length = Math.floor(next() * 16);
      for (let j = 0; j < length; j++) s += chars[Math.floor(next() * chars.length)];
      strings.push(s);
    }
    const db = new Database(':memory:');
    db.exec('CREATE TABLE d (s TEXT)');
    const insert = db.prepare('INSERT INTO d VALUES (?)');
    for (const s of strings) insert.run(s);
    const sorted = db.prepare('SELECT s FROM d ORDER BY s').pluck().all() as string[];
    db.close();
    for (let i = 1; i < sorted.length; i++) expect(dayKey(sorted[i - 1]), `${sorted[i - 1]} | ${sorted[i]}`).toBeLessThanOrEqual(dayKey(sorted[i]));
    for (const s of strings) expect(dayKey(s)).toBe(dayKeyBySearch(s));
  });

  it('give each day its own key, shared by its times, and no date the lowest', () => {
    expect(dayKey('2024-03-05')).toBe(dayKey('2024-03-05T23:59:59Z'));
    expect(dayKey('2024-03-05')).toBeLessThan(dayKey('2024-03-06'));
    expect(dayKey('2024')).toBeLessThan(dayKey('2024-01'));
    expect(dayKey('2024-01')).toBeLessThan(dayKey('2024-01-01'));
    expect(dayKey(null)).toBe(0);
    expect(dayKey('')).toBeGreaterThan(0);
    expect(() => textKey('2024-01-01', ARTICLE_SPAN)).toThrow(RangeError);
    expect(Number.isSafeInteger(textKey('9999-12-31', ARTICLE_SPAN - 1))).toBe(true);
  });
});

describe('text pages through the day-ordered index', () => {
  const path = join(dir, 'text.db');
  let store: SqliteStore;
  let old: SqliteStore;
  let stored: SitrepRecord[];

  beforeAll(async () => {
    store = new SqliteStore(path);
    await store.migrate();
    stored = records(400, 21);
    await store.saveRecords(stored.slice(0, 250));
    await store.saveRecords(stored.slice(250));
    old = new SqliteStore(path, { articleTextIndex: true });
  });
  afterAll(async () => {
    await old.close();
    await store.close();
  });

  const filters: EventFilter[] = [
    { q: 'killing' },
    { q: 'Suva' },
    { q: 'Report' },
    { q: 'police', type: 'ASSAULT' },
    { q: 'accord', since: '2024-01-01' },
    { q: 'people', until: '2023-06-30' },
    { q: 'attacked', since: '2023-03-01', until: '2024-02-15' },
    { q: 'Kharkiv', modality: 'occurred' },
    { q: 'rebel fighters', country: 'SYR' },
    { q: 'troops', bbox: [20, 0, 50, 40] },
    { q: 'protesters', actor: 'police', type: 'PROTEST' },
    { q: 'detained', since: '2019-01-01T00:00', until: '2020-12-31' },
    { q: 'Lysander' },
    { q: 'ombudsman killing' },
    { q: 'zzznotaword' },
    { q: 'rebel_fighters' },
  ];
  for (const filter of filters) {
    for (const order of ['asc', 'desc'] as const) {
      it(`pages ${JSON.stringify(filter)} ${order} like articles_fts did, cursors included`, async () => {
        const want = await paged(old, { ...filter, order }, 7);
        if (!['zzznotaword', 'rebel_fighters'].includes(filter.q!)) expect(want.ids.length).toBeGreaterThan(7);
        expect(await paged(store, { ...filter, order }, 7)).toEqual(want);
        expect((await paged(store, { ...filter, order }, 120)).ids).toEqual(want.ids);
      });
    }
  }

  it('finds events dated otherwise than their article, undated events, and each event once', async () => {
    const { ids } = await paged(store, { q: 'Report' }, 1000);
    const all = stored.flatMap((r) => r.events.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...all].sort());
    // Undated events first, then the ones before 1800; the ones after 2299 last.
    const dated = (test: (date: string | null) => boolean) => stored.flatMap((r) => r.events
      .filter((e) => test(e.time?.start ?? r.article.published?.value ?? null)).map((e) => e.id)).sort();
    const undated = dated((d) => d === null);
    const early = dated((d) => d === '1750-01-01');
    const late = dated((d) => d === '2301-06-01');
    expect(undated.length * early.length * late.length).toBeGreaterThan(0);
    expect(ids.slice(0, undated.length)).toEqual(undated);
    expect(ids.slice(undated.length, undated.length + early.length)).toEqual(early);
    expect(ids.slice(-late.length)).toEqual(late);
  });

  it('gives the same compact rows as articles_fts did', async () => {
    for (const filter of [{ q: 'killing' }, { q: 'Suva', type: 'ASSAULT' }, { q: 'accord', since: '2023-06-01' }]) {
      expect(await store.compactEvents(filter, 100_000)).toEqual(await old.compactEvents(filter, 100_000));
      expect(await store.compactEvents(filter, 25)).toEqual(await old.compactEvents(filter, 25));
    }
  });

  it('fills the index for a store written before migration 6', async () => {
    const copy = join(dir, 'rewound.db');
    await store.db.backup(copy);
    const rewound = new SqliteStore(copy);
    rewound.db.exec(`DROP TRIGGER event_text_article_delete; ${TEXT_TABLES.map((t) => `DROP TABLE ${t};`).join(' ')} DROP TABLE text_events;
      DELETE FROM schema_migrations WHERE version >= 6`);
    await rewound.migrate();
    expect(rewound.schemaVersion()).toBe(MIGRATIONS.at(-1)!.version);
    const count = (db: Database.Database, sql: string) => (db.prepare(sql).pluck().get() as number);
    expect(count(rewound.db, 'SELECT COUNT(*) FROM text_events')).toBe(count(rewound.db, 'SELECT COUNT(*) FROM events'));
    for (const filter of [{ q: 'killing', order: 'desc' as const }, { q: 'Quarantine' }, { q: 'police', type: 'ASSAULT', since: '2024-02-01' }]) {
      expect(await paged(rewound, filter, 9)).toEqual(await paged(old, filter, 9));
    }
    await rewound.close();
  });
});

describe('keeping the text index in step with ingestion', () => {
  const count = (store: SqliteStore, sql: string) => store.db.prepare(sql).pluck().get() as number;
  const textRows = (store: SqliteStore) => TEXT_TABLES.reduce((n, t) => n + count(store, `SELECT COUNT(*) FROM ${t}`), 0);

  it('indexes new articles, ignores a second ingestion of the same ones, and forgets deleted ones', async () => {
    const store = new SqliteStore(join(dir, 'ingest.db'));
    await store.migrate();
    const first = records(80, 31);
    expect(await store.saveRecords(first)).toEqual({ stored: 80, duplicates: 0 });
    const events = count(store, 'SELECT COUNT(*) FROM text_events');
    const rows = textRows(store);
    expect(events).toBe(first.reduce((n, r) => n + r.events.length, 0));
    // One row per article and day of its events.
    expect(rows).toBe(first.reduce((n, r) => n + new Set(r.events.map((e) => dayKey(e.time?.start ?? r.article.published?.value ?? null))).size, 0));

    expect(await store.saveRecords(first)).toEqual({ stored: 0, duplicates: 80 });
    expect(count(store, 'SELECT COUNT(*) FROM text_events')).toBe(events);
    expect(textRows(store)).toBe(rows);

    // A later article with a new word, and one that repeats an event id already stored under another article.
    const [fresh, repeat] = records(2, 32, 1000);
    fresh.article.title = 'Report on Zanzibar';
    repeat.article.title = 'Report on Timbuktu';
    repeat.events = [{ ...first[3].events[0] }];
    expect(await store.saveRecords([fresh, repeat])).toEqual({ stored: 2, duplicates: 0 });
    expect((await store.queryEvents({ q: 'Zanzibar', limit: 100 })).events.map((e) => e.id)).toEqual(
      [...fresh.events].sort((a, b) => ((a.time?.start ?? '') + a.id < (b.time?.start ?? '') + b.id ? -1 : 1)).map((e) => e.id),
    );
    expect((await store.queryEvents({ q: 'Timbuktu' })).events).toEqual([]);
    expect((await store.queryEvents({ q: 'Lysander' })).events.map((e) => e.articleId)).toContain(first[0].article.id);

    // Deleting an article takes its events and its text rows with it.
    const before = textRows(store);
    store.db.prepare('DELETE FROM articles WHERE id = ?').run(fresh.article.id);
    expect((await store.queryEvents({ q: 'Zanzibar' })).events).toEqual([]);
    expect(textRows(store)).toBeLessThan(before);
    expect(count(store, 'SELECT COUNT(*) FROM text_events')).toBe(count(store, 'SELECT COUNT(*) FROM events'));
    // The freed rowid goes to the next article; the deleted article's words must not come back with it.
    const [reuse] = records(1, 33, 2000);
    await store.saveRecords([reuse]);
    expect((await store.queryEvents({ q: 'Zanzibar' })).events).toEqual([]);
    await store.close();
  });
});
