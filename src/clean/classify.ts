// Article or not: home pages, section indexes, listings and product pages come back
// as non-articles. The page's own declaration counts, then the shape of its text.
import type { ContentStats } from './html.ts';

/** Paths of home pages and section indexes: "/", "/news/", "/category/world/", "/tag/x". */
const INDEX_PATH = /^\/(?:(?:[a-z-]{2,20}\/?){0,1}|(?:category|categories|tag|tags|topic|topics|section|sections|archive|archives|author|search|page)\/.*)$/i;

export function looksLikeArticle(stats: ContentStats, declared: boolean | null, url: string | null): boolean {
  if (stats.proseChars < 250 || stats.paragraphs < 1) return false;
  const indexUrl = url ? isIndexUrl(url) : false;
  if (declared === false) return stats.paragraphs >= 8 && stats.rootShare > 0.8 && !indexUrl;
  if (declared === true) return !indexUrl || stats.paragraphs >= 4;
  if (indexUrl) return false;
  // Undeclared: a run of real paragraphs that dominates the page.
  return stats.paragraphs >= 3 && stats.rootShare >= 0.5 && stats.pageLinkDensity < 0.5;
}

function isIndexUrl(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    if (/[?&](?:page|p|s|q|search)=/.test(search)) return true;
    return INDEX_PATH.test(pathname);
  } catch {
    return false;
  }
}
