// Article or not: home pages, section indexes, listings, product, service, forum and
// documentation pages come back as non-articles. Each sign of an article adds points
// and each sign of something else takes some away: the page's own type declaration, a
// publication date in its metadata or a date line by the headline, a headline-like URL
// slug or a story under a blog/news/articles section, a run of real paragraphs, few
// links; against: a heading over every paragraph, forum, documentation and shop
// addresses, offer/price markup, a thread of dated posts by several authors, code
// listings without a date, and the sales voice of service pages ("we", "our team",
// "solutions"). Weights were checked against WCXB's page types.
import type { ContentStats, HtmlContent } from './html.ts';
import type { PageMeta } from './meta.ts';
import { declaredArticle, ldField, pageByline } from './meta.ts';
import { findDateText } from './dates.ts';
import { elements, type Element } from './dom.ts';

export interface PageEvidence {
  /** The page's metadata says article (true), something else (false), or nothing (null). */
  declared: boolean | null;
  /** JSON-LD or meta tags carry a publication date. */
  publishedInMeta: boolean;
  /** Every JSON-LD @type on the page. */
  ldTypes: string[];
  /** The metadata names an author. */
  author?: boolean;
  /** A date line among the short lines around the headline. */
  headerDate?: boolean;
  /** Byline elements and "By ..." lines in the article area (one per post on a forum thread). */
  bylines?: number;
  /** <time> elements on the page. */
  timeElements?: number;
  /** Elements with schema.org offer microdata: itemprop price, offers, availability, sku. */
  offerMarkup?: number;
  /** <pre> blocks on the page (code listings). */
  codeBlocks?: number;
  /** <button> elements on the page: size pickers, filters, cart and app controls. */
  buttons?: number;
  /** The body's text, for the voice it is written in. */
  body?: string;
}

/** Discussion threads and Q&A pages. */
const FORUM_PATH = /\/(?:threads?|questions|forums?|topic|discussions?|t)\//i;
/** Thread addresses of the common forum engines (phpBB, vBulletin, MyBB, SMF). */
const FORUM_URL = /(?:showthread|viewtopic|showtopic|viewthread)\.php|[?&]topic=|\/thread-\d/i;
/** Documentation: manuals, API references, books and wikis. */
const DOCS_PATH = /\/(?:docs?|documentation|reference|api|manual|handbook|book|wiki)\//i;
/** Service, product and shop pages. */
const OFFER_PATH = /\/(?:services?|products?|shop|store|pricing|solutions|programs?|courses?|training)\//i;
/** Host names of documentation sites (docs.example.com, developer.example.com) and of forums and shops. */
const DOCS_HOST = /^(?:docs?|developers?|wiki)\./i;
const FORUM_HOST = /^(?:community|forums?|discuss|answers)\./i;
const SHOP_HOST = /^(?:shop|store)\./i;
/** Path sections that hold stories: /blog/<slug>, /news/<slug>, /articles/<slug>, /p/<slug>. */
const STORY_SECTION = /^(?:blogs?|posts?|articles?|news|stories|story|insights?|resources?|guides?|reports?|research|magazine|journal|columns?|opinion|editorial|updates|press|press-releases?|knowledge|academy|tips|how-to|advice|b|p|a)$/i;
/** Path segments of indexes inside a story section: /blog/page/2, /news/tag/x, /blog/category/y. */
const INDEX_SEGMENT = /^(?:page|tags?|category|categories|topics?|authors?|archives?|search|label|feed|section)$/i;

const NOT_ARTICLE_TYPES = /^(?:Product|ProductGroup|Offer|AggregateOffer|DiscussionForumPosting|QAPage)$/;
const ARTICLE_SCHEMA = /^(?:\w*NewsArticle|Article|BlogPosting|Report|LiveBlogPosting|ScholarlyArticle|TechArticle)$/;
const OFFER_ITEMPROP = /^(?:price|lowPrice|highPrice|priceCurrency|offers|availability|sku)$/i;

/** Words of a business speaking about itself, and of its offer. */
const WE_WORDS = /^(?:we|our|us|we're|we've|ours)$/;
const OFFER_WORDS = /^(?:services?|solutions?|clients?|customers?|experts?|expertise|team|consultation|quote|pricing|professional|trusted|industry|leading|businesses)$/;

/** The evidence the article-or-not decision reads, from the page's metadata, content and markup. */
export function pageEvidence(meta: PageMeta, content: HtmlContent, root: Element, publishedInMeta: boolean): PageEvidence {
  // Site builders stamp every page's JSON-LD WebPage with a datePublished: without an article type
  // or an article:published_time tag, that date says nothing about the page being a story.
  const pageStampOnly = !meta.ldTypes.some((type) => ARTICLE_SCHEMA.test(type)) && !meta.tags.has('article:published_time') && ldField(meta, 'datePublished') !== null;
  const declared = declaredArticle(meta);
  const dated = publishedInMeta && !pageStampOnly;
  const evidence: PageEvidence = { declared, publishedInMeta: dated, ldTypes: meta.ldTypes, timeElements: meta.times.length, bylines: content.bylines.length, body: content.body };
  // Too little prose decides alone: the walk of the whole page and the header's dates are not needed.
  if (tooShort(content.stats, declared, dated)) return evidence;
  const markup = markupCounts(root);
  evidence.author = pageByline(meta) !== null;
  evidence.headerDate = content.headerLines.some((line) => findDateText(line) !== null);
  evidence.offerMarkup = markup.offers;
  evidence.codeBlocks = markup.pre;
  evidence.buttons = markup.buttons;
  return evidence;
}

/** Whether the page has too little prose to be an article: less for a page that declares itself a dated article (a brief, a paywalled stub). */
function tooShort(stats: ContentStats, declared: boolean | null, publishedInMeta: boolean): boolean {
  const minimum = declared === true && publishedInMeta ? 100 : 250;
  return stats.proseChars < minimum || (stats.paragraphs < 1 && minimum === 250);
}

/** Offer microdata, <pre> blocks and buttons, in one walk of the page. */
function markupCounts(root: Element): { offers: number; pre: number; buttons: number } {
  let offers = 0;
  let pre = 0;
  let buttons = 0;
  const count = (node: Element): void => {
    if (node.tag === 'pre') pre++;
    else if (node.tag === 'button') buttons++;
    const itemprop = node.attrs.itemprop;
    if (itemprop && OFFER_ITEMPROP.test(itemprop)) offers++;
  };
  count(root);
  for (const node of elements(root)) count(node);
  return { offers, pre, buttons };
}

export function looksLikeArticle(stats: ContentStats, evidence: PageEvidence, url: string | null): boolean {
  if (tooShort(stats, evidence.declared ?? null, evidence.publishedInMeta)) return false;
  // A schema.org article type outweighs the rest of the metadata: an FAQ block or a product box inside an
  // article, and og:type "website" (many sites' default), do not make it something else.
  const articleSchema = evidence.ldTypes.some((type) => ARTICLE_SCHEMA.test(type));
  const path = pathOf(url);
  let score = 0;
  if (evidence.declared === true) score += 1;
  if (evidence.declared === false && !articleSchema) score -= 1;
  if (evidence.publishedInMeta) score += 1;
  // A page without a date in its metadata that shows one by its headline, as stories do.
  else if (evidence.headerDate) score += 1;
  score += slugWords(url) >= 4 || hasStoryId(url) || (inStorySection(path) && !DOCS_PATH.test(path)) ? 1 : -1;
  if (path === '/') score -= 1;
  if (stats.paragraphs >= 5) score += 1;
  else if (stats.paragraphs < 3) score -= 1;
  if (stats.pageLinkDensity > 0.25) score -= 2;
  // Landing and service pages: a heading over nearly every paragraph.
  if (stats.headings >= 6 && stats.headings > 0.8 * stats.paragraphs) score -= 1;
  if (!articleSchema && evidence.ldTypes.some((type) => NOT_ARTICLE_TYPES.test(type))) score -= 3;
  // Price and offer microdata: a product page, whatever its og:type says.
  if (!articleSchema && (evidence.offerMarkup ?? 0) > 0) score -= 2;
  if (FORUM_PATH.test(path) || (url && FORUM_URL.test(url)) || DOCS_PATH.test(path)) score -= 2;
  else if (OFFER_PATH.test(path)) score -= 1;
  const host = hostOf(url);
  if (DOCS_HOST.test(host) || FORUM_HOST.test(host)) score -= 2;
  else if (SHOP_HOST.test(host)) score -= 1;
  // A thread: many dated posts, several of them signed.
  if ((evidence.timeElements ?? 0) >= 5 && (evidence.bylines ?? 0) >= 3) score -= 2;
  // Documentation and tutorials: code listings, and no date anywhere.
  if ((evidence.codeBlocks ?? 0) >= 3 && !evidence.publishedInMeta && !evidence.headerDate) score -= 1;
  // A page built of controls (shop filters and pickers, app screens) rather than text: 60+ buttons.
  if ((evidence.buttons ?? 0) >= 60) score -= 1;
  if (!evidence.author && evidence.body && salesVoice(evidence.body) >= 3) score -= 1;
  return score >= 1;
}

/**
 * How much the text speaks as a business about its offer: "we", "our", "us" and words
 * like services, solutions, clients, team, per hundred words.
 */
export function salesVoice(text: string): number {
  let words = 0;
  let hits = 0;
  for (const match of text.toLowerCase().matchAll(/[a-z']+/g)) {
    words++;
    if (WE_WORDS.test(match[0]) || OFFER_WORDS.test(match[0])) hits++;
  }
  return words ? (100 * hits) / words : 0;
}

/** A story under a section that holds stories: /blog/why-we-moved, /news/4-things, not /blog/page/2 or /news/2024. */
function inStorySection(path: string): boolean {
  const segments = path.split('/').filter(Boolean);
  if (segments.length < 2 || /^\d+$/.test(segments[segments.length - 1])) return false;
  for (let i = 0; i < segments.length - 1; i++) {
    if (STORY_SECTION.test(segments[i]) && !INDEX_SEGMENT.test(segments[i + 1])) return true;
  }
  return false;
}

/** A long number in the path or query, as news sites number their stories: /news/275221/, ?idx=8576. */
function hasStoryId(url: string | null): boolean {
  if (!url) return false;
  try {
    const { pathname, search } = new URL(url);
    return /(?:^|[/=_-])\d{4,}(?:[/._&-]|$)/.test(`${pathname}${search ? `/${search.slice(1)}` : ''}`);
  } catch {
    return false;
  }
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

function pathOf(url: string | null): string {
  try {
    return url ? `${new URL(url).pathname}/`.replace(/\/\/$/, '/') : '';
  } catch {
    return '';
  }
}

/** Words in the longest path segment: story URLs carry a headline slug, index pages do not. */
function slugWords(url: string | null): number {
  const segments = pathOf(url).split('/').filter(Boolean);
  return Math.max(0, ...segments.map((segment) => segment.replace(/\.\w+$/, '').split(/[-_+]|%20/).filter(Boolean).length));
}
