// Events per day as bars, with a brush: drag across days to select them, click to clear.
import type { Range } from './api.ts';
import { clear, svg } from './dom.ts';

const WIDTH = 960;
const HEIGHT = 110;
const LEFT = 34;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 22;
const DAY_MS = 86_400_000;

export function daySpan(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export class Timeline {
  private days: string[] = [];
  private brush = svg('rect', { class: 'brush', y: TOP, height: HEIGHT - TOP - BOTTOM, width: 0, x: 0 });
  private dragFrom: number | null = null;
  private dragMoved = false;

  constructor(private readonly root: SVGSVGElement, private readonly onRange: (range: Range | null) => void) {
    root.addEventListener('pointerdown', (e) => {
      if (this.days.length === 0) return;
      root.setPointerCapture(e.pointerId);
      this.dragFrom = this.toX(e);
      this.dragMoved = false;
    });
    root.addEventListener('pointermove', (e) => {
      if (this.dragFrom === null) return;
      const x = this.toX(e);
      if (Math.abs(x - this.dragFrom) > 3) this.dragMoved = true;
      if (this.dragMoved) this.showBrush(Math.min(x, this.dragFrom), Math.max(x, this.dragFrom));
    });
    root.addEventListener('pointerup', (e) => {
      if (this.dragFrom === null) return;
      const x = this.toX(e);
      const [from, to] = [Math.min(x, this.dragFrom), Math.max(x, this.dragFrom)];
      this.dragFrom = null;
      if (!this.dragMoved) {
        this.setRange(null);
        this.onRange(null);
        return;
      }
      const range = { since: this.days[this.dayAt(from)], until: this.days[this.dayAt(to)] };
      this.setRange(range);
      this.onRange(range);
    });
  }

  /** Draws counts per day from the first to the last day with events (gaps shown as empty days). */
  draw(counts: ReadonlyMap<string, number>, range: Range | null): void {
    clear(this.root);
    const known = [...counts.keys()].sort();
    this.days = known.length ? daySpan(known[0], known[known.length - 1]) : [];
    if (this.days.length === 0) {
      const empty = svg('text', { x: WIDTH / 2, y: HEIGHT / 2, class: 'empty' });
      empty.textContent = 'no dated events';
      this.root.appendChild(empty);
      return;
    }
    const max = Math.max(...counts.values());
    const band = this.band();
    const plotHeight = HEIGHT - TOP - BOTTOM;
    const bars = svg('g', { class: 'bars' });
    this.days.forEach((day, i) => {
      const n = counts.get(day) ?? 0;
      if (n === 0) return;
      const h = Math.max(1, (n / max) * plotHeight);
      const bar = svg('rect', { x: LEFT + i * band + band * 0.1, width: Math.max(1, band * 0.8), y: TOP + plotHeight - h, height: h, 'data-day': day, 'data-count': n });
      const title = svg('title');
      title.textContent = `${day}: ${n} event${n === 1 ? '' : 's'}`;
      bar.appendChild(title);
      bars.appendChild(bar);
    });
    const axis = svg('g', { class: 'axis' });
    const step = Math.max(1, Math.ceil(this.days.length / 8));
    for (let i = 0; i < this.days.length; i += step) {
      const label = svg('text', { x: LEFT + i * band + band / 2, y: HEIGHT - 6 });
      label.textContent = this.days[i];
      axis.appendChild(label);
    }
    const top = svg('text', { x: LEFT - 4, y: TOP + 8, class: 'max' });
    top.textContent = String(max);
    axis.appendChild(top);
    this.root.append(bars, axis, this.brush);
    this.setRange(range);
  }

  setRange(range: Range | null): void {
    const from = range ? this.days.indexOf(range.since) : -1;
    const to = range ? this.days.indexOf(range.until) : -1;
    if (from < 0 || to < 0) {
      this.brush.setAttribute('width', '0');
      return;
    }
    const band = this.band();
    this.showBrush(LEFT + from * band, LEFT + (to + 1) * band);
  }

  private showBrush(x0: number, x1: number): void {
    this.brush.setAttribute('x', x0.toFixed(1));
    this.brush.setAttribute('width', Math.max(1, x1 - x0).toFixed(1));
  }

  private band(): number {
    return (WIDTH - LEFT - RIGHT) / Math.max(1, this.days.length);
  }

  private dayAt(x: number): number {
    return Math.max(0, Math.min(this.days.length - 1, Math.floor((x - LEFT) / this.band())));
  }

  /** Pointer position in viewBox units. */
  private toX(e: PointerEvent): number {
    const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(this.root.getScreenCTM()!.inverse());
    return point.x;
  }
}
