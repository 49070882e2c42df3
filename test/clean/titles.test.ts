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

  it('drops a short SEO tail after a separator, with the site name', () => {
    const head = '<meta property="og:title" content="Best Moving Companies in Denver (2025) – Top Local Movers | Coast Post"><meta property="og:site_name" content="Coast Post">';
    expect(title(head, `<article>${STORY}</article>`)).toBe('Best Moving Companies in Denver (2025)');
  });

  it('keeps a tail that continues the sentence in lower case', () => {
    const head = '<title>Moving house with children – tips and tricks</title>';
    expect(title(head, `<article>${STORY}</article>`)).toBe('Moving house with children – tips and tricks');
  });

  it('drops a section tail that the h1 repeats', () => {
    const head = '<meta property="og:title" content="Why the harbour ban came too late | Opinion">';
    expect(title(head, `<article><h1>Why the harbour ban came too late | Opinion</h1>${STORY}</article>`)).toBe('Why the harbour ban came too late');
  });

  it('takes the metadata casing when the h1 is set in capitals', () => {
    const head = '<meta property="og:title" content="Storm keeps fishing fleet in port">';
    expect(title(head, `<article><h1>STORM KEEPS<br>FISHING FLEET IN PORT</h1>${STORY}</article>`)).toBe('Storm keeps fishing fleet in port');
  });

  it('drops a label, a date or a source around the headline in the h1', () => {
    const head = '<meta property="og:title" content="Storm keeps fishing fleet in port">';
    expect(title(head, `<article><h1>Blog: Storm keeps fishing fleet in port</h1>${STORY}</article>`)).toBe('Storm keeps fishing fleet in port');
    expect(title(head, `<article><h1>Oct 3 2024 Storm keeps fishing fleet in port</h1>${STORY}</article>`)).toBe('Storm keeps fishing fleet in port');
    expect(title(head, `<article><h1>Storm keeps fishing fleet in port (coastpost.example)</h1>${STORY}</article>`)).toBe('Storm keeps fishing fleet in port');
  });

  it('keeps a longer h1 that adds words of its own to the metadata title', () => {
    const head = '<meta property="og:title" content="Storm keeps fishing fleet in port">';
    expect(title(head, `<article><h1>Storm keeps fishing fleet in port — and the season may be lost</h1>${STORY}</article>`))
      .toBe('Storm keeps fishing fleet in port — and the season may be lost');
  });

  it('does not take the blog name at the end of the title for the headline', () => {
    const head = '<meta property="og:title" content="A brief guide to reading tide tables • Hana Okafor">';
    expect(title(head, `<header><h1>Hana Okafor</h1></header><article>${STORY}</article>`)).toBe('A brief guide to reading tide tables');
  });

  it('does not take the blog name that the document title adds to og:title', () => {
    const head = '<title>Harbour Notebook: Open data for small fishing ports</title><meta property="og:title" content="Open data for small fishing ports">';
    expect(title(head, `<header><h1>Harbour Notebook</h1></header><article>${STORY}</article>`)).toBe('Open data for small fishing ports');
  });

  it('does not take a two-word blog name that shares one word with the headline', () => {
    const head = '<meta property="og:title" content="Harbour ban lifted after three weeks">';
    expect(title(head, `<header><h1>Harbour News</h1></header><article>${STORY}</article>`)).toBe('Harbour ban lifted after three weeks');
  });

  it('takes the h1 that agrees with the document title over a descriptive JSON-LD headline', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"river delta on the Black Sea coast"}</script>';
    expect(title(`<title>Danube Delta - Free Encyclopedia</title>${ld}`, `<article><h1>Danube Delta</h1>${STORY}</article>`)).toBe('Danube Delta');
  });

  it('prefers the Dublin Core title and reads space-separated RDFa properties', () => {
    const head = '<title>Coast Post</title><meta property="og:title" content="Storm news"><meta property="x:title dc:title" content="Storm keeps fishing fleet in port">';
    expect(title(head, `<article>${STORY}</article>`)).toBe('Storm keeps fishing fleet in port');
  });

  it('decodes entities that the page encoded twice', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tides &#038; currents: what the new charts show"}</script>';
    expect(title(`<title>x</title>${ld}`, `<article>${STORY}</article>`)).toBe('Tides & currents: what the new charts show');
  });

  it('cuts a site name that itself holds a separator', () => {
    const head = '<meta property="og:title" content="The best shade plants for small yards - Dale\'s 7 Oaks | Garden Centres &amp; Landscaping"><meta property="og:site_name" content="Dale\'s 7 Oaks | Garden Centres &amp; Landscaping">';
    expect(title(head, `<article>${STORY}</article>`)).toBe('The best shade plants for small yards');
  });

  it('ignores an og:title that is only the site name', () => {
    const head = '<title>Which mower suits which lawn size? | Greenline</title><meta property="og:title" content="Greenline"><meta property="og:site_name" content="Greenline">';
    expect(title(head, `<article><h1>Which mower suits which lawn size?</h1>${STORY}</article>`)).toBe('Which mower suits which lawn size?');
  });

  it('drops a decorative mark at the end of the metadata title', () => {
    expect(title('<title>Home gym must-haves for every budget ⋆</title>', `<article>${STORY}</article>`)).toBe('Home gym must-haves for every budget');
  });
});
