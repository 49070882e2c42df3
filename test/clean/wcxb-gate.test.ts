// CI gate: sitrep's extractor on the WCXB development split (1,497 pages of seven
// types) must stay above floors a little under the figures it reaches: word F1 on
// the article pages, isArticle agreement with the page type, and the publication day.
// Runs only where ../shared is present.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanHtml, cleanStage } from '../../src/clean/index.ts';
import { mean, wcxbPage } from '../../bench/lib/extraction-metrics.ts';

const WCXB = resolve(import.meta.dirname, '../../../shared/data/wcxb-dev');
const present = existsSync(join(WCXB, 'ground-truth'));
if (!present) console.log(`skipping the WCXB extraction gate: ${WCXB} is absent (it lives in ../shared beside the checkout)`);

/** Floors: a little under the figures reached (see docs/benchmarks.md). */
const FLOOR = { f1: 0.945, isArticle: 0.91, publishedDay: 0.82 };

describe.skipIf(!present)('WCXB extraction gate', () => {
  beforeAll(async () => {
    await cleanStage.init?.();
  });

  it(`keeps article F1 >= ${FLOOR.f1}, isArticle agreement >= ${FLOOR.isArticle}, published day >= ${FLOOR.publishedDay}`, () => {
    const f1s: number[] = [];
    let agree = 0;
    let pages = 0;
    let dated = 0;
    let dayRight = 0;
    for (const file of readdirSync(join(WCXB, 'ground-truth')).sort()) {
      const id = file.replace(/\.json$/, '');
      const gt = JSON.parse(readFileSync(join(WCXB, 'ground-truth', file), 'utf8'));
      const html = gunzipSync(readFileSync(join(WCXB, 'html', `${id}.html.gz`))).toString('utf8');
      const article = cleanHtml({ sourceId: id, origin: id, kind: 'html', content: html, url: gt.url ?? null, contentHash: id, warnings: [] });
      const isArticlePage = gt._internal?.page_type?.primary === 'article';
      pages++;
      if (article.isArticle === isArticlePage) agree++;
      if (!isArticlePage) continue;
      f1s.push(wcxbPage(article.body, gt.ground_truth.main_content ?? '').f1);
      const truthDay = /^\d{4}-\d{2}-\d{2}/.exec(gt.ground_truth.publish_date ?? '')?.[0];
      if (truthDay) {
        dated++;
        if (article.published?.value.startsWith(truthDay)) dayRight++;
      }
    }
    const figures = { f1: mean(f1s), isArticle: agree / pages, publishedDay: dayRight / dated };
    console.log(`WCXB: article F1 ${figures.f1.toFixed(3)} (${f1s.length}), isArticle ${figures.isArticle.toFixed(3)} (${pages}), published day ${figures.publishedDay.toFixed(3)} (${dated})`);
    expect(pages).toBe(1497);
    expect(figures.f1).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(figures.isArticle).toBeGreaterThanOrEqual(FLOOR.isArticle);
    expect(figures.publishedDay).toBeGreaterThanOrEqual(FLOOR.publishedDay);
  }, 120_000);
});
