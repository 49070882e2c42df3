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

function page(head: string, body: string): string {
  return `<html><head>${head}</head><body>${body}</body></html>`;
}

const STORY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

describe('isArticle: stories by their address', () => {
  it('takes a short slug under a blog or news section for a story, but not the section index', () => {
    const html = page('<title>Spillways</title>', `<main><h1>Spillways opened</h1>${STORY}</main>`);
    expect(classify(html, 'https://water.example/blog/spillways')).toBe(true);
    expect(classify(html, 'https://water.example/news/spillways')).toBe(true);
    expect(classify(html, 'https://water.example/spillways')).toBe(false);
    expect(classify(html, 'https://water.example/blog/page/2')).toBe(false);
    expect(classify(html, 'https://water.example/blog/tag/spillways')).toBe(false);
  });

  it('takes a page on a docs or forum host name for documentation or discussion', () => {
    const html = page('<title>Configuring the flood sensor</title>', `<main><h1>Configuring the flood sensor</h1>${STORY}</main>`);
    expect(classify(html, 'https://docs.sensors.example/configuring-the-flood-sensor-for-spring')).toBe(false);
    expect(classify(html, 'https://community.sensors.example/configuring-the-flood-sensor-for-spring')).toBe(false);
    expect(classify(html, 'https://news.sensors.example/configuring-the-flood-sensor-for-spring')).toBe(true);
  });

  it('does not take a site home page for an article', () => {
    // Many site themes mark every page og:type article, the home page included.
    const html = page('<meta property="og:type" content="article"><title>River Gazette</title>', `<main><h1>River Gazette</h1>${STORY}</main>`);
    expect(classify(html, 'https://rivergazette.example/')).toBe(false);
    expect(classify(html, 'https://rivergazette.example/spillways')).toBe(true);
  });
});

describe('isArticle: dates and bylines', () => {
  it('counts a date line by the headline when the metadata has none', () => {
    const dated = page('<title>Spillways</title>', `<main><h1>Spillways opened</h1><p class="meta">March 7, 2024</p>${STORY}</main>`);
    const undated = page('<title>Spillways</title>', `<main><h1>Spillways opened</h1>${STORY}</main>`);
    expect(classify(dated, 'https://water.example/spillways-opened')).toBe(true);
    expect(classify(undated, 'https://water.example/spillways-opened')).toBe(false);
  });

  it('does not take the datePublished a site builder stamps on every WebPage for a story date', () => {
    const body = `<main><h1>Interior design</h1>${PARAGRAPHS.slice(0, 4).map((p) => `<p>${p}</p>`).join('')}</main>`;
    const stamp = ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Interior design', datePublished: '2021-05-04T10:00:00+00:00' }, { '@type': 'WebSite', name: 'Home Works' }] });
    const story = ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'BlogPosting', headline: 'Interior design', datePublished: '2021-05-04T10:00:00+00:00' }] });
    const og = '<meta property="og:type" content="article"><title>Interior design</title>';
    expect(classify(page(`${og}${stamp}`, body), 'https://homeworks.example/interior-design')).toBe(false);
    expect(classify(page(`${og}${story}`, body), 'https://homeworks.example/interior-design')).toBe(true);
    const tagged = `${og}<meta property="article:published_time" content="2021-05-04T10:00:00+00:00">${stamp}`;
    expect(classify(page(tagged, body), 'https://homeworks.example/interior-design')).toBe(true);
  });

  it('takes a run of dated posts signed by several people for a thread', () => {
    const posts = PARAGRAPHS.map(
      (p, i) => `<div class="message"><div class="author">member${i + 1}</div><time datetime="2024-03-0${i + 1}T10:00">Mar ${i + 1}</time><p>${p}</p></div>`,
    ).join('');
    const html = page('<title>Rain and the dam</title>', `<main><h1>Rain and the dam</h1>${posts}</main>`);
    expect(classify(html, 'https://boards.example/rain-and-the-dam-this-week')).toBe(false);
  });
});

describe('isArticle: products, listings and services', () => {
  const DESCRIPTION = [
    'The Riverline 40 is a waterproof day pack made from recycled nylon, with a roll-top closure that keeps out heavy rain.',
    'A padded sleeve holds a laptop of up to fifteen inches, and two side pockets take a bottle or an umbrella each.',
    'The back panel is ventilated mesh, and the shoulder straps adjust at the top and the bottom for a close fit.',
    'Every seam is taped, and the base is reinforced with a second layer of fabric where packs wear out first.',
    'It weighs nine hundred grams empty and comes in three colours: slate, moss and a bright orange for cycling.',
  ];
  const description = DESCRIPTION.map((p) => `<p>${p}</p>`).join('');

  it('takes a page with price and offer microdata for a product page', () => {
    const offer = '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="89.00">£89.00</span><meta itemprop="priceCurrency" content="GBP"><button>Add to basket</button></div>';
    const withOffer = page('<title>Riverline 40 day pack</title>', `<main itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Riverline 40 waterproof day pack</h1>${offer}${description}</main>`);
    const without = page('<title>Riverline 40 day pack</title>', `<main><h1>Riverline 40 waterproof day pack</h1>${description}</main>`);
    expect(classify(withOffer, 'https://packs.example/riverline-40-waterproof-day-pack')).toBe(false);
    expect(classify(without, 'https://packs.example/riverline-40-waterproof-day-pack')).toBe(true);
  });

  it('takes a page built of controls (size and colour pickers, filters) for a shop page', () => {
    const sizes = ['XS', 'S', 'M', 'L', 'XL'].map((size) => `<button class="size">${size}</button>`).join('');
    const colours = ['slate', 'moss', 'orange', 'black', 'navy'].map((colour) => `<button class="swatch" aria-label="${colour}"></button>`).join('');
    const filters = Array.from({ length: 50 }, (_, i) => `<button class="filter">Filter ${i + 1}</button>`).join('');
    const head = '<meta property="og:type" content="website"><title>Riverline 40 day pack</title>';
    const shop = page(head, `<main><h1>Riverline 40 waterproof day pack</h1><div class="pickers">${sizes}${colours}</div>${description}</main><aside>${filters}</aside>`);
    const plain = page(head, `<main><h1>Riverline 40 waterproof day pack</h1>${description}</main>`);
    expect(classify(shop, 'https://packs.example/riverline-40-waterproof-day-pack')).toBe(false);
    expect(classify(plain, 'https://packs.example/riverline-40-waterproof-day-pack')).toBe(true);
  });

  it('takes a grid of story cards for a listing', () => {
    const cards = PARAGRAPHS.map(
      (p, i) => `<div class="card"><h3><a href="/news/story-${i}">Story number ${i} about the rain</a></h3><p>${p.slice(0, 90)}</p><a href="/news/story-${i}">Read more</a></div>`,
    ).join('');
    const html = page('<title>Weather news</title>', `<main><h1>Weather news</h1>${cards}<nav class="pagination"><a href="?page=2">Next</a></nav></main>`);
    expect(classify(html, 'https://water.example/news/')).toBe(false);
    expect(classify(html, 'https://water.example/category/weather-and-rain-news')).toBe(false);
  });

  it('takes a page that speaks as a business about its services for a service page', () => {
    const pitch = [
      'We are a team of flood engineers, and our experts help councils and businesses prepare for heavy rain.',
      'Our services cover flood risk surveys, drainage design and emergency planning for clients of every size.',
      'We work with each client to find the solutions that suit their sites, and our team stays with them after.',
      'Our consultation is free: tell us about your site and we will send you a quote within two working days.',
      'Trusted by councils across the region, we bring industry experience to every customer we work with.',
    ].map((p) => `<p>${p}</p>`).join('');
    const head = '<meta property="og:type" content="article"><title>Flood engineering</title>';
    const html = page(head, `<main><h1>Flood engineering for councils and businesses</h1>${pitch}</main>`);
    expect(classify(html, 'https://floodworks.example/flood-engineering')).toBe(false);
    const story = page(head, `<main><h1>Flood engineering for councils and businesses</h1>${STORY}</main>`);
    expect(classify(story, 'https://floodworks.example/flood-engineering')).toBe(true);
  });

  it('keeps an article with a related-stories block and a newsletter box an article', () => {
    const related = '<aside class="related"><h2>Related stories</h2><ul><li><a href="/news/a">Reservoir levels rise across the north</a></li><li><a href="/news/b">What the spillways do</a></li><li><a href="/news/c">Schools closed by floods</a></li></ul></aside>';
    const newsletter = '<div class="newsletter"><p>Get our weekly weather briefing.</p><form><input type="email" name="email"><button>Sign up</button></form></div>';
    const head = `<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-07T09:00:00Z"><title>Dam spillways opened</title>`;
    const html = page(head, `<article><h1>Dam spillways opened as rain continues</h1><p class="byline">By Ana Ruiz</p>${STORY}${related}${newsletter}</article>`);
    expect(classify(html, 'https://water.example/news/2024/03/07/dam-spillways-opened-as-rain-continues')).toBe(true);
  });

  it('takes a tutorial full of code listings and without a date for documentation', () => {
    const code = '<pre><code>sensor.configure({ threshold: 0.8 })</code></pre>';
    const steps = PARAGRAPHS.map((p, i) => `<p>${p}</p>${i % 2 ? code : ''}`).join('');
    const head = '<meta property="og:type" content="article"><title>Set up the sensor</title>';
    const html = page(head, `<main><h1>Set up the sensor</h1>${steps}</main>`);
    expect(classify(html, 'https://sensors.example/sensor-setup')).toBe(false);
    const prose = page(head, `<main><h1>Set up the sensor</h1>${STORY}</main>`);
    expect(classify(prose, 'https://sensors.example/sensor-setup')).toBe(true);
    const dated = page(head, `<main><h1>Set up the sensor</h1><p>May 3, 2024</p>${steps}</main>`);
    expect(classify(dated, 'https://sensors.example/sensor-setup')).toBe(true);
  });
});
