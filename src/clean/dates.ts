// Dates as pages write them: ISO stamps in metadata, "15 October 2023" or
// "Oct. 15th, 2023" in text, /2023/10/15/ in URLs. Parsed to ISO 8601 or not at all.
import type { TimePrecision } from '../model/types.ts';

export interface ParsedDate {
  /** ISO 8601 date (YYYY-MM-DD) or date-time as the page gave it. */
  value: string;
  precision: TimePrecision;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
export const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

const ISO = /^((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
/**
 * Month first. The month may follow a lower-case letter with no space when page
 * text was joined from inline elements ("PublishedFeb 2, 2023", "Team ThrilledSeptember
 * 4, 2025"); then the month must be capitalised (checked in findDateText).
 */
const MONTH_DAY_YEAR = new RegExp(String.raw`(?:\b|(?<=\p{Ll}))${MONTH}\s+${DAY},?\s+${YEAR}(?!\d)`, 'giu');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH},?\s+${YEAR}(?!\d)`, 'gi');
const SLASHED_YMD = /\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b/g;
/** Day first with dots, as most of Europe writes it: 15.10.2023. */
const DOTTED_DMY = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g;
/** 09/25/2025 (US) or 25/09/2025: read only when one of the two numbers can only be a day. */
const SLASHED_DATE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g;
/** ISO date in text; it may be glued to the name before it ("Nick Mead2022-11-23T08:10+02:00"). */
const ISO_IN_TEXT = /(?<![\d./-])(?:19|20)\d{2}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function ymd(year: number, month: number, day: number): ParsedDate | null {
  return validDay(year, month, day) ? { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' } : null;
}

/** A date from a machine-written value: ISO 8601, RFC 2822, or a written-out date. */
export function parseDateValue(input: string): ParsedDate | null {
  const text = input.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    const day = ymd(+y, +m, +d);
    if (!day) return null;
    if (hh === undefined) return day;
    const offset = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return { value: `${day.value}T${hh}:${mm}:${ss ?? '00'}${offset}`, precision: 'day' };
  }
  if (/^\d{10,13}$/.test(text)) {
    const ms = text.length === 13 ? +text : +text * 1000;
    const date = new Date(ms);
    const year = date.getUTCFullYear();
    return year >= 1990 && year <= 2100 ? { value: date.toISOString().replace('.000Z', 'Z'), precision: 'day' } : null;
  }
  return parseDateText(text);
}

/** A date written in running text and where it starts. */
export interface DateInText {
  date: ParsedDate;
  index: number;
}

/** The earliest full date written in running text ("Oct. 15th, 2023", "15 October 2023", "2023/10/15"). */
export function findDateText(text: string): DateInText | null {
  const found: DateInText[] = [];
  for (const [pattern, date] of DATE_FORMS) {
    const first = firstDate(text, pattern, date);
    if (first) found.push(first);
  }
  if (!found.length) return null;
  return found.reduce((first, next) => (next.index < first.index ? next : first));
}

/** The date patterns findDateText reads, each with how its match becomes a date. */
const DATE_FORMS: [RegExp, (m: RegExpExecArray) => ParsedDate | null][] = [
  [MONTH_DAY_YEAR, (m) => ymd(+m[3], MONTHS[m[1].toLowerCase()], +m[2])],
  [DAY_MONTH_YEAR, (m) => ymd(+m[3], MONTHS[m[2].toLowerCase()], +m[1])],
  [SLASHED_YMD, (m) => ymd(+m[1], +m[2], +m[3])],
  [DOTTED_DMY, (m) => ymd(+m[3], +m[2], +m[1])],
  [SLASHED_DATE, (m) => (+m[1] > 12 ? ymd(+m[3], +m[2], +m[1]) : +m[2] > 12 ? ymd(+m[3], +m[1], +m[2]) : null)],
  [ISO_IN_TEXT, (m) => parseDateValue(m[0])],
];

/** The first match of `pattern` in `text` that is a valid date and not glued into a word. */
function firstDate(text: string, pattern: RegExp, date: (m: RegExpExecArray) => ParsedDate | null): DateInText | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const glued = match.index > 0 && /\p{L}/u.test(text[match.index - 1]);
    if (glued && !/\p{Lu}|\d/u.test(text[match.index])) continue;
    const parsed = date(match);
    if (parsed) return { date: parsed, index: match.index };
  }
  return null;
}

/** The earliest full date written in running text. */
export function parseDateText(text: string): ParsedDate | null {
  return findDateText(text)?.date ?? null;
}

/** A date in a URL path: /2023/10/15/, /2023-10-15-, /20231015/ (day) or /2023/10/ (month). */
export function dateFromUrl(url: string): ParsedDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let match = /(?:^|\/)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (match) return ymd(+match[1], +match[2], +match[3]);
  match = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (match) return ymd(+match[1], +match[2], +match[3]);
  match = /\/((?:19|20)\d{2})\/(\d{1,2})\/(?!\d)/.exec(path);
  if (match && +match[2] >= 1 && +match[2] <= 12) return { value: `${match[1]}-${pad(+match[2])}`, precision: 'month' };
  return null;
}

const WEEKDAYS = new RegExp(WEEKDAY, 'gi');
const DATE_WORDS = new RegExp(String.raw`${MONTH}|\b\d{1,4}(?:st|nd|rd|th)?\b|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{2,4}t|at|of)\b`, 'gi');

/** The date of a line that is nothing but a date, maybe with a weekday and a clock time; else null. */
export function dateOnly(line: string): ParsedDate | null {
  // Every date findDateText reads has a digit.
  if (!/\d/.test(line)) return null;
  const rest = line
    .replace(WEEKDAYS, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(/[\s,.:/|–—-]+/g, '');
  return rest.length === 0 ? parseDateText(line) : null;
}

/** True when a line is nothing but a date, maybe with a weekday and a clock time. */
export function isDateOnly(line: string): boolean {
  return dateOnly(line) !== null;
}
