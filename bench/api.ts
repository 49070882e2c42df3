// Filtered GET /api/events under autocannon load against a store of 1,000,000 synthetic
// events. The server runs as `sitrep serve` in its own process, so the load generator
// does not share its event loop. Target: p99 <= 50 ms. Loopback only, bounded duration.
//   npm run bench:api [-- --events N --seconds S --connections C]
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { syntheticStore } from '../test/fixtures/api/synthetic.ts';
import { startServe } from './lib/serve.ts';

// autocannon ships no types; these are the parts used here.
interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string; connections: number; duration: number; requests: { method: 'GET'; path: string }[];
}) => Promise<LoadResult>;

const { values } = parseArgs({ options: {
  events: { type: 'string', default: '1000000' },
  seconds: { type: 'string', default: '10' },
  connections: { type: 'string', default: '10' },
} });
const events = Number(values.events);
const seconds = Math.min(60, Number(values.seconds));
const connections = Number(values.connections);

console.log(`store: ${events} synthetic events (cached under /tmp after the first run)`);
const db = syntheticStore(events, console.log);

const { server, base } = await startServe(db, ['--no-web'], { ...process.env, SITREP_TOKEN: '' });

const SCENARIOS: [string, string[]][] = [
  ['type + date range', ['/api/events?type=ASSAULT&since=2024-03-01&until=2024-06-30&limit=100']],
  ['country', ['/api/events?country=SYR&limit=100']],
  ['type + country, newest first', ['/api/events?type=PROTEST&country=KEN&order=desc&limit=100']],
  ['bbox + since', ['/api/events?bbox=30,-5,45,15&since=2024-01-01&limit=100']],
  ['modality + actor', ['/api/events?modality=forecast&actor=police&limit=100']],
  ['full text + type', ['/api/events?q=killing&type=ASSAULT&since=2024-10-01&limit=100']],
  ['mixed (the five above, no text)', []],
];
// Text search is reported on its own: its cost depends on how many articles the words match.
SCENARIOS[SCENARIOS.length - 1][1] = SCENARIOS.slice(0, 5).flatMap(([, paths]) => paths);

async function load(paths: string[]) {
  return autocannon({
    url: base, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

try {
  for (const [, paths] of SCENARIOS) {
    for (const path of paths) {
      const response = await fetch(base + path);
      const body = await response.json() as { events?: unknown[] };
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      if (!body.events?.length) console.log(`  warning: ${path} returns no events`);
    }
  }
  await load(SCENARIOS[SCENARIOS.length - 1][1]); // warm-up
  console.log(`\nautocannon: ${connections} connections, ${seconds} s per scenario, loopback`);
  console.log('scenario                          req/s    p50 ms  p99 ms  max ms  errors');
  let worst = 0;
  for (const [name, paths] of SCENARIOS) {
    const result = await load(paths);
    worst = Math.max(worst, result.latency.p99);
    const errors = result.errors + result.non2xx;
    console.log(`${name.padEnd(32)} ${result.requests.average.toFixed(0).padStart(6)} ${result.latency.p50.toFixed(1).padStart(8)} ${result.latency.p99.toFixed(1).padStart(7)} ${result.latency.max.toFixed(1).padStart(7)} ${String(errors).padStart(7)}`);
  }
  console.log(`\nworst p99: ${worst.toFixed(1)} ms (target <= 50 ms): ${worst <= 50 ? 'met' : 'NOT met'}`);
} finally {
  server.kill('SIGTERM');
}
