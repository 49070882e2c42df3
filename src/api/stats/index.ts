// GET /api/stats: counts by type, country and day for the events matching the filters.
import { json, jsonError, type ApiContext, type RouteSpec } from '../route.ts';
import { filterQuery, toFilter, type FilterQuery } from '../events/filter.ts';

const counts = { type: 'object', additionalProperties: { type: 'integer' } };

export function statsRoutes({ store }: ApiContext): RouteSpec[] {
  return [{
    method: 'GET', url: '/api/stats', tag: 'events',
    summary: 'Counts of matching events by type, country (of their places) and day',
    schema: { querystring: filterQuery() },
    responses: {
      200: json('Counts.', {
        type: 'object',
        properties: { articles: { type: 'integer' }, events: { type: 'integer' }, byType: counts, byCountry: counts, byDay: counts },
        required: ['articles', 'events', 'byType', 'byCountry', 'byDay'],
      }),
      400: jsonError('Invalid parameter.'),
    },
    handler: async (request) => store.stats(toFilter(request.query as FilterQuery)),
  }];
}
