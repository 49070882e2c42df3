// Writes data/country-points.json: each country's representative point, the centroid of its
// largest polygon in world-atlas (Natural Earth 1:110m), kept only when it falls inside that
// polygon. Mainlands rather than whole territories: the United States without Alaska and
// Hawaii, France without its overseas regions. Run: npx tsx src/know/build-country-points.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const MAINLAND_SHARE = 0.75;
const OUT = new URL('../../data/country-points.json', import.meta.url);

/** A country's mainland: its largest polygon, when that holds at least MAINLAND_SHARE of its area. */
function mainland(geometry: Polygon | MultiPolygon): Polygon | null {
  if (geometry.type === 'Polygon') return geometry;
  let best: Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return bestArea >= MAINLAND_SHARE * geoArea(geometry) ? best : null;
}

function main(): void {
  const topo = require('world-atlas/countries-110m.json') as Topology;
  const iso3 = new Map((require('world-countries/countries.json') as { ccn3: string; cca3: string }[]).map((c) => [c.ccn3, c.cca3]));
  const points: Record<string, [number, number]> = {};
  for (const f of (feature(topo, topo.objects.countries) as FeatureCollection).features) {
    const code = iso3.get(String(f.id));
    if (!code || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    // an archipelago, or a crescent whose centroid falls outside it: keep world-countries' point
    const land = mainland(f.geometry);
    if (!land) continue;
    const [lon, lat] = geoCentroid(land);
    if (!geoContains(land, [lon, lat])) continue;
    points[code] = [Math.round(lat * 100) / 100, Math.round(lon * 100) / 100];
  }
  const sorted = Object.fromEntries(Object.entries(points).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(OUT, JSON.stringify(sorted, null, 0).replace(/],/g, '],\n') + '\n');
  console.log(`wrote ${Object.keys(sorted).length} country points to data/country-points.json`);
}

main();
