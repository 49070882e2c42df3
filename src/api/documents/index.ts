// POST /api/documents: ingest documents in the jsonl shape, through the same reader,
// pipeline and store as `sitrep ingest`. Each document succeeds or fails on its own.
import { jsonlDocument } from '../../ingest/readers.ts';
import type { SitrepRecord } from '../../model/types.ts';
import { HttpError, json, jsonError, type ApiContext, type RouteSpec } from '../route.ts';

export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl'];
export const MAX_DOCUMENTS = 1000;

const documentSchema = {
  type: 'object',
  description: 'One document, as a line of a .jsonl input: "text" or "html" is required.',
  properties: {
    id: { type: ['string', 'number'], description: 'Your id for the document; kept as article.sourceId.' },
    text: { type: 'string' },
    html: { type: 'string' },
    url: { type: 'string' },
    published: { type: 'string', description: 'ISO 8601 publication date, when known.' },
    outlet: { type: 'string' },
    title: { type: 'string' },
  },
};

interface DocumentResult {
  line: number;
  id: string | null;
  status: 'stored' | 'duplicate' | 'failed';
  articleId?: string;
  events?: number;
  error?: string;
  warnings?: string[];
}

function bodyLines(body: unknown): string[] {
  if (typeof body === 'string') return body.split(/\r?\n/);
  const documents = Array.isArray(body) ? body : [body];
  return documents.map((d) => JSON.stringify(d));
}

export function documentRoutes({ store, pipeline }: ApiContext): RouteSpec[] {
  const ndjson = { schema: { type: 'string', description: 'One JSON document per line (jsonl).' } };
  return [{
    method: 'POST', url: '/api/documents', tag: 'documents', secured: true,
    summary: 'Ingest documents',
    description: `Runs each document through the pipeline and stores its record; a document already stored (same content) is skipped. `
      + `At most ${MAX_DOCUMENTS} documents per request. Disabled unless the server was started with SITREP_TOKEN.`,
    schema: {
      body: {
        content: {
          'application/json': { schema: { oneOf: [documentSchema, { type: 'array', items: documentSchema, minItems: 1, maxItems: MAX_DOCUMENTS }] } },
          ...Object.fromEntries(NDJSON_TYPES.map((t) => [t, ndjson])),
        },
      },
    },
    responses: {
      200: json('One result per document, in order; failed documents carry an error and do not stop the others.', {
        type: 'object',
        properties: {
          read: { type: 'integer' }, stored: { type: 'integer' }, duplicates: { type: 'integer' }, failed: { type: 'integer' },
          results: { type: 'array', items: { type: 'object' } },
        },
        required: ['read', 'stored', 'duplicates', 'failed', 'results'],
      }),
      400: jsonError('Malformed body or no documents.'),
      401: jsonError('Missing or wrong bearer token.'),
      403: jsonError('Writing is disabled on this server.'),
      413: jsonError('Body larger than the server\'s limit.'),
      415: jsonError('Unsupported content type.'),
    },
    handler: async (request) => {
      const lines = bodyLines(request.body);
      if (lines.filter((l) => l.trim()).length > MAX_DOCUMENTS) throw new HttpError(400, `at most ${MAX_DOCUMENTS} documents per request`);
      const results: DocumentResult[] = [];
      const batch: SitrepRecord[] = [];
      const pending = new Set<string>();
      const runner = await pipeline();
      for (const [index, line] of lines.entries()) {
        if (line.trim() === '') continue;
        const read = jsonlDocument(line, 'request', index + 1);
        if (!read.ok) {
          results.push({ line: index + 1, id: null, status: 'failed', error: read.error });
          continue;
        }
        const raw = read.doc;
        const base = { line: index + 1, id: raw.sourceId };
        if (pending.has(raw.contentHash) || (await store.hasContentHash(raw.contentHash))) {
          results.push({ ...base, status: 'duplicate' });
          continue;
        }
        try {
          const record = (await runner.run(raw)).toRecord();
          batch.push(record);
          pending.add(raw.contentHash);
          results.push({
            ...base, status: 'stored', articleId: record.article.id, events: record.events.length,
            ...(record.article.warnings?.length ? { warnings: record.article.warnings } : {}),
          });
        } catch (err) {
          results.push({ ...base, status: 'failed', error: (err as Error).message });
        }
      }
      if (results.length === 0) throw new HttpError(400, 'the body holds no documents');
      if (batch.length) await store.saveRecords(batch);
      const count = (status: DocumentResult['status']) => results.filter((r) => r.status === status).length;
      return { read: results.length, stored: count('stored'), duplicates: count('duplicate'), failed: count('failed'), results };
    },
  }];
}
