// The one description of a route: Fastify validates requests with its schema, and the
// OpenAPI generator documents the route from the very same objects.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { Store } from '../store/store.ts';

/** A JSON Schema object, in the subset shared by Ajv (validation) and OpenAPI 3.1. */
export type JsonSchema = Record<string, unknown>;

/** Path parameters of a route addressed by one id (`/api/things/:id`). */
export function idParams(description: string): JsonSchema {
  return {
    type: 'object',
    properties: { id: { type: 'string', minLength: 1, maxLength: 200, description } },
    required: ['id'],
    additionalProperties: false,
  };
}

export interface RouteResponse {
  description: string;
  content?: Record<string, { schema?: JsonSchema }>;
}

export interface RouteSpec {
  method: 'GET' | 'POST';
  url: string;
  summary: string;
  description?: string;
  tag: string;
  schema: {
    querystring?: JsonSchema;
    params?: JsonSchema;
    /** Per media type, as both Fastify and OpenAPI's requestBody.content expect. */
    body?: { content: Record<string, { schema: JsonSchema }> };
  };
  responses: Record<string, RouteResponse>;
  /** Needs `Authorization: Bearer <token>`. */
  secured?: boolean;
  /** The schema has validated the request; handlers cast its parts to their shapes. */
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

export interface ApiContext {
  store: Store;
  /** The ingest pipeline, made (and its models loaded) on first use. */
  pipeline: () => Promise<Pipeline>;
  /** When null, writing is disabled. */
  token: string | null;
}

/** A request error with its HTTP status; the error handler sends it as JSON. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

export const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['statusCode', 'error', 'message'],
};

export const jsonError = (description: string): RouteResponse => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
});

export const json = (description: string, schema?: JsonSchema): RouteResponse => ({
  description,
  content: { 'application/json': schema ? { schema } : {} },
});
