// Titles: the article's headline as the reader sees it, without the site name; a
// blog, section or site name in the h1 is not the headline.
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanHtml, cleanStage } from '../../src/clean/index.ts';

const STORY = [
  'Fishing boats stayed in port along the whole coast on Friday as the storm brought waves of up to nine metres.',
  'The harbour master said the ban would stay in place until the wind dropped, probably on Sunday morning.',
  'Fishermen said the third storm in a month had cost them most of the season, and asked the region for help.',
].map((p) => `<p>${p}</p>`).join('');

function title(head: string, body: string): string | null {
  const html = `<html><head>${head}</head><body>${body}</body></html>`;
  return cleanHtml({ sourceId: 'test', origin: 'test', kind: 'html', content: html, contentHash: 'hash', warnings: [] }).title;
}

beforeAll(async () => {
  await cleanStage.init?.();
});

describe('titles', () => {
  it('takes the visible h1 when it tells the same story as the metadata title', () => {
    const head = '<meta property="og:title" content="Storm keeps fishing fleet in port | The Coast Post"><meta property="og:site_name" content="The Coast Post">';
    expect(title(head, `<article><h1>Storm keeps the whole fishing fleet in port</h1>${STORY}</article>`)).toBe('Storm keeps the whole fishing fleet in port');
  });

  it('keeps a reworded h1 that reads like a headline', () => {
    const head = '<meta property="og:title" content="Coast fishing ban: what it means for you">';
    expect(title(head, `<article><h1>Fishermen count the cost as third storm shuts harbours</h1>${STORY}</article>`)).toBe('Fishermen count the cost as third storm shuts harbours');
  });

  it('does not take a blog name in the h1 for the headline', () => {
    const head = '<title>Harbour Notes: Storm keeps fishing fleet in port</title><meta property="og:title" content="Storm keeps fishing fleet in port">';
    expect(title(head, `<header><h1>Harbour Notes</h1></header><article><h2>Storm keeps fishing fleet in port</h2>${STORY}</article>`)).toBe('Storm keeps fishing fleet in port');
  });

  it('does not take a section name in the h1 for the headline, and cuts the site name from the document title', () => {
    const head = '<title>Storm keeps fishing fleet in port - Coast Post</title>';
    expect(title(head, `<div class="section"><h1>Weather Centre</h1></div><article>${STORY}</article>`)).toBe('Storm keeps fishing fleet in port');
  });

  it('prefers the h1 that matches the metadata title when the page has several', () => {
    const head = '<meta property="og:title" content="Storm keeps fishing fleet in port • Coast Post">';
    const body = `<header><h1>Coast Post</h1></header><article><h1>Storm keeps fishing fleet in port</h1>${STORY}<h1>What the ban means</h1><p>More text follows here about the ban and its length.</p></article>`;
    expect(title(head, body)).toBe('Storm keeps fishing fleet in port');
  });

  it('drops a permalink mark at the end of the heading', () => {
    expect(title('<title>Storm keeps fishing fleet in port</title>', `<article><h1>Storm keeps fishing fleet in port¶</h1>${STORY}</article>`)).toBe('Storm keeps fishing fleet in port');
  });
});
