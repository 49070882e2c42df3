// Publication dates on HTML pages, family by family: metadata first, then the date
// shown with the headline, and dates that must not become `published` (update
// lines, related-story lists, comments).
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanHtml, cleanStage } from '../../src/clean/index.ts';
import { findDateText, parseDateValue } from '../../src/clean/dates.ts';
import type { RawDocument } from '../../src/model/types.ts';

function page(header: string, extra = '', head = ''): string {
  const story = [
    'The river burst its banks overnight and flooded the lower town, officials in the district said on the radio.',
    'Rescue teams moved more than two hundred people to the school on the hill, where beds and food were waiting.',
    'The water began to fall by the afternoon, but roads to the coast stayed closed while engineers checked the bridges.',
  ].map((p) => `<p>${p}</p>`).join('');
  return `<html><head><title>Floods close coast roads</title>${head}</head><body><nav><a href="/">Home</a></nav><main><article><h1>Floods close coast roads</h1>${header}${story}${extra}</article></main></body></html>`;
}

function clean(html: string, extra: Partial<RawDocument> = {}) {
  return cleanHtml({ sourceId: 'test', origin: 'test', kind: 'html', content: html, contentHash: 'hash', warnings: [], ...extra });
}

beforeAll(async () => {
  await cleanStage.init?.();
});

describe('the date shown with the headline', () => {
  it('reads a byline line with a date and a reading time', () => {
    const article = clean(page('<div class="meta-row"><span>By Ana Ruiz</span> · <span>May 3, 2024</span> · <span>4 min read</span></div>'));
    expect(article.published).toMatchObject({ value: '2024-05-03', source: 'text', precision: 'day' });
    expect(article.published!.confidence).toBeLessThan(0.9);
  });

  it('reads a bare date paragraph under the headline', () => {
    expect(clean(page('<p class="stamp">12 February 2025</p>')).published?.value).toBe('2025-02-12');
  });

  it('keeps an "Updated" line as the modified date, not the publication date', () => {
    const article = clean(page('<p class="info">Last updated: Nov 4, 2024</p>'));
    expect(article.published).toBeNull();
    expect(article.modified).toMatchObject({ value: '2024-11-04', source: 'text' });
  });

  it('splits a line that gives the publication and the update date', () => {
    const article = clean(page('<p class="info">Posted on 2 June 2023 – Updated: 9 July 2024</p>'));
    expect(article.published?.value).toBe('2023-06-02');
  });

  it('does not take a bare date that repeats the day the page labels as the update', () => {
    const article = clean(page('<p class="by">By Paul Frew</p><p class="stamp">Feb 27, 2026</p><p class="note">Last Updated on Feb 27, 2026</p>'));
    expect(article.published).toBeNull();
    expect(article.modified?.value).toBe('2026-02-27');
  });

  it('finds an update label glued to the byline name', () => {
    const article = clean(page('<div class="who"><span>by Tom Hale</span><span>Updated March 19, 2025</span></div>'));
    expect(article.published).toBeNull();
    expect(article.pageDates.map((d) => d.kind)).toContain('modified');
  });

  it('reads a date line a few lines above the headline, past the labels between them', () => {
    const above = '<div class="hero"><p>Essays | May 18, 2023</p><p>By Sara Hale</p><p>In Essays</p><p>Juniors, Seniors</p><p>4 min read</p></div>';
    const html = page('').replace('<article>', `${above}<article>`);
    expect(clean(html).published).toMatchObject({ value: '2023-05-18', source: 'text' });
  });

  it('does not take a date from a sentence of the story', () => {
    const header = '<p>On 14 January 2024 the council voted to rebuild the embankment along the northern bank of the river.</p>';
    expect(clean(page(header)).published).toBeNull();
  });

  it('does not take the date of a related story or a comment', () => {
    const related = '<aside class="related-stories"><ul><li><a href="/a">Storm hits the islands</a> <span>June 1, 2024</span></li></ul></aside>';
    const comments = '<section class="comments"><p>Jo wrote on June 2, 2024:</p><p>Stay safe everyone.</p></section>';
    expect(clean(page(related, comments)).published).toBeNull();
  });

  it('makes a URL month exact with the header date in that month', () => {
    const article = clean(page('<p class="byline">By Ana Ruiz, 20 December 2025</p>'), { url: 'https://blog.example/2025/12/floods-close-roads.html' });
    expect(article.published).toMatchObject({ value: '2025-12-20', source: 'text' });
  });

  it('keeps a URL day over a header date', () => {
    const article = clean(page('<p>June 3, 2024</p>'), { url: 'https://news.example/2024/06/02/floods' });
    expect(article.published).toMatchObject({ value: '2024-06-02', source: 'url' });
  });
});

describe('dates in metadata', () => {
  it('prefers metadata to the header text', () => {
    const head = '<meta property="article:published_time" content="2024-05-02T09:00:00Z">';
    expect(clean(page('<p>May 3, 2024</p>', '', head)).published).toMatchObject({ value: '2024-05-02T09:00:00Z', source: 'meta' });
  });

  it('reads a written-out date in a "published" meta tag and a US date with a weekday and time', () => {
    expect(clean(page('', '', '<meta name="published" content="July 17, 2025">')).published?.value).toBe('2025-07-17');
    expect(clean(page('', '', '<meta property="article:published_time" content="Thu, 09/25/2025 - 11:38">')).published?.value).toBe('2025-09-25');
  });

  it('does not take a <time> whose update label sits in a sibling element, or that is marked as the modification time', () => {
    const reviewed = '<div class="field"><div class="field__label">Date Last Reviewed:</div><div class="field__item"><time datetime="2025-04-14T12:00:00Z">April 2025</time></div></div>';
    expect(clean(page('', reviewed)).published).toBeNull();
    const marked = '<div><span class="blog-published-text">Latest change <time class="blog-published-time" itemprop="dateModified" datetime="2025-10-03">October 3rd, 2025</time></span></div>';
    expect(clean(page(marked)).published?.source).not.toBe('time-element');
  });

  it('takes a <time> after "Published on" even when an editor credit comes before it', () => {
    const meta = '<ul class="page-meta"><li>Written by the desk, edited by Walter</li><li>Published on <time datetime="2025-12-19">2025-12-19</time></li></ul>';
    expect(clean(page(meta)).published).toMatchObject({ value: '2025-12-19', source: 'time-element' });
  });

  it('does not take a <time> in an "Updated" line as the publication time', () => {
    const article = clean(page('<p class="dates">Updated <time datetime="2024-08-04">Aug 4, 2024</time></p>'));
    expect(article.published).toBeNull();
  });
});

describe('dates in elements named as dates', () => {
  const filler = Array.from({ length: 14 }, (_, i) => `<p>Line ${i + 1} of the author box</p>`).join('');

  it('reads a date element of the article that is far from the headline', () => {
    const html = page(`<div class="author-box">${filler}</div>`, '<aside class="article-side"><p class="ArticleDate">May 25, 2023</p></aside>');
    expect(clean(html).published).toMatchObject({ value: '2023-05-25', source: 'text' });
  });

  it('does not read dates of related stories, revision stamps or dates outside the article', () => {
    const related = '<div class="related-posts"><span class="post-date">June 1, 2024</span></div>';
    const revision = '<span class="git-revision-date">Mar 11, 2026 16:54 by the docs bot</span>';
    expect(clean(page(`<div class="author-box">${filler}</div>`, related + revision)).published).toBeNull();
    const outside = page(`<div class="author-box">${filler}</div>`).replace('</main>', '</main><div class="entry-date">June 2, 2024</div>');
    expect(clean(outside).published).toBeNull();
  });
});

describe('metadata against the page', () => {
  const ld = (json: object, wrap: (text: string) => string = (text) => text) =>
    `<script type="application/ld+json">${wrap(JSON.stringify(json))}</script>`;

  it('reads JSON-LD wrapped in CDATA or an HTML comment, as XHTML-era pages write it', () => {
    const story = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Floods close coast roads', datePublished: '2021-03-04T08:00:00+01:00' };
    for (const wrap of [(t: string) => `//<![CDATA[\n${t}\n//]]>`, (t: string) => `<![CDATA[ ${t} ]]>`, (t: string) => `<!-- ${t} -->`]) {
      expect(clean(page('', '', ld(story, wrap))).published).toMatchObject({ value: '2021-03-04T08:00:00+01:00', source: 'json-ld' });
    }
  });

  it('prefers article:published_time to a JSON-LD creation stamp', () => {
    const head = ld({ '@type': 'NewsArticle', dateCreated: '2017-02-24T01:18:13Z' }) + '<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">';
    expect(clean(page('', '', head)).published).toMatchObject({ value: '2017-02-23T17:18:13-08:00', source: 'meta' });
    expect(clean(page('', '', ld({ '@type': 'NewsArticle', dateCreated: '2017-02-24T01:18:13Z' }))).published?.source).toBe('json-ld');
  });

  it("reads a site's own publication meta name, the earliest of two, and not its update stamp", () => {
    expect(clean(page('', '', '<meta name="w-published-date" content="2025-05-27T06:03:43Z">')).published).toMatchObject({ value: '2025-05-27T06:03:43Z', source: 'meta' });
    const two = '<meta name="published-time" content="2026-03-09T08:45:32Z"><meta name="published-date" content="2021-02-16">';
    expect(clean(page('', '', two)).published?.value).toBe('2021-02-16');
    expect(clean(page('', '', '<meta name="post_updated_time" content="2025-05-27T06:03:43Z">')).published).toBeNull();
  });

  it('takes the date shown with the headline when the metadata stamp is more than a day later (a re-save or a CMS move)', () => {
    const head = ld({ '@type': 'BlogPosting', datePublished: '2025-12-01T05:10:15Z', dateModified: '2025-12-01T05:10:15Z' });
    const article = clean(page('<p class="meta">24 Apr 2000 · 3 min read</p>', '', head));
    expect(article.published).toMatchObject({ value: '2000-04-24', source: 'text' });
    expect(article.published!.confidence).toBeLessThan(0.9);
  });

  it('does not let a date line deep in the body override the metadata', () => {
    const head = ld({ '@type': 'Article', datePublished: '2001-10-29T01:59:14Z' });
    const body = Array.from({ length: 14 }, (_, i) => `<p>Section ${i + 1}</p>`).join('') + '<p>26 September 1907</p>';
    expect(clean(page(body, '', head)).published).toMatchObject({ value: '2001-10-29T01:59:14Z', source: 'json-ld' });
  });

  it('keeps the metadata when the shown date is one day off (a UTC stamp against the local day) or later', () => {
    const utc = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">';
    expect(clean(page('<p>Posted on December 18, 2025</p>', '', utc)).published?.value).toBe('2025-12-19T02:41:41+00:00');
    const older = '<meta property="article:published_time" content="2024-02-01T10:00:00+00:00">';
    expect(clean(page('<p>April 19, 2025</p>', '', older)).published?.value).toBe('2024-02-01T10:00:00+00:00');
  });

  it('does not let an "Updated" line override the metadata', () => {
    const head = '<meta property="article:published_time" content="2024-06-01T10:00:00+00:00">';
    expect(clean(page('<p>Updated March 3, 2023</p>', '', head)).published?.value).toBe('2024-06-01T10:00:00+00:00');
  });
});

describe('date parsing', () => {
  it('reads the earliest date of a line and where it starts', () => {
    expect(findDateText('Updated: 9 July 2024, first posted June 2, 2023')).toEqual({ date: { value: '2024-07-09', precision: 'day' }, index: 9 });
  });

  it('reads a date glued to the next word', () => {
    expect(findDateText('April 26, 2024Updated on: October 28, 2024')?.date.value).toBe('2024-04-26');
  });

  it('reads a month glued to the name before it, when the month is capitalised', () => {
    expect(findDateText('By Ana RuizMay 3, 2024 · 4 min read')?.date.value).toBe('2024-05-03');
    expect(findDateText('PublishedFeb 2, 2023')).toEqual({ date: { value: '2023-02-02', precision: 'day' }, index: 9 });
    expect(findDateText('Nick Mead2022-11-23T08:10+02:00')?.date.value).toBe('2022-11-23T08:10:00+02:00');
    expect(findDateText('said Raj Kumar 5, 2021 was a good year')).toBeNull();
  });

  it('reads slashed dates only when the day is unmistakable', () => {
    expect(parseDateValue('09/25/2025')?.value).toBe('2025-09-25');
    expect(parseDateValue('25/09/2025')?.value).toBe('2025-09-25');
    expect(parseDateValue('04/05/2025')).toBeNull();
  });
});

describe('update labels', () => {
  it('reads "Last update:" as an update, not a publication', () => {
    const article = clean(page('<p class="info">Last update: July 16, 2025 • 10 min read</p>'));
    expect(article.published).toBeNull();
    expect(article.modified?.value).toBe('2025-07-16');
  });
});
