// The HTTP app: JSON API under /api, the built dashboard at /. Every request error is a
// 4xx JSON body; only a fault of ours is a 500.
import { timingSafeEqual, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { Ajv } from 'ajv';
import { defaultPipeline } from '../pipeline/default.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { InvalidFilterError } from '../store/sqlite.ts';
import type { Store } from '../store/store.ts';
import { articleRoutes } from './articles/by-id.ts';
import { documentRoutes, NDJSON_TYPES } from './documents/index.ts';
import { eventByIdRoutes } from './events/by-id.ts';
import { eventRoutes } from './events/index.ts';
import { openapiRoute } from './openapi/index.ts';
import { HttpError, type ApiContext, type RouteSpec } from './route.ts';
import { statsRoutes } from './stats/index.ts';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));
export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

// No inline script or style anywhere: the dashboard is one bundled script and one stylesheet.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

export interface AppOptions {
  store: Store;
  /** Bearer token that unlocks POST /api/documents; null or absent disables writing. */
  token?: string | null;
  /** Folder of the built dashboard; null serves the API only. */
  webRoot?: string | null;
  /** Largest accepted request body, in bytes. */
  bodyLimit?: number;
  /** Replaces the default pipeline (tests). */
  pipeline?: () => Promise<Pipeline>;
  logger?: boolean;
}

function lazyPipeline(): () => Promise<Pipeline> {
  let ready: Promise<Pipeline> | null = null;
  return () => (ready ??= (async () => {
    const pipeline = defaultPipeline();
    await pipeline.init();
    return pipeline;
  })());
}

const digest = (s: string) => createHash('sha256').update(s).digest();

function bearerCheck(token: string | null) {
  return async (request: FastifyRequest) => {
    if (!token) throw new HttpError(403, 'writing is disabled: start the server with SITREP_TOKEN set to enable it');
    const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    // Compare digests so neither length nor content leaks through timing.
    if (!given || !timingSafeEqual(digest(given), digest(token))) {
      throw new HttpError(401, 'missing or wrong bearer token (send "Authorization: Bearer <SITREP_TOKEN>")');
    }
  };
}

export function apiRoutes(context: ApiContext): RouteSpec[] {
  const routes: RouteSpec[] = [
    ...eventRoutes(context),
    ...eventByIdRoutes(context),
    ...articleRoutes(context),
    ...statsRoutes(context),
    ...documentRoutes(context),
  ];
  routes.push(openapiRoute(() => routes));
  return routes;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
  });
  // Query strings are text, so their numbers are coerced; a JSON body is taken as sent.
  // Unknown parameters are an error, never silently dropped.
  const queryAjv = new Ajv({ coerceTypes: 'array', useDefaults: true, removeAdditional: false, allowUnionTypes: true });
  const bodyAjv = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allowUnionTypes: true });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : queryAjv).compile(schema));
  const context: ApiContext = { store: options.store, pipeline: options.pipeline ?? lazyPipeline(), token: options.token ?? null };

  app.addContentTypeParser(NDJSON_TYPES, { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.addHook('onSend', async (request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = error instanceof HttpError ? error.statusCode
      : error instanceof InvalidFilterError || error.validation ? 400
      : error.statusCode ?? 500;
    if (status < 400 || status > 599) status = 500;
    if (status === 401) reply.header('www-authenticate', 'Bearer');
    if (status >= 500) {
      request.log.error(error);
      if (!options.logger) process.stderr.write(`sitrep serve: ${request.method} ${request.url}: ${error.stack ?? error.message}\n`);
    }
    const message = status >= 500 ? 'internal error'
      : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? `unsupported content-type "${request.headers['content-type'] ?? ''}": send application/json or ${NDJSON_TYPES.join(' or ')}`
        : error.message;
    return reply.status(status).type('application/json; charset=utf-8').send({ statusCode: status, error: STATUS_CODES[status], message });
  });

  app.setNotFoundHandler((request, reply) => reply.status(404).send({
    statusCode: 404, error: 'Not Found', message: `no route for ${request.method} ${request.url.split('?')[0]}`,
  }));

  for (const route of apiRoutes(context)) {
    app.route({
      method: route.method,
      url: route.url,
      schema: route.schema,
      handler: route.handler,
      ...(route.secured ? { onRequest: bearerCheck(context.token) } : {}),
    });
  }

  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  if (webRoot && existsSync(webRoot)) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      index: 'index.html',
      // Built assets carry a content hash in their names; the page itself must always be fresh.
      setHeaders: (res, path) => res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  return app;
}
