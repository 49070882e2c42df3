// Date expressions resolved against the article's anchor date. chrono-node (strict mode) reads
// explicit calendar dates; the rules below read what it leaves: months and years named alone,
// weekdays, and relative phrases ("last week", "just days ago", "overnight"). Past-biased unless
// the sentence looks ahead ("will", "could", "as early as", "next").
import * as chrono from 'chrono-node';
import type { Article, TimePrecision } from '../model/types.ts';
import type { DateMention, Sentence } from '../pipeline/doc.ts';

/** The date relative expressions count from, and how far it can be trusted. */
export interface Anchor {
  /** Midnight UTC of the anchor day. */
  day: Date;
  confidence: number;
}

/** Below this, an anchor is not used at all; below CERTAIN_ANCHOR, what it resolves is uncertain. */
const MIN_ANCHOR_CONFIDENCE = 0.5;
const CERTAIN_ANCHOR = 0.8;
/** Confidence given to a trusted page date, which carries none of its own. */
const PAGE_DATE_CONFIDENCE = 0.6;

/** The publication date when trustworthy, else a trusted page date; never a page widget. */
export function chooseAnchor(article: Article): Anchor | null {
  const published = article.published;
  if (published && published.source !== 'page-widget' && published.confidence >= MIN_ANCHOR_CONFIDENCE) {
    const day = parseDay(published.value);
    if (day) return { day, confidence: published.precision === 'day' ? published.confidence : Math.min(published.confidence, 0.5) };
  }
  for (const pageDate of article.pageDates) {
    if (!pageDate.trusted || !pageDate.value || pageDate.kind === 'site-widget') continue;
    const day = parseDay(pageDate.value);
    if (day) return { day, confidence: PAGE_DATE_CONFIDENCE };
  }
  return null;
}

function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const day = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return Number.isNaN(day.getTime()) ? null : day;
}

// ---- calendar arithmetic on UTC days ----

const DAY_MS = 86_400_000;
const addDays = (day: Date, n: number) => new Date(day.getTime() + n * DAY_MS);
/** YYYY-MM-DD of a UTC day, as toISOString gives it, built from its parts (toISOString is several times slower). */
const iso = (day: Date) => {
  const year = day.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return day.toISOString().slice(0, 10);
  const month = day.getUTCMonth() + 1;
  const date = day.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
};
/** Monday of the ISO week holding `day`. */
const weekStart = (day: Date) => addDays(day, -((day.getUTCDay() + 6) % 7));
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0));

interface Resolved {
  start: Date | null;
  end: Date | null;
  precision: TimePrecision;
  /** false when the expression itself is vague (the anchor's trust is applied later). */
  certain: boolean;
  /** true when the value does not depend on the anchor (an explicit year). */
  absolute?: boolean;
}

interface Found extends Resolved {
  start_: number;
  end_: number;
}

// ---- vocabularies ----

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Record<string, number> = {
  january: 0, jan: 0, february: 1, feb: 1, march: 2, mar: 2, april: 3, apr: 3, may: 4, june: 5, jun: 5,
  july: 6, jul: 6, august: 7, aug: 7, september: 8, sept: 8, sep: 8, october: 9, oct: 9, november: 10, nov: 10,
  december: 11, dec: 11,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};

/** "in" -> "[Ii]n": lead words may open a sentence, while month and day names must stay capitalised. */
const anyCase = (words: string[]) => words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const LEAD = `(${anyCase(['in', 'since', 'during', 'until', 'till', 'by', 'from', 'through', 'throughout', 'before', 'after', 'last', 'this', 'next', 'of'])})`;
const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const PART_OF_MONTH = `(?:(${anyCase(['early', 'mid', 'late'])})[- ]|(?:[Tt]he )?(start|beginning|middle|end) of )`;
/** A numeric date with its day: "3/4/2022", "2022-04-03", "3.4.22". */
const NUMERIC_DATE = /\d[/.-]\d{1,2}[/.-]\d/;
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
];
const DAY_OF_MONTH = `(?:\\d{1,2}(?:st|nd|rd|th)?|${anyCase(ORDINAL_WORDS)})`;
/**
 * What a calendar date chrono reads for us holds: a day next to a month name ("3 March", "3rd of
 * March", "3-5 March", "March 3", "March the 3rd", "2022 March 3") or a numeric date. Sentences
 * without one are not given to chrono, which costs about 0.5 µs per character.
 */
const CALENDAR_DATE = new RegExp(
  `${NUMERIC_DATE.source}|\\b${DAY_OF_MONTH}\\b.{0,8}\\b${MONTH_NAME}|\\b${MONTH_NAME}.{0,6}\\b${DAY_OF_MONTH}\\b|\\d{4}[\\s./-]+${MONTH_NAME}`,
);
/** A month named or given as a number: what a calendar date's own text holds, unlike a duration chrono reads as a date ("for 24 hours"). */
const NAMES_MONTH = new RegExp(`\\b${MONTH_NAME}|${NUMERIC_DATE.source}`, 'i');
/** "in January", "late March", "May 2021"; accepted only with a lead word, a part of the month or a year. */
const MONTH_RE = new RegExp(`\\b(?:${LEAD} )?${PART_OF_MONTH}?${MONTH_NAME}(?:,? ((?:19|20)\\d\\d))?(?![\\w-])`, 'g');
/** "in 2019", "since early 2014"; not "2019-20", "the 1990s" or "a 2019-year". */
const YEAR_RE = new RegExp(`\\b(?:${LEAD} )?(?:(${anyCase(['early', 'mid', 'late'])})[- ])?((?:19|20)\\d\\d)\\b(?![-‑–]?(?:\\d|year|s\\b))`, 'g');
const WEEKDAY_RE = new RegExp(`\\b(?:(${anyCase(['last', 'next', 'this', 'on', 'since', 'until', 'by', 'from'])}) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?(?: (morning|afternoon|evening|night))?\\b`, 'g');
/** How far after a match's start the cue word it holds can lie (lead word and part of the month, with room to spare). */
const MONTH_REACH = 40;
const YEAR_REACH = 30;
const WEEKDAY_REACH = 20;
const COUNT = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';
/**
 * The lookahead holds every letter an alternative can start with (and digits): it changes no
 * match, but lets most positions fail at once instead of trying each case-insensitive alternative.
 */
const RELATIVE_RE = new RegExp('\\b(?=[acdefijlmnopstwy\\d])(?:' + [
  '\\b(yesterday|today|tonight|overnight|this (?:morning|afternoon|evening))\\b',
  '\\b(?:(just|only) )?(?:(a few|a couple of|several|some|a number of) )?(days|weeks|months|years) (?:ago|earlier)\\b',
  `\\b${COUNT} (day|week|month|year)s? (?:ago|earlier)\\b`,
  '\\b(?:(earlier|later) )?(last|this|next|past|coming|previous) (week|month|year|weekend)\\b',
  `\\b(?:in|over|during) (?:the )?(?:(past|last|recent|coming|next) )?(?:(few|couple of) |${COUNT} )?(days|weeks|months)\\b`,
  '\\b(?:(?:over|at|during|on) )?the (weekend)\\b',
].join('|') + ')', 'gi');
/** How far after a relative expression's start its cue word can lie ("during the recent couple of weeks"). */
const RELATIVE_REACH = 40;
/** Every letter in either case, as the case-insensitive flag would read it, for one part of an otherwise case-sensitive expression. */
const eitherCase = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/**
 * The cue words every match of the patterns above holds, all kinds in one expression so that the text
 * is scanned once: (1) a month name, (2) a year, (3) a weekday, (4) a relative word in any case. No two
 * kinds can match at one position, nor start inside another's match, so each kind's cues are those its
 * own expression would find alone.
 */
const CUE = new RegExp(
  `\\b(?:${MONTH_NAME}|((?:19|20)\\d\\d)\\b|((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b|(${eitherCase('yesterday|today|tonight|overnight|morning|afternoon|evening|days?|weeks?|weekend|months?|years?')})\\b)`,
  'g',
);

interface Cues {
  month: number[];
  year: number[];
  weekday: number[];
  relative: number[];
}

/** Start offsets of the cue words of each kind, in text order. */
function findCues(text: string): Cues {
  const cues: Cues = { month: [], year: [], weekday: [], relative: [] };
  CUE.lastIndex = 0;
  for (let hit = CUE.exec(text); hit; hit = CUE.exec(text)) {
    if (hit[1] !== undefined) cues.month.push(hit.index);
    else if (hit[2] !== undefined) cues.year.push(hit.index);
    else if (hit[3] !== undefined) cues.weekday.push(hit.index);
    else cues.relative.push(hit.index);
  }
  return cues;
}
/** Words before a date that make it look ahead rather than back. */
// Lower case only, so the month "May" is not read as the verb.
const FORWARD_CUE = /\b(?:will|would|could|may|might|shall|plans?|planned|planning|scheduled|expected|due|set to|intends?|going to|aims?|hopes?|upcoming|as early as|as soon as|ahead of)\b/;
const FORWARD_WINDOW = 60;
/** Marks that end a clause: a forward cue before the last of them does not count. */
const CLAUSE_MARKS = '.!?;,';

// ---- resolution ----

/**
 * Finds and resolves date expressions in `text` (the body or one caption), whose sentences are
 * given. Without an anchor, anything that needs one keeps start and end null.
 */
export function findDates(text: string, sentences: Sentence[], anchor: Anchor | null): DateMention[] {
  const found: Found[] = [];
  const ref = anchor?.day ?? new Date(Date.UTC(2000, 0, 1));
  const cues = findCues(text);
  let nextMonth = 0;
  for (const sentence of sentences) {
    // sentences come in text order: month cues before this one belong to earlier sentences
    while (nextMonth < cues.month.length && cues.month[nextMonth] < sentence.span[0]) nextMonth++;
    if (!/\d/.test(sentence.text)) continue;
    const namesMonth = nextMonth < cues.month.length && cues.month[nextMonth] < sentence.span[1];
    if (!(namesMonth ? CALENDAR_DATE : NUMERIC_DATE).test(sentence.text)) continue;
    for (const result of chrono.strict.parse(sentence.text, { instant: ref, timezone: 0 })) {
      const resolved = fromChrono(result, sentence, text, anchor);
      if (resolved) found.push(resolved);
    }
  }
  for (const match of matchesNearCues(text, MONTH_RE, cues.month, MONTH_REACH)) {
    if (match[1] || match[2] || match[3] || match[5]) found.push(atMatch(match, resolveMonth(match, text, anchor)));
  }
  for (const match of matchesNearCues(text, YEAR_RE, cues.year, YEAR_REACH)) {
    if (match[1] || match[2]) found.push(atMatch(match, resolveYear(match)));
  }
  for (const match of matchesNearCues(text, WEEKDAY_RE, cues.weekday, WEEKDAY_REACH)) found.push(atMatch(match, resolveWeekday(match, text, anchor)));
  for (const match of matchesNearCues(text, RELATIVE_RE, cues.relative, RELATIVE_REACH)) {
    const resolved = resolveRelative(match, text, anchor);
    if (resolved) found.push(atMatch(match, resolved));
  }
  return keepLongest(found).flatMap((f) => {
    const sentence = sentenceAt(sentences, f.start_, f.end_);
    if (!sentence) return [];
    const trusted = f.absolute || (anchor !== null && anchor.confidence >= CERTAIN_ANCHOR);
    const known = f.absolute || anchor !== null;
    return [{
      text: text.slice(f.start_, f.end_),
      span: [f.start_, f.end_] as [number, number],
      sentence: sentence.index,
      start: known && f.start ? iso(f.start) : null,
      end: known && f.end ? iso(f.end) : null,
      precision: f.precision,
      certain: f.certain && trusted,
    }];
  });
}

/**
 * How far past its cue word's start a match, with the look-ahead that closes it, can reach: the
 * longest is a weekday's "Wednesday's afternoon" (21 characters); the rest end within 16.
 */
const CUE_TAIL = 40;

/**
 * What `text.matchAll(pattern)` gives, found from the cues' start offsets: every match of `pattern`
 * holds a cue at most `reach` characters after its start, so the pattern, which costs far more per
 * position than the cue's word list, is tried only between `reach` before a cue and CUE_TAIL after
 * it (the text is cut there, so a search never runs on to the end). A cue whose window starts no
 * match adds none; a match that starts past its cue holds a later cue, whose search finds it. Equal
 * to matchAll because matches never overlap and each starts within reach of a cue it holds.
 */
function matchesNearCues(text: string, pattern: RegExp, cueStarts: readonly number[], reach: number): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const cue of cueStarts) {
    if (cue < from) continue;
    pattern.lastIndex = Math.max(from, cue - reach);
    const match = pattern.exec(cue + CUE_TAIL < text.length ? text.slice(0, cue + CUE_TAIL) : text);
    if (!match || match.index > cue) continue;
    matches.push(match);
    from = match.index + match[0].length;
  }
  pattern.lastIndex = 0;
  return matches;
}

function atMatch(match: RegExpMatchArray, resolved: Resolved): Found {
  // fields copied one by one: a spread of a small object costs several times more
  const found: Found = { start: resolved.start, end: resolved.end, precision: resolved.precision, certain: resolved.certain, start_: match.index!, end_: match.index! + match[0].length };
  if (resolved.absolute !== undefined) found.absolute = resolved.absolute;
  return found;
}

function looksAhead(text: string, at: number, expression: string): boolean {
  if (/\b(?:next|coming|later)\b/i.test(expression)) return true;
  const before = text.slice(Math.max(0, at - FORWARD_WINDOW), at);
  // the clause the expression stands in: what follows the last clause mark before it
  let cut = before.length;
  while (cut > 0 && !CLAUSE_MARKS.includes(before[cut - 1])) cut--;
  return FORWARD_CUE.test(before.slice(cut));
}

/** The year for a month (and day) named without one: the latest not after the anchor, or the first after it when looking ahead. */
function biasedYear(anchor: Date, month: number, day: number, ahead: boolean): number {
  const year = anchor.getUTCFullYear();
  const candidate = new Date(Date.UTC(year, month, day));
  if (ahead) return candidate < anchor ? year + 1 : year;
  return candidate > anchor ? year - 1 : year;
}

function fromChrono(result: chrono.ParsedResult, sentence: Sentence, text: string, anchor: Anchor | null): Found | null {
  const start = result.start;
  // a calendar date names its day with a digit and its month; "within an hour", "for 24 hours" are not dates
  if (!start.isCertain('month') || !start.isCertain('day') || !/\d/.test(result.text) || !NAMES_MONTH.test(result.text)) return null;
  const hasYear = start.isCertain('year');
  // "9/11", "24/7": numeric dates without a year are too ambiguous to read as dates; with one,
  // 3/4/2022 may still be March or April.
  const numeric = result.tags().has('parser/SlashDateFormatParser');
  if (!hasYear && numeric) return null;
  const at = sentence.span[0] + result.index;
  const month = start.get('month')! - 1;
  const day = start.get('day')!;
  let first: Date;
  if (hasYear) first = new Date(Date.UTC(start.get('year')!, month, day));
  else if (anchor) first = new Date(Date.UTC(biasedYear(anchor.day, month, day, looksAhead(text, at, result.text)), month, day));
  else first = new Date(Date.UTC(2000, month, day));
  let last = first;
  if (result.end?.isCertain('day')) {
    const end = result.end;
    const endMonth = end.isCertain('month') ? end.get('month')! - 1 : month;
    last = new Date(Date.UTC(first.getUTCFullYear() + (endMonth < month ? 1 : 0), endMonth, end.get('day')!));
  }
  const precision: TimePrecision = last.getTime() === first.getTime() ? 'day' : 'range';
  const startSpan = at;
  const certain = !numeric || day > 12;
  return { start: first, end: last, precision, certain, absolute: hasYear, start_: startSpan, end_: startSpan + result.text.length };
}

function resolveMonth(match: RegExpMatchArray, text: string, anchor: Anchor | null): Resolved {
  const lead = match[1]?.toLowerCase();
  const part = match[2] ?? match[3];
  const month = MONTHS[match[4].replace('.', '').toLowerCase()];
  const yearText = match[5];
  const ahead = lead === 'next' || (lead !== 'last' && looksAhead(text, match.index!, match[0]));
  const year = yearText ? +yearText : anchor ? biasedYear(anchor.day, month, 1, ahead) : 2000;
  const [first, last] = partOfMonth(year, month, part);
  return { start: first, end: last, precision: part ? 'range' : 'month', certain: !part, absolute: !!yearText };
}

function partOfMonth(year: number, month: number, part: string | undefined): [Date, Date] {
  const end = monthEnd(year, month);
  switch (part?.toLowerCase()) {
    case 'early': case 'start': case 'beginning': return [monthStart(year, month), new Date(Date.UTC(year, month, 10))];
    case 'mid': case 'middle': return [new Date(Date.UTC(year, month, 11)), new Date(Date.UTC(year, month, 20))];
    case 'late': case 'end': return [new Date(Date.UTC(year, month, 21)), end];
    default: return [monthStart(year, month), end];
  }
}

function resolveYear(match: RegExpMatchArray): Resolved {
  const year = +match[3];
  const part = match[2]?.toLowerCase();
  const [fromMonth, toMonth] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 7] : part === 'late' ? [8, 11] : [0, 11];
  return {
    start: monthStart(year, fromMonth), end: monthEnd(year, toMonth),
    precision: part ? 'range' : 'year', certain: !part, absolute: true,
  };
}

function resolveWeekday(match: RegExpMatchArray, text: string, anchor: Anchor | null): Resolved {
  if (!anchor) return { start: null, end: null, precision: 'day', certain: true };
  const lead = match[1]?.toLowerCase();
  const target = WEEKDAYS.indexOf(match[2].toLowerCase());
  const today = anchor.day.getUTCDay();
  let offset: number;
  if (lead === 'next' || (lead !== 'last' && looksAhead(text, match.index!, match[0]))) {
    offset = (target - today + 7) % 7 || 7;
  } else {
    offset = -((today - target + 7) % 7);
    if (lead === 'last' && offset === 0) offset = -7;
  }
  const day = addDays(anchor.day, offset);
  return { start: day, end: day, precision: 'day', certain: true };
}

function resolveRelative(match: RegExpMatchArray, text: string, anchor: Anchor | null): Resolved | null {
  const words = match[0].toLowerCase();
  const a = anchor?.day ?? new Date(Date.UTC(2000, 0, 1));
  const ahead = looksAhead(text, match.index!, match[0]);
  if (match[1]) {
    if (words === 'yesterday') return { start: addDays(a, -1), end: addDays(a, -1), precision: 'day', certain: true };
    if (words === 'overnight') return { start: addDays(a, -1), end: a, precision: 'range', certain: false };
    return { start: a, end: a, precision: 'day', certain: true };
  }
  if (match[4]) return vagueAgo(a, match[4].toLowerCase());
  if (match[5]) return countedAgo(a, match[5].toLowerCase(), match[6].toLowerCase());
  if (match[9]) return period(a, match[8].toLowerCase(), match[9].toLowerCase(), match[7]?.toLowerCase(), ahead);
  if (match[13]) return span(a, match[10]?.toLowerCase(), match[11] ?? match[12], match[13].toLowerCase(), ahead);
  if (match[14]) return weekend(a, ahead || /\b(?:next|coming)\b/.test(words), /\b(?:last|previous|past)\b/.test(words));
  return null;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/** "just days ago", "weeks earlier": a vague stretch before the anchor. */
function vagueAgo(a: Date, unit: string): Resolved {
  const [near, far] = unit === 'days' ? [1, 6] : unit === 'weeks' ? [7, 42] : unit === 'months' ? [30, 365] : [365, 3650];
  return { start: addDays(a, -far), end: addDays(a, -near), precision: 'range', certain: false };
}

/** "three days ago" is a day; "two weeks ago" is only roughly a week. */
function countedAgo(a: Date, count: string, unit: string): Resolved {
  const n = NUMBER_WORDS[count] ?? Number(count);
  const day = addDays(a, -n * UNIT_DAYS[unit]);
  if (unit === 'day') return { start: day, end: day, precision: 'day', certain: true };
  if (unit === 'week') return { start: weekStart(day), end: addDays(weekStart(day), 6), precision: 'week', certain: false };
  if (unit === 'month') {
    return { start: monthStart(day.getUTCFullYear(), day.getUTCMonth()), end: monthEnd(day.getUTCFullYear(), day.getUTCMonth()), precision: 'month', certain: false };
  }
  return { start: monthStart(day.getUTCFullYear(), 0), end: monthEnd(day.getUTCFullYear(), 11), precision: 'year', certain: false };
}

/** "last week", "this month", "earlier this year", "next week". */
function period(a: Date, which: string, unit: string, edge: string | undefined, ahead: boolean): Resolved {
  if (unit === 'weekend') return weekend(a, which === 'next' || which === 'coming' || (which === 'this' && ahead), which !== 'this' && which !== 'next' && which !== 'coming');
  // "the previous week" counts from the story's own time, which only the text knows
  if (which === 'previous') return { start: null, end: null, precision: unit as TimePrecision, certain: false };
  // "the past week" is the seven days up to the anchor, not the calendar week before it.
  if (which === 'past') return { start: addDays(a, -UNIT_DAYS[unit]), end: a, precision: 'range', certain: false };
  const shift = which === 'next' || which === 'coming' ? 1 : which === 'this' ? 0 : -1;
  let first: Date;
  let last: Date;
  if (unit === 'week') {
    first = addDays(weekStart(a), 7 * shift);
    last = addDays(first, 6);
  } else if (unit === 'month') {
    first = monthStart(a.getUTCFullYear(), a.getUTCMonth() + shift);
    last = monthEnd(first.getUTCFullYear(), first.getUTCMonth());
  } else {
    first = monthStart(a.getUTCFullYear() + shift, 0);
    last = monthEnd(a.getUTCFullYear() + shift, 11);
  }
  const precision = unit as TimePrecision;
  // The current period is only partly past (or partly ahead): clip it at the anchor.
  if (shift === 0 && (edge === 'earlier' || (!edge && !ahead))) return { start: first, end: a, precision, certain: edge === undefined };
  if (shift === 0) return { start: a, end: last, precision, certain: edge === undefined };
  return { start: first, end: last, precision, certain: edge === undefined };
}

/** "in the past few days", "over the coming weeks", "in recent months", "over the past 10 days". */
function span(a: Date, which: string | undefined, count: string | undefined, unit: string, ahead: boolean): Resolved {
  const forward = which === 'coming' || which === 'next' || (!which && ahead);
  const size = unit === 'days' ? 1 : unit === 'weeks' ? 7 : 30;
  const n = count ? (NUMBER_WORDS[count.toLowerCase()] ?? (Number(count) || 3)) : 3;
  const reach = n * size;
  return forward
    ? { start: a, end: addDays(a, reach), precision: 'range', certain: false }
    : { start: addDays(a, -reach), end: a, precision: 'range', certain: false };
}

/** The Saturday and Sunday nearest the anchor, in the direction the sentence points. */
function weekend(a: Date, ahead: boolean, strictlyPast: boolean): Resolved {
  const day = a.getUTCDay();
  let saturday: Date;
  if (ahead) saturday = addDays(a, (6 - day + 7) % 7 || (day === 0 ? 6 : 7));
  else {
    saturday = addDays(a, -((day - 6 + 7) % 7));
    if (strictlyPast && saturday.getTime() + DAY_MS >= a.getTime()) saturday = addDays(saturday, -7);
  }
  return { start: saturday, end: addDays(saturday, 1), precision: 'range', certain: true };
}

/** Among overlapping candidates the longest wins; overlapping runs are found in one sweep so this stays linear. */
function keepLongest(found: Found[]): Found[] {
  const byStart = [...found].sort((x, y) => x.start_ - y.start_ || y.end_ - x.end_);
  const kept: Found[] = [];
  for (let i = 0; i < byStart.length;) {
    let runEnd = byStart[i].end_;
    let j = i + 1;
    while (j < byStart.length && byStart[j].start_ < runEnd) runEnd = Math.max(runEnd, byStart[j++].end_);
    const run = byStart.slice(i, j).sort((x, y) => (y.end_ - y.start_) - (x.end_ - x.start_) || x.start_ - y.start_);
    const chosen: Found[] = [];
    for (const f of run) if (!chosen.some((k) => f.start_ < k.end_ && k.start_ < f.end_)) chosen.push(f);
    kept.push(...chosen.sort((x, y) => x.start_ - y.start_));
    i = j;
  }
  return kept;
}

function sentenceAt(sentences: Sentence[], start: number, end: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s.span[1] <= start) lo = mid + 1;
    else if (s.span[0] > start) hi = mid - 1;
    else return end <= s.span[1] ? s : null;
  }
  return null;
}
