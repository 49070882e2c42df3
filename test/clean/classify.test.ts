// Article or not, by general signals: schema.org article types, forum engines'
// thread addresses, and landing pages with a heading over every paragraph.
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanHtml, cleanStage } from '../../src/clean/index.ts';

const PARAGRAPHS = [
  'Heavy rain fell across the northern valleys for a third day, and the regional water agency opened two spillways to protect the dam.',
  'Farmers downstream said fields planted last month were already under water, and some moved their animals to higher ground overnight.',
  'The agency said the reservoir was at ninety per cent of capacity and that releases would continue while the rain lasted.',
  'Local schools closed on Thursday because buses could not cross the flooded roads between the villages and the market town.',
  'Forecasters expect the rain to ease by the weekend, though a second band of storms could reach the coast early next week.',
  'Officials asked residents to avoid the river paths and to follow the instructions of the emergency services at all times.',
];

function classify(html: string, url: string): boolean {
  return cleanHtml({ sourceId: 'test', origin: 'test', kind: 'html', content: html, url, contentHash: 'hash', warnings: [] }).isArticle;
}

function ld(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

beforeAll(async () => {
  await cleanStage.init?.();
});

describe('isArticle', () => {
  it('keeps an article with an FAQ block and og:type website an article', () => {
    const head = `<meta property="og:type" content="website">${ld([
      { '@type': 'Article', headline: 'Dam spillways opened as rain continues', datePublished: '2024-03-07' },
      { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Is the dam safe?' }] },
    ])}`;
    const body = `<article><h1>Dam spillways opened as rain continues</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<h2>FAQ</h2><p>Is the dam safe? The agency says it is.</p></article>`;
    expect(classify(`<html><head>${head}</head><body>${body}</body></html>`, 'https://water.example/guides/rain')).toBe(true);
  });

  it('takes a thread on a forum engine for a discussion, not an article', () => {
    const posts = PARAGRAPHS.map((p, i) => `<div class="post"><p>user${i} wrote:</p><p>${p}</p></div>`).join('');
    const html = `<html><head><title>Flooding near the dam</title></head><body><h1>Flooding near the dam</h1>${posts}</body></html>`;
    expect(classify(html, 'https://forum.example/viewtopic.php?t=48213')).toBe(false);
    expect(classify(html, 'https://board.example/index.php?topic=5512.0')).toBe(false);
  });

  it('takes a page with a heading over every paragraph for a landing page', () => {
    const sections = PARAGRAPHS.map((p, i) => `<h2>Service ${i + 1}</h2><p>${p}</p>`).join('');
    const html = `<html><head><meta property="og:type" content="website"><title>Flood services</title></head><body><main><h1>Flood response services for councils</h1>${sections}</main></body></html>`;
    expect(classify(html, 'https://agency.example/flood-response-services-for-councils')).toBe(false);
  });
});

describe('isArticle by address', () => {
  it('takes a page under a documentation path for documentation', () => {
    const body = `<main><h1>Configuring the flood sensor</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</main>`;
    const html = `<html><head><title>Configuring the flood sensor</title></head><body>${body}</body></html>`;
    expect(classify(html, 'https://sensors.example/docs/configuring-the-flood-sensor')).toBe(false);
    expect(classify(html, 'https://sensors.example/news/configuring-the-flood-sensor-for-spring')).toBe(true);
  });
});
