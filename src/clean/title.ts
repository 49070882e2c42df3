// The article's headline: the visible h1 or the metadata title, without the
// site name that pages add to their titles.
import { type PageMeta, ldField, pageOutlet, tag } from './meta.ts';

const SEPARATORS = /\s+[|\-–—:·•»«/\\]\s+|\s+::\s+/;

/** Strips the site name that pages add to titles ("Headline | Site", "Site - Headline"). */
function stripSiteName(title: string, site: string | null, heading: string | null): string {
  if (heading && normalize(title) !== normalize(heading) && normalize(title).includes(normalize(heading)) && normalize(heading).length > 10) {
    return heading;
  }
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const siteNorm = site ? normalize(site) : null;
  const kept = parts.filter((part) => !siteNorm || normalize(part) !== siteNorm);
  if (kept.length && kept.length < parts.length) return title.slice(title.indexOf(kept[0]), title.lastIndexOf(kept[kept.length - 1]) + kept[kept.length - 1].length);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (wordCount(last) <= 4 && wordCount(title.slice(0, title.lastIndexOf(last))) >= 3) return title.slice(0, title.lastIndexOf(last)).replace(/\s*[|\-–—:·•»«/\\]+\s*$/, '').trim() || title;
  if (wordCount(first) <= 3 && wordCount(title) - wordCount(first) >= 4) return title.slice(title.indexOf(parts[1]));
  return title;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether most words of a heading appear in a metadata title: the same headline, maybe reworded. */
function sameHeadline(heading: string, title: string): boolean {
  const titleWords = new Set(normalize(title).split(' '));
  const words = normalize(heading).split(' ').filter(Boolean);
  return words.length > 0 && words.filter((word) => titleWords.has(word)).length >= 0.5 * words.length;
}

/**
 * The article's headline. The visible h1 comes first (metadata titles are often
 * reworded for search engines): an h1 that tells the same story as the metadata
 * title, else the article's own h1 when it reads like a headline. A short h1 that
 * shares nothing with the metadata title is a blog, section or site name, not the
 * headline; then the metadata title minus the site name.
 */
export function pageTitle(meta: PageMeta, heading: string | null, h1s: string[] = []): string | null {
  const site = pageOutlet(meta);
  const metaTitle = tag(meta, 'og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title') ?? ldField(meta, 'headline') ?? ldField(meta, 'name');
  const reference = (metaTitle ?? meta.documentTitle)?.replace(/\s+/g, ' ').trim() || null;
  const usable = (text: string | null): text is string =>
    !!text && wordCount(text) >= 2 && wordCount(text) <= 30 && (!site || normalize(text) !== normalize(site));
  const clean = (text: string) => text.replace(/\s*[¶#]$/, '');
  if (!reference) return heading && clean(heading);
  const story = stripSiteName(reference, site, null);
  const matching = [heading, ...h1s].find((text) => usable(text) && sameHeadline(text, story));
  if (matching) return clean(matching);
  if (usable(heading) && wordCount(heading) >= 5 && !/:$/.test(heading)) return clean(heading);
  return stripSiteName(reference, site, heading);
}
