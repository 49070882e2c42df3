// Event pages answered by worker threads match the ones the server's own connection gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { ReadPool, withReadPool } from '../../src/store/read-pool.ts';
import { fixtureServer, type FixtureServer } from './helpers.ts';

let direct: FixtureServer;
let pooled: Awaited<ReturnType<typeof buildApp>>;
let pool: ReadPool;

beforeAll(async () => {
  direct = await fixtureServer();
  pool = new ReadPool(direct.store.db.name, 2);
  pooled = await buildApp({ store: withReadPool(direct.store, pool), webRoot: null });
});
afterAll(async () => {
  await pooled.close();
  await pool.close();
  await direct.close();
});

describe('GET /api/events on read workers', () => {
  it('gives the same pages, cursors included, as the server thread', async () => {
    for (const query of ['', 'type=PROTEST', 'country=KEN&order=desc', 'q=unpaid%20wages', 'limit=3', 'bbox=30,-5,45,15']) {
      const [a, b] = await Promise.all([direct.app.inject({ url: `/api/events?${query}` }), pooled.inject({ url: `/api/events?${query}` })]);
      expect(b.statusCode).toBe(200);
      expect(b.json()).toEqual(a.json());
    }
    const first = (await pooled.inject({ url: '/api/events?limit=3' })).json() as { nextCursor: string };
    const second = await pooled.inject({ url: `/api/events?limit=3&cursor=${first.nextCursor}` });
    expect(second.json()).toEqual((await direct.app.inject({ url: `/api/events?limit=3&cursor=${first.nextCursor}` })).json());
  });

  it('answers a bad cursor with a 400, as the server thread does', async () => {
    const response = await pooled.inject({ url: '/api/events?cursor=bm90LWEtY3Vyc29y' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/invalid cursor/);
  });
});
