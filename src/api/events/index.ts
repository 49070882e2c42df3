// GET /api/events and its exports (.csv, .geojson) and the compact form for maps (.compact).
import { Readable } from 'node:stream';
import { CSV_COLUMNS, csvLine, eventRow } from '../../store/export.ts';
import type { EventFilter, Store, StoredEvent } from '../../store/store.ts';
import { json, jsonError, type ApiContext, type RouteSpec } from '../route.ts';
import { filterQuery, limitProperty, toFilter, type FilterQuery } from './filter.ts';

const EXPORT_MAX = 1_000_000;
const COMPACT_MAX = 100_000;

const badRequest = jsonError('Invalid parameter (bad date, bounding box, limit, cursor or unknown parameter).');

/** Pages through every matching event, up to the filter's limit (or EXPORT_MAX); the first page is read eagerly so bad filters fail before streaming. */
async function exportEvents(store: Store, filter: EventFilter): Promise<AsyncGenerator<StoredEvent>> {
  let remaining = filter.limit ?? EXPORT_MAX;
  let page = await store.queryEvents({ ...filter, limit: Math.min(remaining, 1000) });
  return (async function* () {
    for (;;) {
      for (const event of page.events) yield event;
      remaining -= page.events.length;
      if (!page.nextCursor || remaining <= 0) return;
      page = await store.queryEvents({ ...filter, cursor: page.nextCursor, limit: Math.min(remaining, 1000) });
    }
  })();
}

async function* csvLines(events: AsyncGenerator<StoredEvent>): AsyncGenerator<string> {
  yield csvLine(CSV_COLUMNS) + '\r\n';
  for await (const event of events) {
    const row = eventRow(event);
    yield csvLine(CSV_COLUMNS.map((c) => row[c])) + '\r\n';
  }
}

function geojsonFeature(event: StoredEvent) {
  const located = event.locations.find((l) => l.lat !== null && l.lon !== null);
  const row = eventRow(event);
  return {
    type: 'Feature',
    id: event.id,
    // RFC 7946 allows a null geometry: an event whose place is unknown stays unplaced.
    geometry: located ? { type: 'Point', coordinates: [located.lon, located.lat] } : null,
    properties: {
      id: event.id, date: event.date, type: event.type, acledEventType: event.acled?.eventType ?? null,
      acledSubEventType: event.acled?.subEventType ?? null, modality: event.modality, hedged: event.hedged,
      actors: row.actor1, recipients: row.actor2, location: located ? (located.name ?? located.text) : null,
      country: located?.country ?? null, fatalities: row.fatalities === '' ? null : Number(row.fatalities),
      sources: event.sources, attribution: row.source, sentence: event.sentence.text, articleId: event.articleId,
    },
  };
}

async function* geojsonChunks(events: AsyncGenerator<StoredEvent>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const event of events) {
    yield (first ? '' : ',') + JSON.stringify(geojsonFeature(event));
    first = false;
  }
  yield ']}';
}

export function eventRoutes({ store }: ApiContext): RouteSpec[] {
  return [
    {
      method: 'GET', url: '/api/events', tag: 'events',
      summary: 'List events',
      description: 'Events matching the filters, ordered by date then id, one page at a time. Pass `nextCursor` back as `cursor` for the next page.',
      schema: {
        querystring: filterQuery({
          limit: limitProperty(1000, 100),
          cursor: { type: 'string', minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$', description: 'The nextCursor of the previous page.' },
          order: { type: 'string', enum: ['asc', 'desc'], default: 'asc', description: 'Oldest first (asc) or newest first (desc); events without a date come first in asc.' },
        }),
      },
      responses: {
        200: json('A page of events.', {
          type: 'object',
          properties: {
            events: { type: 'array', items: { type: 'object', description: 'An event of the record (docs/record.schema.json) with articleId, date and sources.' } },
            nextCursor: { type: ['string', 'null'] },
          },
          required: ['events', 'nextCursor'],
        }),
        400: badRequest,
      },
      handler: async (request, reply) => {
        const page = await store.queryEventsJson(toFilter(request.query as FilterQuery));
        reply.type('application/json; charset=utf-8');
        return `{"events":[${page.events.join(',')}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
      },
    },
    {
      method: 'GET', url: '/api/events.csv', tag: 'exports',
      summary: 'Export events as CSV',
      description: 'ACLED-like columns (event_date, event_type, sub_event_type, actor1, actor2, country, location, latitude, longitude, fatalities, source, notes, and sitrep\'s own).',
      schema: { querystring: filterQuery({ limit: limitProperty(EXPORT_MAX) }) },
      responses: { 200: { description: 'CSV, one event per row.', content: { 'text/csv': { schema: { type: 'string' } } } }, 400: badRequest },
      handler: async (request, reply) => {
        const events = await exportEvents(store, toFilter(request.query as FilterQuery));
        reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="sitrep-events.csv"');
        return Readable.from(csvLines(events));
      },
    },
    {
      method: 'GET', url: '/api/events.geojson', tag: 'exports',
      summary: 'Export events as GeoJSON',
      description: 'A FeatureCollection with one Point per event at its first located place; events with no known place have a null geometry.',
      schema: { querystring: filterQuery({ limit: limitProperty(EXPORT_MAX) }) },
      responses: { 200: { description: 'GeoJSON FeatureCollection.', content: { 'application/geo+json': { schema: { type: 'object' } } } }, 400: badRequest },
      handler: async (request, reply) => {
        const events = await exportEvents(store, toFilter(request.query as FilterQuery));
        reply.type('application/geo+json; charset=utf-8');
        return Readable.from(geojsonChunks(events));
      },
    },
    {
      method: 'GET', url: '/api/events.compact', tag: 'events',
      summary: 'Compact events for maps and timelines',
      description: 'Every matching event (up to limit) as a row [id, date, type, modality, lon, lat], oldest first.',
      schema: { querystring: filterQuery({ limit: limitProperty(COMPACT_MAX, 50_000) }) },
      responses: {
        200: json('Compact rows.', {
          type: 'object',
          properties: {
            fields: { type: 'array', items: { type: 'string' } },
            rows: { type: 'array', items: { type: 'array' } },
            truncated: { type: 'boolean' },
          },
          required: ['fields', 'rows', 'truncated'],
        }),
        400: badRequest,
      },
      handler: async (request) => {
        const filter = toFilter(request.query as FilterQuery);
        const { rows, truncated } = await store.compactEvents(filter, filter.limit ?? 50_000);
        return {
          fields: ['id', 'date', 'type', 'modality', 'lon', 'lat'],
          rows: rows.map((r) => [r.id, r.date, r.type, r.modality, r.lon, r.lat]),
          truncated,
        };
      },
    },
  ];
}
