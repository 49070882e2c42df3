// Filtered GET /api/events under autocannon load against a store of 1,000,000 synthetic
// events. The server runs as `sitrep serve` in its own process, so the load generator
// does not share its event loop. Target: p99 <= 50 ms. Loopback only, bounded duration.
//   npm run bench:api [-- --events N --seconds S --connections C --read-workers W]
// With --in-process Q: no server; the store's own time for Q queries per scenario (CPU and wall
// per query, percentiles), the figure that noise from other processes disturbs least.
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { queryScenarios } from '../test/fixtures/api/queries.ts';
import { syntheticStore } from '../test/fixtures/api/synthetic.ts';
import { startServe } from './lib/serve.ts';
import { toFilter, type FilterQuery } from '../src/api/events/filter.ts';
import { SqliteStore } from '../src/store/sqlite.ts';

// autocannon ships no types; these are the parts used here.
interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  non2xx: number;
}
interface LoadRequest { method: 'GET'; path: string }
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string; connections: number; duration: number;
  requests: { method: 'GET'; setupRequest: (request: LoadRequest) => LoadRequest }[];
}) => Promise<LoadResult>;

const { values } = parseArgs({ options: {
  events: { type: 'string', default: '1000000' },
  seconds: { type: 'string', default: '10' },
  connections: { type: 'string', default: '10' },
  'read-workers': { type: 'string', default: '0' },
  'in-process': { type: 'string' },
} });
const events = Number(values.events);
const seconds = Math.min(60, Number(values.seconds));
const connections = Number(values.connections);

console.log(`store: ${events} synthetic events (cached under /tmp after the first run)`);
const db = syntheticStore(events, console.log);

if (values['in-process']) {
  await storeTimes(db, Number(values['in-process']));
  process.exit(0);
}

const { server, base } = await startServe(db, ['--no-web', '--read-workers', values['read-workers']!], { ...process.env, SITREP_TOKEN: '' });

// Every request draws new filter values (type, dates, country, box, words) from a seeded generator,
// so the figures are for many different queries, not one answer served again and again.
const scenarios = queryScenarios();

async function load(next: () => string) {
  return autocannon({
    url: base, connections, duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }],
  });
}

try {
  for (const { next } of scenarios) {
    const path = next();
    const response = await fetch(base + path);
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  }
  const mixed = scenarios[scenarios.length - 1];
  await load(mixed.next); // warm-up
  console.log(`\nautocannon: ${connections} connections, ${seconds} s per scenario, loopback, varied parameters, ${values['read-workers']} read workers`);
  console.log('scenario                          req/s    p50 ms  p99 ms  max ms  errors');
  let worst = 0;
  for (const { name, next } of scenarios) {
    const result = await load(next);
    worst = Math.max(worst, result.latency.p99);
    const errors = result.errors + result.non2xx;
    console.log(`${name.padEnd(32)} ${result.requests.average.toFixed(0).padStart(6)} ${result.latency.p50.toFixed(1).padStart(8)} ${result.latency.p99.toFixed(1).padStart(7)} ${result.latency.max.toFixed(1).padStart(7)} ${String(errors).padStart(7)}`);
  }
  console.log(`\nworst p99: ${worst.toFixed(1)} ms (target <= 50 ms): ${worst <= 50 ? 'met' : 'NOT met'}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  server.kill('SIGTERM');
}

/** Per-query store time for each scenario's queries, as `sitrep serve` would spend it on one thread. */
async function storeTimes(path: string, count: number): Promise<void> {
  const store = new SqliteStore(path);
  await store.migrate();
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))].toFixed(2);
  console.log(`\nstore time per query, ${count} queries per scenario (second of two rounds), in process`);
  console.log('scenario                          cpu p50   p90   p99  mean | wall p50   p99');
  for (const { name, next } of queryScenarios()) {
    const filters = Array.from({ length: count }, () => {
      const query = Object.fromEntries(new URLSearchParams(next().split('?')[1])) as Record<string, string>;
      return toFilter({ ...query, limit: query.limit === undefined ? undefined : Number(query.limit) } as FilterQuery);
    });
    let cpu: number[] = [];
    let wall: number[] = [];
    for (let round = 0; round < 2; round++) {
      cpu = [];
      wall = [];
      for (const filter of filters) {
        const c = cpuMs();
        const w = performance.now();
        await store.queryEventsJson(filter);
        wall.push(performance.now() - w);
        cpu.push(cpuMs() - c);
      }
    }
    cpu.sort((a, b) => a - b);
    wall.sort((a, b) => a - b);
    const mean = cpu.reduce((s, x) => s + x, 0) / cpu.length;
    console.log(`${name.padEnd(32)} ${at(cpu, 0.5).padStart(7)} ${at(cpu, 0.9).padStart(5)} ${at(cpu, 0.99).padStart(5)} ${mean.toFixed(2).padStart(5)} | ${at(wall, 0.5).padStart(8)} ${at(wall, 0.99).padStart(5)}`);
  }
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await store.close();
}
