// Query parameters shared by every route that selects events, and their translation
// into a store filter. Checks that a schema cannot express (real dates, sane boxes) are here.
import { MODALITIES, PLOVER_TYPES } from '../../model/types.ts';
import type { EventFilter } from '../../store/store.ts';
import { HttpError, type JsonSchema } from '../route.ts';

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$';
const NUMBER = '-?\\d+(\\.\\d+)?';

export const filterProperties: Record<string, JsonSchema> = {
  since: { type: 'string', pattern: ISO_DATE, description: 'Events on or after this ISO 8601 date (the event\'s date, else its article\'s).' },
  until: { type: 'string', pattern: ISO_DATE, description: 'Events on or before this ISO 8601 date; a bare date includes the whole day.' },
  type: { type: 'string', enum: [...PLOVER_TYPES], description: 'PLOVER event type.' },
  mode: { type: 'string', minLength: 1, maxLength: 64, description: 'PLOVER mode, lower case.' },
  modality: { type: 'string', enum: [...MODALITIES], description: 'How the event is asserted.' },
  country: { type: 'string', pattern: '^[A-Za-z]{3,4}$', description: 'ISO 3166-1 alpha-3 (or IGO) code of any place, actor or recipient.' },
  bbox: {
    type: 'string', pattern: `^${NUMBER},${NUMBER},${NUMBER},${NUMBER}$`,
    description: 'minLon,minLat,maxLon,maxLat in degrees; minLon > maxLon selects a box across the date line.',
  },
  actor: { type: 'string', minLength: 1, maxLength: 200, description: 'Actor or recipient name or text (case-insensitive substring).' },
  q: { type: 'string', minLength: 1, maxLength: 500, description: 'Full-text search over article text; words are ANDed.' },
  minSources: { type: 'integer', minimum: 1, maximum: 1000, description: 'At least this many distinct reporting articles.' },
};

export const filterQuery = (extra: Record<string, JsonSchema> = {}): JsonSchema => ({
  type: 'object',
  properties: { ...filterProperties, ...extra },
  additionalProperties: false,
});

export const limitProperty = (max: number, fallback?: number): JsonSchema => ({
  type: 'integer', minimum: 1, maximum: max, ...(fallback ? { default: fallback } : {}),
  description: `At most this many events (1 to ${max}).`,
});

export interface FilterQuery {
  since?: string;
  until?: string;
  type?: string;
  mode?: string;
  modality?: string;
  country?: string;
  bbox?: string;
  actor?: string;
  q?: string;
  minSources?: number;
  limit?: number;
  cursor?: string;
  order?: 'asc' | 'desc';
}

function realDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const day = value.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  // Date.parse accepts 2024-02-30 (rolling over); a round trip does not.
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day || Number.isNaN(Date.parse(value))) {
    throw new HttpError(400, `${name} is not a real date: "${value}"`);
  }
  return value;
}

function parseBbox(value: string | undefined): EventFilter['bbox'] {
  if (value === undefined) return undefined;
  const [minLon, minLat, maxLon, maxLat] = value.split(',').map(Number);
  const lonOk = (v: number) => v >= -180 && v <= 180;
  const latOk = (v: number) => v >= -90 && v <= 90;
  if (!lonOk(minLon) || !lonOk(maxLon) || !latOk(minLat) || !latOk(maxLat)) {
    throw new HttpError(400, 'bbox: longitudes must lie in [-180, 180] and latitudes in [-90, 90]');
  }
  if (minLat > maxLat) throw new HttpError(400, 'bbox: minLat must not exceed maxLat');
  return [minLon, minLat, maxLon, maxLat];
}

export function toFilter(query: FilterQuery): EventFilter {
  const since = realDate(query.since, 'since');
  const until = realDate(query.until, 'until');
  if (since && until && since.slice(0, 10) > until.slice(0, 10)) throw new HttpError(400, 'since must not be after until');
  return {
    since,
    until,
    type: query.type,
    mode: query.mode,
    modality: query.modality,
    country: query.country?.toUpperCase(),
    bbox: parseBbox(query.bbox),
    actor: query.actor,
    q: query.q,
    minSources: query.minSources,
    limit: query.limit,
    cursor: query.cursor,
    order: query.order,
  };
}
