// The article's headline: the visible h1 or the metadata title, without the
// site name, section or SEO tail that pages add to their titles.
import { type PageMeta, ldField, pageOutlet } from './meta.ts';
import { decodeEntities } from './entities.ts';

/** A separator between title parts: a spaced bar, dash, bullet, guillemet, slash or double colon. */
const SEPARATORS = /\s+[|\-–—:·•»«/\\]\s+|\s+::\s+/;
const TRAILING_SEPARATOR = /\s*[|\-–—:·•»«/\\]+\s*$/;

/** Metadata keys that hold the page's title, most explicit first. Dublin Core and OpenGraph before Twitter. */
const TITLE_KEYS = ['dc:title', 'dcterms:title', 'dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title'];

/** The longest tail (in words) that reads as a site, section or SEO add-on rather than part of the headline. */
const MAX_TAIL_WORDS = 5;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** One line of text: entities a page encoded twice decoded, white space folded, a decorative end mark ("… ⋆") dropped. */
function tidy(text: string | null | undefined): string | null {
  if (!text) return null;
  const folded = decodeEntities(text).replace(/\s+/g, ' ').trim().replace(/\s+\p{Sm}$/u, '');
  return folded || null;
}

/**
 * A metadata value by key. RDFa's `property` holds a space-separated list of
 * terms ("dc:title og:title"), so a key also matches one term of such a list.
 */
function metaValue(meta: PageMeta, key: string): string | null {
  const exact = meta.tags.get(key);
  if (exact) return exact;
  for (const [keys, value] of meta.tags) {
    if (keys.includes(' ') && keys.split(/\s+/).includes(key)) return value;
  }
  return null;
}

/** Whether a text is written in capitals only (often a CSS or design choice, not the headline's own case). */
function allCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Drops a final "<separator> tail" of a few words: a site name, a section ("| Opinion"),
 * or an SEO add-on ("– Top 19 Companies"). A tail that opens in lower case continues the
 * sentence ("– tips and tricks") and stays, as does any tail after a headline of under three words.
 */
function dropTail(title: string): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1];
  const head = title.slice(0, title.lastIndexOf(last)).replace(TRAILING_SEPARATOR, '').trim();
  if (!head || wordCount(head) < 3 || wordCount(last) > MAX_TAIL_WORDS) return title;
  if (continuesSentence(last) || /[!?]$/.test(last)) return title;
  return head;
}

/** A tail of several words in lower case that is no domain name ("– tips and tricks") goes on with the headline. */
function continuesSentence(tail: string): boolean {
  return /^\p{Ll}/u.test(tail) && wordCount(tail) >= 2 && !/\.\p{L}{2,}$/u.test(tail);
}

/** Strips the site name that pages add to titles ("Headline | Site", "Site - Headline") and a short SEO tail. */
function stripSiteName(title: string, site: string | null, heading: string | null): string {
  if (heading && normalize(title) !== normalize(heading) && normalize(title).includes(normalize(heading)) && normalize(heading).length > 10 && !isTitleTail(heading, title)) {
    return heading;
  }
  const bySite = site ? withoutSiteString(title, site) : null;
  if (bySite) return dropTail(bySite);
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const siteNorm = site ? normalize(site) : null;
  const kept = parts.filter((part) => !siteNorm || normalize(part) !== siteNorm);
  if (kept.length && kept.length < parts.length) {
    return dropTail(title.slice(title.indexOf(kept[0]), title.lastIndexOf(kept[kept.length - 1]) + kept[kept.length - 1].length));
  }
  const first = parts[0];
  const last = parts[parts.length - 1];
  const head = title.slice(0, title.lastIndexOf(last)).replace(TRAILING_SEPARATOR, '').trim();
  if (wordCount(last) <= 4 && wordCount(head) >= 2 && !continuesSentence(last)) return dropTail(head);
  if (wordCount(first) <= 3 && wordCount(title) - wordCount(first) >= 4) return title.slice(title.indexOf(parts[1]));
  return dropTail(title);
}

/**
 * The title without a site name that itself holds separators ("Headline - Dale's 7 Oaks |
 * Garden Centres" for the site "Dale's 7 Oaks | Garden Centres"), at either end; else null.
 */
function withoutSiteString(title: string, site: string): string | null {
  const lower = title.toLowerCase();
  const name = site.toLowerCase().trim();
  if (!SEPARATORS.test(name) || lower === name) return null;
  if (lower.endsWith(name)) {
    const before = title.slice(0, title.length - name.length);
    const head = before.replace(TRAILING_SEPARATOR, '').trim();
    if (head !== before.trim() && wordCount(head) >= 2) return head;
  }
  if (lower.startsWith(name)) {
    const after = title.slice(name.length);
    const rest = after.replace(/^\s*[|\-–—:·•»«/\\]+\s*/, '').trim();
    if (rest !== after.trim() && wordCount(rest) >= 2) return rest;
  }
  return null;
}

/** Whether a text is the last separated part of a title ("… • Cory's Notes"): the site or blog name, not the headline. */
function isTitleTail(text: string, title: string | null): boolean {
  if (!title) return false;
  const parts = title.split(SEPARATORS);
  return parts.length > 1 && normalize(parts[parts.length - 1]) === normalize(text);
}

/**
 * Whether most words of a heading appear in a title: the same headline, maybe reworded.
 * A heading of two or three words must share all its words or two of them ("Harbour
 * News" is a blog name next to "Harbour ban lifted"); with `phrase`, it must stand in
 * the title as written (for the document title, which also holds site and section names).
 */
function sameHeadline(heading: string, title: string, phrase = false): boolean {
  const words = normalize(heading).split(' ').filter(Boolean);
  if (!words.length) return false;
  if (words.length <= 3 && phrase) return ` ${normalize(title)} `.includes(` ${words.join(' ')} `);
  const titleWords = new Set(normalize(title).split(' '));
  const shared = words.filter((word) => titleWords.has(word)).length;
  if (words.length <= 3) return shared === words.length || shared >= 2;
  return shared >= 0.5 * words.length;
}

/**
 * What the document title adds to the metadata title ("Silicon Notes" in "Silicon Notes:
 * Open flow for ..." next to og:title "Open flow for ..."): the blog or site name.
 */
function titleAddition(documentTitle: string | null, metaTitle: string | null): string | null {
  if (!documentTitle || !metaTitle) return null;
  const doc = normalize(documentTitle);
  const meta = normalize(metaTitle);
  if (!meta || doc === meta || !doc.includes(meta)) return null;
  const rest = doc.replace(meta, ' ').trim();
  return rest && wordCount(rest) < wordCount(meta) ? rest : null;
}

/** A date before a headline ("Dec 18 2025 Headline", "18.12.2025 Headline"). */
const LEADING_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s+/;
/** A label of one or two words before a colon ("Blog:", "Title:"). */
const LEADING_LABEL = /^[\p{L}]+(?:\s[\p{L}]+)?:\s*/u;
/** A source in parentheses after a headline ("(example.com)"). */
const TRAILING_SOURCE = /\s*\((?:[\w-]+\.)+[a-z]{2,}\)$/i;

/**
 * The metadata headline when the h1 is that headline dressed up: in capitals only, with a
 * label or date before it, or with a separated tail or a source after it. Else the h1.
 */
function undress(heading: string, story: string): string {
  const h = normalize(heading);
  const s = normalize(story);
  if (!s || wordCount(story) < 2) return heading;
  if (h === s) return allCaps(heading) && !allCaps(story) ? story : heading;
  const bare = heading.replace(LEADING_DATE, '').replace(LEADING_LABEL, '').replace(TRAILING_SOURCE, '');
  if (normalize(bare) === s) return story;
  if (h.startsWith(s) && heading.length > story.length && dropTail(heading) !== heading && normalize(dropTail(heading)) === s) return story;
  return heading;
}

/**
 * The article's headline. The visible h1 comes first (metadata titles are often
 * reworded for search engines): an h1 that tells the same story as the metadata
 * title, else the article's own h1 when it reads like a headline. A short h1 that
 * shares nothing with the metadata title, or that is the site or blog name, is not
 * the headline; then the metadata title minus the site name and SEO tail.
 */
export function pageTitle(meta: PageMeta, heading: string | null, h1s: string[] = []): string | null {
  const site = pageOutlet(meta);
  // A metadata title that is only the site name says nothing about the article.
  const told = (text: string | null) => (text && (!site || normalize(text) !== normalize(site)) ? text : null);
  let metaTitle: string | null = null;
  for (const key of TITLE_KEYS) {
    metaTitle = told(tidy(metaValue(meta, key)));
    if (metaTitle) break;
  }
  metaTitle ??= told(tidy(ldField(meta, 'headline'))) ?? told(tidy(ldField(meta, 'name')));
  const documentTitle = tidy(meta.documentTitle);
  const reference = metaTitle ?? documentTitle;
  const addition = titleAddition(documentTitle, metaTitle);
  const siteLike = (text: string) =>
    (!!site && normalize(text) === normalize(site)) || normalize(text) === addition || isTitleTail(text, documentTitle) || isTitleTail(text, metaTitle);
  const usable = (text: string | null): text is string =>
    !!text && wordCount(text) >= 2 && wordCount(text) <= 30 && !siteLike(text);
  const clean = (text: string) => tidy(text.replace(/\s*[¶#]\s*$/, '')) ?? text;
  const main = heading ? clean(heading) : null;
  if (!reference) return main;
  const story = stripSiteName(reference, site, null);
  // The document title counts too: an h1 that agrees with it is the headline even where
  // the metadata title is a description or a reworded SEO line.
  const stories = documentTitle && documentTitle !== reference ? [story, stripSiteName(documentTitle, site, null)] : [story];
  for (const text of [main, ...h1s.map(clean)]) {
    if (!usable(text)) continue;
    const same = stories.find((candidate, i) => sameHeadline(text, candidate, i > 0));
    if (same) return undress(text, same);
  }
  if (usable(main) && wordCount(main) >= 5 && !/:$/.test(main)) return main;
  return stripSiteName(reference, site, main && !siteLike(main) ? main : null);
}
