import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoIdentity, geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { clusterPoints, clusterRadius, countries, countryPaths, widestSegment, worldProjection } from '../../web/src/geometry.ts';
import { highlightPieces } from '../../web/src/highlight.ts';

const atlasPath = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology;

describe('world shapes', () => {
  const shapes = countries(topology);

  it('drops Antarctica and keeps the rest', () => {
    const names = shapes.features.map((f) => f.properties.name);
    expect(names).not.toContain('Antarctica');
    expect(names).toEqual(expect.arrayContaining(['Russia', 'Fiji', 'Kenya', 'Ukraine']));
  });

  it('cuts shapes at the date line, where drawing them flat makes bands across the map', () => {
    const fiji = { type: 'FeatureCollection' as const, features: shapes.features.filter((f) => f.properties.name === 'Fiji') };
    // Control: drawn flat (no antimeridian cut), Fiji's rings jump from one edge of the world to the other.
    const flat = geoIdentity().reflectY(true).fitExtent([[4, 4], [956, 496]], shapes);
    expect(widestSegment(geoPath(flat)(fiji.features[0]) ?? '')).toBeGreaterThan(300);

    const paths = countryPaths(shapes, worldProjection(shapes, 960, 500));
    expect(paths.length).toBe(shapes.features.length);
    for (const path of paths) expect(widestSegment(path.d), path.name).toBeLessThan(300);
  });
});

describe('clusterPoints', () => {
  it('groups points sharing a grid cell at their centroid, counting types, and leaves lone points alone', () => {
    const clusters = clusterPoints([
      { id: 'a', type: 'ASSAULT', x: 100, y: 100 },
      { id: 'b', type: 'ASSAULT', x: 104, y: 102 },
      { id: 'c', type: 'PROTEST', x: 106, y: 98 },
      { id: 'd', type: 'PROTEST', x: 300, y: 40 },
    ], 12);
    expect(clusters).toHaveLength(2);
    const pile = clusters.find((c) => c.ids.length === 3)!;
    expect(pile.x).toBeCloseTo(310 / 3);
    expect(pile.types).toEqual([['ASSAULT', 2], ['PROTEST', 1]]);
    expect(clusters.find((c) => c.ids.length === 1)!.ids).toEqual(['d']);
  });

  it('sizes a pile by the square root of its count, with a cap', () => {
    expect(clusterRadius(1)).toBeLessThan(clusterRadius(2));
    expect(clusterRadius(10)).toBeLessThan(clusterRadius(40));
    expect(clusterRadius(1_000_000)).toBe(22);
  });
});

describe('highlightPieces', () => {
  const text = 'Rebels shelled the town of Kadugli on Monday, killing five.';
  const span = (part: string, role: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, role });

  it('cuts the sentence into plain and marked pieces that join back to the sentence', () => {
    const pieces = highlightPieces(text, [span('Kadugli', 'location'), span('Rebels', 'actor'), span('five', 'magnitude')]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.role).map((p) => [p.role, p.text])).toEqual([['actor', 'Rebels'], ['location', 'Kadugli'], ['magnitude', 'five']]);
  });

  it('keeps the first (longest) of overlapping spans and ignores spans outside the sentence', () => {
    const pieces = highlightPieces(text, [span('the town of Kadugli', 'location'), span('Kadugli', 'actor'), { start: 50, end: 500, role: 'time' }]);
    expect(pieces.filter((p) => p.role).map((p) => p.text)).toEqual(['the town of Kadugli']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});
