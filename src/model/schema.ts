// JSON Schema (draft 2020-12) of the output record. `npm run schema` writes it to
// docs/record.schema.json; a test keeps the two identical.
import {
  ATTRIBUTION_KINDS, DATE_SOURCES, ENTITY_KINDS, LOCATION_PRECISIONS, MODALITIES,
  PLOVER_TYPES, REMOVED_KINDS, SCHEMA_VERSION, TIME_PRECISIONS,
} from './types.ts';

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
const str = { type: 'string' };
const num = { type: 'number' };
const bool = { type: 'boolean' };
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object', properties, required,
});

export const recordSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/sitrep/sitrep/docs/record.schema.json',
  title: 'sitrep record',
  description: 'One article and the events, quotes and values sitrep extracted from it. Every span is [start, end) in UTF-16 code units into article.body.',
  type: 'object',
  required: ['schemaVersion', 'article', 'events', 'quotes'],
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    article: ref('Article'),
    events: { type: 'array', items: ref('Event') },
    quotes: { type: 'array', items: ref('Quote') },
  },
  $defs: {
    Span: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2 },
    PublishedDate: obj({
      value: str,
      precision: { enum: [...TIME_PRECISIONS] },
      source: { enum: [...DATE_SOURCES] },
      confidence: { type: 'number', minimum: 0, maximum: 1 },
    }),
    Article: obj({
      id: str,
      sourceId: nullable(str),
      url: nullable(str),
      title: nullable(str),
      byline: nullable(str),
      outlet: nullable(str),
      language: nullable(str),
      published: nullable(ref('PublishedDate')),
      modified: nullable(ref('PublishedDate')),
      pageDates: {
        type: 'array',
        items: obj({ value: nullable(str), text: str, kind: str, trusted: bool }),
      },
      body: str,
      captions: {
        type: 'array',
        items: obj({ text: str, credit: nullable(str), span: nullable(ref('Span')) }),
      },
      removed: { type: 'array', items: obj({ kind: { enum: [...REMOVED_KINDS] }, text: str }) },
      isArticle: bool,
      contentHash: str,
      warnings: { type: 'array', items: str },
    }, ['id', 'sourceId', 'url', 'title', 'byline', 'outlet', 'language', 'published', 'pageDates', 'body', 'captions', 'removed', 'isArticle']),
    Entity: obj({
      text: str,
      name: nullable(str),
      country: nullable(str),
      sector: nullable(str),
      kind: nullable({ enum: [...ENTITY_KINDS] }),
      span: ref('Span'),
      wikidata: nullable(str),
      actorId: nullable(str),
    }, ['text', 'name', 'country', 'sector', 'kind', 'span']),
    Location: obj({
      text: str,
      name: nullable(str),
      country: nullable(str),
      admin1: nullable(str),
      lat: nullable(num),
      lon: nullable(num),
      precision: nullable({ enum: [...LOCATION_PRECISIONS] }),
      geonameId: nullable({ type: 'integer' }),
      span: ref('Span'),
    }),
    Quantity: obj({
      value: nullable(num),
      qualifier: str,
      low: nullable(num),
      high: nullable(num),
      text: str,
      span: ref('Span'),
      what: str,
    }, ['value', 'qualifier', 'low', 'high', 'text', 'span']),
    Event: obj({
      id: str,
      type: { enum: [...PLOVER_TYPES] },
      modes: { type: 'array', items: str },
      acled: nullable(obj({ eventType: str, subEventType: str })),
      actors: { type: 'array', items: ref('Entity') },
      recipients: { type: 'array', items: ref('Entity') },
      locations: { type: 'array', items: ref('Location') },
      time: nullable(obj({
        start: nullable(str),
        end: nullable(str),
        precision: nullable({ enum: [...TIME_PRECISIONS] }),
        text: str,
        span: ref('Span'),
        certain: bool,
      })),
      magnitude: {
        type: 'object',
        properties: {
          dead: ref('Quantity'),
          injured: ref('Quantity'),
          arrested: ref('Quantity'),
          attacks: ref('Quantity'),
          troops: ref('Quantity'),
          size: ref('Quantity'),
          other: { type: 'array', items: { allOf: [ref('Quantity'), { required: ['what'] }] } },
        },
      },
      modality: { enum: [...MODALITIES] },
      hedged: bool,
      attribution: {
        type: 'array',
        items: obj({ source: str, kind: { enum: [...ATTRIBUTION_KINDS] }, cue: str, span: ref('Span') }),
      },
      sentence: obj({ index: { type: 'integer', minimum: 0 }, text: str, span: ref('Span') }),
      fromCaption: bool,
      captionIndex: nullable({ type: 'integer', minimum: 0 }),
      confidence: { type: 'number', minimum: 0, maximum: 1 },
      trigger: nullable(obj({ text: str, span: ref('Span') })),
    }, ['id', 'type', 'modes', 'acled', 'actors', 'recipients', 'locations', 'time', 'magnitude', 'modality', 'hedged', 'attribution', 'sentence', 'fromCaption', 'confidence']),
    Quote: obj({ speaker: nullable(ref('Entity')), text: str, span: ref('Span') }),
  },
} as const;
