import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEvents, fixtureRecords } from '../fixtures/api/records.ts';
import { fixtureServer, type FixtureServer } from './helpers.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await fixtureServer();
});
afterAll(() => server.close());

interface Page { events: { id: string; date: string | null; type: string }[]; nextCursor: string | null }

async function get<T = unknown>(url: string): Promise<{ status: number; body: T; headers: Record<string, unknown> }> {
  const response = await server.app.inject({ url });
  return { status: response.statusCode, body: response.json() as T, headers: response.headers };
}

const ids = async (query: string) => (await get<Page>(`/api/events?${query}`)).body.events.map((e) => e.id).sort();

describe('GET /api/events', () => {
  it('lists every stored event, oldest first, undated ones first', async () => {
    const { status, body } = await get<Page>('/api/events');
    expect(status).toBe(200);
    expect(body.events).toHaveLength(fixtureEvents().length);
    expect(body.events[0].id).toBe('ev-undated-threat');
    const dates = body.events.slice(1).map((e) => e.date!);
    expect(dates).toEqual([...dates].sort());
    expect(body.nextCursor).toBeNull();
  });

  it('pages with a cursor through every event exactly once, in both orders', async () => {
    for (const order of ['asc', 'desc']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = (await get<Page>(`/api/events?limit=4&order=${order}${cursor ? `&cursor=${cursor}` : ''}`)).body;
        expect(page.events.length).toBeLessThanOrEqual(4);
        seen.push(...page.events.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(fixtureEvents().length);
      expect(seen).toHaveLength(fixtureEvents().length);
      if (order === 'desc') expect(seen.at(-1)).toBe('ev-undated-threat');
    }
  });

  it('filters by type, modality, mode, country, dates, actor, text and sources', async () => {
    expect(await ids('type=PROTEST')).toEqual(['ev-kyiv-rally', 'ev-mombasa-forecast', 'ev-nairobi-caption', 'ev-suva-protest']);
    expect(await ids('modality=forecast')).toEqual(['ev-mombasa-forecast']);
    expect(await ids('mode=artillery')).toEqual(['ev-kharkiv-shelling']);
    expect(await ids('country=ken')).toEqual(['ev-mombasa-forecast', 'ev-nairobi-arrests', 'ev-nairobi-caption']);
    expect(await ids('since=2024-05-19&until=2024-05-20')).toEqual(['ev-darfur-aid', 'ev-fasher-attack', 'ev-suva-protest']);
    expect(await ids('actor=rapid%20support')).toEqual(['ev-fasher-attack']);
    expect(await ids('q=unpaid%20wages')).toEqual(['ev-apia-agreement', 'ev-suva-protest']);
    expect(await ids('minSources=2')).toEqual([]);
    expect(await ids('type=ASSAULT&country=UKR')).toEqual(['ev-kharkiv-shelling']);
  });

  it('gives each event exactly as the detail route does', async () => {
    const listed = (await get<{ events: { id: string }[] }>('/api/events')).body.events;
    for (const event of listed) expect((await get<{ event: unknown }>(`/api/events/${event.id}`)).body.event).toEqual(event);
  });

  it('filters by bounding box, including one across the date line', async () => {
    expect(await ids('bbox=33,-5,42,5')).toEqual(['ev-mombasa-forecast', 'ev-nairobi-arrests', 'ev-nairobi-caption']);
    expect(await ids('bbox=170,-25,-165,-5')).toEqual(['ev-apia-agreement', 'ev-suva-protest']);
  });
});

describe('bad requests get a 4xx JSON error with a message', () => {
  const cases: [string, number, RegExp][] = [
    ['/api/events?since=2024-13-01', 400, /since/],
    ['/api/events?since=2024-02-30', 400, /not a real date/],
    ['/api/events?until=yesterday', 400, /until/],
    ['/api/events?since=2024-05-20&until=2024-05-01', 400, /after until/],
    ['/api/events?bbox=1,2,3', 400, /bbox/],
    ['/api/events?bbox=10,95,20,96', 400, /latitudes/],
    ['/api/events?bbox=10,20,abc,30', 400, /bbox/],
    ['/api/events?limit=1001', 400, /limit/],
    ['/api/events?limit=0', 400, /limit/],
    ['/api/events?limit=ten', 400, /limit/],
    ['/api/events?cursor=bm90LWEtY3Vyc29y', 400, /cursor/],
    ['/api/events?cursor=%25%25', 400, /cursor/],
    ['/api/events?type=BOMBING', 400, /type/],
    ['/api/events?modality=certain', 400, /modality/],
    ['/api/events?country=Kenya', 400, /country/],
    ['/api/events?minSources=-1', 400, /minSources/],
    ['/api/events?colour=red', 400, /additional/],
    ['/api/events?order=sideways', 400, /order/],
    ['/api/events.csv?since=2024-99-99', 400, /since/],
    ['/api/events.geojson?bbox=0,0', 400, /bbox/],
    ['/api/stats?until=2024-02-31', 400, /until/],
    ['/api/events/no-such-event', 404, /no event/],
    ['/api/articles/no-such-article', 404, /no article/],
    ['/api/nothing-here', 404, /no route/],
  ];
  it.each(cases)('%s -> %i', async (url, status, message) => {
    const response = await get<{ statusCode: number; error: string; message: string }>(url);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body.statusCode).toBe(status);
    expect(response.body.message).toMatch(message);
  });
});

describe('GET /api/events/:id', () => {
  interface Detail {
    event: { id: string; articleId: string };
    articles: { id: string; outlet: string | null }[];
    sentence: { text: string; source: string; highlights: { role: string; text: string; start: number; end: number }[] };
    elsewhere: unknown[];
  }

  it('gives the article and the span of each role within the sentence', async () => {
    const { status, body } = await get<Detail>('/api/events/ev-kharkiv-shelling');
    expect(status).toBe(200);
    expect(body.articles).toEqual([expect.objectContaining({ id: 'art-kharkiv', outlet: 'Eastern Wire' })]);
    const roles = Object.fromEntries(body.sentence.highlights.map((h) => [h.role, h.text]));
    expect(roles).toEqual({
      actor: 'Russian forces', recipient: 'civilians', location: 'Kharkiv', time: 'on Tuesday',
      magnitude: 'at least four', trigger: 'shelled', attribution: 'Oleh Syniehubov',
    });
    expect(body.elsewhere).toEqual([]);
  });

  it('keeps highlight offsets true to the sentence for every fixture event, captions included', async () => {
    for (const { event } of fixtureEvents()) {
      const { body } = await get<Detail>(`/api/events/${event.id}`);
      expect(body.sentence.highlights.length).toBeGreaterThan(0);
      for (const h of body.sentence.highlights) expect(body.sentence.text.slice(h.start, h.end)).toBe(h.text);
    }
    const caption = (await get<Detail>('/api/events/ev-nairobi-caption')).body;
    expect(caption.sentence.source).toBe('caption');
  });
});

describe('GET /api/articles/:id', () => {
  it('returns body, captions and removed segments apart', async () => {
    const { status, body } = await get<{ body: string; captions: { text: string }[]; removed: { kind: string; text: string }[] }>('/api/articles/art-kharkiv');
    expect(status).toBe(200);
    const fixture = fixtureRecords()[0].article;
    expect(body.body).toBe(fixture.body);
    expect(body.captions.map((c) => c.text)).toEqual(fixture.captions.map((c) => c.text));
    expect(body.removed).toEqual(fixture.removed);
  });
});

describe('GET /api/stats', () => {
  it('counts by type, country and day, under the same filters', async () => {
    const all = (await get<{ events: number; byType: Record<string, number>; byCountry: Record<string, number>; byDay: Record<string, number> }>('/api/stats')).body;
    expect(all.events).toBe(fixtureEvents().length);
    expect(all.byType).toMatchObject({ PROTEST: 4, ASSAULT: 3, COERCE: 1 });
    expect(all.byCountry).toMatchObject({ KEN: 3, UKR: 2, FJI: 1, WSM: 1 });
    expect(all.byDay['2024-05-16']).toBe(3);
    const kenya = (await get<{ events: number; byType: Record<string, number> }>('/api/stats?country=KEN')).body;
    expect(kenya.events).toBe(3);
    expect(kenya.byType).toEqual({ PROTEST: 2, COERCE: 1 });
  });
});

describe('exports', () => {
  it('GET /api/events.csv has the ACLED-like columns and one quoted row per event', async () => {
    const response = await server.app.inject({ url: '/api/events.csv?type=ASSAULT' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.body.trimEnd().split('\r\n');
    const header = lines[0].split(',');
    for (const column of ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location', 'latitude', 'longitude', 'fatalities', 'source', 'notes']) {
      expect(header).toContain(column);
    }
    expect(lines).toHaveLength(4);
    const kharkiv = lines.find((l) => l.startsWith('ev-kharkiv-shelling'))!;
    expect(kharkiv).toContain('2024-05-14,day,Explosions/Remote violence,Shelling/artillery/missile attack,ASSAULT');
    expect(kharkiv).toContain(',UKR,Kharkiv,49.9935,36.2304,4,Oleh Syniehubov,"Russian forces shelled');
  });

  it('GET /api/events.geojson gives points as [lon, lat] and null geometry for unplaced events', async () => {
    const response = await server.app.inject({ url: '/api/events.geojson' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = response.json() as { type: string; features: { id: string; geometry: { coordinates: number[] } | null; properties: { type: string } }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(fixtureEvents().length);
    const byId = Object.fromEntries(collection.features.map((f) => [f.id, f]));
    expect(byId['ev-apia-agreement'].geometry?.coordinates).toEqual([-171.7667, -13.8333]);
    expect(byId['ev-undated-threat'].geometry).toBeNull();
    expect(byId['ev-suva-protest'].properties.type).toBe('PROTEST');
  });

  it('GET /api/events.compact gives one short row per event', async () => {
    const { body } = await get<{ fields: string[]; rows: unknown[][]; truncated: boolean }>('/api/events.compact?limit=3');
    expect(body.fields).toEqual(['id', 'date', 'type', 'modality', 'lon', 'lat']);
    expect(body.rows).toHaveLength(3);
    expect(body.truncated).toBe(true);
  });
});

describe('headers', () => {
  it('sends a Content-Security-Policy without inline script on every response', async () => {
    for (const url of ['/api/stats', '/api/events/no-such-event']) {
      const csp = String((await get(url)).headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });
});
