// A real SQLite store in a temp folder, filled with the fixture records, behind the real app.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/api/app.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { fixtureRecords } from '../fixtures/api/records.ts';

export interface FixtureServer {
  app: FastifyInstance;
  store: SqliteStore;
  dir: string;
  close(): Promise<void>;
}

export async function fixtureServer(options: Partial<AppOptions> = {}): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const store = new SqliteStore(join(dir, 'fixture.db'));
  await store.migrate();
  await store.saveRecords(fixtureRecords());
  const app = await buildApp({ store, webRoot: null, ...options });
  return {
    app, store, dir,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
