// Finding places, actors and outlets in a sentence: longest dictionary or gazetteer match over
// word n-grams, filtered against the usual false friends (common words, parts of personal
// names), then resolved with the article's other places as context.
import { Tokens, type Mention } from '../pipeline/doc.ts';
import type { Entity, Location } from '../model/types.ts';
import { dictionary, surnameHolder } from './actors.ts';
import { AGENT_SECTORS, TITLE_ROLES, agentSector, isTitle } from './agents.ts';
import { gazetteer } from './gazetteer.ts';
import { hashKey, hashMore, KeyFilter } from './gazetteer-store.ts';
import { KeyCache } from './key-cache.ts';
import { keyLead, nameKey } from './normalize.ts';
import { bestPlace, weightsOf, type BestPlace, type CountryWeights, type PlaceCandidate, type PlaceContext } from './places.ts';
import { headCountry, headCountryKeys, isGroupOfPeople, PEOPLES, resolveActor, type ActorCandidate, type ActorResolution } from './resolve-actor.ts';
import { COMMON_WORDS } from './stopwords.ts';
import { plainKeyCode, readWords, type Word } from './words.ts';
import { distanceKm } from './geo.ts';

/** What a matched span is, before resolution in context. */
interface Found {
  kind: 'place' | 'actor' | 'outlet';
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Offset of the sentence text inside the text its spans index (body or caption). */
  base: number;
  /** For places: a following ", Region" qualifier. */
  qualifier?: string;
  /** For places: preceded by a locative preposition ("in", "near"). */
  locative: boolean;
  /** The sentence's text (for the words around a match). */
  sentenceText: string;
  /** Followed by a verb of speech ("Lorenzana said"): a person more often than a small town. */
  speaker: boolean;
  /** For places: the words around it call for a region ("New York state", "the state of Washington"). */
  region?: boolean;
  /** For places: followed by "County" or "Parish", a unit the gazetteer does not hold ("Scott County"). */
  county?: boolean;
}

/** A sentence to scan: the offset of `text` in the text that spans index, given outright or as the start of its span (the lang stage's sentences). */
export type SentenceInput = { index: number; text: string } & ({ offset: number } | { span: readonly [number, number] });

/** Lower-case words allowed inside a multi-word name ("Democratic Republic of the Congo"). */
const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'an', 'and', 'on', 'upon', 'for', 'y', 'van', 'von', 'bin', 'ibn', 'ad', 'as', 'ash', 'az', 'ar', 'at', 'en']);
/** Longest connector: longer words skip the set (and hashing their key). */
const CONNECTOR_LENGTH = Math.max(...[...CONNECTORS].map((c) => c.length));
const isConnector = (w: Word): boolean => w.keyLength <= CONNECTOR_LENGTH && CONNECTORS.has(w.key);
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'throughout', 'outside', 'inside', 'around', 'towards', 'toward', 'within', 'via', 'between', 'and', 'of', 'through', 'off', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural', 'occupied', 'neighbouring', 'neighboring', 'mainland', 'entire', 'whole', 'across']);
/** Whether a word in lower case is a locative preposition or the like (a plain word's key is its text in lower case). */
const isLocative = (w: Word): boolean => LOCATIVE.has(w.plain ? w.key : w.text.toLowerCase());
/** Words after a name that make it part of an organisation or a person's name ("Georgia Tech"). */
const PLACE_TYPE = /^(?:city|province|state|region|district|county|governorate|oblast|prefecture|island|islands|valley|strip|bank|heights|river|sea|gulf|lake|mountains?)$/i;
const MAX_WORDS = 7;
/** Capitalised words that may precede a place without making it part of another name. */
const QUALIFYING = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Occupied|Mainland|Rural|Downtown|Inner|Outer|Old|New)$/;
/** Agent nouns that are actor mentions on their own, without a country ("militants", "security forces"). */
const BARE_AGENTS = new Set(['militants', 'militant', 'rebels', 'insurgents', 'fighters', 'jihadists', 'guerrillas', 'separatists', 'terrorists',
  'militias', 'militia', 'militiamen', 'gunmen', 'gunman', 'armed men', 'attackers', 'assailants', 'protesters', 'protestors', 'demonstrators',
  'civilians', 'residents', 'villagers', 'refugees', 'migrants', 'hostages', 'settlers', 'troops', 'soldiers', 'security forces', 'police',
  'riot police', 'police officers', 'policemen', 'officials', 'authorities', 'government forces', 'journalists', 'aid workers', 'lawmakers', 'activists']);
const MIN_SCORE = 0.35;
/** Titles that only come before a person's name ("Mr. Bolton", "Gen Avril"). */
const PERSONAL_TITLE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Prof|Brig|Cmdr|Rev|Sir|Dame|Lady|Lord)\.? $/u;
/** "ethnic" before a people's name. */
const ETHNIC_BEFORE = /\bethnic $/i;
/** Whether ETHNIC_BEFORE may match before a found span: "c " right before it. */
const mayBeEthnicBefore = (f: Found): boolean => f.start >= 7 && f.sentenceText.charCodeAt(f.start - 1) === 32 && (f.sentenceText.charCodeAt(f.start - 2) | 32) === 99;
/** A verb of speech right after a name. */
const SPEECH_AFTER = /^,? (?:said|says|told|added|adds|stated|insisted|argued|noted|claimed|replied|declared)\b/;
/** Words after a name that make it a state or province: "New York state", "Washington State", "New York Governor Cuomo". */
const REGION_AFTER = /^(?: [Ss]tate\b(?! (?:[Uu]niversity|[Cc]ollege|[Dd]epartment|[Pp]ark|[Pp]rison))| (?:[Ss]tate )?(?:[Gg]overnor|[Gg]ov\.|[Ll]egislature|[Ss]tate [Hh]ouse)\b)/;
/** A county or parish after a name ("Scott County"): the gazetteer has no such units below first-level regions. */
const COUNTY_AFTER = /^ (?:County|Parish|Borough)\b/;
/** A city this populous usually sits in the county named after it ("Los Angeles County"): the city is a fair answer. */
const COUNTY_CITY_POPULATION = 100_000;
/** "the state of Washington", "the province of Ontario". */
const REGION_BEFORE = /\b(?:state|province) of $/i;
/** Text between two items of a list of places ("Texas, Washington and Ohio"). */
const LIST_GAP = /^(?:, | and |, and | or |, or )$/;
/** A city this close to the place before it contains it ("Brooklyn, New York"): the qualifier is that city, not its state. */
const CONTAINS_KM = 40;

/** A town this small followed by "said" is a person's surname ("Lorenzana said"). */
const SPEAKER_TOWN_POPULATION = 50_000;

/** Whether two words are joined only by a space, a hyphen or a possessive ("'s ", "Workers' "), with no punctuation between. */
function joined(text: string, a: Word, b: Word): boolean {
  const gap = b.start - a.end;
  if (gap === 0) return true;
  if (gap === 1) return text[a.end] === ' ' || text[a.end] === '-';
  if (gap === 3) return text.startsWith("'s ", a.end) || text.startsWith('’s ', a.end);
  return gap === 2 && (text.startsWith("' ", a.end) || text.startsWith('’ ', a.end) || (text.startsWith('. ', a.end) && isInitial(a)));
}

/** A middle initial ("W" of "George W. Bush"). */
const isInitial = (w: Word): boolean => w.end - w.start === 1 && w.capital;

/** nameKey of the text between two joined words ("’s " -> "'s ", the ". " after an initial -> " "). */
function gapKey(text: string, a: Word, b: Word): string {
  const gap = b.start - a.end;
  return gap === 0 ? '' : gap === 1 ? text[a.end] : gap === 2 ? (text[a.end] === '.' ? ' ' : "' ") : "'s ";
}

/** Whether `key` is a dictionary name; an acronym's only as written in capitals (text from..to). */
function isActorPhrase(key: string, text: string, from: number, to: number): boolean {
  const d = dictionary();
  if (!d.byAlias.has(key)) return false;
  if (!d.acronyms.has(key)) return true;
  const written = text.slice(from, to);
  return written === written.toUpperCase();
}

function isOutlet(key: string): boolean {
  const d = dictionary();
  return d.byAlias.get(key)!.every((id) => d.actors.get(id)!.outlet);
}

const isAgentOrTitle = (rest: string): boolean => agentSector(rest) !== undefined || isTitle(rest);
const isHeadedRest = (rest: string): boolean => isAgentOrTitle(rest) || isGroupOfPeople(rest);

let restStarts: Set<string> | null = null;

/** Builds the scan's tables (first parts of names, hash filters, first words after a country head) ahead of the first article. */
export function loadScanTables(): void {
  nameLeadIndex();
  keyFilters();
  restStartWords();
}

function restStartWords(): Set<string> {
  if (!restStarts) {
    restStarts = new Set();
    for (const key of [...Object.keys(AGENT_SECTORS), ...Object.keys(TITLE_ROLES), ...PEOPLES, ...gazetteer().demonyms.keys()]) restStarts.add(key.split(' ')[0]);
  }
  return restStarts;
}

/**
 * Whether words from..to (keys joined by spaces, without a leading "the") may be what isHeadedRest
 * accepts: its first word opens an agent noun, a title, a people or a demonym. False only when it
 * cannot; most runs after a country word are turned away without building their key.
 */
function mayBeHeadedRest(ws: Word[], from: number, to: number): boolean {
  const first = ws[from].isThe() && to > from ? ws[from + 1].key : ws[from].key;
  return restStartWords().has(first);
}
/** First words of office titles: a lower-case one may open "foreign minister of Japan". */
const TITLE_STARTS = new Set(Object.keys(TITLE_ROLES).map((t) => t.split(' ')[0]));
/** Longest country head of a generic phrase, in words ("Sri Lankan", "Bosnia and Herzegovina's"). */
const MAX_HEAD_WORDS = 3;

/** "foreign minister of Japan", "the president of the Philippines": an office or agent of a country. */
function titleOfCountry(key: string): boolean {
  if (!key.includes(' of ')) return false;
  const of = / of (?:the )?(.+)$/.exec(key);
  return !!of && isAgentOrTitle(key.slice(0, of.index)) && isCountryName(of[1]);
}

/**
 * The proper-noun tokens of an article, asked by sentence: found by halving in the article's tokens
 * at each question (a sentence asks a few times, if at all), rather than reading every token first.
 * The tokens come in sentence order, each sentence's by start, as the lang stage makes them.
 */
class ProperNouns {
  private tokens = new Tokens();
  private sentence = -1;
  /** The sentence's tokens are [from, to) of `tokens`, found at its first question (from = -1 before). */
  private from = -1;
  private to = -1;

  /** Starts answering for the sentences of `tokens`. */
  start(tokens: Tokens): void {
    this.tokens = tokens;
  }

  /** Starts answering for sentence `sentence`. */
  reset(sentence: number): void {
    this.sentence = sentence;
    this.from = -1;
  }

  /** Whether a proper-noun token of the sentence starts at `start` (in the text spans index). */
  has(start: number): boolean {
    const tokens = this.tokens;
    if (this.from < 0) {
      this.from = firstAtLeast(tokens.sentence, 0, tokens.length, this.sentence);
      this.to = firstAtLeast(tokens.sentence, this.from, tokens.length, this.sentence + 1);
    }
    // tokens that start at `start`: any of them a proper noun
    for (let k = firstAtLeast(tokens.start, this.from, this.to, start); k < this.to && tokens.start[k] === start; k++) {
      if (tokens.pos[k] === 'PROPN') return true;
    }
    return false;
  }
}

/**
 * The first index in [from, to) of `values` whose value is at least `value` (to if none); the values
 * must be sorted there: the tokens' sentences, or a sentence's token starts.
 */
function firstAtLeast(values: Int32Array, from: number, to: number, value: number): number {
  let lo = from, hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const properNouns = new ProperNouns();

/**
 * Lower-case words that may open a phrase (office titles, bare agent nouns), by first letter: bits of
 * their lengths, of their second letters and of their last letters (low 5 bits of each code). Most
 * lower-case words are turned away without hashing them.
 */
const PHRASE_LENGTHS = new Int32Array(128);
const PHRASE_SECONDS = new Int32Array(128);
const PHRASE_LASTS = new Int32Array(128);
/** Whether `key` may be one of the lower-case words that open a phrase; false only when it is none. */
function mayStartPhrase(key: string): boolean {
  return phraseShapeFits(key.charCodeAt(0), key.length, key.charCodeAt(1), key.charCodeAt(key.length - 1));
}

/** mayStartPhrase(w.key), read from the text of a plain word. */
function wordMayStartPhrase(w: Word): boolean {
  if (!w.plain) return mayStartPhrase(w.key);
  const first = w.keyCodeAt(0), length = w.end - w.start;
  // most words fail on their first character and length: the second and last are read only after that
  return phraseLengthFits(first, length) && phraseShapeFits(first, length, w.keyCodeAt(1), w.keyCodeAt(length - 1));
}

/** The phrase tables' test on a key's first character and length (phraseShapeFits' first step). */
function phraseLengthFits(first: number, length: number): boolean {
  return first >= 128 || length > 31 || (PHRASE_LENGTHS[first] & (1 << length)) !== 0;
}

/** The phrase tables' test on a key's first, second and last characters and its length (the second is read only from two letters on). */
function phraseShapeFits(first: number, length: number, second: number, last: number): boolean {
  if (first >= 128 || length > 31) return true;
  if (!phraseLengthFits(first, length)) return false;
  return length < 2 || ((PHRASE_SECONDS[first] & (1 << (second & 31))) !== 0 && (PHRASE_LASTS[first] & (1 << (last & 31))) !== 0);
}

/** Longest bare agent phrase in words, plus a leading "the". */
const BARE_AGENT_WORDS = Math.max(...[...BARE_AGENTS].map((a) => a.split(' ').length)) + 1;
const withoutThe = (key: string): string => (key.startsWith('the ') ? key.slice(4) : key);
/** First words of the bare agent phrases: the only lower-case words, besides titles and "the", that open a phrase. */
const BARE_AGENT_STARTS = new Set([...BARE_AGENTS].map((a) => a.split(' ')[0]));
for (const word of [...TITLE_STARTS, ...BARE_AGENT_STARTS]) {
  const c = word.charCodeAt(0);
  if (c >= 128 || word.length > 31) continue;
  PHRASE_LENGTHS[c] |= 1 << word.length;
  if (word.length < 2) continue;
  PHRASE_SECONDS[c] |= 1 << (word.charCodeAt(1) & 31);
  PHRASE_LASTS[c] |= 1 << (word.charCodeAt(word.length - 1) & 31);
}

let nameLeads: Set<string> | null = null;

/**
 * First parts of the keys of places, demonyms and actors that have several parts ("sri" of
 * "sri lanka"), and of agent nouns and titles; single-part keys are looked up in their own maps.
 */
export function nameLeadIndex(): Set<string> {
  if (nameLeads) return nameLeads;
  const g = gazetteer();
  const leads = new Set<string>();
  g.addNameLeads(leads);
  for (const keys of [g.demonyms.keys(), dictionary().byAlias.keys()]) {
    for (const key of keys) {
      const lead = keyLead(key);
      if (lead !== key) leads.add(lead);
    }
  }
  for (const key of [...Object.keys(AGENT_SECTORS), ...Object.keys(TITLE_ROLES)]) leads.add(keyLead(key));
  nameLeads = leads;
  return leads;
}

/**
 * Whether a run of joined words from word i can be anything the scan looks up: every key a run's
 * keys can equal (or open, for a country head or an office) starts with the run's first part. Most
 * words open nothing and skip building the run's keys. The hash filters answer alone: a word they
 * let through by chance (about 2%) only costs a run whose exact lookups then find nothing, less
 * than asking the sets for every word that does open a name. `phrase`: wordMayStartPhrase(ws[i]) for a lower-case word.
 */
function mayOpenName(ws: Word[], i: number, capital: boolean, phrase: boolean): boolean {
  const w = ws[i];
  // words with nothing between them ("A.B.Cd") make a first part this word alone does not show
  if (ws[i + 1]?.start === w.end) return true;
  if (w.isThe() && i + 1 < ws.length && mayOpenName(ws, i + 1, capital, !capital && wordMayStartPhrase(ws[i + 1]))) return true;
  if (!capital) return phrase && BARE_AGENT_STARTS.has(w.key);
  const hash = w.plain ? plainLeadHash(w) : leadHash(w.key);
  return keyFilters().opens.has(hash) || gazetteer().mayHaveName(hash);
}

/** hashKey(keyLead(key)), without cutting the first part out. */
function leadHash(key: string): number {
  let h = FNV_START;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c === 32 || c === 45 || c === 39) break;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}
/** leadHash(w.key) of a plain word, read from its text. */
function plainLeadHash(w: Word): number {
  const text = w.source;
  let h = FNV_START;
  for (let k = w.start; k < w.end; k++) {
    const c = plainKeyCode(text.charCodeAt(k));
    if (c === 45 || c === 39) break;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}
const FNV_START = hashKey('');

interface KeyFilters {
  /** First parts that open a name, dictionary names and demonyms (what mayOpenName asks besides the gazetteer's names). */
  opens: KeyFilter;
  /** Dictionary names. */
  aliases: KeyFilter;
  demonyms: KeyFilter;
  /** Demonyms, countries' names and the dictionary names with a country (headCountryKeys): what headCountry can know without a possessive or "-led". */
  heads: KeyFilter;
  /** The words of the keys a run can match past its first word, but those of places (see mayRunOn). */
  inKeys: KeyFilter;
}
let filters: KeyFilters | null = null;
/** About how many name keys countries have in the gazetteer (824 in 2025), to size the heads filter. */
const COUNTRY_NAMES = 1_000;

/** Hash filters of the dictionary's names, the demonyms and the first parts of names (the gazetteer has its own). */
function keyFilters(): KeyFilters {
  if (filters) return filters;
  const leads = nameLeadIndex(), aliases = dictionary().byAlias, demonyms = gazetteer().demonyms;
  const f: KeyFilters = {
    opens: new KeyFilter(leads.size + aliases.size + demonyms.size), aliases: new KeyFilter(aliases.size), demonyms: new KeyFilter(demonyms.size),
    heads: new KeyFilter(aliases.size + demonyms.size + COUNTRY_NAMES),
    // the names' keys hold about as many distinct words as there are keys (3,225 and 3,420 in 2025)
    inKeys: new KeyFilter(aliases.size + demonyms.size + COUNTRY_NAMES),
  };
  const add = (keys: Iterable<string>, filter: KeyFilter | null) => {
    for (const key of keys) {
      const hash = hashKey(key);
      f.opens.add(hash);
      filter?.add(hash);
    }
  };
  add(leads, null);
  add(aliases.keys(), f.aliases);
  add(demonyms.keys(), f.demonyms);
  for (const keys of [demonyms.keys(), headCountryKeys()]) for (const key of keys) f.heads.add(hashKey(key));
  gazetteer().addCountryNameHashes(f.heads);
  for (const keys of [aliases.keys(), demonyms.keys(), gazetteer().countryNameKeys(), Object.keys(AGENT_SECTORS), Object.keys(TITLE_ROLES), PEOPLES, BARE_AGENTS, CONNECTORS]) {
    for (const key of keys) addKeyWords(key, f.inKeys);
  }
  filters = f;
  return f;
}

/**
 * Adds to `filter` the hash of each word a key can hold, as a run's word would be keyed: the parts
 * between spaces, and also those between hyphens and apostrophes (words joined by "-" or "'s ").
 */
function addKeyWords(key: string, filter: KeyFilter): void {
  for (const part of key.split(/[ '-]/)) filter.add(hashKey(part));
  // a space-separated part holding "-" or "'" is also a word of its own
  if (/['-]/.test(key)) for (const part of key.split(' ')) filter.add(hashKey(part));
}

/**
 * Whether a run may go on to word `next`, joined to the run's last word `prev`: not over a plain
 * lower-case word that no key the run can match holds ("Obama said ..."). A place's name is no such
 * key: a run's places end at its first word that mayBeInPlaceName turns away (placeEnd), and words
 * with nothing between them run their keys together, so neither stops a run.
 */
function mayRunOn(prev: Word, next: Word, inKeys: KeyFilter): boolean {
  return next.capital || !next.plain || next.start === prev.end || inKeys.has(next.hashKeyOnto(FNV_START)) || mayBeInPlaceName(next);
}

/**
 * The run of joined words being read at one word of a sentence: each longer key's hash, made word
 * by word, and its key, made only when asked (a hash filter turns most runs' keys away unmade).
 */
class WordRun {
  private ws: Word[] = [];
  private first = 0;
  /** Words in the run. */
  length = 0;
  /** The first word is "the" and a space: the longer keys leave them out (withoutThe). */
  strip = false;
  /** A word "of", or two words with nothing between them: only then can a key hold " of ". */
  mayHoldOf = false;
  /** Two words with nothing between them: their keys run together. */
  private adjacent = false;
  /** ofs[n]: word n's key is "of". */
  private readonly ofs = new Uint8Array(MAX_WORDS);
  /** hashes[n]: hashKey(key(n)). */
  readonly hashes = new Uint32Array(MAX_WORDS);
  /** keyLengths[n]: key(n).length. */
  readonly keyLengths = new Int32Array(MAX_WORDS);
  /** gaps[n]: nameKey of the text between words n - 1 and n of the run. */
  private readonly gaps: string[] = new Array<string>(MAX_WORDS).fill('');
  /** keys[n]: key(n) once made, else null. */
  private readonly keys: (string | null)[] = new Array<string | null>(MAX_WORDS).fill(null);

  /** Starts a run at word `first`: one word long. */
  start(ws: Word[], first: number): void {
    for (let n = 0; n < this.length; n++) this.keys[n] = null;
    this.ws = ws;
    this.first = first;
    this.length = 1;
    this.strip = false;
    this.mayHoldOf = false;
    this.adjacent = false;
    this.hashes[0] = ws[first].hashKeyOnto(FNV_START);
    this.keyLengths[0] = ws[first].keyLength;
  }

  /** Adds the next word, joined to the run's last by `gap` (its gapKey). */
  extend(gap: string): void {
    const n = this.length++;
    const w = this.ws[this.first + n];
    if (n === 1) this.strip = gap === ' ' && this.ws[this.first].isThe();
    const of = w.keyIs('of');
    this.ofs[n] = of ? 1 : 0;
    if (gap === '') this.adjacent = true;
    if (gap === '' || of) this.mayHoldOf = true;
    const stripped = this.strip && n === 1;
    this.hashes[n] = w.hashKeyOnto(stripped ? FNV_START : hashMore(this.hashes[n - 1], gap));
    this.gaps[n] = gap;
    this.keyLengths[n] = stripped ? w.keyLength : this.keyLengths[n - 1] + gap.length + w.keyLength;
  }

  /**
   * Whether the longest key holds " of ", read from the words and gaps: a word "of" inside the key
   * after a gap that ends with a space and before a gap that is one (words run together: from the key).
   */
  holdsOf(): boolean {
    if (!this.mayHoldOf) return false;
    if (this.adjacent) return this.key(this.length - 1).includes(' of ');
    for (let n = this.strip ? 2 : 1; n < this.length - 1; n++) {
      if (this.ofs[n] === 1 && this.gaps[n].endsWith(' ') && this.gaps[n + 1] === ' ') return true;
    }
    return false;
  }

  /** Keys of the run's words 0..n joined by their gaps, without a leading "the " (withoutThe). */
  key(n: number): string {
    let key = this.keys[n];
    if (key === null) {
      const from = this.strip && n > 0 ? 1 : 0;
      key = this.ws[this.first + from].key;
      for (let k = from + 1; k <= n; k++) key += this.gaps[k] + this.ws[this.first + k].key;
      this.keys[n] = key;
    }
    return key;
  }
}

const run = new WordRun();
/** Word counts of the country heads that open the run being read. */
const runHeads: number[] = [];
/** Longest bare agent phrase, in characters. */
const BARE_AGENT_LENGTH = Math.max(...[...BARE_AGENTS].map((a) => a.length));

/**
 * Finds the spans of places, actors and outlets in one sentence: at each word, the longest run of
 * joined words that names something, with the run's keys built word by word; a lower-case word
 * can only open a bare agent phrase ("militants", "the security forces"). `propn` tells the
 * starts of the sentence's proper-noun tokens in the text its spans index (null: no tokens); the
 * matches are added to `found`, which is returned.
 */
export function scanSentence(sentence: SentenceInput, propn: ProperNouns | null, surnames: Set<string> = new Set(), found: Found[] = []): Found[] {
  const text = sentence.text;
  const offset = 'offset' in sentence ? sentence.offset : sentence.span[0];
  const ws = readWords(text);
  const g = gazetteer();
  const filter = keyFilters();
  for (let i = 0; i < ws.length;) {
    const capital = ws[i].capital;
    // a lower-case word that may open a phrase (wordMayStartPhrase), else none
    const phrase = !capital && wordMayStartPhrase(ws[i]);
    const titled = phrase && TITLE_STARTS.has(ws[i].key);
    if (!titled && !mayOpenName(ws, i, capital, phrase)) {
      i++;
      continue;
    }
    const limit = Math.min(ws.length - 1, i + (capital || titled ? MAX_WORDS : BARE_AGENT_WORDS) - 1);
    run.start(ws, i);
    let last = i;
    while (last < limit && joined(text, ws[last], ws[last + 1]) && mayRunOn(ws[last], ws[last + 1], filter.inKeys)) {
      last++;
      run.extend(gapKey(text, ws[last - 1], ws[last]));
    }
    // word counts of the country heads that open this run ("Israeli", "Sri Lankan", "Vietnamese-led")
    runHeads.length = 0;
    if (capital) for (let h = 1; h <= Math.min(MAX_HEAD_WORDS, last - i); h++) if (mayBeHead(ws[i + h - 1], run.hashes[h - 1]) && headCountry(run.key(h - 1)) !== undefined) runHeads.push(h);
    // words i..placeEnd - 1 may be a place's name as written (placeOk turns longer runs away): only those are looked up as places
    let placeEnd = i;
    if (capital) while (placeEnd <= last && mayBeInPlaceName(ws[placeEnd])) placeEnd++;
    // " of " in the run's longest key: the only keys that can be an office of a country ("foreign minister of Japan")
    const hasOf = run.holdsOf();
    let hit: Found | null = null;
    for (let j = last; j >= i && !hit; j--) {
      const n = j - i;
      const hash = run.hashes[n];
      // a capitalised run's branches below, by their cheap first tests: most ends fail them all and skip the connector test
      if (capital && !(filter.aliases.has(hash) || (j > i && (runHeads.length > 0 || hasOf))
        || ((i === j || (j === i + 1 && ws[i].isThe())) && filter.demonyms.has(hash)) || (j < placeEnd && g.mayHaveName(hash)))) continue;
      if (isConnector(ws[j])) continue;
      let kind: Found['kind'] | null = null;
      if (!capital) {
        if ((run.keyLengths[n] <= BARE_AGENT_LENGTH && BARE_AGENTS.has(run.key(n))) || (titled && j > i && hasOf && titleOfCountry(run.key(n)))) kind = 'actor';
      } else if (filter.aliases.has(hash) && isActorPhrase(run.key(n), text, ws[j > i && ws[i].key === 'the' ? i + 1 : i].start, ws[j].end)) {
        kind = isOutlet(run.key(n)) ? 'outlet' : 'actor';
      } else if (headedRestAt(ws, i, j) || (hasOf && j > i && titleOfCountry(run.key(n)))) {
        kind = 'actor';
      } else if ((i === j || (j === i + 1 && ws[i].key === 'the')) && filter.demonyms.has(hash) && g.demonyms.has(run.key(n)) && !COMMON_WORDS.has(run.key(n)) && !isCountryName(run.key(n))) {
        // "Argentine" is the adjective before it is a town in Kansas
        kind = 'actor';
      } else if (j < placeEnd && g.mayHaveName(hash) && g.hasName(run.key(n), hash) && placeOk(text, ws, i, j, propn, offset, surnames)) {
        kind = 'place';
      }
      if (!kind) continue;
      hit = {
        kind, start: ws[i].start, end: ws[j].end, text: text.slice(ws[i].start, ws[j].end), sentence: sentence.index, base: offset,
        locative: i > 0 && isLocative(ws[i - 1]), qualifier: kind === 'place' ? qualifierAfter(text, ws, j) : undefined,
        speaker: maySpeakAfter(text, ws[j].end) && SPEECH_AFTER.test(text.slice(ws[j].end, ws[j].end + 12)), sentenceText: text,
        county: kind === 'place' && spaceThen(text, ws[j].end, 'CPB') && COUNTY_AFTER.test(text.slice(ws[j].end, ws[j].end + 8)),
        region: kind === 'place' && ((spaceThen(text, ws[j].end, 'SsGgLl') && REGION_AFTER.test(text.slice(ws[j].end, ws[j].end + 30)))
          || (endsWithOf(text, ws[i].start) && REGION_BEFORE.test(text.slice(Math.max(0, ws[i].start - 20), ws[i].start)))),
      };
      last = j;
    }
    if (hit && hit.kind !== 'outlet' && startsWithThe(text, hit.start, hit.end)) {
      // "The US": the article is not part of the name
      hit.start = ws[i + 1].start;
      hit.text = text.slice(hit.start, hit.end);
    }
    if (hit) {
      found.push(hit);
      i = last + 1;
    } else i++;
  }
  return found;
}

/** Whether text[start, end) opens with "the " in any case (/^the /i). */
function startsWithThe(text: string, start: number, end: number): boolean {
  return end - start >= 4 && text.charCodeAt(start + 3) === 32 && (text.charCodeAt(start) | 32) === 116
    && (text.charCodeAt(start + 1) | 32) === 104 && (text.charCodeAt(start + 2) | 32) === 101;
}

// Cheap tests of the characters the patterns around a match must start or end with: most matches
// are turned away without cutting out the text and running the pattern.

/** A space at `at`, then one of `firsts`. */
function spaceThen(text: string, at: number, firsts: string): boolean {
  return text.charCodeAt(at) === 32 && at + 1 < text.length && firsts.includes(text[at + 1]);
}
/** Whether SPEECH_AFTER may match at `at`: an optional comma, a space, a first letter of its verbs. */
const maySpeakAfter = (text: string, at: number): boolean => spaceThen(text, text.charCodeAt(at) === 44 ? at + 1 : at, 'stainrcd');
/** Whether the text before `at` ends with "of " in either case (what REGION_BEFORE ends with). */
function endsWithOf(text: string, at: number): boolean {
  return at >= 3 && text.charCodeAt(at - 1) === 32 && (text[at - 2] === 'f' || text[at - 2] === 'F') && (text[at - 3] === 'o' || text[at - 3] === 'O');
}

/** Whether words i..j are a country head of the run (runHeads) and a rest that isHeadedRest accepts ("Israeli" + "forces"). */
function headedRestAt(ws: Word[], i: number, j: number): boolean {
  for (const h of runHeads) {
    if (i + h > j || !mayBeHeadedRest(ws, i + h, j)) continue;
    // the rest's key: its words' keys joined by spaces, without a leading "the". Made here, not in a
    // helper: one of its own ran unoptimised until news text made it hot, hundreds of articles in,
    // and then cost a 5-20 ms compile.
    let rest = ws[i + h].key;
    for (let k = i + h + 1; k <= j; k++) rest += ' ' + ws[k].key;
    if (isHeadedRest(withoutThe(rest))) return true;
  }
  return false;
}

/**
 * Whether headCountry can know a head whose last word's key is `lastKey` and whose key hashes to
 * `hash`: a head that is not a possessive or "-led" compound must be a demonym, a country's name or a
 * dictionary name with a country.
 */
function mayBeHead(last: Word, hash: number): boolean {
  return keyFilters().heads.has(hash) || last.keyEndsWith("'s") || last.keyEndsWith('-led');
}

/** Whether a word may be part of a place's name as written: a capital, a connector ("of") or a lower-case prefix of a capital ("al-Qaeda"). */
function mayBeInPlaceName(w: Word): boolean {
  if (w.capital) return true;
  if (w.plain) {
    // the key is the lower case (’ as '); the prefix needs a hyphen or an apostrophe
    if (w.end - w.start <= CONNECTOR_LENGTH && CONNECTORS.has(w.key)) return true;
    return hasJoiner(w) && LOWER_PREFIX.test(w.text);
  }
  // a connector is short (lower case keeps a word's length when it gives ASCII); the prefix needs a hyphen or an apostrophe
  const t = w.text;
  return (t.length <= CONNECTOR_LENGTH && CONNECTORS.has(t.toLowerCase()))
    || ((t.includes('-') || t.includes("'") || t.includes('’')) && LOWER_PREFIX.test(t));
}
/** A lower-case prefix of a capitalised name ("al-Qaeda"). */
const LOWER_PREFIX = /^\p{Ll}{1,3}[-'’]\p{Lu}/u;

/** Whether a plain word has a hyphen or an apostrophe. */
function hasJoiner(w: Word): boolean {
  for (let k = w.start + 1; k < w.end; k++) {
    const c = w.source.charCodeAt(k);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

/**
 * Rejects a place match that is likely a common word or part of a longer proper name. A single word
 * read as a person's surname ("Delfin Lorenzana", "Mr. Bolton") goes into `surnames`.
 */
function placeOk(text: string, ws: Word[], i: number, j: number, propn: ProperNouns | null, offset: number, surnames: Set<string>): boolean {
  for (let k = i; k <= j; k++) if (!mayBeInPlaceName(ws[k])) return false;
  // one word: its key is nameKey of its text
  const key = i === j ? ws[i].key : nameKey(text.slice(ws[i].start, ws[j].end));
  const ids = gazetteer().lookup(key);
  const written = ws[i].text;
  const common = i === j && COMMON_WORDS.has(key) && !isAcronym(written) && !hasCountryOrListed(ids);
  const before = ws[i - 1];
  const after = ws[j + 1];
  const inName = (before?.capital && joined(text, before, ws[i]) && !isSentenceStart(text, before)) || (after?.capital && joined(text, ws[j], after) && !PLACE_TYPE.test(after.text));
  if (common && (inName || !(LOCATIVE.has(before?.text ?? '') && !isSentenceStart(text, ws[i])))) return false;
  if (ws[i].text.length < 3 && !ALL_CAPITALS.test(ws[i].text)) return false;
  // "an NGO", "the CEO": an acronym names a place only if that place is a country, a capital, listed or large
  if (i === j && isAcronym(written) && !isStrongPlace(ids)) return false;
  // "Mr. Bolton": kept as a match so that findMentions can read it as the person
  if (i === j && mayFollowTitle(text, ws[i].start) && PERSONAL_TITLE.test(text.slice(Math.max(0, ws[i].start - 6), ws[i].start))) {
    surnames.add(key);
    return true;
  }
  if (propn && !hasProperNoun(ws, i, j, propn, offset)) return !common && isStrongPlace(ids);
  // a given name before a place ("Michael Jordan") makes it a person, whatever the place; no given
  // name ends in a lower-case compound ("NATO-member Norway") or comes before an acronym ("Recent US")
  if (before?.capital && ws[i].start - before.end === 1 && text.charCodeAt(before.end) === 32 && !(isSentenceStart(text, before) && COMMON_WORDS.has(before.text.toLowerCase()))
    && !QUALIFYING.test(before.text) && !isCountryWord(before.key) && !LOWER_COMPOUND_END.test(before.text) && !(i === j && isAcronym(written))) {
    if (i === j) surnames.add(key);
    return false;
  }
  // a small place inside a longer capitalised name ("Davinio Catbagan") is part of that name
  return !inName || isStrongPlace(ids);
}

/** Whether one of the places is a country, a capital, a listed place or a large city or region. */
function isStrongPlace(ids: number[]): boolean {
  const g = gazetteer();
  for (const id of ids) {
    if (g.precisionOf(id) === 'country' || g.prior.has(id) || g.featureOf(id) === 'PPLC' || g.populationOf(id) >= (g.precisionOf(id) === 'admin1' ? 100_000 : 500_000)) return true;
  }
  return false;
}

/** Whether one of the places is a country or a listed place. */
function hasCountryOrListed(ids: number[]): boolean {
  const g = gazetteer();
  for (const id of ids) if (g.precisionOf(id) === 'country' || g.prior.has(id)) return true;
  return false;
}

/** Whether one of words i..j starts a proper-noun token (`propn`: starts in the text spans index, `offset`: the sentence's). */
function hasProperNoun(ws: Word[], i: number, j: number, propn: ProperNouns, offset: number): boolean {
  for (let k = i; k <= j; k++) if (propn.has(offset + ws[k].start)) return true;
  return false;
}

// Patterns with \p{...} are module constants: tsx compiles a literal one inside a function to a new RegExp per call.
const ACRONYM = /^\p{Lu}[\p{Lu}.]+$/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
/** A word ending in a lower-case compound ("NATO-member"). */
const LOWER_COMPOUND_END = /-\p{Ll}+$/u;
const isAcronym = (written: string): boolean => ACRONYM.test(written);

function isCountryWord(key: string): boolean {
  return gazetteer().demonyms.has(key) || isCountryName(key);
}

function isCountryName(key: string): boolean {
  return gazetteer().countryIdOf(key) !== undefined;
}

function isSentenceStart(text: string, w: Word): boolean {
  if (w.start === 0) return true;
  // most sentences open with a printable ASCII character: nothing before the word is only white space
  const c = text.charCodeAt(0);
  if (c > 32 && c < 128) return false;
  return text.slice(0, w.start).trim() === '';
}

/**
 * Whether PERSONAL_TITLE may match the six characters before `start`: they end with a space and
 * hold a capital (every title opens with one); false for most words.
 */
function mayFollowTitle(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  for (let k = Math.max(0, start - 6); k < start - 1; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** ", Bulacan" or " in Nueva Ecija" right after a place: a region or country that qualifies it. */
function qualifierAfter(text: string, ws: Word[], j: number): string | undefined {
  const next = ws[j + 1];
  if (!next || !next.capital) return undefined;
  const from = ws[j].end, gap = next.start - from;
  if (!(gap === 2 && (text.startsWith(', ', from) || text.startsWith(' ,', from))) && !(gap === 4 && text.startsWith(' in ', from))) return undefined;
  let k = j + 1;
  while (k + 1 < ws.length && ws[k + 1].capital && joined(text, ws[k], ws[k + 1]) && k - j < 4) k++;
  for (let m = k; m > j; m--) {
    const candidate = text.slice(next.start, ws[m].end);
    if (gazetteer().byName.has(nameKey(candidate))) return candidate;
  }
  return undefined;
}

export interface ScanOptions {
  date?: string;
  outletCountry?: string;
  /** In sentence order, each sentence's by start (as the lang stage makes them). */
  tokens?: Tokens;
}

/** Finds and resolves the mentions of a set of sentences (one article). */
export function findMentions(sentences: readonly SentenceInput[], options: ScanOptions = {}): Mention[] {
  const tokens = options.tokens;
  const hasTokens = (tokens?.length ?? 0) > 0;
  const found: Found[] = [];
  const surnames = new Set<string>();
  if (hasTokens) properNouns.start(tokens!);
  for (const s of sentences) {
    if (hasTokens) properNouns.reset(s.index);
    scanSentence(s, hasTokens ? properNouns : null, surnames, found);
  }

  // Context: countries of the places that are clear on their own, then resolve everything.
  // Names repeat within an article: each is resolved once per context.
  const countries: string[] = [];
  const alone = new Map<string, BestPlace>();
  for (const f of found) {
    if (f.kind !== 'place') continue;
    const r = placeOnce(alone, `${f.text}|${f.qualifier ?? ''}`, f.text, { qualifier: f.qualifier, outletCountry: options.outletCountry });
    if (r.best?.country && r.confidence >= 0.8) {
      countries.push(r.best.country);
      // a country named outright is stronger evidence of where the story is than a town that happens to be clear
      if (r.best.precision === 'country') countries.push(r.best.country);
    }
  }
  markRegions(found, alone);
  const weights = weightsOf(countries);
  const places = new Map<string, BestPlace>();
  const actors = new Map<string, ActorResolution>();
  const actorOf = (text: string): ActorResolution => {
    let r = actors.get(text);
    if (r === undefined) actors.set(text, r = resolveActor(text, { date: options.date, countries }));
    return r;
  };
  const named = namedPeople(found, surnames, actorOf);
  const mentions: Mention[] = [];
  for (const f of found) {
    const span: [number, number] = [f.base + f.start, f.base + f.end];
    if (f.kind === 'place') {
      const person = f.locative ? undefined : personBySurname(f, named, options.date);
      if (person !== undefined) {
        // "Bolton said", after "John Bolton": the person named earlier (or in office), not the town
        if (person) mentions.push(actorMention('actor', f.text, span, f.sentence, toEntity(f.text, person, span), 0.8));
        continue;
      }
      const r = placeOnce(places, `${f.text}|${f.qualifier ?? ''}|${f.region ? 'region' : ''}`, f.text,
        { countries, qualifier: f.qualifier, outletCountry: options.outletCountry, region: f.region }, weights);
      if (!r.best) continue;
      if (f.speaker && !f.locative && isSmallTown(r.best) && !f.text.includes(' ')) continue;
      // "Scott County": not the town of Scott; left unresolved rather than placed at a wrong town
      if (f.county && r.best.precision === 'city' && r.best.population < COUNTY_CITY_POPULATION) continue;
      const score = placeScore(r.best, r.confidence, f);
      if (score < MIN_SCORE) continue;
      mentions.push(placeMention(f.text, span, f.sentence, toLocation(f.text, r.best, span), score));
      if (r.best.precision === 'country' && !f.locative) {
        const actor = actorOf(f.text);
        if (actor.best) mentions.push(actorMention('actor', f.text, span, f.sentence, toEntity(f.text, actor.best, span), 0.6));
      } else if (r.best.feature === 'PPLC' && !f.locative) {
        // a capital may stand for its government ("Beijing protested"); the coder decides whether it acts
        const actor = actorOf(f.text).best;
        if (actor?.country === r.best.country) mentions.push(actorMention('actor', f.text, span, f.sentence, toEntity(f.text, actor, span), 0.5));
      }
      continue;
    }
    const r = actorOf(f.text);
    if (!r.best) continue;
    const head = countryHead(f);
    if (head) {
      const headSpan: [number, number] = [f.base + f.start, f.base + f.start + head.length];
      const place = placeOnce(alone, `\0${head}`, head, {}).best!;
      mentions.push(placeMention(head, headSpan, f.sentence, toLocation(head, place, headSpan), 0.8));
    }
    const kind = r.best.outlet ? 'outlet' : 'actor';
    const home = mayBeEthnicBefore(f) && ETHNIC_BEFORE.test(f.sentenceText.slice(Math.max(0, f.start - 8), f.start)) ? countryLivedIn(f, found, r.best.country, places, countries) : null;
    // "ethnic Albanians ... in Macedonia": a people coded by the country they live in, when the sentence names one
    const best = home ? { ...r.best, country: home, name: null } : r.best;
    mentions.push(actorMention(kind, f.text, span, f.sentence, toEntity(f.text, best, span), Math.min(1, r.best.score / 12)));
    const tail = countryTail(f.text);
    if (tail) {
      const tailSpan: [number, number] = [span[1] - tail.length, span[1]];
      const place = placeOnce(alone, `\0${tail}`, tail, {}).best!;
      mentions.push(placeMention(tail, tailSpan, f.sentence, toLocation(tail, place, tailSpan), 0.8));
    }
  }
  return mentions;
}

/**
 * Marks the places that stand where a region is meant: the qualifier of the place before them
 * ("Buffalo, New York", unless a same-named city holds that place: "Brooklyn, New York"), and the
 * items of a list whose other items are first-level regions ("Texas, Washington and Ohio").
 */
function markRegions(found: Found[], alone: Map<string, BestPlace>): void {
  const aloneOf = (f: Found) => alone.get(`${f.text}|${f.qualifier ?? ''}`);
  const isRegion = (f: Found | undefined) => f?.kind === 'place' && aloneOf(f)?.best?.precision === 'admin1';
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (f.kind !== 'place' || f.region) continue;
    const prev = found[k - 1]?.sentence === f.sentence ? found[k - 1] : undefined;
    const next = found[k + 1]?.sentence === f.sentence ? found[k + 1] : undefined;
    const gapBefore = prev ? f.sentenceText.slice(prev.end, f.start) : '';
    const gapAfter = next ? f.sentenceText.slice(f.end, next.start) : '';
    const afterNext = found[k + 2]?.sentence === f.sentence ? found[k + 2] : undefined;
    if (f.qualifier && next && afterNext && isRegion(next) && isRegion(afterNext) && LIST_GAP.test(f.sentenceText.slice(next.end, afterNext.start))) {
      // "cases in Washington, Pennsylvania and California": a list of states, not Washington in Pennsylvania
      f.qualifier = undefined;
      f.region = true;
    } else if (prev?.kind === 'place' && prev.qualifier === f.text && (gapBefore === ', ' || gapBefore === ' ,')) {
      const city = aloneOf(f)?.best;
      const place = aloneOf(prev)?.best;
      const holds = city?.precision === 'city' && place && distanceKm(city.lat, city.lon, place.lat, place.lon) <= CONTAINS_KM;
      if (!holds) f.region = true;
    } else if ((isRegion(prev) && LIST_GAP.test(gapBefore)) || (isRegion(next) && LIST_GAP.test(gapAfter))) {
      f.region = true;
    }
  }
}


/**
 * Surnames of the people an article names in full: those read as a surname after a given name or
 * a title (no dictionary entry: null) and the last words of dictionary people's full names.
 */
function namedPeople(found: Found[], surnames: Set<string>, actorOf: (text: string) => ActorResolution): Map<string, ActorCandidate | null> {
  const named = new Map<string, ActorCandidate | null>();
  for (const key of surnames) named.set(key, null);
  for (const f of found) {
    if (f.kind !== 'actor' || !f.text.includes(' ')) continue;
    const best = actorOf(f.text).best;
    if (best?.kind === 'person' && best.actorId) named.set(nameKey(f.text.slice(f.text.lastIndexOf(' ') + 1)), best);
  }
  return named;
}

/**
 * A one-word place that is a person's surname: the person the article names in full (null when
 * the dictionary does not know them), or a dictionary office holder of that surname in office on
 * the article's date; undefined when it stays a place. Countries and capitals stay places.
 */
function personBySurname(f: Found, named: Map<string, ActorCandidate | null>, date: string | undefined): ActorCandidate | null | undefined {
  if (f.text.includes(' ')) return undefined;
  const key = nameKey(f.text);
  if (isCountryName(key)) return undefined;
  const person = named.get(key);
  if (person) return person;
  const holder = date ? surnameHolder(key, date) : null;
  if (holder) return resolveActor(holder.name, { date }).best;
  return named.has(key) ? null : undefined;
}

/** The first other country that a place of the same sentence names, for a people living there. */
function countryLivedIn(f: Found, found: Found[], own: string | null, places: Map<string, BestPlace>, countries: string[]): string | null {
  for (const p of found) {
    if (p.kind !== 'place' || p.sentence !== f.sentence) continue;
    const country = placeOnce(places, `${p.text}|${p.qualifier ?? ''}`, p.text, { countries, qualifier: p.qualifier }).best?.country;
    if (country && country !== own) return country;
  }
  return null;
}

/** A GeoNames town below the speaker threshold (not a capital, not one of the places sitrep adds). */
function isSmallTown(p: PlaceCandidate): boolean {
  return p.precision === 'city' && p.geonameId !== null && p.feature !== 'PPLC' && p.population < SPEAKER_TOWN_POPULATION;
}

/** bestPlace(text, context), made once per key of `cache` (an article's: the context is the same for a key). */
function placeOnce(cache: Map<string, BestPlace>, key: string, text: string, context: PlaceContext, weights?: CountryWeights): BestPlace {
  let r = cache.get(key);
  if (r === undefined) cache.set(key, r = bestPlace(text, context, weights));
  return r;
}

/** countryHead's answers by actor phrase: the same phrases come back in article after article. */
const COUNTRY_HEADS = new KeyCache<string | null>(5_000);
/** "UK" of "UK government officials", "New Zealand" of "New Zealand's army": a country's name (not its adjective) heading an actor phrase. */
function countryHead(f: Found): string | null {
  return f.text.includes(' ') ? COUNTRY_HEADS.get(f.text, readCountryHead) : null;
}

function readCountryHead(text: string): string | null {
  const words = text.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ').replace(/['’]s$/, '');
    if (isCountryName(nameKey(head))) return head;
  }
  return null;
}

/** "Japan" of "foreign minister of Japan": a country's name ending an actor phrase. */
function countryTail(text: string): string | null {
  if (!text.includes(' of ')) return null;
  const of = / of (?:the )?(.+)$/.exec(text);
  if (!of) return null;
  return isCountryName(nameKey(of[1])) ? of[1] : null;
}

function placeScore(best: PlaceCandidate, confidence: number, f: Found): number {
  let score = confidence;
  if (best.precision === 'city' && best.population < 5000 && !f.locative && !best.why.some((w) => w.startsWith('article mentions') || w.endsWith('as written'))) score -= 0.3;
  if (f.locative) score += 0.1;
  return Math.max(0, Math.min(1, score));
}

// Mentions, entities and locations are each made in one place, every field present in one order:
// one hidden class (V8 map) per kind of object, so that the code stage's reads of them, mention after
// mention, stay monomorphic. A mention's unused one of location and entity is undefined, which JSON
// leaves out, as it did the missing field before.

function placeMention(text: string, span: [number, number], sentence: number, location: Location, score: number): Mention {
  return { kind: 'place', text, span, sentence, location, entity: undefined, score };
}

function actorMention(kind: 'actor' | 'outlet', text: string, span: [number, number], sentence: number, entity: Entity, score: number): Mention {
  return { kind, text, span, sentence, location: undefined, entity, score };
}

function toLocation(text: string, p: PlaceCandidate, span: [number, number]): Location {
  return { text, name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision: p.precision, geonameId: p.geonameId, span };
}

function toEntity(text: string, a: { name: string | null; country: string | null; sector: string | null; kind: Entity['kind']; wikidata: string | null; actorId: string | null }, span: [number, number]): Entity {
  return { text, name: a.name, country: a.country, sector: a.sector, kind: a.kind, span, wikidata: a.wikidata, actorId: a.actorId };
}
