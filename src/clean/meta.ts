// Page metadata: JSON-LD and OpenGraph first, then other meta tags, <time>
// elements, the URL and the text. Published and modified dates are kept apart.
import type { DateSource, PublishedDate } from '../model/types.ts';
import { type Element, type Node, type ParsedPage, elements, textOf } from './dom.ts';
import { type ParsedDate, dateFromUrl, parseDateText, parseDateValue } from './dates.ts';

export interface PageMeta {
  /** meta name/property/itemprop (lower case) -> first content. */
  tags: Map<string, string>;
  /** Article-like JSON-LD objects, most specific first. */
  ld: Record<string, unknown>[];
  /** Every JSON-LD @type on the page. */
  ldTypes: string[];
  canonical: string | null;
  htmlLang: string | null;
  /** <time> elements: datetime attribute, text, and whether marked as the publication time. */
  times: { value: string; text: string; published: boolean; element: Element }[];
  documentTitle: string | null;
}

/** Class or id words of an element that shows the story's date; update stamps and look-alike words excluded. */
const DATE_NAME = /date|publish|posted|timestamp|byline|post-?meta|article-?meta|entry-?meta/i;
const NOT_DATE_NAME = /updat|modif|revision|revised|edited|candidate|validat|mandat|accommodat|publisher/i;

/** Elements under `scope` whose class or id names a date ("post-date", "publish-meta", "ArticleDate"), in document order. */
export function datedElements(scope: Element, limit = 50): Element[] {
  const found: Element[] = [];
  for (const element of elements(scope)) {
    const names = `${element.attrs.class ?? ''} ${element.attrs.id ?? ''}`;
    if (names.length > 1 && DATE_NAME.test(names) && !NOT_DATE_NAME.test(names)) {
      found.push(element);
      if (found.length >= limit) break;
    }
  }
  return found;
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Posting|Blog|WebPage|ItemPage)$/;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** Every object in a JSON-LD value, following @graph and nested arrays. */
function flattenLd(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6) return;
  for (const item of asArray(value)) {
    if (!item || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    out.push(record);
    if (record['@graph']) flattenLd(record['@graph'], out, depth + 1);
    if (record.mainEntity && typeof record.mainEntity === 'object') flattenLd(record.mainEntity, out, depth + 1);
  }
}

function ldTypesOf(record: Record<string, unknown>): string[] {
  return asArray(record['@type']).filter((t): t is string => typeof t === 'string');
}

export function readMeta(page: ParsedPage): PageMeta {
  const tags = new Map<string, string>();
  const times: PageMeta['times'] = [];
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  for (const element of elements(page.root)) {
    const { tag, attrs } = element;
    if (tag === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase().trim();
      const content = (attrs.content ?? attrs.datetime ?? '').trim();
      if (key && content && !tags.has(key)) tags.set(key, content);
    } else if (tag === 'link') {
      if (!canonical && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) canonical = attrs.href.trim();
    } else if (tag === 'time') {
      const text = textOf(element);
      const published = 'pubdate' in attrs || /datePublished/i.test(attrs.itemprop ?? '') || /publish|entry-date|post-date|pubdate/i.test(attrs.class ?? '');
      times.push({ value: (attrs.datetime ?? '').trim(), text, published, element });
    } else if (tag === 'html') {
      htmlLang ??= attrs.lang ?? attrs['xml:lang'] ?? null;
    } else if (attrs.itemprop && /^(?:datePublished|dateModified|dateCreated)$/i.test(attrs.itemprop)) {
      const key = attrs.itemprop.toLowerCase();
      const content = (attrs.content ?? attrs.datetime ?? textOf(element)).trim();
      if (content && !tags.has(key)) tags.set(key, content);
    }
  }
  const all: Record<string, unknown>[] = [];
  for (const script of page.jsonLd) {
    try {
      flattenLd(JSON.parse(unwrapScript(script)), all);
    } catch {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  const ldTypes = all.flatMap(ldTypesOf);
  const ld = all
    .filter((record) => ldTypesOf(record).some((type) => ARTICLE_TYPES.test(type)))
    .sort((a, b) => ldRank(a) - ldRank(b));
  return { tags, ld, ldTypes, canonical, htmlLang, times, documentTitle: page.title?.replace(/\s+/g, ' ').trim() || null };
}

/** A script's JSON without the HTML-comment or CDATA wrapper that XHTML-era pages put around it. */
function unwrapScript(script: string): string {
  return script
    .trim()
    .replace(/^(?:\/\/|\/\*)?\s*(?:<!--|<!\[CDATA\[)\s*(?:\*\/)?/, '')
    .replace(/(?:\/\/|\/\*)?\s*(?:-->|\]\]>)\s*(?:\*\/)?$/, '');
}

/** Specific article types first, generic web pages last. */
function ldRank(record: Record<string, unknown>): number {
  const types = ldTypesOf(record);
  if (types.some((t) => /Article|BlogPosting|Report|Posting/.test(t))) return 0;
  return 1;
}

function ldString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return ldString(value[0]);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return ldString(record.name ?? record['@value'] ?? record['@id'] ?? record.url);
  }
  return null;
}

export function ldField(meta: PageMeta, field: string): string | null {
  for (const record of meta.ld) {
    const value = ldString(record[field]);
    if (value) return value;
  }
  return null;
}

export function tag(meta: PageMeta, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.tags.get(key);
    if (value) return value;
  }
  return null;
}

export function pageOutlet(meta: PageMeta): string | null {
  const publisher = meta.ld.map((record) => ldString(record.publisher)).find((name) => name && !/^https?:/.test(name));
  return tag(meta, 'og:site_name', 'application-name', 'al:iphone:app_name', 'twitter:app:name:iphone') ?? publisher ?? null;
}

export function pageByline(meta: PageMeta): string | null {
  for (const record of meta.ld) {
    const names = asArray(record.author).map(ldString).filter((name): name is string => !!name && !/^https?:/.test(name));
    if (names.length) return [...new Set(names)].join(', ');
  }
  const value = tag(meta, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator');
  if (!value || /^https?:/.test(value)) return null;
  return value.replace(/^by\s+/i, '').trim() || null;
}

export function pageCanonical(meta: PageMeta, base: string | null): string | null {
  const value = meta.canonical ?? tag(meta, 'og:url') ?? ldField(meta, 'url');
  if (!value) return base;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return /^https?:\/\//.test(value) ? value : base;
  }
}

function dated(parsed: ParsedDate | null, source: DateSource, confidence: number): PublishedDate | null {
  return parsed ? { value: parsed.value, precision: parsed.precision, source, confidence } : null;
}

const PUBLISHED_TAGS = [
  'article:published_time', 'og:published_time', 'datepublished', 'published_time', 'article.published', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date',
  'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime', 'citation_publication_date', 'article_date_original',
  'original-publish-date', 'displaydate', 'created', 'datecreated', 'published', 'publication_date', 'publication-date',
];
const MODIFIED_TAGS = ['article:modified_time', 'og:updated_time', 'datemodified', 'modified_time', 'article.updated', 'last-modified', 'dcterms.modified', 'lastmod'];

/** Meta names that say "publication date" in a site's own words (w-published-date, post_publish_time); not update stamps. */
const OTHER_PUBLISHED_KEY = /(?:^|[^a-z])(?:publish(?:ed)?|pub|posted|release[d]?|first[-_.:]?published)[-_.:]?(?:date|time|at|on)$/;
const NOT_PUBLISHED_KEY = /modif|updat|expir|revis|review|embargo/;

/**
 * Published and modified dates from metadata, strongest source first: JSON-LD
 * datePublished, the publication meta tags, then JSON-LD dateCreated/uploadDate
 * (a creation stamp, often the CMS's in UTC, where the page's own
 * article:published_time gives the time as the newsroom wrote it), then a <time>.
 */
export function pageDatesFromMeta(meta: PageMeta, articleRootContains: (element: Element) => boolean): { published: PublishedDate | null; modified: PublishedDate | null } {
  const otherKeys = [...meta.tags.keys()].filter((key) => OTHER_PUBLISHED_KEY.test(key) && !NOT_PUBLISHED_KEY.test(key));
  const published =
    dated(parseFirst([ldField(meta, 'datePublished')]), 'json-ld', 0.95) ??
    dated(parseFirst(PUBLISHED_TAGS.map((key) => meta.tags.get(key) ?? null)), 'meta', 0.9) ??
    dated(earliest(otherKeys.map((key) => meta.tags.get(key) ?? null)), 'meta', 0.85) ??
    dated(parseFirst([ldField(meta, 'dateCreated'), ldField(meta, 'uploadDate')]), 'json-ld', 0.9) ??
    dated(timeDate(meta, articleRootContains), 'time-element', 0.75);
  const modified =
    dated(parseFirst([ldField(meta, 'dateModified')]), 'json-ld', 0.95) ??
    dated(parseFirst(MODIFIED_TAGS.map((key) => meta.tags.get(key) ?? null)), 'meta', 0.9);
  return { published, modified };
}

/** The earliest of several dates: of two publication claims, the later is a re-publication stamp. */
function earliest(values: (string | null)[]): ParsedDate | null {
  let first: ParsedDate | null = null;
  for (const value of values) {
    const parsed = value ? parseDateValue(value) : null;
    if (parsed && (!first || parsed.value.slice(0, 10) < first.value.slice(0, 10))) first = parsed;
  }
  return first;
}

function parseFirst(values: (string | null)[]): ParsedDate | null {
  for (const value of values) {
    const parsed = value ? parseDateValue(value) : null;
    if (parsed) return parsed;
  }
  return null;
}

/** Words before a date that make it the update time, not the publication time. */
export const UPDATED_CUE = /(?:updated?|modified|edited|revised|reviewed)\b/i;

/** Class, id or itemprop words that name an update stamp. */
const UPDATE_NAME = /updat|modif|revis|reviewed/i;

/**
 * Whether a <time> is an update time: marked so (itemprop dateModified, an
 * "updated-at" class), or in an "Updated ..." / "Date last reviewed:" line, where
 * the label may sit in a sibling element of a small container around the time.
 */
function labelledUpdated(element: Element): boolean {
  const own = textOf(element);
  let node: Element | null = element;
  for (let depth = 0; node && depth < 4; depth++, node = node.parent) {
    if (UPDATE_NAME.test(`${node.attrs.class ?? ''} ${node.attrs.id ?? ''} ${node.attrs.itemprop ?? ''}`)) return true;
    if (depth === 0) continue;
    const line = shortText(node, 300);
    if (line === null) break;
    const at = own ? line.indexOf(own) : -1;
    if (at > 0 && updateLabelNearest(line.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/** An element's text when it is at most `max` characters of markup text, else null (without reading the rest). */
function shortText(node: Element, max: number): string | null {
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (typeof current === 'string') {
      parts.push(current);
      length += current.length;
      if (length > 2 * max) return null;
    } else for (let k = current.children.length - 1; k >= 0; k--) stack.push(current.children[k]);
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length > max ? null : text;
}

const UPDATED_CUES = new RegExp(UPDATED_CUE.source, 'gi');

/** Whether the label nearest the end of `before` is an update label ("edited by X, published on" is not). */
export function updateLabelNearest(before: string): boolean {
  const last = (pattern: RegExp) => Math.max(-1, ...[...before.matchAll(pattern)].map((m) => m.index ?? -1));
  const update = last(UPDATED_CUES);
  return update >= 0 && update > last(/(?:published|posted|created)\b/gi);
}

/** A <time> marked as the publication time, else the first <time> inside the article that is not an update time. */
function timeDate(meta: PageMeta, inArticle: (element: Element) => boolean): ParsedDate | null {
  const marked = meta.times.find((time) => time.published && !labelledUpdated(time.element));
  const chosen = marked ?? meta.times.find((time) => inArticle(time.element) && !labelledUpdated(time.element));
  if (!chosen) return null;
  return parseDateValue(chosen.value) ?? parseDateText(chosen.text);
}

export function urlDate(url: string | null): PublishedDate | null {
  if (!url) return null;
  const parsed = dateFromUrl(url);
  return dated(parsed, 'url', parsed?.precision === 'day' ? 0.6 : 0.4);
}

/** Whether the page's own metadata says it is an article (true), something else (false), or does not say (null). */
export function declaredArticle(meta: PageMeta): boolean | null {
  const types = meta.ldTypes;
  if (types.some((t) => /^(?:\w*NewsArticle|Article|BlogPosting|Report|LiveBlogPosting|ScholarlyArticle|TechArticle|OpinionNewsArticle)$/.test(t))) return true;
  const ogType = (meta.tags.get('og:type') ?? '').toLowerCase();
  if (ogType === 'article' || ogType.endsWith(':article')) return true;
  if (types.some((t) => /^(?:Product|ProductGroup|CollectionPage|ItemList|SearchResultsPage|Offer|Store|Organization|FAQPage|QAPage|SoftwareApplication)$/.test(t))) return false;
  if (ogType === 'product' || ogType === 'website' || ogType.startsWith('product')) return false;
  return null;
}
