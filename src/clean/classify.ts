// Article or not: home pages, section indexes, listings, product and forum pages come
// back as non-articles. Each sign of an article adds a point and each sign of
// something else takes one away: the page's own type declaration, a publication date
// in its metadata, a headline-like URL slug or story number, a run of real
// paragraphs, few links, not a heading over every paragraph, not a forum thread
// or documentation address. Weights were checked against WCXB's page types.
import type { ContentStats } from './html.ts';

export interface PageEvidence {
  /** The page's metadata says article (true), something else (false), or nothing (null). */
  declared: boolean | null;
  /** JSON-LD or meta tags carry a publication date. */
  publishedInMeta: boolean;
  /** Every JSON-LD @type on the page. */
  ldTypes: string[];
}

/** Discussion threads and Q&A pages. */
const FORUM_PATH = /\/(?:threads?|questions|forums?|topic|discussions?|t)\//i;
/** Thread addresses of the common forum engines (phpBB, vBulletin, MyBB, SMF). */
const FORUM_URL = /(?:showthread|viewtopic|showtopic|viewthread)\.php|[?&]topic=|\/thread-\d/i;
/** Documentation: manuals, API references, books and wikis. */
const DOCS_PATH = /\/(?:docs?|documentation|reference|api|manual|handbook|book|wiki)\//i;
/** Service, product and shop pages. */
const OFFER_PATH = /\/(?:services?|products?|shop|store|pricing|solutions|programs?|courses?|training)\//i;

const NOT_ARTICLE_TYPES = /^(?:Product|ProductGroup|Offer|AggregateOffer|DiscussionForumPosting|QAPage)$/;
const ARTICLE_SCHEMA = /^(?:\w*NewsArticle|Article|BlogPosting|Report|LiveBlogPosting|ScholarlyArticle|TechArticle)$/;

export function looksLikeArticle(stats: ContentStats, evidence: PageEvidence, url: string | null): boolean {
  // A page that declares itself a dated article may be a short brief or a paywalled stub.
  const minimum = evidence.declared === true && evidence.publishedInMeta ? 100 : 250;
  if (stats.proseChars < minimum || (stats.paragraphs < 1 && minimum === 250)) return false;
  // A schema.org article type outweighs the rest of the metadata: an FAQ block or a product box inside an
  // article, and og:type "website" (many sites' default), do not make it something else.
  const articleSchema = evidence.ldTypes.some((type) => ARTICLE_SCHEMA.test(type));
  let score = 0;
  if (evidence.declared === true) score += 1;
  if (evidence.declared === false && !articleSchema) score -= 1;
  if (evidence.publishedInMeta) score += 1;
  score += slugWords(url) >= 4 || hasStoryId(url) ? 1 : -1;
  if (stats.paragraphs >= 5) score += 1;
  else if (stats.paragraphs < 3) score -= 1;
  if (stats.pageLinkDensity > 0.25) score -= 2;
  // Landing and service pages: a heading over nearly every paragraph.
  if (stats.headings >= 6 && stats.headings > 0.8 * stats.paragraphs) score -= 1;
  if (!articleSchema && evidence.ldTypes.some((type) => NOT_ARTICLE_TYPES.test(type))) score -= 3;
  const path = pathOf(url);
  if (FORUM_PATH.test(path) || (url && FORUM_URL.test(url)) || DOCS_PATH.test(path)) score -= 2;
  else if (OFFER_PATH.test(path)) score -= 1;
  return score >= 1;
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

function pathOf(url: string | null): string {
  try {
    return url ? `${new URL(url).pathname}/` : '';
  } catch {
    return '';
  }
}

/** Words in the longest path segment: story URLs carry a headline slug, index pages do not. */
function slugWords(url: string | null): number {
  const segments = pathOf(url).split('/').filter(Boolean);
  return Math.max(0, ...segments.map((segment) => segment.replace(/\.\w+$/, '').split(/[-_+]|%20/).filter(Boolean).length));
}
