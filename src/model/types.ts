// The one vocabulary every stage shares: the output record (v1) and its parts.
// Field names follow the record contract; add fields freely, rename none.

export const SCHEMA_VERSION = '1';

/** Half-open [start, end) in UTF-16 code units into `article.body`. */
export type Span = [number, number];

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const MODALITIES = [
  'occurred', 'ongoing', 'planned', 'forecast', 'threatened', 'hypothetical', 'negated', 'denied',
] as const;
export type Modality = (typeof MODALITIES)[number];

export const LOCATION_PRECISIONS = ['point', 'city', 'admin1', 'country', 'region'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const TIME_PRECISIONS = ['day', 'week', 'month', 'year', 'range'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

export const DATE_SOURCES = ['json-ld', 'meta', 'time-element', 'url', 'text', 'page-widget', 'input'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export const REMOVED_KINDS = [
  'navigation', 'related', 'comments', 'share', 'newsletter', 'ad', 'caption', 'credit',
  'byline', 'date', 'footer', 'other',
] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];

export const ATTRIBUTION_KINDS = ['outlet', 'official', 'witness', 'anonymous', 'organization'] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

export const ENTITY_KINDS = ['state', 'organization', 'person', 'group', 'unknown'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface PublishedDate {
  /** ISO 8601 date or date-time. */
  value: string;
  precision: TimePrecision;
  source: DateSource;
  /** 0..1: how far the date can be trusted as the publication date. */
  confidence: number;
}

export interface PageDate {
  value: string | null;
  text: string;
  /** e.g. published, modified, site-widget, dateline, unknown */
  kind: string;
  /** false for dates that look like a site widget (today's date on every page). */
  trusted: boolean;
}

export interface Caption {
  text: string;
  credit: string | null;
  /** Captions live outside the body; span is null unless the caption text is also in the body. */
  span: Span | null;
}

export interface RemovedSegment {
  kind: RemovedKind;
  text: string;
}

export interface Article {
  id: string;
  sourceId: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  language: string | null;
  published: PublishedDate | null;
  modified?: PublishedDate | null;
  pageDates: PageDate[];
  body: string;
  captions: Caption[];
  removed: RemovedSegment[];
  isArticle: boolean;
  /** sha256 of the input content; the store's idempotency key. */
  contentHash?: string;
  /** Non-fatal notes about this document (e.g. invalid UTF-8 replaced). */
  warnings?: string[];
}

export interface Entity {
  text: string;
  name: string | null;
  country: string | null;
  sector: string | null;
  kind: EntityKind | null;
  span: Span;
  /** Wikidata QID where known. */
  wikidata?: string | null;
  /** Dictionary id of the resolved actor, if any. */
  actorId?: string | null;
}

export interface Location {
  text: string;
  name: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: LocationPrecision | null;
  geonameId: number | null;
  span: Span;
}

export interface EventTime {
  /** ISO 8601 start, or null when only relative. */
  start: string | null;
  end: string | null;
  precision: TimePrecision | null;
  text: string;
  span: Span;
  certain: boolean;
}

export interface Quantity {
  /** Best single value; null when only bounds are known. */
  value: number | null;
  /** e.g. exact, at-least, at-most, about, more-than, fewer-than, almost, several */
  qualifier: string;
  low: number | null;
  high: number | null;
  text: string;
  span: Span;
}

export interface NamedQuantity extends Quantity {
  what: string;
}

export interface Magnitude {
  dead?: Quantity;
  injured?: Quantity;
  arrested?: Quantity;
  attacks?: Quantity;
  troops?: Quantity;
  size?: Quantity;
  other?: NamedQuantity[];
}

export interface Attribution {
  source: string;
  kind: AttributionKind;
  cue: string;
  span: Span;
}

export interface SentenceRef {
  index: number;
  text: string;
  span: Span;
}

export interface AcledCode {
  eventType: string;
  subEventType: string;
}

export interface SitrepEvent {
  id: string;
  type: PloverType;
  modes: string[];
  acled: AcledCode | null;
  actors: Entity[];
  recipients: Entity[];
  locations: Location[];
  time: EventTime | null;
  magnitude: Magnitude;
  modality: Modality;
  hedged: boolean;
  attribution: Attribution[];
  sentence: SentenceRef;
  fromCaption: boolean;
  /** For caption events: which caption. Their spans index into `article.captions[captionIndex].text`, not the body. */
  captionIndex?: number | null;
  confidence: number;
  /** The words that triggered the event (verb or noun phrase). */
  trigger?: { text: string; span: Span } | null;
}

export interface Quote {
  speaker: Entity | null;
  text: string;
  span: Span;
}

export interface SitrepRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  article: Article;
  events: SitrepEvent[];
  quotes: Quote[];
}

/** One input document as a reader produced it, before cleaning. */
export interface RawDocument {
  /** The input's own id (jsonl `id`, or the file path). */
  sourceId: string;
  /** Where it came from, for error messages: path, or path:line. */
  origin: string;
  kind: 'text' | 'html';
  content: string;
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
  title?: string | null;
  /** sha256 hex of the raw bytes (or the jsonl line's payload). */
  contentHash: string;
  warnings: string[];
}
