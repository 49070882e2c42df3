// Pages of filtered events against a reference computed from the records themselves, on a
// store large enough that each filter has several pages and the country index does the walking.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SitrepRecord } from '../../src/model/types.ts';
import { MIGRATIONS, SqliteStore } from '../../src/store/sqlite.ts';
import { TEXT_TABLES } from '../../src/store/text-key.ts';
import type { EventFilter } from '../../src/store/store.ts';
import { random, syntheticRecord } from '../fixtures/api/synthetic.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-pages-'));
let store: SqliteStore;
let records: SitrepRecord[];

beforeAll(async () => {
  const next = random(11);
  records = Array.from({ length: 300 }, (_, i) => syntheticRecord(i, 10, next));
  // Two events without a date, so NULL dates meet the cursor in both orders.
  for (const event of records[0].events.slice(0, 2)) event.time = null;
  records[0].article.published = null;
  store = new SqliteStore(join(dir, 'pages.db'));
  await store.migrate();
  await store.saveRecords(records);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function inBox(lon: number, lat: number, [minLon, minLat, maxLon, maxLat]: [number, number, number, number]): boolean {
  const lonIn = minLon <= maxLon ? lon >= minLon && lon <= maxLon : lon >= minLon || lon <= maxLon;
  return lonIn && lat >= minLat && lat <= maxLat;
}

/** Every event the filter selects, in page order, computed without SQL. */
function expected(filter: EventFilter): string[] {
  const rows = records.flatMap((r) => r.events.map((e) => ({ e, date: e.time?.start ?? r.article.published?.value ?? null, body: r.article.body })));
  const kept = rows.filter(({ e, date, body }) =>
    (!filter.type || e.type === filter.type)
    && (!filter.modality || e.modality === filter.modality)
    && (!filter.country || [...e.actors, ...e.recipients, ...e.locations].some((x) => x.country === filter.country))
    && (!filter.since || (date !== null && date >= filter.since))
    && (!filter.bbox || e.locations.some((l) => l.lat !== null && l.lon !== null && inBox(l.lon, l.lat, filter.bbox!)))
    && (!filter.q || new RegExp(`\\b${filter.q}\\b`, 'i').test(body)));
  const key = (x: { e: { id: string }; date: string | null }) => [x.date ?? '', x.e.id] as const;
  kept.sort((a, b) => {
    const [da, ia] = key(a);
    const [db, ib] = key(b);
    // NULL dates first: '' sorts before every ISO date.
    return da < db ? -1 : da > db ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const ids = kept.map((x) => x.e.id);
  return filter.order === 'desc' ? ids.reverse() : ids;
}

async function paged(filter: EventFilter, limit = 37, pages = Infinity): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryEvents({ ...filter, limit, cursor });
    seen.push(...page.events.map((e) => e.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && --pages > 0);
  return seen;
}

describe('filtered pages on 3,000 events', () => {
  const filters: EventFilter[] = [
    { country: 'KEN' },
    { country: 'SDN', type: 'ASSAULT' },
    { country: 'UKR', modality: 'occurred', since: '2024-01-01' },
    { country: 'NGA', type: 'ASSAULT', order: 'desc' },
    { country: 'SYR', q: 'police' },
    { country: 'IRQ', q: 'Mosul', order: 'desc' },
    { type: 'COERCE', q: 'Aleppo' },
    { bbox: [30, -5, 45, 15], since: '2023-06-01' },
    { bbox: [170, -25, -170, -10], order: 'desc' },
    { bbox: [20, 0, 50, 40], type: 'ASSAULT', q: 'killing' },
    { q: 'killing', since: '2024-06-01', order: 'desc' },
  ];
  for (const filter of filters) {
    it(`pages ${JSON.stringify(filter)} like the reference, in order, each event once`, async () => {
      const want = expected(filter);
      expect(want.length).toBeGreaterThan(37);
      expect(await paged(filter)).toEqual(want);
    });
  }

  it('pages text that every article matches, one event a page', async () => {
    // 'Report' is in every title.
    const next = random(12);
    const single = Array.from({ length: 1000 }, (_, i) => syntheticRecord(i, 1, next));
    const probed = new SqliteStore(join(dir, 'probe.db'));
    await probed.migrate();
    await probed.saveRecords(single);
    // A first batch of 1,000 articles is enough to merge the text index into one segment.
    expect(probed.db.prepare('SELECT merged_articles AS n FROM text_index_state').get()).toEqual({ n: 1000 });
    const day = (e: (typeof single)[number]['events'][number]) => e.time?.start ?? '';
    const reference = single.map((r) => r.events[0]).filter((e) => e.type === 'ASSAULT')
      .sort((x, y) => (day(x) < day(y) ? -1 : day(x) > day(y) ? 1 : x.id < y.id ? -1 : 1))
      .map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 40; page++) {
      const result = await probed.queryEvents({ q: 'Report', type: 'ASSAULT', limit: 1, cursor });
      seen.push(...result.events.map((e) => e.id));
      cursor = result.nextCursor!;
    }
    expect(seen).toEqual(reference.slice(0, 40));
    await probed.close();
  });

  it('counts a country-filtered selection in stats like the pages', async () => {
    const stats = await store.stats({ country: 'KEN', type: 'ASSAULT' });
    expect(stats.events).toBe(expected({ country: 'KEN', type: 'ASSAULT' }).length);
    expect(stats.byType).toEqual({ ASSAULT: stats.events });
  });

  it('fills event_countries and event_places for events stored before migration 3', async () => {
    // Rewind the store to version 2, as a store written by an older sitrep would be.
    store.db.exec(`DROP TABLE event_countries; DROP INDEX event_roles_place; DROP TABLE text_index_state; DROP TABLE event_places;
      DROP TRIGGER event_text_article_delete; ${TEXT_TABLES.map((t) => `DROP TABLE ${t};`).join(' ')} DROP TABLE text_events;
      DELETE FROM schema_migrations WHERE version >= 3`);
    await store.migrate();
    expect(store.schemaVersion()).toBe(MIGRATIONS.at(-1)!.version);
    expect(store.db.prepare('SELECT merged_articles AS n FROM text_index_state').get()).toEqual({ n: 300 });
    expect(await paged({ country: 'KEN', order: 'desc' })).toEqual(expected({ country: 'KEN', order: 'desc' }));
    expect(await paged({ bbox: [30, -5, 45, 15] })).toEqual(expected({ bbox: [30, -5, 45, 15] }));
  });
});
