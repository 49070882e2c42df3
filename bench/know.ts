// Places and actors benchmark: GeoVirus recall and 161 km accuracy, load time, memory and
// resolution speed. Run: npm run bench:know  (needs ../shared/data/geovirus)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { findMentions, knowStage, loadKnowledge, resolvePlace } from '../src/know/index.ts';
import { Doc, type Mention } from '../src/pipeline/doc.ts';
import { distanceKm } from '../src/know/geo.ts';

const GEOVIRUS = new URL('../../shared/data/geovirus/excerpts.jsonl', import.meta.url);
const WIKINEWS = new URL('../../shared/data/wikinews-en/articles.jsonl', import.meta.url);

interface Gold { name: string; start: number; end: number; lat: number; lon: number }
interface Excerpt { id: string; text: string; locations: Gold[] }


/** Sentences by a plain rule that keeps abbreviations such as "U.S." and "Mr." whole (the bench measures the know stage, not the splitter). */
function sentences(text: string): { index: number; text: string; offset: number }[] {
  const out: { index: number; text: string; offset: number }[] = [];
  const ends = /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|Mt|Ft))[.!?]+["'”’)]*\s+(?=["“]?\p{Lu})/gu;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ index: out.length, text: raw.trim(), offset: start + lead });
  };
  for (const m of text.matchAll(ends)) {
    const end = m.index + m[0].trimEnd().length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

export interface GeoScore {
  gold: number; found: number; within161: number; predicted: number; correctPredicted: number;
  /** Country-level resolutions, and those whose country's outline holds the gold point. */
  countryLevel: number; countryRight: number; nearOrRightCountry: number;
  misses: string[]; far: string[];
}

/**
 * Country outlines (world-atlas 50m) by ISO3, to check country-level answers by area rather than by
 * point. A code may have several features (Australia and its Ashmore and Cartier Islands).
 */
function countryOutlines(): Map<string, Feature[]> {
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/countries-50m.json') as Topology;
  const numericToIso3 = new Map((require('world-countries/countries.json') as { ccn3: string; cca3: string }[]).map((c) => [c.ccn3, c.cca3]));
  const outlines = new Map<string, Feature[]>();
  for (const f of (feature(topo, topo.objects.countries) as FeatureCollection).features) {
    const iso3 = numericToIso3.get(String(f.id));
    if (iso3) outlines.set(iso3, [...(outlines.get(iso3) ?? []), f]);
  }
  return outlines;
}

export function scoreGeoVirus(excerpts: Excerpt[]): GeoScore {
  const s: GeoScore = { gold: 0, found: 0, within161: 0, predicted: 0, correctPredicted: 0, countryLevel: 0, countryRight: 0, nearOrRightCountry: 0, misses: [], far: [] };
  const outlines = countryOutlines();
  for (const ex of excerpts) {
    const places = findMentions(sentences(ex.text)).filter((m) => m.kind === 'place');
    s.predicted += places.length;
    const overlaps = (m: Mention, g: Gold) => m.span[0] < g.end && g.start < m.span[1];
    s.correctPredicted += places.filter((m) => ex.locations.some((g) => overlaps(m, g))).length;
    for (const g of ex.locations) {
      s.gold++;
      const m = places.find((p) => overlaps(p, g));
      if (!m) {
        s.misses.push(`${ex.id} ${g.name}`);
        continue;
      }
      s.found++;
      const loc = m.location!;
      const km = distanceKm(g.lat, g.lon, loc.lat!, loc.lon!);
      const rightCountry = loc.precision === 'country' && (outlines.get(loc.country!) ?? []).some((f) => geoContains(f, [g.lon, g.lat]));
      if (loc.precision === 'country') s.countryLevel++;
      if (rightCountry) s.countryRight++;
      if (km <= 161 || rightCountry) s.nearOrRightCountry++;
      if (km <= 161) s.within161++;
      else s.far.push(`${ex.id} ${g.name} -> ${loc.name}/${loc.country}/${loc.precision} ${Math.round(km)} km`);
    }
  }
  return s;
}

/** Wikinews paragraphs joined in order into texts of about 800 words, run through clean and lang. */
async function newsDocs(): Promise<Doc[]> {
  // imported here so that the load and memory figures above are the know stage's alone
  const { cleanStage } = await import('../src/clean/index.ts');
  const { langStage } = await import('../src/lang/index.ts');
  await cleanStage.init?.();
  await langStage.init?.();
  const rows = readFileSync(WIKINEWS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { date: string; text: string });
  const docs: Doc[] = [];
  let parts: string[] = [];
  let words = 0;
  for (const row of rows) for (const paragraph of row.text.split(/\n{2,}/)) {
    if (!paragraph.trim()) continue;
    parts.push(paragraph.trim());
    words += paragraph.split(/\s+/).length;
    if (words < 800) continue;
    const id = `bench-${docs.length}`;
    const doc = new Doc({ sourceId: id, origin: id, kind: 'text', content: parts.join('\n\n'), contentHash: id, warnings: [], published: row.date });
    await cleanStage.run(doc);
    await langStage.run(doc);
    docs.push(doc);
    parts = [];
    words = 0;
  }
  return docs;
}

/**
 * CPU milliseconds of the know stage per news text: the first pass over the texts (the JIT and the
 * caches still cold: what the first few hundred articles of a run cost), and the steady state, best
 * of five passes after it (the JIT of this code takes a few hundred articles to settle).
 */
async function stageCost(docs: Doc[]): Promise<{ first: number; ms: number; words: number; mentions: number }> {
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const cpu = process.cpuUsage(since);
    return (cpu.user + cpu.system) / 1000;
  };
  const start = process.cpuUsage();
  for (const doc of docs) await knowStage.run(doc);
  const first = cpuMs(start) / docs.length;
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const cpu0 = process.cpuUsage();
    for (const doc of docs) await knowStage.run(doc);
    best = Math.min(best, cpuMs(cpu0) / docs.length);
  }
  const words = docs.reduce((n, d) => n + d.article!.body.split(/\s+/).length, 0) / docs.length;
  const mentions = docs.reduce((n, d) => n + d.mentions!.length, 0) / docs.length;
  return { first, ms: best, words, mentions };
}

interface LoadRun { mode: string; cpuMs: number; rssMb: number; heapMb: number; externalMb: number }

/** `runs` fresh processes of bench/know-load.ts in `mode` (see there), run in turn. */
function loadRuns(mode: string, runs: number): LoadRun[] {
  const script = fileURLToPath(new URL('know-load.ts', import.meta.url));
  const out: LoadRun[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, mode], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
    if (child.status !== 0) throw new Error(`bench/know-load.ts ${mode} failed: ${child.stderr}`);
    out.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as LoadRun);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs: number[], digits = 0) => `median ${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)})`;

/**
 * Load time and memory, each from fresh processes: load = CPU time of the first gazetteer() call
 * (reading the packed file in node_modules/.cache/sitrep/, or building it when cold); memory =
 * process RSS after it and a full GC, and its increase over a process that imports the same modules
 * and loads nothing (node + tsx + the know modules). The whole-process figures include tsx.
 */
function reportLoad(runs: number): void {
  // the first run also makes sure the packed file exists, so the others read it
  loadRuns('gazetteer', 1);
  const base = loadRuns('baseline', runs), gaz = loadRuns('gazetteer', runs), know = loadRuns('knowledge', runs), cold = loadRuns('cold', Math.max(1, Math.floor(runs / 2)));
  const baseRss = median(base.map((r) => r.rssMb));
  const share = (rs: LoadRun[]) => rs.map((r) => r.rssMb - baseRss);
  console.log(`load, fresh processes (${runs} each; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
  console.log(`  gazetteer(), packed file: ${spread(gaz.map((r) => r.cpuMs))} ms CPU; process RSS ${spread(gaz.map((r) => r.rssMb))} MB, ` +
    `of which the gazetteer ${spread(share(gaz))} MB (heap ${spread(gaz.map((r) => r.heapMb - median(base.map((b) => b.heapMb))), 1)} MB, outside the heap ${spread(gaz.map((r) => r.externalMb - median(base.map((b) => b.externalMb))), 1)} MB)`);
  console.log(`  loadKnowledge() (gazetteer, actor dictionary, scan tables): ${spread(know.map((r) => r.cpuMs))} ms CPU; process RSS ${spread(know.map((r) => r.rssMb))} MB (+${median(share(know)).toFixed(0)} MB)`);
  console.log(`  baseline process (node, tsx, the know modules imported, nothing loaded): RSS ${spread(base.map((r) => r.rssMb))} MB`);
  console.log(`  gazetteer() cold (no packed file: built from the npm data and packed, once per install or data change): ${spread(cold.map((r) => r.cpuMs))} ms CPU; RSS ${spread(cold.map((r) => r.rssMb))} MB`);
}

async function main(): Promise<void> {
  reportLoad(process.argv.includes('--quick') ? 1 : 5);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  loadKnowledge();
  const loadMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const loadCpuMs = (cpu.user + cpu.system) / 1000;
  global.gc?.();
  console.log(`this process: loadKnowledge() ${loadMs.toFixed(0)} ms wall, ${loadCpuMs.toFixed(0)} ms CPU; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (with the bench's own imports)`);

  if (existsSync(WIKINEWS)) {
    const docs = await newsDocs();
    const cost = await stageCost(docs);
    console.log(`know stage in the pipeline: ${cost.ms.toFixed(2)} ms CPU per text, steady state (${docs.length} Wikinews texts of ${Math.round(cost.words)} words, ${cost.mentions.toFixed(0)} mentions each; best of 5 passes after a first); ` +
      `first pass ${cost.first.toFixed(2)} ms (JIT and caches cold); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } else console.log('Wikinews not found at ../shared/data/wikinews-en: skipping the stage-cost figure');

  if (!existsSync(GEOVIRUS)) {
    console.log('GeoVirus not found at ../shared/data/geovirus: skipping the accuracy figures');
    return;
  }
  const excerpts = readFileSync(GEOVIRUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Excerpt);
  const names = excerpts.flatMap((e) => e.locations.map((g) => g.name));
  const rounds = 20;
  const t1 = performance.now();
  for (let r = 0; r < rounds; r++) for (const n of names) resolvePlace(n, { countries: ['USA', 'GBR'] });
  const perResolution = ((performance.now() - t1) * 1000) / (rounds * names.length);
  console.log(`resolvePlace: ${perResolution.toFixed(1)} µs per call (${names.length} GeoVirus names x ${rounds})`);

  const t2 = performance.now();
  const s = scoreGeoVirus(excerpts);
  const ms = performance.now() - t2;
  console.log(`GeoVirus: ${excerpts.length} excerpts, ${s.gold} gold place mentions, ${ms.toFixed(0)} ms`);
  console.log(`  mentions found (recall):            ${(s.found / s.gold).toFixed(3)} (${s.found}/${s.gold})`);
  console.log(`  within 161 km, of mentions found:   ${(s.within161 / s.found).toFixed(3)} (${s.within161}/${s.found})`);
  console.log(`  within 161 km, of all gold:         ${(s.within161 / s.gold).toFixed(3)}`);
  console.log(`  country-level answers whose country holds the gold point: ${(s.countryRight / s.countryLevel).toFixed(3)} (${s.countryRight}/${s.countryLevel})`);
  console.log(`  within 161 km, or the right country for country-level answers, of found: ${(s.nearOrRightCountry / s.found).toFixed(3)}`);
  console.log(`  precision of place mentions:        ${(s.correctPredicted / s.predicted).toFixed(3)} (${s.correctPredicted}/${s.predicted})`);
  if (process.argv.includes('--errors')) {
    console.log('\nmissed:\n  ' + s.misses.join('\n  '));
    console.log('\nfar:\n  ' + s.far.join('\n  '));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
