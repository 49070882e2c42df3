// The clean stage's contract with the pipeline: its slots, the article's identity
// fields, input hints, warnings, and per-document behaviour on text input.
import { describe, expect, it } from 'vitest';
import { articleId, cleanStage } from '../../src/clean/index.ts';
import { Pipeline } from '../../src/pipeline/pipeline.ts';
import type { RawDocument } from '../../src/model/types.ts';

function raw(extra: Partial<RawDocument>): RawDocument {
  return { sourceId: 'doc-1', origin: 'test.jsonl:1', kind: 'text', content: '', contentHash: 'abc123', warnings: [], ...extra };
}

describe('clean stage', () => {
  it('declares its slots', () => {
    expect(cleanStage.name).toBe('clean');
    expect(cleanStage.requires).toEqual(['raw']);
    expect(cleanStage.assigns).toEqual(['article']);
  });

  it('keeps id, source id, content hash and warnings, and uses the input date as a hint', async () => {
    const pipeline = new Pipeline([cleanStage]);
    const input = raw({
      content: 'Thu. Jun 13th, 2024\n\nThe health ministry said 40 people had been treated for smoke inhalation after the factory fire.\n\nLeave a Reply',
      published: '2023-10-20',
      outlet: 'Example Daily',
      url: 'https://daily.example/fire',
      warnings: ['invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD'],
    });
    const { article } = await pipeline.run(input);
    expect(article!.id).toBe(articleId(input));
    expect(article!.sourceId).toBe('doc-1');
    expect(article!.contentHash).toBe('abc123');
    expect(article!.warnings).toEqual(input.warnings);
    expect(article!.published).toMatchObject({ value: '2023-10-20', source: 'input' });
    expect(article!.pageDates).toEqual([{ value: '2024-06-13', text: 'Thu. Jun 13th, 2024', kind: 'site-widget', trusted: false }]);
    expect(article!.outlet).toBe('Example Daily');
    expect(article!.url).toBe('https://daily.example/fire');
    expect(article!.body).toBe('The health ministry said 40 people had been treated for smoke inhalation after the factory fire.');
    expect(article!.language).toBe('en');
    expect(article!.isArticle).toBe(true);
  });

  it('never turns a site-widget date into the published date', async () => {
    const { article } = await new Pipeline([cleanStage]).run(raw({ content: 'Monday, 3 June 2024 10:12\n\nThe river burst its banks overnight and forced hundreds of people to leave their homes, officials said.' }));
    expect(article!.published).toBeNull();
    expect(article!.pageDates[0]).toMatchObject({ kind: 'site-widget', trusted: false });
  });

  it('gives null language for a text too short to tell', async () => {
    const { article } = await new Pipeline([cleanStage]).run(raw({ content: 'Ok then.' }));
    expect(article!.language).toBeNull();
  });
});
