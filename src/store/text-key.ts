// Keys of the day-ordered full-text index (migration 6). A row of event_text is one article under
// one day of its events, with rowid = dayKey(date) * ARTICLE_SPAN + the article's rowid, so the
// index's rowid order is date order, day by day, and a date range is a rowid range.

/** Article rowids below this fit the key; day keys below 2^18, so every key is below 2^53. */
export const ARTICLE_SPAN = 2 ** 35;

const FIRST_YEAR = 1800;
const YEARS = 500;
/** 'YYYY', then for each month 'YYYY-MM' and 'YYYY-MM-01' to 'YYYY-MM-31'. */
const PER_YEAR = 1 + 12 * 32;
const MARKS = YEARS * PER_YEAR;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The i-th mark: the marks run in string order over 1800 to 2299. */
function mark(i: number): string {
  const year = pad(FIRST_YEAR + Math.floor(i / PER_YEAR), 4);
  const r = i % PER_YEAR;
  if (r === 0) return year;
  const month = pad(1 + Math.floor((r - 1) / 32), 2);
  const day = (r - 1) % 32;
  return day === 0 ? `${year}-${month}` : `${year}-${month}-${pad(day, 2)}`;
}

/**
 * The day key of an event date: 0 for no date, else 1 + the number of marks that sort at or
 * before the date as a string. It never decreases as dates increase in SQLite's (binary) string
 * order, whatever the string, so a key order walk meets dates in order; ISO dates of one day
 * ('2024-03-05', '2024-03-05T10:00Z') share a key, and a bare year or month has its own.
 * Dates before 1800 share one key, as do dates after 2299.
 */
export function dayKey(date: string | null): number {
  if (date === null) return 0;
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (ymd) {
    const year = Number(ymd[1]) - FIRST_YEAR;
    const month = Number(ymd[2]);
    const day = Number(ymd[3]);
    // The date starts with the mark 'YYYY-MM-DD', and the next mark sorts after it.
    if (year >= 0 && year < YEARS && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return year * PER_YEAR + (month - 1) * 32 + day + 3;
    }
  }
  return dayKeyBySearch(date);
}

/** dayKey for any string, by binary search over the marks. */
export function dayKeyBySearch(date: string): number {
  let low = 0;
  let high = MARKS;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mark(middle) <= date) low = middle + 1;
    else high = middle;
  }
  return low + 1;
}

/** The largest day key (of dates after the last mark). */
export const LAST_DAY_KEY = MARKS + 1;

export function textKey(date: string | null, articleRowid: number): number {
  if (!Number.isSafeInteger(articleRowid) || articleRowid < 0 || articleRowid >= ARTICLE_SPAN) {
    throw new RangeError(`article rowid ${articleRowid} does not fit the text index key`);
  }
  return dayKey(date) * ARTICLE_SPAN + articleRowid;
}

/** The first and last text keys of a day key. */
export const firstKeyOf = (day: number) => day * ARTICLE_SPAN;
export const lastKeyOf = (day: number) => day * ARTICLE_SPAN + ARTICLE_SPAN - 1;

/**
 * The text index is split by time over TEXT_TABLES: period p (PERIOD_DAYS day keys, about six
 * weeks) goes to table p mod TEXT_TABLES.length, so a store of two years has one period per table.
 * FTS5 finds the first row at or after a rowid by reading the word's rows before it one by one
 * (about 40 ns each), so a walk that starts in a small table starts soon.
 */
export const PERIOD_DAYS = 48;
export const TEXT_TABLES = Array.from({ length: 16 }, (_, i) => `event_text_${i}`);

export const periodOf = (key: number) => Math.floor(Math.floor(key / ARTICLE_SPAN) / PERIOD_DAYS);
export const textTableOf = (period: number) => TEXT_TABLES[period % TEXT_TABLES.length];
export const firstKeyOfPeriod = (period: number) => firstKeyOf(period * PERIOD_DAYS);
export const lastKeyOfPeriod = (period: number) => lastKeyOf(period * PERIOD_DAYS + PERIOD_DAYS - 1);
