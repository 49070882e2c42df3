import { describe, expect, it } from 'vitest';
import { Pipeline, PipelineOrderError, checkOrder } from '../../src/pipeline/pipeline.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { cleanStage } from '../../src/clean/index.ts';
import { langStage } from '../../src/lang/index.ts';
import { knowStage } from '../../src/know/index.ts';
import { codeStage } from '../../src/code/index.ts';
import { sha256 } from '../../src/ingest/readers.ts';
import type { RawDocument } from '../../src/model/types.ts';

function raw(content: string): RawDocument {
  return { sourceId: 't', origin: 't', kind: 'text', content, contentHash: sha256(content), warnings: [] };
}

describe('pipeline order check', () => {
  it('accepts the standard order', () => {
    expect(() => checkOrder([cleanStage, langStage, knowStage, codeStage])).not.toThrow();
    expect(defaultPipeline().stages.map((s) => s.name)).toEqual(['clean', 'lang', 'know', 'code']);
  });

  it('names the stage and the missing slot when a stage comes too early', () => {
    expect(() => new Pipeline([cleanStage, knowStage, langStage, codeStage])).toThrow(PipelineOrderError);
    expect(() => new Pipeline([cleanStage, knowStage, langStage, codeStage])).toThrow(
      /stage "know" requires "sentences", "tokens" but no earlier stage assigns it; it is assigned by "lang", which must come first/,
    );
  });

  it('says when no stage assigns a requirement', () => {
    expect(() => new Pipeline([langStage])).toThrow(/stage "lang" requires "article".*no stage in the pipeline assigns it/);
  });

  it('refuses two stages assigning the same slot, and duplicate names', () => {
    const again: Stage = { ...cleanStage, name: 'clean-again' };
    expect(() => new Pipeline([cleanStage, again])).toThrow(/both assign "article"/);
    expect(() => new Pipeline([cleanStage, cleanStage])).toThrow(/appears twice/);
  });
});

describe('pipeline run', () => {
  it('runs stages in order, marks slots filled and records timings', async () => {
    const seen: string[] = [];
    const probe: Stage = {
      name: 'probe',
      requires: ['article'],
      assigns: [],
      run(doc) {
        seen.push(`article:${doc.has('article')} events:${doc.has('events')}`);
      },
    };
    const pipeline = new Pipeline([cleanStage, probe]);
    const doc = await pipeline.run(raw('Police detained two men in the capital on Friday.'));
    expect(seen).toEqual(['article:true events:false']);
    expect(Object.keys(doc.timings)).toEqual(['clean', 'probe']);
    expect(pipeline.profile.clean).toBeGreaterThanOrEqual(0);
    expect(doc.toRecord().article.body).toContain('Police detained two men');
  });

  it('refuses to make a record before the article exists', () => {
    const pipeline = new Pipeline([]);
    return pipeline.run(raw('text')).then((doc) => expect(() => doc.toRecord()).toThrow(/no article/));
  });

  it('runs a batch stage by stage, keeps input order, and lets one bad document fail alone', async () => {
    const order: string[] = [];
    const tracer = (name: string): Stage => ({
      name,
      requires: ['article'],
      assigns: [],
      run(doc) {
        if (name === 'first' && doc.raw.content.includes('EXPLODE')) throw new Error('this document cannot be read');
        order.push(`${name}:${doc.article!.body.split(' ')[0]}`);
      },
    });
    const pipeline = new Pipeline([cleanStage, tracer('first'), tracer('second')]);
    const results = await pipeline.runBatch([
      raw('Alpha: police detained two men in the capital on Friday.'),
      raw('Bravo EXPLODE: a page the first stage refuses.'),
      raw('Charlie: floods forced hundreds of families from their homes.'),
    ]);
    // every document passes a stage before any enters the next
    expect(order).toEqual(['first:Alpha:', 'first:Charlie:', 'second:Alpha:', 'second:Charlie:']);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const failed = results[1];
    expect(failed.ok === false && failed.error.message).toBe('this document cannot be read');
    expect(failed.ok === false && failed.raw.content).toContain('Bravo');
    expect(results[2].ok && results[2].doc.article?.body).toContain('floods forced hundreds');
  });

  it('gives the same records in a batch as one document at a time', async () => {
    const texts = [
      'Gunmen killed at least 13 villagers near Maiduguri on Sunday, police said.',
      'Protesters marched through Nairobi on Tuesday demanding lower fuel prices.',
      'Officials said the ministry would announce new rules next week.',
    ];
    const pipeline = defaultPipeline();
    const single = [];
    for (const text of texts) single.push((await pipeline.run(raw(text))).toRecord());
    const batched = (await pipeline.runBatch(texts.map(raw))).map((r) => (r.ok ? r.doc.toRecord() : r.error));
    expect(batched).toEqual(single);
    expect(single[0].events.length).toBeGreaterThan(0);
  });

  it('throws a stage error from run() for a single document', async () => {
    const failing: Stage = { name: 'failing', requires: [], assigns: [], run() { throw new Error('broken stage'); } };
    await expect(new Pipeline([failing]).run(raw('text'))).rejects.toThrow('broken stage');
  });

  it('uses a stage\'s own batch run, and falls back to one at a time when it throws as a whole', async () => {
    const calls: string[] = [];
    const batchAware = (name: string, breaks: boolean): Stage => ({
      name,
      requires: ['article'],
      assigns: [],
      run(doc) {
        calls.push(`${name}.run:${doc.raw.sourceId}`);
      },
      runBatch(docs) {
        calls.push(`${name}.runBatch:${docs.length}`);
        if (breaks) throw new Error('whole batch broke');
        // a stage that answers for fewer documents than it was given breaks its contract too
        return name === 'short' ? [null] : docs.map(() => null);
      },
    });
    const pipeline = new Pipeline([cleanStage, batchAware('good', false), batchAware('bad', true), batchAware('short', false)]);
    const docs = ['a', 'b'].map((id) => ({ ...raw(`Report ${id}: police detained two men on Friday.`), sourceId: id }));
    const results = await pipeline.runBatch(docs);
    expect(calls).toEqual(['good.runBatch:2', 'bad.runBatch:2', 'bad.run:a', 'bad.run:b', 'short.runBatch:2', 'short.run:a', 'short.run:b']);
    expect(results.every((r) => r.ok && r.doc.timings.good >= 0 && r.doc.timings.bad >= 0 && r.doc.timings.short >= 0)).toBe(true);
  });
});
