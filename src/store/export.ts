// Flat, ACLED-like rows of stored events, shared by `sitrep events --format csv` and the API's CSV export.
import type { StoredEvent } from './store.ts';

export const CSV_COLUMNS = [
  'event_id', 'event_date', 'event_type', 'sub_event_type', 'plover_type', 'modality', 'hedged', 'actor1', 'actor2',
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
