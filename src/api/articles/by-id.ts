// GET /api/articles/:id: the article's body, captions and removed segments.
import { HttpError, idParams, json, jsonError, type ApiContext, type RouteSpec } from '../route.ts';

export function articleRoutes({ store }: ApiContext): RouteSpec[] {
  return [{
    method: 'GET', url: '/api/articles/:id', tag: 'articles',
    summary: 'One article: body, captions and the segments cleaning removed',
    schema: {
      params: idParams('Article id.'),
    },
    responses: {
      200: json('The article part of the record (docs/record.schema.json).', {
        type: 'object',
        properties: {
          id: { type: 'string' }, body: { type: 'string' },
          captions: { type: 'array', items: { type: 'object' } }, removed: { type: 'array', items: { type: 'object' } },
        },
        required: ['id', 'body', 'captions', 'removed'],
      }),
      404: jsonError('No article with this id.'),
    },
    handler: async (request) => {
      const { id } = request.params as { id: string };
      const article = await store.getArticle(id);
      if (!article) throw new HttpError(404, `no article with id "${id}"`);
      return article;
    },
  }];
}
