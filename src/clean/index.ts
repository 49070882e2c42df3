// Clean stage: raw input -> article (body + metadata). Simple first version; the
// extraction issue replaces the internals behind this same stage.
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import type { Stage } from '../pipeline/stage.ts';
import type { Article, RawDocument } from '../model/types.ts';

export function articleId(raw: RawDocument): string {
  return createHash('sha256').update(raw.contentHash).digest('hex').slice(0, 16);
}

function baseArticle(raw: RawDocument, body: string): Article {
  return {
    id: articleId(raw),
    sourceId: raw.sourceId,
    url: raw.url ?? null,
    title: raw.title ?? null,
    byline: null,
    outlet: raw.outlet ?? null,
    language: null,
    published: raw.published
      ? { value: raw.published, precision: raw.published.length > 10 ? 'day' : 'day', source: 'input', confidence: 0.9 }
      : null,
    pageDates: [],
    body,
    captions: [],
    removed: [],
    isArticle: body.trim().length > 0,
    contentHash: raw.contentHash,
    warnings: raw.warnings.length ? [...raw.warnings] : undefined,
  };
}

function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function htmlToText(html: string): { body: string; title: string | null } {
  const { document } = parseHTML(html);
  const title = document.querySelector('title')?.textContent?.trim() || null;
  const blocks = [...document.querySelectorAll('h1,h2,h3,p,li')]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { body: blocks.join('\n\n'), title };
}

export const cleanStage: Stage = {
  name: 'clean',
  requires: ['raw'],
  assigns: ['article'],
  run(doc) {
    const raw = doc.raw;
    if (raw.kind === 'html') {
      const { body, title } = htmlToText(raw.content);
      const article = baseArticle(raw, body);
      article.title ??= title;
      doc.article = article;
    } else {
      doc.article = baseArticle(raw, cleanText(raw.content));
    }
  },
};
