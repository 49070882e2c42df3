// Builds a Doc as the clean stage would leave it, and runs the lang stage on it.
import { Doc } from '../../src/pipeline/doc.ts';
import type { Article, PublishedDate } from '../../src/model/types.ts';
import { langStage } from '../../src/lang/index.ts';

export interface ArticleOptions {
  published?: PublishedDate | null;
  captions?: string[];
  pageDates?: Article['pageDates'];
}

export function makeDoc(body: string, options: ArticleOptions = {}): Doc {
  const doc = new Doc({ sourceId: 't', origin: 'test', kind: 'text', content: body, contentHash: 'x', warnings: [] });
  doc.article = {
    id: 't', sourceId: 't', url: null, title: null, byline: null, outlet: null, language: 'en',
    published: options.published ?? null,
    pageDates: options.pageDates ?? [],
    body,
    captions: (options.captions ?? []).map((text) => ({ text, credit: null, span: null })),
    removed: [], isArticle: true,
  };
  return doc;
}

export async function runLang(body: string, options: ArticleOptions = {}): Promise<Doc> {
  const doc = makeDoc(body, options);
  await langStage.run(doc);
  return doc;
}

export function published(value: string, confidence = 0.9): PublishedDate {
  return { value, precision: 'day', source: 'meta', confidence };
}

/** The text a span points into: the body, or the caption of the sentence it belongs to. */
export function sourceOf(doc: Doc, sentence: number): string {
  const captionIndex = doc.sentences![sentence].captionIndex;
  return captionIndex === undefined ? doc.article!.body : doc.article!.captions[captionIndex].text;
}
