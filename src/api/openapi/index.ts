// GET /api/openapi.json: an OpenAPI 3.1 document built from the route specs, so the
// schemas that validate requests are the ones that document them.
import type { JsonSchema, RouteSpec } from '../route.ts';

const VERSION = '0.1.0';

/** Fastify's `:id` becomes OpenAPI's `{id}`. */
const openapiPath = (url: string) => url.replace(/:([A-Za-z_]\w*)/g, '{$1}');

function parameters(schema: JsonSchema | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name, in: where, required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

export function openapiDocument(routes: readonly RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation: Record<string, unknown> = {
      operationId: `${route.method.toLowerCase()}${openapiPath(route.url).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      parameters: [...parameters(route.schema.params, 'path'), ...parameters(route.schema.querystring, 'query')],
      ...(route.schema.body ? { requestBody: { required: true, content: route.schema.body.content } } : {}),
      responses: route.responses,
      ...(route.secured ? { security: [{ bearerToken: [] }] } : {}),
    };
    (paths[openapiPath(route.url)] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'sitrep API',
      version: VERSION,
      description: 'Events extracted from news reports: sourced, geolocated, with the span of every value. Record contract: docs/record.schema.json.',
    },
    paths,
    components: {
      securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer', description: 'The SITREP_TOKEN the server was started with.' } },
    },
  };
}

export function openapiRoute(routes: () => readonly RouteSpec[]): RouteSpec {
  return {
    method: 'GET', url: '/api/openapi.json', tag: 'meta',
    summary: 'This API, as an OpenAPI 3.1 document',
    schema: {},
    responses: { 200: { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
    handler: async () => openapiDocument(routes()),
  };
}
