// Span integrity: every value that carries `text` and `span` must be the slice of its source it claims to be.
import type { SitrepRecord, Span } from './types.ts';

export interface SpanProblem {
  path: string;
  text: string;
  span: Span;
  found: string;
}

function isSpan(value: unknown): value is Span {
  return Array.isArray(value) && value.length === 2 && value.every((n) => Number.isInteger(n));
}

/** Walks a value and reports every {text, span} whose span does not slice `source` to `text`. */
function walk(value: unknown, source: string, path: string, problems: SpanProblem[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, source, `${path}[${i}]`, problems));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as Record<string, unknown>;
  if (typeof node.text === 'string' && isSpan(node.span)) {
    const [start, end] = node.span;
    const found = start >= 0 && end >= start && end <= source.length ? source.slice(start, end) : '<out of range>';
    if (found !== node.text) problems.push({ path, text: node.text, span: node.span, found });
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'span' && child && typeof child === 'object') walk(child, source, `${path}.${key}`, problems);
  }
}

/**
 * Checks every span of a record. Body values index into `article.body`; values of a caption
 * event (`captionIndex` set) index into that caption's text. Caption spans themselves may be null.
 */
export function checkSpans(record: SitrepRecord): SpanProblem[] {
  const problems: SpanProblem[] = [];
  const body = record.article.body;
  record.events.forEach((event, i) => {
    const captionIndex = event.captionIndex;
    const source = captionIndex === null || captionIndex === undefined ? body : record.article.captions[captionIndex]?.text;
    if (source === undefined) {
      problems.push({ path: `events[${i}].captionIndex`, text: '', span: [0, 0], found: `no caption ${captionIndex}` });
      return;
    }
    walk(event, source, `events[${i}]`, problems);
  });
  walk(record.quotes, body, 'quotes', problems);
  record.article.captions.forEach((caption, i) => {
    if (caption.span) walk(caption, body, `article.captions[${i}]`, problems);
  });
  return problems;
}
