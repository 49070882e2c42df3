// GET /api/events/:id: the event, its article(s) and its sentence with the span of each role.
import type { Span } from '../../model/types.ts';
import type { StoredEvent } from '../../store/store.ts';
import { HttpError, idParams, json, jsonError, type ApiContext, type RouteSpec } from '../route.ts';

export const ROLES = ['actor', 'recipient', 'location', 'time', 'magnitude', 'trigger', 'attribution'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleSpan {
  role: Role;
  /** What the span is, e.g. "dead" for a magnitude. */
  label: string;
  text: string;
  /** Absolute span (into the body, or into the caption for caption events). */
  span: Span;
}

export interface Highlight extends RoleSpan {
  /** Offsets relative to the sentence's text. */
  start: number;
  end: number;
}

export function roleSpans(event: StoredEvent): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (const e of event.actors) spans.push({ role: 'actor', label: e.name ?? e.text, text: e.text, span: e.span });
  for (const e of event.recipients) spans.push({ role: 'recipient', label: e.name ?? e.text, text: e.text, span: e.span });
  for (const l of event.locations) spans.push({ role: 'location', label: l.name ?? l.text, text: l.text, span: l.span });
  if (event.time) spans.push({ role: 'time', label: event.time.start ?? 'time', text: event.time.text, span: event.time.span });
  const { other, ...named } = event.magnitude;
  for (const [what, q] of Object.entries(named)) if (q) spans.push({ role: 'magnitude', label: what, text: q.text, span: q.span });
  for (const q of other ?? []) spans.push({ role: 'magnitude', label: q.what, text: q.text, span: q.span });
  if (event.trigger) spans.push({ role: 'trigger', label: 'trigger', text: event.trigger.text, span: event.trigger.span });
  for (const a of event.attribution) spans.push({ role: 'attribution', label: a.kind, text: a.source, span: a.span });
  return spans;
}

/** Splits role spans into those inside the event's sentence (made relative to it) and the rest. */
export function sentenceHighlights(event: StoredEvent): { highlights: Highlight[]; elsewhere: RoleSpan[] } {
  const [sentenceStart, sentenceEnd] = event.sentence.span;
  const highlights: Highlight[] = [];
  const elsewhere: RoleSpan[] = [];
  for (const role of roleSpans(event)) {
    const [start, end] = role.span;
    if (start >= sentenceStart && end <= sentenceEnd && end > start) {
      highlights.push({ ...role, start: start - sentenceStart, end: end - sentenceStart });
    } else elsewhere.push(role);
  }
  highlights.sort((a, b) => a.start - b.start || b.end - a.end);
  return { highlights, elsewhere };
}

export function eventByIdRoutes({ store }: ApiContext): RouteSpec[] {
  return [{
    method: 'GET', url: '/api/events/:id', tag: 'events',
    summary: 'One event with its article(s) and highlighted sentence',
    schema: {
      params: idParams('Event id.'),
    },
    responses: {
      200: json('The event; `sentence.highlights` gives each role\'s span relative to the sentence text.', {
        type: 'object',
        properties: {
          event: { type: 'object' },
          articles: { type: 'array', items: { type: 'object' } },
          sentence: { type: 'object' },
          elsewhere: { type: 'array', items: { type: 'object' } },
        },
        required: ['event', 'articles', 'sentence', 'elsewhere'],
      }),
      404: jsonError('No event with this id.'),
    },
    handler: async (request) => {
      const { id } = request.params as { id: string };
      const event = await store.getEvent(id);
      if (!event) throw new HttpError(404, `no event with id "${id}"`);
      const article = await store.getArticle(event.articleId);
      const { highlights, elsewhere } = sentenceHighlights(event);
      return {
        event,
        articles: article
          ? [{ id: article.id, title: article.title, outlet: article.outlet, url: article.url, byline: article.byline, published: article.published, language: article.language }]
          : [],
        sentence: {
          text: event.sentence.text,
          span: event.sentence.span,
          source: event.fromCaption ? 'caption' : 'body',
          captionIndex: event.captionIndex ?? null,
          highlights,
        },
        elsewhere,
      };
    },
  }];
}
