// One read-only connection answering event-page queries for ReadPool. It sees every committed write.
import { parentPort, workerData } from 'node:worker_threads';
import { InvalidFilterError, SqliteStore } from './sqlite.ts';
import type { EventFilter } from './store.ts';

const store = new SqliteStore((workerData as { path: string }).path, { readonly: true });

parentPort!.on('message', async ({ id, filter }: { id: number; filter: EventFilter }) => {
  try {
    parentPort!.postMessage({ id, page: await store.queryEventsJson(filter) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort!.postMessage({ id, error: { message, invalidFilter: error instanceof InvalidFilterError } });
  }
});
