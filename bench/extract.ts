// Article-extraction benchmark: sitrep's clean stage against @mozilla/readability
// 0.6.0 on linkedom, on the same pages in the same run. Each extractor runs in its
// own child process so that its peak RSS is its own.
//   npm run bench:extract                 (all sets)
//   npm run bench:extract -- --only aeb   (aeb | wcxb | readability-pages)
//   npm run bench:extract -- --extractor sitrep   (one extractor only)
// Needs ../shared/data; skips with a message when it is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { aebCorpus, aebDocument, mean, wcxbPage } from './lib/extraction-metrics.ts';
import { limitHeapGrowth } from '../src/cli/heap.ts';

const SHARED = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/data');
const EXTRACTORS = ['sitrep', 'readability'] as const;
type ExtractorName = (typeof EXTRACTORS)[number];
const SETS = ['aeb', 'wcxb', 'readability-pages'] as const;

/** What an extractor gives back for one page. */
interface Extracted {
  body: string;
  title: string | null;
  published: string | null;
  /** The update date, where the extractor keeps one apart. */
  modified: string | null;
  /** Where the published date came from (json-ld, meta, time-element, url, text), where the extractor says. */
  publishedSource: string | null;
  isArticle: boolean | null;
}
type Extract = (html: string, url: string | null) => Extracted;

async function loadExtractor(name: ExtractorName): Promise<Extract> {
  if (name === 'sitrep') {
    const { cleanStage, cleanHtml } = await import('../src/clean/index.ts');
    await cleanStage.init?.();
    return (html, url) => {
      const article = cleanHtml({ sourceId: 'bench', origin: 'bench', kind: 'html', content: html, url, contentHash: '', warnings: [] });
      return { body: article.body, title: article.title, published: article.published?.value ?? null, modified: article.modified?.value ?? null, publishedSource: article.published?.source ?? null, isArticle: article.isArticle };
    };
  }
  const { Readability, isProbablyReaderable } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return (html) => {
    const { document } = parseHTML(html);
    const readerable = isProbablyReaderable(document as unknown as Document);
    const result = new Readability(document as unknown as Document).parse();
    return {
      body: result?.textContent ?? '',
      title: result?.title ?? null,
      published: result?.publishedTime ?? null,
      modified: null,
      // Readability reads the published time only from JSON-LD datePublished, article:published_time and parsely-pub-date.
      publishedSource: result?.publishedTime ? 'json-ld/meta' : null,
      isArticle: readerable,
    };
  };
}

function gunzipText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

/** Safe wrapper: an extractor that throws scores an empty page instead of ending the run. */
function guarded(extract: Extract): Extract {
  return (html, url) => {
    try {
      return extract(html, url);
    } catch {
      return { body: '', title: null, published: null, modified: null, publishedSource: null, isArticle: null };
    }
  };
}

function dayOf(value: string | null): string | null {
  if (!value) return null;
  const iso = /\d{4}-\d{2}-\d{2}/.exec(value);
  if (iso) return iso[0];
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

/** Titles match when equal after folding white space and typographic quotes and dashes (truths differ in these). */
function sameTitle(a: string | null, b: string | null): boolean {
  const norm = (t: string | null) => (t ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  return !!norm(b) && norm(a) === norm(b);
}

/** The truth's title without a trailing or leading site name ("Headline | Site"), as a reader would give the headline. */
function withoutSite(title: string, site: string | null): string {
  if (!site) return title;
  const separated = String.raw`\s*[|\-–—:·•»«/_]+\s*`;
  const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`${separated}${escaped}\\s*$|^${escaped}${separated}`, 'i'), '').trim() || title;
}

interface DateTally {
  withDate: number;
  dayCorrect: number;
  /** Misses where the truth's day is the page's update date, which the extractor gave as `modified`. */
  truthIsModified: number;
  withoutDate: number;
  noneGiven: number;
  /** Dates given where the truth has none, by the extractor's source: the truths record only some sources. */
  extraBySource: Record<string, number>;
}

function emptyDateTally(): DateTally {
  return { withDate: 0, dayCorrect: 0, truthIsModified: 0, withoutDate: 0, noneGiven: 0, extraBySource: {} };
}

function tallyDate(tally: DateTally, truth: string | null, result: Extracted): void {
  const { published: predicted, modified } = result;
  const truthDay = dayOf(truth);
  if (truthDay) {
    tally.withDate++;
    if (dayOf(predicted) === truthDay) tally.dayCorrect++;
    else if (dayOf(modified) === truthDay) tally.truthIsModified++;
  } else {
    tally.withoutDate++;
    if (!predicted) tally.noneGiven++;
    else {
      const source = result.publishedSource ?? 'unknown';
      tally.extraBySource[source] = (tally.extraBySource[source] ?? 0) + 1;
    }
  }
}

async function runChild(name: ExtractorName, only: string | null): Promise<ChildResult> {
  // Both extractors run under the V8 heap setting `sitrep`'s batch commands use (src/cli/heap.ts).
  limitHeapGrowth();
  const extract = guarded(await loadExtractor(name));
  const out: ChildResult = { peakRssMB: 0 };

  if (!only || only === 'aeb') {
    const truth = JSON.parse(readFileSync(join(SHARED, 'aeb/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
    const pages = Object.entries(truth).map(([id, item]) => ({ id, item, html: gunzipText(join(SHARED, 'aeb/html', `${id}.html.gz`)) }));
    extract(pages[0].html, pages[0].item.url); // warm-up, not timed
    const started = performance.now();
    const results = pages.map((page) => extract(page.html, page.item.url));
    const seconds = (performance.now() - started) / 1000;
    const scores = results.map((result, i) => aebDocument(result.body, pages[i].item.articleBody));
    const articles = results.filter((result) => result.isArticle === true).length;
    out.aeb = { ...aebCorpus(scores), pages: pages.length, seconds, pagesPerSecond: pages.length / seconds, isArticleRate: articles / pages.length };
  }

  if (!only || only === 'wcxb') {
    const dir = join(SHARED, 'wcxb-dev');
    const f1s: number[] = [];
    const precisions: number[] = [];
    const recalls: number[] = [];
    let agree = 0;
    let pagesSeen = 0;
    let titled = 0;
    let titleExact = 0;
    const dates = emptyDateTally();
    for (const file of readdirSync(join(dir, 'ground-truth')).sort()) {
      const id = file.replace(/\.json$/, '');
      const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file), 'utf8'));
      const type: string = gt._internal?.page_type?.primary ?? 'unknown';
      const result = extract(gunzipText(join(dir, 'html', `${id}.html.gz`)), gt.url ?? null);
      pagesSeen++;
      if ((result.isArticle === true) === (type === 'article')) agree++;
      if (type !== 'article') continue;
      const score = wcxbPage(result.body, gt.ground_truth.main_content ?? '');
      f1s.push(score.f1);
      precisions.push(score.precision);
      recalls.push(score.recall);
      if (gt.ground_truth.title) {
        titled++;
        if (sameTitle(result.title, gt.ground_truth.title)) titleExact++;
      }
      tallyDate(dates, gt.ground_truth.publish_date ?? null, result);
    }
    out.wcxb = {
      articles: f1s.length, f1: mean(f1s), precision: mean(precisions), recall: mean(recalls),
      pages: pagesSeen, isArticleAgreement: agree / pagesSeen, titled, titleExact: titleExact / titled, dates,
    };
  }

  if (!only || only === 'readability-pages') {
    const dir = join(SHARED, 'readability-pages');
    let titled = 0;
    let titleExact = 0;
    let titleHeadline = 0;
    const dates = emptyDateTally();
    for (const name of readdirSync(dir).sort()) {
      const metaPath = join(dir, name, 'expected-metadata.json');
      if (!existsSync(metaPath)) continue;
      const expected = JSON.parse(readFileSync(metaPath, 'utf8'));
      const result = extract(readFileSync(join(dir, name, 'source.html'), 'utf8'), null);
      if (expected.title) {
        titled++;
        if (sameTitle(result.title, expected.title)) titleExact++;
        if (sameTitle(result.title, expected.title) || sameTitle(result.title, withoutSite(expected.title, expected.siteName ?? null))) titleHeadline++;
      }
      tallyDate(dates, expected.publishedTime ?? null, result);
    }
    out.readabilityPages = { titled, titleExact: titleExact / titled, titleHeadline: titleHeadline / titled, dates };
  }
  out.peakRssMB = process.resourceUsage().maxRSS / 1024;
  return out;
}

const pct = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(3));

function dateLine(d: DateTally | undefined): string {
  if (!d) return 'n/a';
  const modified = d.truthIsModified ? ` [+${d.truthIsModified} where the truth's day is the update date, given as modified]` : '';
  const extras = Object.entries(d.extraBySource).sort((a, b) => b[1] - a[1]).map(([source, n]) => `${source} ${n}`).join(', ');
  return `day correct ${pct(d.dayCorrect / d.withDate)} (${d.dayCorrect}/${d.withDate})${modified}; none given where truth has none ${pct(d.noneGiven / d.withoutDate)} (${d.noneGiven}/${d.withoutDate})${extras ? ` [given there, by source: ${extras}]` : ''}`;
}

interface ChildResult {
  aeb?: { pages: number; precision: number; recall: number; f1: number; seconds: number; pagesPerSecond: number; isArticleRate: number };
  wcxb?: { articles: number; precision: number; recall: number; f1: number; pages: number; isArticleAgreement: number; titled: number; titleExact: number; dates: DateTally };
  readabilityPages?: { titled: number; titleExact: number; titleHeadline: number; dates: DateTally };
  peakRssMB: number;
}

function report(name: string, r: ChildResult): void {
  console.log(`\n== ${name} ==`);
  if (r.aeb) {
    console.log(`AEB (${r.aeb.pages} pages): precision ${pct(r.aeb.precision)}  recall ${pct(r.aeb.recall)}  F1 ${pct(r.aeb.f1)}  speed ${r.aeb.pagesPerSecond.toFixed(1)} pages/s`);
    console.log(`AEB pages judged articles (all 181 are news articles): ${pct(r.aeb.isArticleRate)}`);
  }
  if (r.wcxb) {
    const w = r.wcxb;
    console.log(`WCXB dev articles (${w.articles}): precision ${pct(w.precision)}  recall ${pct(w.recall)}  F1 ${pct(w.f1)}`);
    console.log(`WCXB dev isArticle agreement (${w.pages} pages): ${pct(w.isArticleAgreement)}`);
    console.log(`WCXB dev title exact (${w.titled}): ${pct(w.titleExact)}`);
    console.log(`WCXB dev dates: ${dateLine(w.dates)}`);
  }
  if (r.readabilityPages) {
    const p = r.readabilityPages;
    console.log(`readability-pages title exact (${p.titled}): ${pct(p.titleExact)}; or equal to the truth without its site name (expected siteName): ${pct(p.titleHeadline)}`);
    console.log(`readability-pages dates: ${dateLine(p.dates)}`);
  }
  console.log(`peak RSS: ${r.peakRssMB.toFixed(0)} MB`);
}

/**
 * Where the two title truths part: pages whose og:title is one of their h1s plus a separator and a
 * suffix ("Headline | Site"). Returns whether the truth keeps that suffix, is the h1, or neither;
 * null for pages of another shape.
 */
function titleConvention(parseHTML: (html: string) => { document: Document }, html: string, truth: string): 'suffix' | 'h1' | 'other' | null {
  const { document } = parseHTML(html);
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const h1s = [...document.querySelectorAll('h1')].map((h) => h.textContent ?? '');
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  const headline = h1s.find((h) => squash(h) && squash(og).startsWith(squash(h)) && /^\s*[|\-–—:·•»]\s*\S/.test(squash(og).slice(squash(h).length)));
  if (headline === undefined) return null;
  if (sameTitle(truth, og)) return 'suffix';
  return sameTitle(truth, headline) ? 'h1' : 'other';
}

/** The title conventions of the two truths, side by side (see titleConvention). */
async function reportTitleConventions(only: string | null): Promise<void> {
  const { parseHTML } = await import('linkedom');
  const parse = parseHTML as unknown as (html: string) => { document: Document };
  const tallies: string[] = [];
  const tally = (name: string, pages: Iterable<{ html: string; truth: string }>) => {
    const counts = { suffix: 0, h1: 0, other: 0 };
    for (const page of pages) {
      const kind = titleConvention(parse, page.html, page.truth);
      if (kind) counts[kind]++;
    }
    const total = counts.suffix + counts.h1 + counts.other;
    tallies.push(`${name}: ${total} such pages; the truth keeps the suffix in ${counts.suffix}, is the h1 in ${counts.h1}, other ${counts.other}`);
  };
  if (!only || only === 'readability-pages') {
    const dir = join(SHARED, 'readability-pages');
    tally('readability-pages', (function* () {
      for (const name of readdirSync(dir).sort()) {
        const metaPath = join(dir, name, 'expected-metadata.json');
        if (!existsSync(metaPath)) continue;
        const expected = JSON.parse(readFileSync(metaPath, 'utf8'));
        if (expected.title) yield { html: readFileSync(join(dir, name, 'source.html'), 'utf8'), truth: expected.title as string };
      }
    })());
  }
  if (!only || only === 'wcxb') {
    const dir = join(SHARED, 'wcxb-dev');
    tally('WCXB dev articles', (function* () {
      for (const file of readdirSync(join(dir, 'ground-truth')).sort()) {
        const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file), 'utf8'));
        if (gt._internal?.page_type?.primary !== 'article' || !gt.ground_truth.title) continue;
        yield { html: gunzipText(join(dir, 'html', file.replace(/\.json$/, '.html.gz'))), truth: gt.ground_truth.title as string };
      }
    })());
  }
  if (tallies.length === 0) return;
  console.log(`\n== the title truths, on pages whose og:title is an h1 plus a separator and a suffix ("Headline | Site") ==`);
  for (const line of tallies) console.log(line);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  if (only && !SETS.includes(only as (typeof SETS)[number])) {
    console.error(`--only takes one of: ${SETS.join(', ')}`);
    process.exit(2);
  }
  if (!existsSync(SHARED)) {
    console.log(`skipped: ${SHARED} is absent (the benchmark data lives in ../shared/data beside the checkout)`);
    return;
  }
  const child = args.includes('--child') ? (args[args.indexOf('--child') + 1] as ExtractorName) : null;
  if (child) {
    process.stdout.write(`${JSON.stringify(await runChild(child, only))}\n`);
    return;
  }
  const script = fileURLToPath(import.meta.url);
  const pick = args.includes('--extractor') ? args[args.indexOf('--extractor') + 1] : null;
  for (const name of EXTRACTORS.filter((n) => !pick || n === pick)) {
    const run = spawnSync(process.execPath, [...process.execArgv, script, '--child', name, ...(only ? ['--only', only] : [])], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lastLine = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !lastLine.startsWith('{')) {
      console.log(`\n== ${name} ==\nfailed (exit ${run.status})`);
      continue;
    }
    report(name === 'sitrep' ? 'sitrep' : '@mozilla/readability 0.6.0 on linkedom', JSON.parse(lastLine));
  }
  if (only !== 'aeb') await reportTitleConventions(only);
}

await main();
