// HTML extraction: body, captions, removed furniture and metadata on pages of our
// own; non-articles; and hostile markup that must never crash a batch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanHtml, cleanStage } from '../../src/clean/index.ts';
import { decodeText } from '../../src/ingest/readers.ts';
import type { RawDocument } from '../../src/model/types.ts';

const DIR = join(import.meta.dirname, '../fixtures/clean/html');

function raw(content: string, extra: Partial<RawDocument> = {}): RawDocument {
  return { sourceId: 'test', origin: 'test', kind: 'html', content, contentHash: 'hash', warnings: [], ...extra };
}

beforeAll(async () => {
  await cleanStage.init?.();
});

describe('article page', () => {
  const article = () => cleanHtml(raw(readFileSync(join(DIR, 'article.html'), 'utf8'), { url: 'https://courier.example/x?utm=1' }));

  it('keeps the article text with headings and list items on their own lines', () => {
    expect(article().body).toBe([
      'A dam on the upper river gave way early on Tuesday, sending water across thousands of hectares of farmland in the delta, regional officials said.',
      'Emergency services evacuated eleven villages downstream, and the army sent helicopters to lift stranded families from rooftops.',
      'Warnings ignored',
      'Engineers had warned last year that the dam needed urgent repairs, according to a report seen by the newspaper.',
      'Eleven villages evacuated\nTwo roads closed',
      'The regional governor said an inquiry would examine why the repairs had not been carried out.',
    ].join('\n\n'));
  });

  it('moves the caption and its credit out of the body', () => {
    expect(article().captions).toEqual([{ text: 'Water pours through the breach in the dam wall on Tuesday.', credit: 'Reuters', span: null }]);
  });

  it('lists removed furniture by kind', () => {
    const kinds = new Set(article().removed.map((r) => r.kind));
    for (const kind of ['byline', 'share', 'ad', 'related', 'comments'] as const) expect(kinds).toContain(kind);
  });

  it('reads title, byline, outlet, canonical url, language and both dates', () => {
    const a = article();
    expect(a.title).toBe('Dam failure floods farmland in the delta');
    expect(a.byline).toBe('Lucia Ferrante');
    expect(a.outlet).toBe('The Valley Courier');
    expect(a.url).toBe('https://courier.example/news/2024/04/02/dam-failure-delta');
    expect(a.language).toBe('en');
    expect(a.published).toEqual({ value: '2024-04-02T08:30:00+02:00', precision: 'day', source: 'json-ld', confidence: 0.95 });
    expect(a.modified?.value).toBe('2024-04-03T16:00:00Z');
    expect(a.modified?.source).toBe('meta');
    expect(a.isArticle).toBe(true);
  });
});

describe('non-articles', () => {
  it('marks a section index as not an article', () => {
    const a = cleanHtml(raw(readFileSync(join(DIR, 'section-index.html'), 'utf8'), { url: 'https://courier.example/world/' }));
    expect(a.isArticle).toBe(false);
  });

  it('marks a product page as not an article', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Product","name":"Trail boot"}</script></head>
      <body><h1>Trail boot</h1><p>Waterproof leather boot with a grippy sole, sizes 36 to 47.</p><p>Price: 120 EUR</p><button>Add to cart</button></body></html>`;
    expect(cleanHtml(raw(html, { url: 'https://shop.example/p/trail-boot' })).isArticle).toBe(false);
  });
});

describe('dates', () => {
  it('falls back to the URL date with lower confidence, and to the input date', () => {
    const page = '<html><body><article><p>The ministry said the talks would continue next week in the capital, according to a statement.</p></article></body></html>';
    const fromUrl = cleanHtml(raw(page, { url: 'https://news.example/2023/10/15/talks' }));
    expect(fromUrl.published).toMatchObject({ value: '2023-10-15', source: 'url' });
    expect(fromUrl.published!.confidence).toBeLessThan(0.9);
    const fromInput = cleanHtml(raw(page, { published: '2023-10-16' }));
    expect(fromInput.published).toMatchObject({ value: '2023-10-16', source: 'input' });
  });

  it('gives no date when the page has none', () => {
    const page = '<html><body><article><p>The ministry said the talks would continue next week in the capital, according to a statement.</p></article></body></html>';
    expect(cleanHtml(raw(page)).published).toBeNull();
  });
});

describe('markup that browsers repair', () => {
  const text = 'The council met on Monday to discuss the flood defences along the river and agreed a new plan.';

  it('keeps content written after </html>', () => {
    expect(cleanHtml(raw(`<html><head><title>t</title></head><body></body></html><section><p>${text}</p></section>`)).body).toBe(text);
  });

  it('closes an unclosed <head> when the body starts', () => {
    expect(cleanHtml(raw(`<html><head><title>t</title><body><main><p>${text}</p></main></body></html>`)).body).toBe(text);
  });

  it('reads content that React streams into hidden S:n blocks, but not other hidden blocks', () => {
    const html = `<html><body><div hidden id="S:3"><p>${text}</p></div><div hidden><p>A hidden promotional paragraph that readers never see on the page.</p></div></body></html>`;
    expect(cleanHtml(raw(html)).body).toBe(text);
  });

  it('keeps page-builder "widget" containers that hold the article', () => {
    const html = `<html><body><div class="elementor-widget-container"><p>${text}</p><p>${text.replace('Monday', 'Friday')}</p></div><div class="sidebar"><p>Other stories from around the region this week.</p></div></body></html>`;
    expect(cleanHtml(raw(html)).body).toContain('met on Friday');
  });
});

describe('bad HTML never crashes', () => {
  const paragraph = '<p>The council met on Monday to discuss the flood defences along the river and agreed a new plan.</p>';

  it('survives truncated tags', () => {
    const a = cleanHtml(raw(`<html><body><div>${paragraph}<p>Second paragraph about the budget vote held later that <b>day, which passed.</p><div class="tail" data-x="unfinished`));
    expect(a.body).toContain('Second paragraph about the budget vote held later that day, which passed.');
  });

  it('survives an attribute quote that never closes', () => {
    const a = cleanHtml(raw(`<html><body><div class="x>${paragraph}<p>Second paragraph about the budget vote held later that day, which passed.</p></div></body></html>`));
    expect(a.body).toContain('Second paragraph about the budget vote');
  });

  it('reads tag and entity names that are also names of Object properties as unknown', () => {
    const html = `<html><body><article><constructor>x</constructor>${paragraph}<valueOf>y</valueOf><__proto__>z</__proto__><p>Second paragraph about the budget vote &constructor; held &toString; later that day.</p></article></body></html>`;
    const a = cleanHtml(raw(html));
    expect(a.body).toContain('met on Monday');
    expect(a.body).toContain('budget vote &constructor; held &toString; later');
    expect(a.body).not.toContain('native code');
    for (const removed of a.removed) expect(typeof removed.kind).toBe('string');
  });

  it('handles a page with no body element', () => {
    const a = cleanHtml(raw(`${paragraph}${paragraph.replace('Monday', 'Tuesday')}`));
    expect(a.body).toContain('met on Tuesday');
  });

  it('handles 10,000 levels of nesting', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}${paragraph}${'</div>'.repeat(10_000)}${paragraph.replace('Monday', 'Friday')}</body></html>`;
    const a = cleanHtml(raw(html));
    expect(a.body).toContain('met on Monday');
    expect(a.body).toContain('met on Friday');
  });

  it('handles a 20 MB fragment with no html or body element', () => {
    const html = paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length));
    expect(cleanHtml(raw(html)).body.length).toBeGreaterThan(10_000_000);
  }, 60_000);

  it('handles a 20 MB page', () => {
    const filler = `<div class="item">${paragraph}</div>`;
    const html = `<html><body><article>${filler.repeat(Math.ceil((20 * 1024 * 1024) / filler.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(20 * 1024 * 1024);
    const a = cleanHtml(raw(html));
    expect(a.body.length).toBeGreaterThan(10_000_000);
  }, 60_000);

  it('decodes a windows-1252 page declared in a meta tag', () => {
    const html = '<html><head><meta charset="windows-1252"></head><body><p>The caf\u00e9 owner said \u201cwe will reopen\u201d after the repairs \u2013 probably next month, when the insurers pay.</p></body></html>';
    const bytes = Uint8Array.from(html, (ch) => WINDOWS_1252_EXTRAS[ch] ?? ch.charCodeAt(0));
    const { text } = decodeText(bytes, 'html');
    expect(cleanHtml(raw(text)).body).toContain('The caf\u00e9 owner said \u201cwe will reopen\u201d after the repairs \u2013 probably');
  });

  it('decodes a windows-1256 page declared in a meta tag', () => {
    const arabic = '\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b \u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0623\u0646\u0641 \u0627\u0644\u0623\u0633\u0628\u0648\u0639 \u0627\u0644\u0645\u0642\u0628\u0644 \u0641\u064a \u0627\u0644\u0639\u0627\u0635\u0645\u0629.';
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>${arabic}</p><p>${arabic}</p></body></html>`;
    const table = inverseTable('windows-1256');
    const bytes = Uint8Array.from(html, (ch) => table.get(ch) ?? 0x3f);
    const { text } = decodeText(bytes, 'html');
    const a = cleanHtml(raw(text));
    expect(a.body).toContain(arabic);
    expect(a.language).toBe('ar');
  });
});

/** The windows-1252 bytes of the characters this test uses beyond Latin-1. */
const WINDOWS_1252_EXTRAS: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96 };

const tables = new Map<string, Map<string, number>>();
/** Character -> byte for a single-byte encoding, built from Node's own decoder. */
function inverseTable(encoding: string): Map<string, number> {
  let table = tables.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
    tables.set(encoding, table);
  }
  return table;
}
