import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEvents, XSS_IMG, XSS_SCRIPT } from '../fixtures/api/records.ts';
import type { FixtureServer } from '../api/helpers.ts';
import { widestSegment } from '../../web/src/geometry.ts';
import { buildDashboard, launchChromium, servedDashboard, SKIP_BROWSER } from './browser.ts';

const placedEvents = fixtureEvents().filter(({ event }) => event.locations.some((l) => l.lat !== null)).length;

describe.skipIf(SKIP_BROWSER)('dashboard in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: FixtureServer;
  let url: string;
  let removeBuild: () => void;
  const problems: string[] = [];
  const dialogs: string[] = [];
  let csp = '';

  beforeAll(async () => {
    const built = await buildDashboard();
    removeBuild = built.remove;
    ({ server, url } = await servedDashboard(built.dir));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const response = await page.goto(url);
    csp = response?.headers()['content-security-policy'] ?? '';
    await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeBuild?.();
  });

  const rowDates = () => page.$$eval('#list .event-row', (rows) => rows.map((r) => r.getAttribute('data-date') ?? ''));
  const mapCount = () => page.$$eval('#map .points g', (gs) => gs.reduce((n, g) => n + Number(g.getAttribute('data-count')), 0));

  it('loads under a CSP without inline script, with no console errors', async () => {
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.$$eval('script', (s) => s.map((x) => x.getAttribute('src')))).toEqual([expect.stringMatching(/^\/assets\/.+\.js$/)]);
    expect(problems).toEqual([]);
  });

  it('draws the countries without Antarctica or date-line bands, and every placed fixture event', async () => {
    const countries = await page.$$eval('#map .countries path', (paths) => paths.map((p) => ({
      name: p.querySelector('title')?.textContent ?? '',
      d: p.getAttribute('d') ?? '',
    })));
    expect(countries.length).toBeGreaterThan(150);
    expect(countries.map((c) => c.name)).not.toContain('Antarctica');
    expect(countries.map((c) => c.name)).toEqual(expect.arrayContaining(['Fiji', 'Russia']));
    // A shape crossing the date line drawn without cutting shows as a line across the map.
    for (const country of countries) expect(widestSegment(country.d), country.name).toBeLessThan(300);
    expect(await mapCount()).toBe(placedEvents);
    expect(await page.$$eval('#list .event-row', (rows) => rows.length)).toBe(fixtureEvents().length);
  });

  it('filters the list and the map when the timeline is brushed', async () => {
    const from = (await page.locator('#timeline rect[data-day="2024-05-16"]').boundingBox())!;
    const to = (await page.locator('#timeline rect[data-day="2024-05-17"]').boundingBox())!;
    await page.mouse.move(from.x + 1, from.y + from.height - 2);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, from.y + from.height - 2, { steps: 4 });
    await page.mouse.move(to.x + to.width - 1, to.y + to.height - 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelectorAll('#list .event-row').length === 4);
    const dates = await rowDates();
    expect(dates.every((d) => d >= '2024-05-16' && d <= '2024-05-17T99')).toBe(true);
    expect(await mapCount()).toBe(4);
    await page.click('#chips .chip');
    await page.waitForFunction((n) => document.querySelectorAll('#list .event-row').length === n, fixtureEvents().length);
  });

  it('highlights the roles of the event sentence, with a legend, badges and the article apart', async () => {
    await page.click('#list .event-row[data-id="ev-kharkiv-shelling"]');
    await page.waitForSelector('#detail:not([hidden]) .sentence mark');
    const marks = await page.$$eval('#detail p.sentence mark', (ms) => ms.map((m) => [m.getAttribute('data-role'), m.textContent]));
    expect(marks).toEqual(expect.arrayContaining([
      ['actor', 'Russian forces'], ['recipient', 'civilians'], ['location', 'Kharkiv'], ['time', 'on Tuesday'],
      ['magnitude', 'at least four'], ['attribution', 'Oleh Syniehubov'],
    ]));
    const colours = await page.$$eval('#detail p.sentence mark', (ms) => new Set(ms.map((m) => getComputedStyle(m).backgroundColor)).size);
    expect(colours).toBeGreaterThanOrEqual(6);
    expect(await page.$$eval('#detail .role-legend li', (li) => li.map((l) => l.textContent))).toEqual(
      expect.arrayContaining(['actor', 'recipient', 'place', 'time', 'magnitude']));
    expect(await page.textContent('#detail .badges')).toContain('according to Oleh Syniehubov');
    expect(await page.textContent('#detail .captions')).toContain('Firefighters work at a damaged apartment block');
    expect(await page.textContent('#detail .removed')).toContain('Read more: Power cuts return to Kharkiv');
    expect(await page.textContent('#detail .article-body')).not.toContain('Read more');

    await page.click('#list .event-row[data-id="ev-mombasa-forecast"]');
    await page.waitForFunction(() => document.querySelector('#detail .badges')?.textContent?.includes('forecast'));
    expect(await page.textContent('#detail .badges')).toMatch(/forecast.*hedged/);
  });

  it('renders markup from an article as inert text', async () => {
    await page.click('#list .event-row[data-id="ev-mosul-hostile"]');
    await page.waitForFunction(() => document.querySelector('#detail .article h3')?.textContent?.includes('Checkpoint attack'));
    expect(await page.textContent('#detail .article h3')).toContain(XSS_SCRIPT);
    expect(await page.textContent('#detail p.sentence')).toContain(XSS_IMG);
    expect(await page.$$eval('#detail p.sentence mark[data-role="actor"]', (m) => m.map((x) => x.textContent))).toEqual([XSS_SCRIPT]);
    expect(await page.textContent('#detail .captions')).toContain(XSS_IMG);
    expect(await page.textContent('#list')).toContain(XSS_SCRIPT);
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$$eval('script', (s) => s.length)).toBe(1);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/dashboard.png', fullPage: true });
  });
});
