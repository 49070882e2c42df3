// The dashboard: filter bar, map, timeline with a brush, event list and event detail.
// State lives here; each part draws from it and reports user actions back.
import { MODALITIES, PLOVER_TYPES } from '../../src/model/types.ts';
import { api, type CompactRow, type Filters, type Range } from './api.ts';
import { renderDetail } from './detail.ts';
import { clear, el } from './dom.ts';
import { eventRow } from './list.ts';
import { WorldMap } from './map.ts';
import { Timeline } from './timeline.ts';

const byId = <T extends HTMLElement | SVGElement>(id: string) => document.getElementById(id) as unknown as T;

const form = byId<HTMLFormElement>('filters');
const statusLine = byId<HTMLElement>('status');
const list = byId<HTMLOListElement>('list');
const listTitle = byId<HTMLElement>('list-title');
const more = byId<HTMLButtonElement>('more');
const detailPanel = byId<HTMLElement>('detail');
const chips = byId<HTMLElement>('chips');

const state = {
  filters: {} as Filters,
  range: null as Range | null,
  rows: [] as CompactRow[],
  truncated: false,
  cursor: null as string | null,
  /** Increments with every list reload, so a slow old response cannot overwrite a newer one. */
  listGeneration: 0,
};

const map = new WorldMap(byId<SVGSVGElement>('map'), byId<HTMLElement>('map-legend'), {
  select: (id) => openEvent(id),
  area: (bbox) => {
    state.filters = { ...state.filters, bbox: bbox.join(',') };
    void reload();
  },
});
const timeline = new Timeline(byId<SVGSVGElement>('timeline'), (range) => {
  state.range = range;
  drawFiltered();
  void loadList(false);
});

function say(message: string, isError = false): void {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', isError);
}

function inRange(rows: readonly CompactRow[]): CompactRow[] {
  const range = state.range;
  if (!range) return [...rows];
  return rows.filter(([, date]) => date !== null && date.slice(0, 10) >= range.since && date.slice(0, 10) <= range.until);
}

function countByDay(rows: readonly CompactRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [, date] of rows) if (date) counts.set(date.slice(0, 10), (counts.get(date.slice(0, 10)) ?? 0) + 1);
  return counts;
}

function drawChips(): void {
  clear(chips);
  const chip = (label: string, remove: () => void) => {
    const button = el('button', { type: 'button', class: 'chip', title: 'remove this filter' }, `${label} ×`);
    button.addEventListener('click', remove);
    chips.appendChild(button);
  };
  if (state.range) chip(`days ${state.range.since} – ${state.range.until}`, () => {
    state.range = null;
    timeline.setRange(null);
    drawFiltered();
    void loadList(false);
  });
  if (state.filters.bbox) chip('map area', () => {
    state.filters = { ...state.filters, bbox: undefined };
    void reload();
  });
}

function drawFiltered(): void {
  const visible = inRange(state.rows);
  map.draw(visible);
  const placed = visible.filter((r) => r[4] !== null).length;
  listTitle.textContent = `Events (${visible.length}${state.truncated ? '+' : ''}; ${placed} on the map)`;
  drawChips();
}

async function loadList(append: boolean): Promise<void> {
  const generation = ++state.listGeneration;
  const page = await api.events(state.filters, state.range, append ? state.cursor ?? undefined : undefined);
  if (generation !== state.listGeneration) return;
  if (!append) clear(list);
  for (const event of page.events) list.appendChild(eventRow(event, openEvent));
  state.cursor = page.nextCursor;
  more.hidden = !page.nextCursor;
  if (!append && page.events.length === 0) list.appendChild(el('li', { class: 'empty' }, 'No events match.'));
}

async function reload(): Promise<void> {
  say('loading…');
  try {
    const compact = await api.compact(state.filters);
    state.rows = compact.rows;
    state.truncated = compact.truncated;
    timeline.draw(countByDay(state.rows), state.range);
    drawFiltered();
    await loadList(false);
    say(compact.truncated ? `showing the first ${compact.rows.length} events; narrow the filters to see the rest` : '');
  } catch (err) {
    say(`Could not load events: ${(err as Error).message}`, true);
  }
}

function openEvent(id: string): void {
  if (location.hash !== `#event=${encodeURIComponent(id)}`) location.hash = `event=${encodeURIComponent(id)}`;
  else void showEvent(id);
}

async function showEvent(id: string): Promise<void> {
  try {
    const detail = await api.event(id);
    const article = await api.article(detail.event.articleId).catch(() => null);
    renderDetail(detailPanel, detail, article, () => {
      history.replaceState(null, '', location.pathname + location.search);
      detailPanel.hidden = true;
    });
    for (const row of list.querySelectorAll('.event-row')) row.classList.toggle('selected', row.getAttribute('data-id') === id);
  } catch (err) {
    say(`Could not load event: ${(err as Error).message}`, true);
  }
}

function eventFromHash(): string | null {
  const match = /^#event=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function readForm(): Filters {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
  return { type: value('type'), modality: value('modality'), country: value('country')?.toUpperCase(), q: value('q'), bbox: state.filters.bbox };
}

function fillOptions(select: HTMLSelectElement, values: readonly string[]): void {
  for (const value of values) select.appendChild(el('option', { value }, value));
}

async function start(): Promise<void> {
  fillOptions(form.elements.namedItem('type') as HTMLSelectElement, PLOVER_TYPES);
  fillOptions(form.elements.namedItem('modality') as HTMLSelectElement, MODALITIES);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state.filters = readForm();
    void reload();
  });
  for (const name of ['type', 'modality']) {
    (form.elements.namedItem(name) as HTMLSelectElement).addEventListener('change', () => form.requestSubmit());
  }
  form.addEventListener('reset', () => {
    state.filters = {};
    state.range = null;
    setTimeout(() => void reload());
  });
  more.addEventListener('click', () => void loadList(true));
  window.addEventListener('hashchange', () => {
    const id = eventFromHash();
    if (id) void showEvent(id);
  });

  await reload();
  api.stats().then((stats) => {
    const countries = byId<HTMLDataListElement>('countries');
    for (const code of Object.keys(stats.byCountry)) countries.appendChild(el('option', { value: code }));
  }).catch(() => undefined);
  const initial = eventFromHash();
  if (initial) await showEvent(initial);
  document.documentElement.dataset.ready = 'true';
  performance.mark('sitrep-ready');
}

void start();
