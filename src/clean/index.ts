// Clean stage: raw input -> article (body + metadata). HTML pages go through
// main-content extraction and metadata reading; text input through scraped-text
// cleanup. Language comes from fastText, loaded once in init().
import { hash } from 'node:crypto';
import type { Stage } from '../pipeline/stage.ts';
import type { Article, PageDate, PublishedDate, RawDocument } from '../model/types.ts';
import { type Element, parseHtml, textOf } from './dom.ts';
import { extractContent } from './html.ts';
import { identifyLanguage, identifyTextLanguage, loadLanguageModel } from './language.ts';
import { findDateText, isDateOnly, parseDateValue } from './dates.ts';
import { bylineName } from './boilerplate.ts';
import {
  datedElements, updateLabelNearest, pageByline, pageCanonical, pageDatesFromMeta, pageOutlet, readMeta, urlDate,
} from './meta.ts';
import { pageTitle } from './title.ts';
import { cleanScrapedText } from './scraped.ts';
import { looksLikeArticle, pageEvidence } from './classify.ts';

export function articleId(raw: RawDocument): string {
  return hash('sha256', raw.contentHash, 'hex').slice(0, 16);
}

/** The input's own date (a jsonl "published" field), trusted below page metadata. */
function inputDate(raw: RawDocument): PublishedDate | null {
  if (!raw.published) return null;
  const parsed = parseDateValue(raw.published);
  return parsed ? { value: parsed.value, precision: parsed.precision, source: 'input', confidence: 0.85 } : null;
}

/** The stronger of two date claims: the first wins unless the second is more confident. */
function stronger(a: PublishedDate | null, b: PublishedDate | null): PublishedDate | null {
  if (!a) return b;
  if (!b) return a;
  return b.confidence > a.confidence ? b : a;
}

function baseArticle(raw: RawDocument): Article {
  return {
    id: articleId(raw),
    sourceId: raw.sourceId,
    url: raw.url ?? null,
    title: raw.title ?? null,
    byline: null,
    outlet: raw.outlet ?? null,
    language: null,
    published: null,
    modified: null,
    pageDates: [],
    body: '',
    captions: [],
    removed: [],
    isArticle: false,
    contentHash: raw.contentHash,
    warnings: raw.warnings.length ? [...raw.warnings] : undefined,
  };
}

const PUBLISHED_CUE = /\b(?:published|posted|first published|released|submitted)\b/i;

/**
 * A line that shows a story's date as a page header does: the date alone or with a
 * byline, a section label or a reading time ("By Ana Ruiz · May 3, 2024 · 4 min read"),
 * not a sentence of the story that mentions a date.
 */
function isHeaderDateLine(line: string): boolean {
  if (line.length > 120) return false;
  const words = line.split(/\s+/).filter(Boolean).length;
  return !(/[.!?]["”’)]?$/.test(line) && words >= 6) && words <= 16;
}

/** Dates written in the article's header lines: "Published on 7 August 2023", a bare date line, a byline with a date. */
function textDates(lines: string[]): PageDate[] {
  const dates: PageDate[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line)) continue;
    seen.add(line);
    const found = findDateText(line);
    if (!found) continue;
    const before = line.slice(0, found.index);
    const kind = updateLabelNearest(before) ? 'modified' : PUBLISHED_CUE.test(before) || isDateOnly(line) || isHeaderDateLine(line) ? 'published' : 'unknown';
    dates.push({ value: found.date.value, text: line, kind, trusted: true });
  }
  return dates;
}

/**
 * The date from the URL and the header text: a URL day stands; a URL month is made
 * exact by a header date in that month; a header date alone is a weaker guess.
 */
function urlOrTextDate(url: string | null, dates: PageDate[]): PublishedDate | null {
  const fromUrl = urlDate(url);
  // A bare date that repeats the day the page labels "Updated" is that update shown again.
  const updated = new Set(dates.filter((date) => date.kind === 'modified' && date.value).map((date) => date.value!.slice(0, 10)));
  const fromText = dates.find((date) => date.kind === 'published' && !updated.has(date.value?.slice(0, 10) ?? ''))?.value ?? null;
  if (fromUrl?.precision === 'day' || !fromText) return fromUrl;
  if (fromUrl && fromText.startsWith(fromUrl.value)) return { value: fromText, precision: 'day', source: 'text', confidence: 0.6 };
  return fromUrl ?? { value: fromText, precision: 'day', source: 'text', confidence: 0.5 };
}

/** Containers whose dates belong to other stories, readers' comments or the site. */
const OTHER_STORIES = /related|recent|popular|trending|recommend|more-stories|read-?next|comment|widget|sidebar-posts|footer|teaser|card|list-item/i;

/**
 * Short texts of elements named as dates ("post-date", "publish-meta") inside the
 * article's container and outside related-story lists, comments and footers: where
 * the story's date sits when it is too far from the headline for the header lines.
 */
function datedElementLines(elements: Element[], scope: Element): string[] {
  const lines: string[] = [];
  for (const element of elements) {
    let inScope = false;
    let elsewhere = false;
    for (let node: Element | null = element; node; node = node.parent) {
      if (node === scope) {
        inScope = true;
        break;
      }
      if (node.tag === 'nav' || node.tag === 'footer' || OTHER_STORIES.test(`${node.attrs.class ?? ''} ${node.attrs.id ?? ''}`)) elsewhere = true;
    }
    if (!inScope || elsewhere) continue;
    const text = textOf(element);
    if (text.length >= 6 && text.length <= 100 && /\d/.test(text)) lines.push(text);
    if (lines.length >= 3) break;
  }
  return lines;
}

const DAY_MS = 86_400_000;

/**
 * The metadata's publication date set against the date the page shows with its
 * headline: when the shown date is more than a day earlier, the metadata stamp is
 * from a later re-save or a move to a new CMS (it often equals dateModified), and
 * the shown date is when the story came out. A one-day difference is left alone:
 * it is mostly a UTC stamp against the newsroom's local day, and the metadata
 * keeps the exact time.
 */
export function reconcileShownDate(published: PublishedDate | null, dates: PageDate[]): PublishedDate | null {
  if (!published || (published.source !== 'json-ld' && published.source !== 'meta')) return published;
  const shown = dates.find((date) => date.kind === 'published' && date.value && date.value.length >= 10);
  if (!shown?.value) return published;
  const shownDay = shown.value.slice(0, 10);
  const metaDay = published.value.slice(0, 10);
  const diff = (Date.parse(metaDay) - Date.parse(shownDay)) / DAY_MS;
  return diff > 1 ? { value: shown.value, precision: 'day', source: 'text', confidence: 0.7 } : published;
}

export function cleanHtml(raw: RawDocument): Article {
  const article = baseArticle(raw);
  const page = parseHtml(raw.content);
  const meta = readMeta(page);
  const content = extractContent(page.root, meta.documentTitle);
  article.body = content.body;
  article.captions = content.captions;
  article.removed = content.removed;
  article.title = pageTitle(meta, content.heading, content.h1s) ?? raw.title ?? null;
  article.byline = pageByline(meta) ?? content.bylines.map((line) => bylineName(line) ?? line).find((name) => name.length < 100) ?? null;
  article.outlet = pageOutlet(meta) ?? raw.outlet ?? null;
  article.url = pageCanonical(meta, raw.url ?? null);

  const scope = content.scope;
  const { published, modified } = pageDatesFromMeta(meta, (element) => {
    for (let node: typeof element | null = element; node; node = node.parent) if (node === scope) return true;
    return false;
  });
  article.pageDates = textDates([...content.headerLines, ...content.dateLines]);
  if (!article.pageDates.some((date) => date.kind === 'published')) {
    article.pageDates.push(...textDates(datedElementLines(datedElements(scope), scope)));
  }
  // Against the metadata only dates by the headline or labelled "Published" count, not any date line of the body.
  const shownDates = textDates([...content.headerLines, ...content.dateLines.filter((line) => PUBLISHED_CUE.test(line))]);
  article.published = reconcileShownDate(published, shownDates) ?? stronger(inputDate(raw), urlOrTextDate(article.url ?? raw.url ?? null, article.pageDates));
  if (published && inputDate(raw) && published.value.slice(0, 10) !== inputDate(raw)!.value.slice(0, 10)) {
    article.warnings = [...(article.warnings ?? []), `input date ${raw.published} differs from the page's ${published.value}`];
  }
  const textModified = article.pageDates.find((date) => date.kind === 'modified')?.value;
  article.modified = modified ?? (textModified ? { value: textModified, precision: 'day', source: 'text', confidence: 0.5 } : null);
  article.language = identifyLanguage(`${article.title ?? ''}\n${article.body}`, meta.htmlLang ?? meta.tags.get('content-language') ?? null);
  const publishedInMeta = published !== null && published.source !== 'time-element';
  article.isArticle = looksLikeArticle(content.stats, pageEvidence(meta, content, page.root, publishedInMeta), article.url ?? raw.url ?? null);
  return article;
}

export function cleanText(raw: RawDocument): Article {
  const article = baseArticle(raw);
  const scraped = cleanScrapedText(raw.content);
  article.body = scraped.body;
  article.captions = scraped.captions;
  article.removed = scraped.removed;
  article.pageDates = scraped.pageDates;
  article.title = raw.title ?? scraped.title;
  article.byline = scraped.bylines[0] ?? null;
  article.published = stronger(inputDate(raw), scraped.published);
  article.modified = scraped.modified;
  article.language = identifyTextLanguage(article.body);
  article.isArticle = holdsSentence(article.body);
  return article;
}

/** A sentence end: its mark, maybe a closing quote, then white space or the end of the text. */
const SENTENCE_END = /[.!?]["”’]?(?=\s|$)/g;

/** A short sentence counts when it has this many words, one of them in lower case ("Explosions heard in Kyiv."; not "Share this."). */
const SHORT_SENTENCE_WORDS = 4;
const LOWER_CASE_WORD = /(?:^|\s)\p{Ll}/u;

/**
 * Plain text is an article when it holds at least one real sentence, not just labels: a sentence
 * end with at least 40 characters of its line before it (what `/[^\n]{40,}[.!?]["”’]?(?:\s|$)/`
 * finds, read in one pass instead of from every start on a line without one), or a shorter
 * sentence of SHORT_SENTENCE_WORDS words or more with a word in lower case: one-line reports
 * ("Militants attacked the town.", a live blog's "Explosions heard in Kyiv.") are reports too.
 */
function holdsSentence(text: string): boolean {
  SENTENCE_END.lastIndex = 0;
  let previousEnd = 0;
  for (let end = SENTENCE_END.exec(text); end; end = SENTENCE_END.exec(text)) {
    const lineStart = text.lastIndexOf('\n', end.index) + 1;
    if (end.index - lineStart >= 40) return true;
    const sentence = text.slice(Math.max(lineStart, previousEnd), end.index);
    if (LOWER_CASE_WORD.test(sentence) && sentence.trim().split(/\s+/).length >= SHORT_SENTENCE_WORDS) return true;
    previousEnd = end.index + end[0].length;
  }
  return false;
}

export const cleanStage: Stage = {
  name: 'clean',
  requires: ['raw'],
  assigns: ['article'],
  async init() {
    await loadLanguageModel();
  },
  run(doc) {
    doc.article = doc.raw.kind === 'html' ? cleanHtml(doc.raw) : cleanText(doc.raw);
  },
};
