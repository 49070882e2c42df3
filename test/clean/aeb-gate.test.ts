// CI gate: sitrep's extractor on the ScrapingHub article-extraction benchmark (AEB,
// 181 news pages) must stay above a floor a little under the F1 it reaches. Runs
// only where ../shared is present.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanHtml, cleanStage } from '../../src/clean/index.ts';
import { aebCorpus, aebDocument } from '../../bench/lib/extraction-metrics.ts';

const AEB = resolve(import.meta.dirname, '../../../shared/data/aeb');
const present = existsSync(join(AEB, 'ground-truth.json'));
if (!present) console.log(`skipping the AEB extraction gate: ${AEB} is absent (it lives in ../shared beside the checkout)`);

/** Floors: a little under the figures reached (see docs/benchmarks.md). */
const FLOOR = { f1: 0.965, precision: 0.96, recall: 0.965 };

describe.skipIf(!present)('AEB extraction gate', () => {
  beforeAll(async () => {
    await cleanStage.init?.();
  });

  it(`keeps F1 >= ${FLOOR.f1} on the 181 AEB pages`, () => {
    const truth = JSON.parse(readFileSync(join(AEB, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
    const scores = Object.entries(truth).map(([id, { articleBody, url }]) => {
      const html = gunzipSync(readFileSync(join(AEB, 'html', `${id}.html.gz`))).toString('utf8');
      const article = cleanHtml({ sourceId: id, origin: id, kind: 'html', content: html, url, contentHash: id, warnings: [] });
      return aebDocument(article.body, articleBody);
    });
    const corpus = aebCorpus(scores);
    console.log(`AEB: precision ${corpus.precision.toFixed(3)} recall ${corpus.recall.toFixed(3)} F1 ${corpus.f1.toFixed(3)}`);
    expect(scores).toHaveLength(181);
    expect(corpus.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(corpus.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(corpus.f1).toBeGreaterThanOrEqual(FLOOR.f1);
  }, 60_000);
});
