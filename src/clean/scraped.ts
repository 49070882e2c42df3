// Cleanup of text a scraper already pulled off a page: it keeps the page's traces
// (shortcodes, captions with agency credits glued on, share bars, comment forms,
// site-widget date lines). Each line is judged on its own shape; what is not
// content is set aside with a kind, and the rest keeps its paragraphs.
import type { Caption, PageDate, PublishedDate, RemovedKind, RemovedSegment } from '../model/types.ts';
import { bylineName, stockLineKind } from './boilerplate.ts';
import { creditName, endsWithGluedCredit, isCredit, splitCaptionCredit } from './credits.ts';
import { WEEKDAY, dateOnly, isDateOnly, parseDateText } from './dates.ts';

export interface ScrapedContent {
  body: string;
  title: string | null;
  captions: Caption[];
  removed: RemovedSegment[];
  bylines: string[];
  pageDates: PageDate[];
  published: PublishedDate | null;
  modified: PublishedDate | null;
}

/** Shortcodes that wrap an embed whose inner text is not article text. */
const EMBED_NAMES = 'embed|video|audio|gallery|playlist|youtube|vimeo|tweet|twitter|instagram|facebook|tiktok|soundcloud|spotify|iframe|googlemaps|map|contact-form-7|contact-form|ad|ads|adsense|advert|related|related_posts|button|pullquote|pull_quote|poll|newsletter|subscribe|sharing|share|social|slider|carousel|slideshow|table|download|code';
const PAIRED_EMBED = new RegExp(String.raw`\[(${EMBED_NAMES})\b[^\]]*\]([\s\S]{0,2000}?)\[\/\1\]`, 'gi');
const PAIRED_CAPTION = /\[(caption|wp_caption)\b[^\]]*\]([\s\S]{0,2000}?)\[\/\1\]/gi;
/** Openers, closers and self-closing shortcodes of known names, and page-builder markup. */
const LONE_SHORTCODE = new RegExp(
  String.raw`\[\/?(?:${EMBED_NAMES}|caption|wp_caption|dropcap|highlight|divider|clear|spacer|toc|column|one_half|one_third|row|col|tab|tabs|accordion|quote|blockquote)\b[^\]\n]{0,500}\]|\[\/?(?:vc|et_pb|fusion|av|cs|su|tie|td|mk|ux|bt|ts|x)_[\w-]*[^\]\n]{0,500}\]`,
  'gi',
);
/** Any other [name key="value" ...] shortcode: the key=value attributes tell it from editorial brackets like [sic]. */
const ATTRIBUTE_SHORTCODE = /\[[a-z][\w-]*(?:\s+[\w-]+\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s\]\n]+))+\s*\/?\]/gi;
const CAPTION_CLOSE = /\[\/(?:caption|wp_caption)\]/i;
/**
 * What every shortcode expression above needs somewhere in the text: a closer, a known name,
 * a page-builder prefix, or a name with an attribute. Editorial brackets ("[sic]", "[...]") lack it.
 * Collapsing white space neither makes nor breaks these, so the raw text answers for the normalized.
 * Sticky: hasShortcodeHint tries it at each bracket.
 */
const SHORTCODE_HINT = new RegExp(
  String.raw`\[\/|\[(?:${EMBED_NAMES}|caption|wp_caption|dropcap|highlight|divider|clear|spacer|toc|column|one_half|one_third|row|col|tab|tabs|accordion|quote|blockquote)\b|\[(?:vc|et_pb|fusion|av|cs|su|tie|td|mk|ux|bt|ts|x)_|\[[a-z][\w-]*\s[^\]]*=`,
  'iy',
);

/**
 * Whether SHORTCODE_HINT matches anywhere in `text`: it is tried only at the text's brackets, where
 * each of its alternatives starts (one quick search for '[' instead of a regular-expression scan).
 */
function hasShortcodeHint(text: string): boolean {
  for (let at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
    SHORTCODE_HINT.lastIndex = at;
    if (SHORTCODE_HINT.test(text)) return true;
  }
  return false;
}

/** Markers after which the rest of a scraped page is the comment section. */
const COMMENTS_START = /^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|\d+\s+comments?|comments?(?:\s*\(\d+\))?|join the (?:discussion|conversation)|\d+ (?:thoughts|responses|replies) (?:on|to) .+|what do you think\??|have your say|(?:show|view|load) comments)$/i;
/** Headings after which short headline-like lines are related links. */
const RELATED_START = /^(?:related(?: articles| stories| posts| content| coverage| news)?:?|(?:you (?:may|might) also like|more from .{1,40}|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed)|trending(?: now)?|more (?:stories|news|on this story)|read (?:more|next)|popular (?:posts|stories)|latest (?:news|posts|stories)|top stories|also read):?)$/i;
const DATE_CUE = /^(?:(first |originally )?(published|posted|updated|last updated|last modified|modified|date)(?: on| at)?\s*[:\-–—]?\s*)(.+)$/i;
/** Captions written as labels: "Image caption, ...", "Photo: ...". */
const CAPTION_LABEL = /^(?:image|photo|picture|video|media) caption\s*[,:]?\s*(.+)$/i;
const SOURCE_LABEL = /^(?:image|photo|picture|media) (?:source|credit)\s*[,:]?\s*(.+)$/i;
const WIRE_CREDIT_LINE = /^\(?(?:reporting|additional reporting|writing|editing|compiled|research) by\b.{0,200}\)?$/i;

interface Line {
  text: string;
  kind: 'content' | 'blank' | 'removed' | 'caption';
}

// The replacements below match only where the text changes (not every lone space or line
// break): the result is the same as collapsing every run, with far fewer pieces to join.
function normalizeText(text: string): string {
  return normalizeLineBreaks(text)
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[ \t]{2,}|\t/g, ' ')
    .replace(/ \n ?|\n /g, '\n');
}

/** A leading byte-order mark dropped and CR/CRLF line breaks as LF (normalizeText's first steps). */
function normalizeLineBreaks(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** White space other than a space or a line break. */
const OTHER_SPACE = /[^\S\n ]/;

/** collapseSpace for every line of a text at once: runs of white space other than line breaks as single spaces. */
function collapseLineSpace(text: string): string {
  // Where spaces and line breaks are the only white space (most text), the runs to collapse are
  // runs of spaces, which a search for a space pair finds faster.
  if (!OTHER_SPACE.test(text)) return text.replace(/ {2,}/g, ' ');
  return text.replace(/ [^\S\n]+|[^\S\n ][^\S\n]*/g, ' ');
}

/** White-space runs as single spaces: `text.replace(/\s+/g, ' ')`, matching only runs that change. */
export function collapseSpace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ');
}

/** Caption text with leftover markup (img tags, URLs, shortcode openers) stripped. */
function captionText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[(?:caption|wp_caption)\b[^\]]*\]/gi, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// The helpers below sit at module level rather than as closures in cleanScrapedText: the tsx
// loader sitrep runs under renames every named closure afresh on each call.
//
// The cleanup is split by rule family into small functions so that a rule first met late (a
// credit under a caption, a cued date, a related-links block) deoptimises only the small
// function that holds it, whose recompile is cheap, rather than one large function whose
// recompile took 30-100 ms of CPU, often while the rest of the pipeline was being timed.

/** What the cleanup collects besides the lines. */
interface Findings {
  captions: Caption[];
  removed: RemovedSegment[];
  /** A credit announced before its caption ("Image source, X" then "Image caption, Y"). */
  pendingCredit: string | null;
  bylines: string[];
  pageDates: PageDate[];
  published: PublishedDate | null;
  modified: PublishedDate | null;
}

function addCaption(found: Findings, raw: string): void {
  const text = captionText(raw);
  if (!text) return;
  const split = splitCaptionCredit(text);
  found.removed.push({ kind: 'caption', text });
  const { captions } = found;
  if (split.text) captions.push({ text: split.text, credit: split.credit ?? found.pendingCredit, span: null });
  else if (captions.length && !captions[captions.length - 1].credit) captions[captions.length - 1].credit = split.credit;
  found.pendingCredit = null;
}

function setAside(line: Line, kind: RemovedKind, removed: RemovedSegment[]): void {
  line.kind = 'removed';
  removed.push({ kind, text: line.text.length > 300 ? `${line.text.slice(0, 297)}...` : line.text });
}

export function cleanScrapedText(input: string): ScrapedContent {
  const found: Findings = { captions: [], removed: [], pendingCredit: null, bylines: [], pageDates: [], published: null, modified: null };
  const lines = hasShortcodeHint(input) ? shortcodeFreeLines(input, found) : plainLines(input);
  const cutFrom = classifyLines(lines, found);
  if (cutFrom >= 0) cutComments(lines, cutFrom, found.removed);
  trimTrailingFurniture(lines, found.removed);
  const title = takeTitle(lines);
  const { captions, removed, bylines, pageDates, published, modified } = found;
  return { body: joinLines(lines), title, captions, removed, bylines, pageDates, published, modified };
}

function lineOf(text: string): Line {
  return { text, kind: text ? 'content' : 'blank' };
}

/**
 * The lines of a text with no shortcode: line breaks normalized and white space collapsed and
 * trimmed, which also does what normalizeText does within lines.
 */
function plainLines(input: string): Line[] {
  const rawLines = collapseLineSpace(normalizeLineBreaks(input)).split('\n');
  const lines: Line[] = [];
  for (let i = 0; i < rawLines.length; i++) lines.push(lineOf(rawLines[i].trim()));
  return lines;
}

/** The lines of a text with shortcodes: captions taken out, embeds and other shortcodes set aside. */
function shortcodeFreeLines(input: string, found: Findings): Line[] {
  const { removed } = found;
  let text = normalizeText(input);
  text = text.replace(PAIRED_CAPTION, (_whole, _name: string, inner: string) => {
    addCaption(found, inner);
    return '\n';
  });
  text = text.replace(PAIRED_EMBED, (whole) => {
    removed.push({ kind: /^\[(?:ad|ads|adsense|advert)\b/i.test(whole) ? 'ad' : /^\[(?:related)/i.test(whole) ? 'related' : 'other', text: whole.trim().slice(0, 300) });
    return ' ';
  });

  const lines: Line[] = [];
  const rawLines = text.split('\n');
  for (let i = 0; i < rawLines.length; i++) {
    const line = rawLines[i];
    // Shortcodes and caption markup all open with a bracket.
    if (!line.includes('[')) {
      lines.push(lineOf(collapseSpace(line).trim()));
      continue;
    }
    const captionEnd = takeBrokenCaption(rawLines, i, found);
    if (captionEnd >= 0) {
      i = captionEnd;
      continue;
    }
    lines.push(lineOf(collapseSpace(withoutShortcodes(line, removed)).trim()));
  }
  return lines;
}

/**
 * A caption whose paired shortcode the scraper broke, taken from rawLines[at] on: the text before
 * a lone closer, or an opener with its closer up to five lines further. What follows the closer
 * goes back in as a line of its own. Returns the index of the caption's last line, or -1.
 */
function takeBrokenCaption(rawLines: string[], at: number, found: Findings): number {
  const line = rawLines[at];
  // A caption whose opening shortcode (and image) the scraper dropped: "...text[/caption] rest".
  const close = CAPTION_CLOSE.exec(line);
  if (close) {
    addCaption(found, line.slice(0, close.index));
    rawLines.splice(at + 1, 0, line.slice(close.index + close[0].length));
    return at;
  }
  // An opener with no closer on this line: the caption runs on to the line that closes it.
  if (!/\[(?:caption|wp_caption)\b/i.test(line)) return -1;
  let j = at + 1;
  while (j < rawLines.length && j < at + 6 && !CAPTION_CLOSE.test(rawLines[j])) j++;
  if (j >= rawLines.length || !CAPTION_CLOSE.test(rawLines[j])) return -1;
  const closeAt = CAPTION_CLOSE.exec(rawLines[j])!;
  addCaption(found, [...rawLines.slice(at, j), rawLines[j].slice(0, closeAt.index)].join(' '));
  rawLines.splice(j + 1, 0, rawLines[j].slice(closeAt.index + closeAt[0].length));
  return j;
}

/** A line with its lone shortcodes (openers, closers, self-closing ones) set aside. */
function withoutShortcodes(line: string, removed: RemovedSegment[]): string {
  // only lines holding a '[' come here, so one callback made per call costs little
  const setAside = (code: string) => {
    removed.push({ kind: 'other', text: code });
    return ' ';
  };
  return line.replace(LONE_SHORTCODE, setAside).replace(ATTRIBUTE_SHORTCODE, setAside);
}

/**
 * Each content line judged on its own shape, top to bottom: what is not article text is set aside
 * (or made a caption). Returns where the comment section starts, or -1.
 */
function classifyLines(lines: Line[], found: Findings): number {
  const { removed } = found;
  // Content lines kept so far: dates, bylines and titles are read differently near the top.
  let seenContent = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'content') continue;
    const value = line.text;

    // The comment section (and anything after it) once most of the article is behind us.
    if (seenContent >= 2 && COMMENTS_START.test(value)) return i;
    if (seenContent >= 1 && RELATED_START.test(value)) {
      i = setAsideRelated(lines, i, removed);
      continue;
    }
    if (takeDateLine(line, seenContent, found)) continue;
    if (takeBylineLine(line, seenContent, found)) continue;
    const caption = takeCaptionLine(lines, i, found);
    if (caption === 'none') {
      const stock = stockLineKind(value);
      if (stock) setAside(line, stock, removed);
      else seenContent++;
    } else if (caption === 'with the line above') {
      // The line above was counted as content.
      seenContent--;
    }
  }
  return -1;
}

/** A related-links heading at lines[at] and the headline-like lines under it; returns the last one set aside. */
function setAsideRelated(lines: Line[], at: number, removed: RemovedSegment[]): number {
  setAside(lines[at], 'related', removed);
  let last = at;
  for (let j = at + 1; j < lines.length; j++) {
    const next = lines[j];
    if (next.kind === 'blank') continue;
    if (next.kind !== 'content' || !isHeadlineLike(next.text)) break;
    setAside(next, 'related', removed);
    last = j;
  }
  return last;
}

/** A page date line ("Updated: 3 May 2021", "Monday, May 3, 2021") recorded and set aside. */
function takeDateLine(line: Line, seenContent: number, found: Findings): boolean {
  const value = line.text;
  const cue = value.length < 120 ? DATE_CUE.exec(value) : null;
  if (cue && takeCuedDate(line, cue, found)) return true;
  const parsed = value.length < 80 ? dateOnly(value) : null;
  if (!parsed) return false;
  const nearTop = seenContent < 3;
  const widget = nearTop && looksLikeWidget(value, seenContent);
  found.pageDates.push({ value: parsed.value, text: value, kind: widget ? 'site-widget' : 'dateline', trusted: !widget });
  if (!widget && nearTop) found.published ??= { value: parsed.value, precision: parsed.precision, source: 'text', confidence: 0.4 };
  setAside(line, 'date', found.removed);
  return true;
}

/** A date after a cue ("Published on ...", "Last updated: ..."), if it reads as one. */
function takeCuedDate(line: Line, cue: RegExpExecArray, found: Findings): boolean {
  const parsed = parseDateText(cue[3]);
  if (!parsed) return false;
  const isModified = /updated|modified/i.test(cue[2]);
  found.pageDates.push({ value: parsed.value, text: line.text, kind: isModified ? 'modified' : 'published', trusted: true });
  const date: PublishedDate = { value: parsed.value, precision: parsed.precision, source: 'text', confidence: 0.6 };
  if (isModified) found.modified ??= date;
  else found.published ??= date;
  setAside(line, 'date', found.removed);
  return true;
}

/** A byline near the top, or a wire service's "Reporting by ..." line anywhere, set aside. */
function takeBylineLine(line: Line, seenContent: number, found: Findings): boolean {
  const value = line.text;
  // Bylines sit near the top; further down the line is not read as one.
  const byline = seenContent < 6 ? bylineName(value) : null;
  if (byline) {
    found.bylines.push(byline);
    setAside(line, 'byline', found.removed);
    return true;
  }
  if (!WIRE_CREDIT_LINE.test(value)) return false;
  setAside(line, 'byline', found.removed);
  return true;
}

/** What takeCaptionLine made of a line: nothing, a caption or credit, or a credit whose caption is the line above. */
type CaptionTake = 'none' | 'taken' | 'with the line above';

/** A caption or photo credit at lines[at], in any of the forms scrapers leave them. */
function takeCaptionLine(lines: Line[], at: number, found: Findings): CaptionTake {
  const line = lines[at];
  const value = line.text;
  const labelled = CAPTION_LABEL.exec(value);
  if (labelled) {
    addCaption(found, labelled[1]);
    line.kind = 'caption';
    return 'taken';
  }
  const source = SOURCE_LABEL.exec(value);
  if (source) {
    found.pendingCredit = creditName(source[1]);
    setAside(line, 'credit', found.removed);
    return 'taken';
  }
  if (isCredit(value)) return takeCreditLine(lines, at, found);
  if (isCaptionLine(value)) {
    addCaption(found, value);
    line.kind = 'caption';
    return 'taken';
  }
  return 'none';
}

/** A credit line: it credits the short line above it (then a caption), else the last caption without one. */
function takeCreditLine(lines: Line[], at: number, found: Findings): CaptionTake {
  const line = lines[at];
  const credit = creditName(line.text);
  const previous = lines[at - 1];
  let take: CaptionTake = 'taken';
  if (previous?.kind === 'content' && previous.text.length < 250) {
    // A credit line right under a short line: that line was the photo's caption.
    found.captions.push({ text: previous.text, credit, span: null });
    previous.kind = 'caption';
    found.removed.push({ kind: 'caption', text: previous.text });
    take = 'with the line above';
  } else {
    const last = found.captions[found.captions.length - 1];
    if (last && !last.credit) last.credit = credit;
  }
  setAside(line, 'credit', found.removed);
  return take;
}

/** Everything from the comment section's first line on, set aside as one segment. */
function cutComments(lines: Line[], cutFrom: number, removed: RemovedSegment[]): void {
  const tail = lines.slice(cutFrom).filter((line) => line.kind === 'content').map((line) => line.text).join('\n');
  removed.push({ kind: 'comments', text: tail.length > 300 ? `${tail.slice(0, 297)}...` : tail });
  lines.length = cutFrom;
}

/** The first content line as the title, when it reads like one and stands alone above more content. */
function takeTitle(lines: Line[]): string | null {
  const firstIndex = lines.findIndex((line) => line.kind === 'content');
  if (firstIndex < 0) return null;
  const first = lines[firstIndex];
  const moreContent = lines.some((line, i) => i > firstIndex && line.kind === 'content');
  if (!isTitleLine(first.text) || lines[firstIndex + 1]?.kind === 'content' || !moreContent) return null;
  first.kind = 'removed';
  return first.text;
}

/** A date line at the top that carries a weekday or a clock reads like "today's date" in the site header. */
const LEADING_WEEKDAY = new RegExp(String.raw`^\s*${WEEKDAY}\b`, 'i');
const WEEKDAY_COMMA = new RegExp(String.raw`\b${WEEKDAY},`, 'i');

function looksLikeWidget(line: string, seenContent: number): boolean {
  const hasWeekday = LEADING_WEEKDAY.test(line) || WEEKDAY_COMMA.test(line);
  const hasClock = /\b\d{1,2}:\d{2}\b/.test(line);
  return seenContent === 0 && (hasWeekday || hasClock);
}

/** A caption left without shortcode: an agency glued after its text, or a short line ending in a cued agency credit. */
function isCaptionLine(line: string): boolean {
  if (line.length > 400) return false;
  if (!/[.!?]["”’]?$/.test(line.slice(-3)) && endsWithGluedCredit(line)) return true;
  // What the test below needs, checked first: a short line with a photo cue, a slash or "via".
  if (line.length >= 300 || !/pic|photo|image|credit|\/|\bvia\b/i.test(line)) return false;
  const split = splitCaptionCredit(line);
  if (!split.credit || split.text === line) return false;
  const explicit = /(?:photo|picture|image|credit|pic)s?\b[^a-z]{0,3}(?:by\b)?/i.test(line.slice(split.text.length)) || /[/]|\bvia\b/.test(split.credit);
  return explicit && line.length < 300;
}

function isHeadlineLike(line: string): boolean {
  return line.length <= 160 && !/[.:;]$/.test(line) || /^(?:read more|related|see also)\b/i.test(line);
}

function isTitleLine(line: string): boolean {
  if (line.length > 200 || /[.,;:]$/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 25 && !isDateOnly(line) && !bylineName(line);
}

/** Short furniture-like lines at the very end (tags, lone names) that no pattern named. */
function trimTrailingFurniture(lines: Line[], removed: RemovedSegment[]): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.kind === 'blank' || line.kind === 'removed' || line.kind === 'caption') continue;
    if (line.text.length < 25 && !/[.!?"”’)]$/.test(line.text) && !/\d/.test(line.text)) {
      line.kind = 'removed';
      removed.push({ kind: 'other', text: line.text });
      continue;
    }
    break;
  }
}

/** Content lines back into text: single newlines kept, any gap or set-aside line becomes a paragraph break. */
function joinLines(lines: Line[]): string {
  let out = '';
  let pendingBreak = false;
  for (const line of lines) {
    if (line.kind !== 'content') {
      pendingBreak = out.length > 0;
      continue;
    }
    if (out) out += pendingBreak ? '\n\n' : '\n';
    out += line.text;
    pendingBreak = false;
  }
  return out;
}
