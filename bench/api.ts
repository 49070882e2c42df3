// Filtered GET /api/events under autocannon load against a store of 1,000,000 synthetic
// events. The server runs as `sitrep serve` in its own process, so the load generator
// does not share its event loop. Target: p99 <= 50 ms. Loopback only, bounded duration.
//   npm run bench:api [-- --events N --seconds S --connections C --read-workers W]
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { queryScenarios } from '../test/fixtures/api/queries.ts';
import { syntheticStore } from '../test/fixtures/api/synthetic.ts';
import { startServe } from './lib/serve.ts';

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
} });
const events = Number(values.events);
const seconds = Math.min(60, Number(values.seconds));
const connections = Number(values.connections);

console.log(`store: ${events} synthetic events (cached under /tmp after the first run)`);
const db = syntheticStore(events, console.log);

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
