// Writes data/country-points.json from data/country-points.tsv: the countries whose representative
// point is not world-countries' `latlng` (the CIA World Factbook's point), with Wikipedia's article
// coordinates instead. Each point is checked against the country's outline in world-atlas
// (Natural Earth 1:50m), so a typo that puts a country in the sea or next door stops the build.
// Run: npx tsx src/know/build-country-points.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { parsePointTable } from './point-table.ts';

const require = createRequire(import.meta.url);
const SOURCE = new URL('../../data/country-points.tsv', import.meta.url);
const OUT = new URL('../../data/country-points.json', import.meta.url);

/** Parses the table: `iso3 lat lon name` lines, tab-separated; `#` starts a comment line. */
export function parseCountryPoints(text: string): Map<string, [number, number]> {
  const file = 'data/country-points.tsv';
  const points = new Map<string, [number, number]>();
  for (const { names: [code], point, line } of parsePointTable(text, file, 1, 'ISO3<TAB>lat<TAB>lon<TAB>name')) {
    if (!/^[A-Z]{3}$/.test(code)) throw new Error(`${file} line ${line}: expected "ISO3<TAB>lat<TAB>lon<TAB>name"`);
    if (points.has(code)) throw new Error(`${file} line ${line}: ${code} listed twice`);
    points.set(code, point);
  }
  return points;
}

function main(): void {
  const topo = require('world-atlas/countries-50m.json') as Topology;
  const iso3 = new Map((require('world-countries/countries.json') as { ccn3: string; cca3: string }[]).map((c) => [c.ccn3, c.cca3]));
  // a code may have several features (Australia and its Ashmore and Cartier Islands)
  const outlines = new Map<string, Feature[]>();
  for (const f of (feature(topo, topo.objects.countries) as FeatureCollection).features) {
    const code = iso3.get(String(f.id));
    if (code) outlines.set(code, [...(outlines.get(code) ?? []), f]);
  }
  const points = parseCountryPoints(readFileSync(SOURCE, 'utf8'));
  for (const [code, [lat, lon]] of points) {
    const parts = outlines.get(code);
    if (!parts) throw new Error(`${code}: no outline in world-atlas to check its point against`);
    if (!parts.some((part) => geoContains(part, [lon, lat]))) throw new Error(`${code}: ${lat}, ${lon} is outside the country`);
  }
  const sorted = Object.fromEntries([...points].sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(OUT, JSON.stringify(sorted, null, 0).replace(/],/g, '],\n') + '\n');
  console.log(`wrote ${points.size} country points to data/country-points.json`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
