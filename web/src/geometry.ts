// World shapes and point grouping, free of the DOM so they can be tested in Node.
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export const ANTARCTICA_ID = '010';

/**
 * Countries without Antarctica. Shapes that cross the date line (Russia, Fiji, ...) are
 * kept as spherical polygons: d3-geo cuts them at the antimeridian when projecting,
 * so they never draw the stray bands a planar renderer makes of them.
 */
export function countries(topology: Topology): FeatureCollection<Geometry, { name: string }> {
  const all = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
  return { type: 'FeatureCollection', features: all.features.filter((f: Feature) => f.id !== ANTARCTICA_ID) };
}

export function worldProjection(shapes: FeatureCollection, width: number, height: number): GeoProjection {
  return geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], shapes);
}

export function countryPaths(shapes: FeatureCollection<Geometry, { name: string }>, projection: GeoProjection): { name: string; d: string }[] {
  const path = geoPath(projection);
  return shapes.features.map((f) => ({ name: f.properties.name, d: path(f) ?? '' })).filter((p) => p.d !== '');
}

/** Longest horizontal jump of any line segment in an SVG path: a band across the map shows up here. */
export function widestSegment(d: string): number {
  let widest = 0;
  let previous: number | null = null;
  for (const match of d.matchAll(/([MLZ])\s*(?:(-?[\d.]+(?:e-?\d+)?)[ ,](-?[\d.]+(?:e-?\d+)?))?/gi)) {
    if (match[1].toUpperCase() !== 'L' || match[2] === undefined) {
      previous = match[2] === undefined ? previous : Number(match[2]);
      continue;
    }
    const x = Number(match[2]);
    if (previous !== null) widest = Math.max(widest, Math.abs(x - previous));
    previous = x;
  }
  return widest;
}

export interface MapPoint {
  id: string;
  type: string;
  x: number;
  y: number;
}

export interface Cluster {
  x: number;
  y: number;
  ids: string[];
  /** Count per event type, most frequent first. */
  types: [string, number][];
}

/** Groups points that fall in the same grid cell of `cell` pixels; each group sits at its members' centroid. */
export function clusterPoints(points: readonly MapPoint[], cell: number): Cluster[] {
  const cells = new Map<string, MapPoint[]>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    const members = cells.get(key);
    if (members) members.push(p);
    else cells.set(key, [p]);
  }
  return [...cells.values()].map((members) => {
    const counts = new Map<string, number>();
    for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    return {
      x: members.reduce((s, m) => s + m.x, 0) / members.length,
      y: members.reduce((s, m) => s + m.y, 0) / members.length,
      ids: members.map((m) => m.id),
      types: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    };
  });
}

/** Circle radius: a lone event is a dot; a pile grows with the square root of its size. */
export const clusterRadius = (count: number) => (count === 1 ? 4 : Math.min(22, 5 + 2.2 * Math.sqrt(count)));
