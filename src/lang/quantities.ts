// Counts in text: numerals, number words and vague amounts, with their qualifier, bounds and the
// noun they count. Years, dates, times, ages, money and percentages are not counts and are skipped.
//
// Qualifiers (QUALIFIERS below) and the bounds each one sets, for a number N:
//   exact       value N, low N, high N        "27 strikes", "a soldier"
//   about       value N                       "about 300", "some 40", "a dozen"
//   at-least    value N, low N                "at least 9", "9 or more"
//   more-than   value N, low N                "more than 40", "over 5,000"
//   at-most     value N, high N               "up to 50", "as many as 50", "no more than 50"
//   fewer-than  value N, high N               "fewer than 20", "under 18"
//   almost      value a little under N, high N "almost a dozen" (about 11, high 12), "nearly 100"
//   range       low A, high B                 "10 to 15", "between 200 and 300", "10-15"
//   several     low (and high) by the word    "dozens" (low 24), "hundreds" (low 200), "a handful" (2..5)
import type { DateMention, QuantityMention } from '../pipeline/doc.ts';
import type { Tokens } from '../pipeline/doc.ts';
import { isAsciiLetter } from '../text/chars.ts';

export const QUALIFIERS = ['exact', 'about', 'at-least', 'more-than', 'at-most', 'fewer-than', 'almost', 'range', 'several'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

// The word tables have no prototype: "a constructor" must not read Object's constructor as a number.
const UNITS: Record<string, number> = Object.setPrototypeOf({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}, null);
const TENS: Record<string, number> = Object.setPrototypeOf({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }, null);
const SCALES: Record<string, number> = Object.setPrototypeOf({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 }, null);
/** Abbreviated scales, read only straight after digits ("1.2m", "3bn"). */
const SHORT_SCALES: Record<string, number> = Object.setPrototypeOf({ k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 }, null);

/** Vague plural amounts and their lower bound; `of` marks those that need "of" after them. */
const VAGUE_PLURALS: Record<string, { low: number; needsOf: boolean }> = Object.setPrototypeOf({
  dozens: { low: 24, needsOf: false },
  scores: { low: 40, needsOf: true },
  hundreds: { low: 200, needsOf: false },
  thousands: { low: 2000, needsOf: false },
  millions: { low: 2e6, needsOf: false },
}, null);

/** Words before a number that qualify it; longest phrases are tried first. */
const PREFIXES: [string[], Qualifier][] = ([
  [['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['more', 'than'], 'more-than'], [['well', 'over'], 'more-than'], [['just', 'over'], 'more-than'], [['over'], 'more-than'],
  [['upwards', 'of'], 'more-than'], [['in', 'excess', 'of'], 'more-than'], [['above'], 'more-than'],
  [['up', 'to'], 'at-most'], [['as', 'many', 'as'], 'at-most'], [['at', 'most'], 'at-most'], [['no', 'more', 'than'], 'at-most'],
  [['a', 'maximum', 'of'], 'at-most'],
  [['fewer', 'than'], 'fewer-than'], [['less', 'than'], 'fewer-than'], [['under'], 'fewer-than'], [['below'], 'fewer-than'],
  [['almost'], 'almost'], [['nearly'], 'almost'], [['close', 'to'], 'almost'], [['just', 'under'], 'almost'], [['just', 'short', 'of'], 'almost'],
  [['about'], 'about'], [['around'], 'about'], [['some'], 'about'], [['roughly'], 'about'], [['approximately'], 'about'],
  [['an', 'estimated'], 'about'], [['estimated'], 'about'], [['circa'], 'about'], [['perhaps'], 'about'],
  [['exactly'], 'exact'], [['precisely'], 'exact'], [['a', 'total', 'of'], 'exact'],
  [['between'], 'range'], [['from'], 'range'],
] as [string[], Qualifier][]).sort((a, b) => b[0].length - a[0].length);

/** Nouns for people: "a"/"an" before one of these (or a demonym standing alone) counts one person. */
const PERSON_NOUNS = new Set([
  'person', 'man', 'woman', 'child', 'boy', 'girl', 'baby', 'infant', 'teenager', 'youth', 'soldier', 'civilian',
  'officer', 'policeman', 'policewoman', 'journalist', 'reporter', 'photographer', 'cameraman', 'worker', 'doctor',
  'nurse', 'medic', 'paramedic', 'teacher', 'student', 'farmer', 'fisherman', 'shepherd', 'fighter', 'militant',
  'rebel', 'insurgent', 'jihadist', 'protester', 'demonstrator', 'activist', 'resident', 'villager', 'refugee',
  'migrant', 'citizen', 'national', 'hostage', 'prisoner', 'detainee', 'captive', 'guard', 'member', 'contractor',
  'volunteer', 'pilot', 'sailor', 'marine', 'commander', 'leader', 'official', 'diplomat', 'peacekeeper', 'settler',
  'gunman', 'attacker', 'assailant', 'bomber', 'suspect', 'driver', 'passenger', 'tourist', 'pedestrian', 'employee',
  'trooper', 'serviceman', 'servicewoman', 'servicemember', 'colonel', 'general', 'captain', 'sergeant', 'lieutenant',
  'major', 'priest', 'imam', 'cleric', 'politician', 'lawmaker', 'mayor', 'governor', 'judge', 'lawyer', 'aid worker',
  'humanitarian', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'elder', 'chief', 'teen', 'pensioner',
]);
/** Endings of demonyms used as nouns ("an American", "an Israeli", "a Pakistani", "a Japanese"). */
const DEMONYM = /^[A-Z][a-z]+(?:an|ian|ean|ese|i|ish|er)$/;

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGIT_RANGE = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/;
const SHORT_SCALED = /^(\d+(?:\.\d+)?)(k|m|mn|bn)$/i;
const CURRENCY = new Set(['$', '£', '€', '¥', '₹', '₽', 'us$', 'usd', 'eur', 'gbp']);
const MONEY_UNITS = new Set(['dollars', 'dollar', 'euros', 'euro', 'pounds', 'pound', 'yuan', 'yen', 'rupees', 'roubles', 'rubles', 'shekels', 'dinars', 'riyals', 'lira', 'cents', 'usd']);
const PERCENT = new Set(['%', 'percent', 'per', 'pc', 'percentage']);
const AGE_UNITS = /^(?:year|month|week|day)s?$/;
const TIME_WORDS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', "o'clock", 'hrs', 'hours', 'h']);
/** Words before a bare four-digit number that make it a year ("in 2019", "the 1973 building"). */
const YEAR_LEADS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'to', 'and', 'the', 'early', 'late', 'mid', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall']);
const NOT_A_COUNT_BEFORE_ONE = new Set(['no', 'the', 'this', 'that', 'every', 'any', 'which', 'each', 'another', 'someone', 'anyone']);
const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'them', 'us', 'whom', 'which']);
const NOUN_RUN_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_NOUN_RUN = 5;
/** Words the tagger may call nouns that end a counted phrase ("the two, aged 49"). */
const NOT_NOUNS = new Set(['aged', 'each', 'apiece', 'old', 'more', 'less', 'total']);

interface Core {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Index after the last token of the number. */
  end: number;
  /** "a"/"an" that counts only when a person noun follows. */
  article: boolean;
  /** The scale word the number ended with ("2 million": 1e6), else 1. */
  scale: number;
}

// A quantity is read within one sentence: the helpers below take the sentence and see no token outside it.
/** Whether token i exists and lies in the sentence. */
const inSentence = (tokens: Tokens, sentence: number, i: number) => i >= 0 && i < tokens.length && tokens.sentence[i] === sentence;
/** Token i's text in lower case, or '' when it is not in the sentence. */
const lowerAt = (tokens: Tokens, sentence: number, i: number) => (inSentence(tokens, sentence, i) ? tokens.text[i].toLowerCase() : '');
const toNumber = (text: string) => Number(text.replace(/,/g, ''));

/**
 * Quantities in one text (the body or a caption), from its tokens in order; numbers inside the
 * given date mentions are parts of dates, not counts. `starts` are the tokens' quantityStarts.
 */
export function findQuantities(source: string, tokens: Tokens, dates: DateMention[], starts: readonly number[]): QuantityMention[] {
  const found: QuantityMention[] = [];
  const inDate = (i: number) => {
    // dates are sorted and do not overlap: only the last one starting at or before the token can hold it
    const start = tokens.start[i];
    let lo = 0;
    let hi = dates.length - 1;
    let candidate = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid].span[0] <= start) {
        candidate = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return candidate >= 0 && tokens.end[i] <= dates[candidate].span[1];
  };
  // a quantity's tokens are not read again: tokens up to `last` are taken
  let last = -1;
  for (const i of starts) {
    if (i <= last) continue;
    const quantity = readQuantity(source, tokens, i, inDate);
    if (!quantity) continue;
    found.push(quantity.mention);
    last = quantity.last;
  }
  return found;
}

const PREFIXES_BY_FIRST = new Map<string, [string[], Qualifier][]>();
for (const prefix of PREFIXES) {
  const first = prefix[0][0];
  PREFIXES_BY_FIRST.set(first, [...(PREFIXES_BY_FIRST.get(first) ?? []), prefix]);
}

/** Words that open a count on their own: number words, vague plurals, "a"/"an" and the like. */
const COUNT_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE_PLURALS), 'a', 'an', 'several', 'half', 'tens', 'dozen'];
/** Words a quantity's reading may start at: a count word or a qualifier's first word. */
const STARTERS = new Set([...COUNT_WORDS, ...PREFIXES.map(([words]) => words[0])]);
/** Words readCore can open a number with (besides digits): any other word yields no number there. */
const NUMBER_OPENERS = new Set([...COUNT_WORDS, ...Object.keys(SCALES)]);

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Starter words by first letter, length and last letter, case-blind (A-Z and a-z share their low five
 * bits): STARTER_ENDS[first * 32 + length] holds bit `last` for each starter. Most tokens fail this
 * without being lower-cased and looked up. A text that lower-cases to a starter starts and ends with
 * ASCII letters: the only other letter that lower-cases to one, the Kelvin sign, gives 'k', and no
 * starter starts or ends with 'k' (checked below).
 */
const STARTER_ENDS = new Uint32Array(32 * 32);
for (const word of STARTERS) {
  if (!/^[a-jl-z](?:[a-z]*[a-jl-z])?$/.test(word) || word.length > 31) throw new Error(`quantity starter "${word}" does not fit STARTER_ENDS`);
  STARTER_ENDS[(word.charCodeAt(0) & 31) * 32 + word.length] |= 1 << (word.charCodeAt(word.length - 1) & 31);
}

/** Indices of the tokens a quantity's reading may start at: a digit or a starter word. */
export function quantityStarts(tokens: Tokens): number[] {
  const starts: number[] = [];
  const texts = tokens.text;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    const first = text.charCodeAt(0);
    if (isDigit(first)) {
      starts.push(i);
      continue;
    }
    const last = text.charCodeAt(text.length - 1);
    if (!isAsciiLetter(first) || !isAsciiLetter(last) || text.length > 31) continue;
    if ((STARTER_ENDS[(first & 31) * 32 + text.length] & (1 << (last & 31))) !== 0 && STARTERS.has(text.toLowerCase())) starts.push(i);
  }
  return starts;
}

function readQuantity(source: string, tokens: Tokens, at: number, inDate: (i: number) => boolean): { mention: QuantityMention; last: number } | null {
  const sentence = tokens.sentence[at];

  let qualifier: Qualifier | null = null;
  let start = at;
  for (const [words, q] of PREFIXES_BY_FIRST.get(tokens.text[at].toLowerCase()) ?? []) {
    if (readsWords(words, tokens, sentence, at)) {
      qualifier = q;
      start = at + words.length;
      break;
    }
  }
  // without a qualifier the token itself must open a number, which most starters ("in", "at", "from") cannot: readCore fails at once
  const number = readCore(tokens, sentence, start);
  if (!number) return null;
  let core: Core = number;
  let end = core.end;

  // ranges: "10 to 15", "two or three", "between 200 and 300"
  const joiner = lowerAt(tokens, sentence, end);
  if (joiner === 'to' || joiner === 'or' || joiner === '-' || joiner === '–' || (joiner === 'and' && qualifier === 'range')) {
    const second = readCore(tokens, sentence, end + 1);
    if (second && second.value !== null && core.value !== null && !core.article && !second.article) {
      // "1 to 2 million": the scale of the second number applies to the first
      const low = second.scale > 1 && core.scale === 1 ? core.value * second.scale : core.value;
      if (second.value > low) {
        core = { value: null, low, high: second.value, qualifier: 'range', end: second.end, scale: 1, article: false };
        end = second.end;
      }
    }
  }
  if (qualifier === 'range' && core.qualifier !== 'range') {
    // "between"/"from" without a second number is no qualifier at all.
    qualifier = null;
  }
  // suffixes: "13 or more", "40 or so"
  if (lowerAt(tokens, sentence, end) === 'or' && (lowerAt(tokens, sentence, end + 1) === 'more' || lowerAt(tokens, sentence, end + 1) === 'so')) {
    qualifier = lowerAt(tokens, sentence, end + 1) === 'more' ? 'at-least' : 'about';
    end += 2;
  }

  // the quantity's tokens, at..end - 1, all lie in the sentence
  const spanStart = tokens.start[at];
  const spanEnd = tokens.end[end - 1];
  // Both tests are pure: "a"/"an" (most of the tokens read here) is dropped by the cheaper noun
  // test first, before the date, money, time and age tests.
  let unit: string | null;
  if (core.article) {
    unit = countedNoun(tokens, sentence, end, core);
    if (!unit || isNotACount(tokens, sentence, at, start, end, core, inDate)) return null;
  } else {
    if (isNotACount(tokens, sentence, at, start, end, core, inDate)) return null;
    unit = countedNoun(tokens, sentence, end, core);
  }
  if (unit && MONEY_UNITS.has(unit)) return null;
  if (isYear(tokens, sentence, start, core, unit)) return null;

  const { value, qualifier: kind, low, high } = bounds(core, qualifier);
  const mention: QuantityMention = {
    value, qualifier: kind, low, high,
    text: source.slice(spanStart, spanEnd),
    span: [spanStart, spanEnd],
    sentence,
    unit: unit ? unit.toLowerCase() : null,
  };
  return { mention, last: end - 1 };
}

/** Whether the tokens from `at` on, within the sentence, are `words` (case-blind). */
function readsWords(words: readonly string[], tokens: Tokens, sentence: number, at: number): boolean {
  for (let k = 0; k < words.length; k++) if (lowerAt(tokens, sentence, at + k) !== words[k]) return false;
  return true;
}

function readCore(tokens: Tokens, sentence: number, at: number): Core | null {
  if (!inSentence(tokens, sentence, at)) return null;
  const text = tokens.text[at].toLowerCase();
  const code = text.charCodeAt(0);
  // every reading below opens on a digit or one of NUMBER_OPENERS: any other word fails at once
  if (!isDigit(code) && !NUMBER_OPENERS.has(text)) return null;
  const next = lowerAt(tokens, sentence, at + 1);

  // numerals (all three patterns open with a digit); most tokens read here are words
  if (isDigit(code)) {
    const digitRange = DIGIT_RANGE.exec(text);
    if (digitRange) {
      const low = toNumber(digitRange[1]);
      const high = toNumber(digitRange[2]);
      // "5-3" is a score, not a range
      return high > low ? { value: null, low, high, qualifier: 'range', end: at + 1, scale: 1, article: false } : null;
    }
    const shortScaled = SHORT_SCALED.exec(text);
    if (shortScaled) {
      const scale = SHORT_SCALES[shortScaled[2].toLowerCase()];
      return exact(Number(shortScaled[1]) * scale, at + 1, scale);
    }
    if (DIGITS.test(text)) {
      const value = toNumber(text);
      const scale = SCALES[next] ?? SHORT_SCALES[next];
      if (scale) return exact(value * scale, at + 2, scale);
      return exact(value, at + 1, 1);
    }
  }

  // vague amounts
  if (text === 'tens' || text === 'hundreds') {
    const after = lowerAt(tokens, sentence, at + 2);
    if (next === 'of' && (after === 'thousands' || after === 'millions')) {
      const base = text === 'tens' ? 10 : 100;
      const scale = after === 'thousands' ? 1e3 : 1e6;
      return vague(2 * base * scale, null, at + 3);
    }
  }
  const plural = VAGUE_PLURALS[text];
  if (plural && (!plural.needsOf || next === 'of')) return vague(plural.low, null, at + 1);
  if (text === 'several' || (text === 'a' && next === 'few')) {
    const skip = text === 'several' ? 1 : 2;
    const low = text === 'several' ? 3 : 2;
    const after = lowerAt(tokens, sentence, at + skip);
    const scale = SCALES[after] ?? (after === 'dozen' ? 12 : 0);
    if (scale) return vague(low * scale, null, at + skip + 1);
    return vague(low, null, at + skip);
  }
  if (text === 'a' && next === 'handful') return vague(2, 5, at + 2);
  if (text === 'a' && next === 'couple' && lowerAt(tokens, sentence, at + 2) === 'of') return exact(2, at + 3, 1, 'about');
  if (text === 'half' && next === 'a' && lowerAt(tokens, sentence, at + 2) === 'dozen') return exact(6, at + 3, 1, 'about');

  const words = readNumberWords(tokens, sentence, at);
  if (words) return words;
  if ((text === 'a' || text === 'an') && next !== 'few') return { value: 1, low: 1, high: 1, qualifier: 'exact', end: at + 1, scale: 1, article: true };
  return null;
}

/** "twenty-five", "one hundred and twenty", "a dozen", "two dozen", "a million", "three thousand". */
function readNumberWords(tokens: Tokens, sentence: number, at: number): Core | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let i = at;
  let scale = 1;
  let dozen = false;
  const opening = lowerAt(tokens, sentence, i);
  if (opening === 'a' || opening === 'an') {
    const next = lowerAt(tokens, sentence, i + 1);
    if (!(next in SCALES) && next !== 'dozen') return null;
    current = 1;
    i++;
  }
  for (; inSentence(tokens, sentence, i); i++) {
    const w = tokens.text[i].toLowerCase();
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w];
      current = 0;
      scale = SCALES[w];
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
      dozen = true;
    } else if ((w === '-' || w === 'and') && seen && (lowerAt(tokens, sentence, i + 1) in UNITS || lowerAt(tokens, sentence, i + 1) in TENS)
      && (w === '-' || lowerAt(tokens, sentence, i - 1) === 'hundred' || lowerAt(tokens, sentence, i - 1) in SCALES)) continue;
    else break;
    seen = true;
  }
  if (!seen) return null;
  // "a dozen" is a round figure, not a count
  return exact(total + current, i, scale, dozen ? 'about' : 'exact');
}

// Cores are built whole, every field always set (no object spread): one object shape, and cheaper to make.
function exact(value: number, end: number, scale: number, qualifier: 'exact' | 'about' = 'exact'): Core {
  return { value, low: value, high: value, qualifier, end, scale, article: false };
}

function vague(low: number, high: number | null, end: number): Core {
  return { value: null, low, high, qualifier: 'several', end, scale: 1, article: false };
}

/** Applies a prefix qualifier to the number's own reading. */
function bounds(core: Core, prefix: Qualifier | null): Pick<QuantityMention, 'value' | 'low' | 'high' | 'qualifier'> {
  if (core.qualifier === 'range') return { value: null, qualifier: 'range', low: core.low, high: core.high };
  // vague amounts: "dozens", or with a prefix "at least dozens"
  if (core.value === null) return { value: null, qualifier: prefix ?? 'several', low: core.low, high: prefix ? null : core.high };
  const n = core.value;
  switch (prefix ?? core.qualifier) {
    case 'at-least': case 'more-than': return { value: n, qualifier: prefix!, low: n, high: null };
    case 'at-most': case 'fewer-than': return { value: n, qualifier: prefix!, low: null, high: n };
    case 'almost': return { value: n - Math.max(1, Math.round(n * 0.05)), qualifier: 'almost', low: null, high: n };
    case 'about': return { value: n, qualifier: 'about', low: null, high: null };
    default: return { value: n, qualifier: 'exact', low: n, high: n };
  }
}

/** The head noun counted: the last noun of the noun run after the number (past "of the"). */
function countedNoun(tokens: Tokens, sentence: number, end: number, core: Core): string | null {
  const { text, start, pos } = tokens;
  let i = end;
  // "ten-storey building", "3,000-strong force": the number measures the hyphened word, not the noun
  if (inSentence(tokens, sentence, i) && text[i] === '-' && inSentence(tokens, sentence, i + 1) && start[i] === tokens.end[i - 1] && start[i + 1] === tokens.end[i]) {
    return core.article ? null : text[i + 1];
  }
  if (!core.article && lowerAt(tokens, sentence, i) === 'of') {
    i++;
    if (OF_DETERMINERS.has(lowerAt(tokens, sentence, i))) i++;
  }
  // token indices, -1 for none
  let head = -1;
  let demonym = -1;
  for (let n = 0; n < MAX_NOUN_RUN; n++, i++) {
    if (!inSentence(tokens, sentence, i)) break;
    if (text[i] === '-' && inSentence(tokens, sentence, i + 1) && start[i + 1] === tokens.end[i] && start[i] === tokens.end[i - 1]) continue;
    // a participle may open the run ("displaced families", "wounded soldiers")
    const participle = n === 0 && pos[i] === 'VERB' && /(?:ed|en|ing)$/.test(text[i]) && NOUN_RUN_POS.has(inSentence(tokens, sentence, i + 1) ? pos[i + 1] : '');
    if ((!NOUN_RUN_POS.has(pos[i]) && !participle) || NOT_NOUNS.has(text[i])) break;
    // adjectives come before the head noun; one after it starts something else ("raids last year")
    if (pos[i] === 'ADJ' && head >= 0) break;
    if (pos[i] === 'NOUN' || pos[i] === 'PROPN') head = i;
    // only "a"/"an" reads the demonym
    if (n === 0 && core.article && DEMONYM.test(text[i])) demonym = i;
  }
  if (head < 0) return null;
  const noun = text[head];
  if (core.article) {
    // after "a"/"an" the head is singular, so its own text is the dictionary form
    if (PERSON_NOUNS.has(noun.toLowerCase())) return noun;
    // "an American" alone; "an American drone" counts a drone, which "a"/"an" does not.
    return demonym === head ? noun : null;
  }
  return noun;
}

function isNotACount(
  tokens: Tokens, sentence: number, at: number, start: number, end: number, core: Core, inDate: (i: number) => boolean,
): boolean {
  for (let i = at; i < end; i++) if (inDate(i)) return true;
  const first = tokens.text[start];
  const before = start - 1;
  const hasBefore = inSentence(tokens, sentence, before);
  const beforeText = lowerAt(tokens, sentence, before);
  const after = lowerAt(tokens, sentence, end);
  const afterNext = lowerAt(tokens, sentence, end + 1);
  // money
  if (hasBefore && (CURRENCY.has(beforeText) || /^[$£€¥₹₽]/.test(first))) return true;
  // percentages
  if (PERCENT.has(after) && (after !== 'per' || afterNext === 'cent')) return true;
  // times: "6am", "10:30", "3 p.m."
  if (/:\d|\d(?:am|pm)$/i.test(first) || (after !== 'hours' && TIME_WORDS.has(after))) return true;
  // ages: "a 25-year-old", "an eleven-month-old", "25 years old", "aged 25"
  const ageHyphened = after === '-' && AGE_UNITS.test(afterNext) && lowerAt(tokens, sentence, end + 3) === 'old';
  if (ageHyphened || (AGE_UNITS.test(after) && afterNext === 'old')) return true;
  if (beforeText === 'aged' || beforeText === 'age') return true;
  // identifiers: "Article 5", "No. 10", "Flight 17" (a capitalised word right before a bare numeral)
  if (/^\d/.test(first) && hasBefore && /^[A-Z]/.test(tokens.text[before]) && (tokens.pos[before] === 'PROPN' || tokens.pos[before] === 'NOUN')
    && !isSentenceStart(tokens, before)) return true;
  // "one" that is a pronoun: "no one", "the one who", "one another"
  if (first.toLowerCase() === 'one' && (NOT_A_COUNT_BEFORE_ONE.has(beforeText) || (hasBefore && tokens.pos[before] === 'ADJ') || after === 'another')) return true;
  return core.value === null && core.low === null;
}

function isSentenceStart(tokens: Tokens, i: number): boolean {
  return i === 0 || tokens.sentence[i - 1] !== tokens.sentence[i];
}

/** A bare four-digit number in year range that no plural noun follows, or that a year word leads. */
function isYear(tokens: Tokens, sentence: number, start: number, core: Core, unit: string | null): boolean {
  if (!/^(1[89]|20)\d\d$/.test(tokens.text[start]) || core.scale > 1 || core.qualifier === 'range') return false;
  return unit === null || YEAR_LEADS.has(lowerAt(tokens, sentence, start - 1));
}
