// Event pages read on worker threads, each with its own read-only SQLite connection, so page
// queries can use more cores than the one running the HTTP server. Writes stay on the caller's store.
import { Worker } from 'node:worker_threads';
import { InvalidFilterError } from './sqlite.ts';
import type { EventFilter, Store } from './store.ts';

// The worker is TypeScript too: it registers tsx first, as bin/sitrep.js does.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./read-worker.ts', import.meta.url).href)}); });`;

type Page = { events: string[]; nextCursor: string | null };
interface Reply { id: number; page?: Page; error?: { message: string; invalidFilter: boolean } }

export class ReadPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (page: Page) => void; reject: (error: Error) => void }>();
  private readonly busy: number[];
  private nextId = 0;

  constructor(path: string, size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { path } });
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => this.failAll(error));
      return worker;
    });
    this.busy = this.workers.map(() => 0);
  }

  /** The same result as SqliteStore.queryEventsJson, from the least busy worker. */
  queryEventsJson(filter: EventFilter): Promise<Page> {
    const index = this.busy.indexOf(Math.min(...this.busy));
    this.busy[index]++;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[index].postMessage({ id, filter });
    });
  }

  private settle(worker: Worker, reply: Reply): void {
    this.busy[this.workers.indexOf(worker)]--;
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.page) waiting.resolve(reply.page);
    else waiting.reject(reply.error?.invalidFilter ? new InvalidFilterError(reply.error.message) : new Error(reply.error?.message));
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** `store`, except that event pages come from the pool; closing it closes both. */
export function withReadPool(store: Store, pool: ReadPool): Store {
  return new Proxy(store, {
    get(target, name) {
      if (name === 'queryEventsJson') return (filter: EventFilter) => pool.queryEventsJson(filter);
      if (name === 'close') return async () => { await pool.close(); await target.close(); };
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
