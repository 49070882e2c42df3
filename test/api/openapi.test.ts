import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureServer, type FixtureServer } from './helpers.ts';

interface Parameter { name: string; in: string; required: boolean; schema: { type?: string; enum?: string[]; maximum?: number; pattern?: string } }
interface Operation { parameters: Parameter[]; requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown>; security?: unknown[] }

let server: FixtureServer;
let doc: { openapi: string; paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, unknown> } };
beforeAll(async () => {
  server = await fixtureServer({ token: 'k' });
  doc = (await server.app.inject({ url: '/api/openapi.json' })).json();
});
afterAll(() => server.close());

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document of every route', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/articles/{id}', '/api/documents', '/api/events', '/api/events.compact', '/api/events.csv',
      '/api/events.geojson', '/api/events/{id}', '/api/openapi.json', '/api/stats',
    ]);
    const list = doc.paths['/api/events'].get;
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(
      ['since', 'until', 'type', 'mode', 'modality', 'country', 'bbox', 'actor', 'q', 'minSources', 'limit', 'cursor']));
    expect(list.parameters.find((p) => p.name === 'limit')?.schema.maximum).toBe(1000);
    expect(doc.paths['/api/events/{id}'].get.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    const post = doc.paths['/api/documents'].post;
    expect(Object.keys(post.requestBody!.content)).toEqual(expect.arrayContaining(['application/json', 'application/x-ndjson']));
    expect(post.security).toEqual([{ bearerToken: [] }]);
    expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('documents exactly what the server validates: every documented constraint is enforced', async () => {
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      const get = operations.get;
      if (!get || path.includes('{')) continue;
      for (const parameter of get.parameters) {
        const { schema } = parameter;
        const bad = schema.enum ? 'NOT-A-VALUE' : schema.maximum !== undefined ? String(schema.maximum + 1) : schema.pattern ? '!!' : null;
        if (bad === null) continue;
        const response = await server.app.inject({ url: `${path}?${parameter.name}=${encodeURIComponent(bad)}` });
        expect(response.statusCode, `${path} ${parameter.name}=${bad}`).toBe(400);
        checked++;
      }
      const unknown = await server.app.inject({ url: `${path}?undocumented=1` });
      if (get.parameters.length) expect(unknown.statusCode, `${path} accepts an undocumented parameter`).toBe(400);
    }
    expect(checked).toBeGreaterThan(20);
  });
});
