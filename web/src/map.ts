// The world map: country shapes from world-atlas (bundled, offline) and events as
// dots coloured by type, grouped into sized circles where they pile up.
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import type { CompactRow } from './api.ts';
import { typeColor } from './colors.ts';
import { clear, el, svg } from './dom.ts';
import { clusterPoints, clusterRadius, countries, countryPaths, worldProjection, type MapPoint } from './geometry.ts';

const WIDTH = 960;
const HEIGHT = 500;
const CELL = 12;

export interface MapHandlers {
  /** A single event was clicked. */
  select(id: string): void;
  /** A group was clicked: narrow to this [minLon, minLat, maxLon, maxLat] box. */
  area(bbox: [number, number, number, number]): void;
}

export class WorldMap {
  private readonly shapes = countries(atlas as unknown as Topology);
  private readonly projection = worldProjection(this.shapes, WIDTH, HEIGHT);
  private readonly points = svg('g', { class: 'points' });

  constructor(private readonly root: SVGSVGElement, private readonly legend: HTMLElement, private readonly handlers: MapHandlers) {
    const land = svg('g', { class: 'countries' });
    for (const country of countryPaths(this.shapes, this.projection)) {
      const path = svg('path', { d: country.d });
      const title = svg('title');
      title.textContent = country.name;
      path.appendChild(title);
      land.appendChild(path);
    }
    root.append(svg('rect', { class: 'sea', x: 0, y: 0, width: WIDTH, height: HEIGHT }), land, this.points);
  }

  draw(rows: readonly CompactRow[]): void {
    clear(this.points);
    const byId = new Map<string, CompactRow>();
    const placed: MapPoint[] = [];
    for (const row of rows) {
      const [id, , type, , lon, lat] = row;
      if (lon === null || lat === null) continue;
      const xy = this.projection([lon, lat]);
      if (!xy) continue;
      byId.set(id, row);
      placed.push({ id, type, x: xy[0], y: xy[1] });
    }
    const clusters = clusterPoints(placed, CELL).sort((a, b) => b.ids.length - a.ids.length);
    for (const cluster of clusters) {
      const count = cluster.ids.length;
      const [mainType] = cluster.types[0];
      const group = svg('g', { class: count === 1 ? 'event-dot' : 'event-cluster', 'data-count': count, 'data-type': mainType, tabindex: 0, role: 'button' });
      if (count === 1) group.setAttribute('data-id', cluster.ids[0]);
      group.appendChild(svg('circle', { cx: cluster.x.toFixed(1), cy: cluster.y.toFixed(1), r: clusterRadius(count), fill: typeColor(mainType) }));
      if (count > 1) {
        const label = svg('text', { x: cluster.x.toFixed(1), y: (cluster.y + 3.5).toFixed(1) });
        label.textContent = String(count);
        group.appendChild(label);
      }
      const title = svg('title');
      title.textContent = count === 1 ? `${mainType}: click for detail` : `${count} events: ${cluster.types.map(([t, n]) => `${t} ${n}`).join(', ')}; click to list them`;
      group.appendChild(title);
      const activate = () => (count === 1 ? this.handlers.select(cluster.ids[0]) : this.handlers.area(boxAround(cluster.ids.map((id) => byId.get(id)!))));
      group.addEventListener('click', activate);
      group.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') activate();
      });
      this.points.appendChild(group);
    }
    this.drawLegend(placed);
  }

  private drawLegend(placed: readonly MapPoint[]): void {
    clear(this.legend);
    const counts = new Map<string, number>();
    for (const p of placed) counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
    for (const [type, n] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = typeColor(type);
      this.legend.appendChild(el('li', {}, swatch, `${type} ${n}`));
    }
  }
}

/** The smallest box around these events, padded a little so points on its edge stay inside. */
function boxAround(rows: readonly CompactRow[]): [number, number, number, number] {
  const lons = rows.map((r) => r[4]!);
  const lats = rows.map((r) => r[5]!);
  const pad = 0.05;
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return [
    round(Math.max(-180, Math.min(...lons) - pad)), round(Math.max(-90, Math.min(...lats) - pad)),
    round(Math.min(180, Math.max(...lons) + pad)), round(Math.min(90, Math.max(...lats) + pad)),
  ];
}
