// The storage interface every backend implements: SQLite now, PostgreSQL later.
// Methods are async so a networked backend fits the same shape.
import type { Article, PloverType, SitrepEvent, SitrepRecord } from '../model/types.ts';

export interface EventFilter {
  type?: PloverType | string;
  mode?: string;
  modality?: string;
  /** ISO3 country of any location, actor or recipient. */
  country?: string;
  /** Inclusive ISO dates, compared with the event's date (its time, else the article's). */
  since?: string;
  until?: string;
  /** Full-text query over article bodies (FTS5 syntax is escaped: words are ANDed). */
  q?: string;
  /** Actor name or text, case-insensitive substring. */
  actor?: string;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox?: [number, number, number, number];
  minSources?: number;
  /** Page order by (date, id): asc (default, oldest first) or desc. */
  order?: 'asc' | 'desc';
  limit?: number;
  /** Opaque cursor returned by the previous page. */
  cursor?: string;
}

export interface StoredEvent extends SitrepEvent {
  articleId: string;
  /** ISO date used for sorting and filtering: event start, else the article's published date. */
  date: string | null;
  /** Number of distinct articles reporting this event (1 until de-duplication merges). */
  sources: number;
}

export interface EventPage {
  events: StoredEvent[];
  nextCursor: string | null;
}

/** The few fields a map or timeline needs, for many events at once. */
export interface CompactEvent {
  id: string;
  date: string | null;
  type: string;
  modality: string;
  lon: number | null;
  lat: number | null;
}

export interface SaveResult {
  stored: number;
  duplicates: number;
}

export interface Stats {
  articles: number;
  events: number;
  byType: Record<string, number>;
  byCountry: Record<string, number>;
  byDay: Record<string, number>;
}

export interface Store {
  /** Applies pending migrations; safe to call on every open. */
  migrate(): Promise<void>;
  /** True when an article with this content hash is stored. */
  hasContentHash(hash: string): Promise<boolean>;
  /** Stores a batch in one transaction; records whose content hash is stored are skipped. */
  saveRecords(records: SitrepRecord[]): Promise<SaveResult>;
  queryEvents(filter: EventFilter): Promise<EventPage>;
  /** queryEvents with each event already serialised as JSON, for servers that only pass pages on. */
  queryEventsJson(filter: EventFilter): Promise<{ events: string[]; nextCursor: string | null }>;
  compactEvents(filter: EventFilter, limit: number): Promise<{ rows: CompactEvent[]; truncated: boolean }>;
  getEvent(id: string): Promise<StoredEvent | null>;
  getArticle(id: string): Promise<Article | null>;
  stats(filter?: EventFilter): Promise<Stats>;
  close(): Promise<void>;
}
