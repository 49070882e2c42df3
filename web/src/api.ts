// Typed calls to the sitrep API (same origin).
export interface Filters {
  type?: string;
  modality?: string;
  country?: string;
  q?: string;
  bbox?: string;
}

export interface Range {
  since: string;
  until: string;
}

export type CompactRow = [id: string, date: string | null, type: string, modality: string, lon: number | null, lat: number | null];

export interface Entity { text: string; name: string | null; country: string | null; sector: string | null }
export interface Place { text: string; name: string | null; country: string | null; lat: number | null; lon: number | null; precision: string | null }
export interface Quantity { value: number | null; qualifier: string; low: number | null; high: number | null; text: string }

export interface ApiEvent {
  id: string;
  type: string;
  modes: string[];
  acled: { eventType: string; subEventType: string } | null;
  actors: Entity[];
  recipients: Entity[];
  locations: Place[];
  time: { start: string | null; end: string | null; text: string } | null;
  magnitude: Record<string, Quantity | undefined>;
  modality: string;
  hedged: boolean;
  attribution: { source: string; kind: string; cue: string }[];
  sentence: { text: string; span: [number, number] };
  fromCaption: boolean;
  captionIndex?: number | null;
  confidence: number;
  articleId: string;
  date: string | null;
  sources: number;
}

export interface Highlight { role: string; label: string; text: string; start: number; end: number }

export interface EventDetail {
  event: ApiEvent;
  articles: { id: string; title: string | null; outlet: string | null; url: string | null; byline: string | null; published: { value: string } | null }[];
  sentence: { text: string; span: [number, number]; source: 'body' | 'caption'; captionIndex: number | null; highlights: Highlight[] };
  elsewhere: { role: string; label: string; text: string }[];
}

export interface Article {
  id: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: { value: string } | null;
  body: string;
  captions: { text: string; credit: string | null }[];
  removed: { kind: string; text: string }[];
}

export interface Stats { articles: number; events: number; byType: Record<string, number>; byCountry: Record<string, number>; byDay: Record<string, number> }

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

export const api = {
  compact: (filters: Filters) => getJson<{ rows: CompactRow[]; truncated: boolean }>(`/api/events.compact${query({ ...filters, limit: 100000 })}`),
  events: (filters: Filters, range: Range | null, cursor?: string) => getJson<{ events: ApiEvent[]; nextCursor: string | null }>(
    `/api/events${query({ ...filters, ...(range ?? {}), order: 'desc', limit: 100, cursor })}`),
  event: (id: string) => getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
  article: (id: string) => getJson<Article>(`/api/articles/${encodeURIComponent(id)}`),
  stats: () => getJson<Stats>('/api/stats'),
};
