// Flat, ACLED-like rows of stored events, shared by `sitrep events --format csv` and the API's CSV export.
import type { StoredEvent } from './store.ts';

export const CSV_COLUMNS = [
  'event_id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'plover_type', 'modality', 'hedged', 'actor1', 'actor2',
  'country', 'location', 'latitude', 'longitude', 'fatalities', 'source', 'notes',
] as const;

export type EventRow = Record<(typeof CSV_COLUMNS)[number], string>;

const entityLabel = (e: { name: string | null; text: string }) => e.name ?? e.text;

export function eventRow(event: StoredEvent): EventRow {
  const place = event.locations[0];
  const dead = event.magnitude.dead;
  return {
    event_id: event.id,
    event_date: event.date?.slice(0, 10) ?? '',
    // "article" when the event's own time is unknown and the date is the article's publication date.
    time_precision: event.time?.start ? (event.time.precision ?? '') : event.date ? 'article' : '',
    event_type: event.acled?.eventType ?? '',
    sub_event_type: event.acled?.subEventType ?? '',
    plover_type: event.type,
    modality: event.modality,
    hedged: event.hedged ? 'yes' : 'no',
    actor1: event.actors.map(entityLabel).join('; '),
    actor2: event.recipients.map(entityLabel).join('; '),
    country: place?.country ?? '',
    location: place ? (place.name ?? place.text) : '',
    latitude: place?.lat?.toString() ?? '',
    longitude: place?.lon?.toString() ?? '',
    fatalities: dead ? String(dead.value ?? dead.low ?? '') : '',
    source: event.attribution.map((a) => a.source).join('; '),
    notes: event.sentence.text,
  };
}

/** One CSV field, quoted when needed (RFC 4180); a leading formula character is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

/** The event's date cut to what is known of it: "2006" for a year, "2006-03" for a month, else the day. */
export function displayDate(row: EventRow): string {
  if (!row.event_date) return '';
  if (row.time_precision === 'year') return row.event_date.slice(0, 4);
  if (row.time_precision === 'month') return row.event_date.slice(0, 7);
  return row.event_date;
}
