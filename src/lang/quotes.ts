// Direct quotes and who said them. A speaker is the subject of a speech verb next to the quote
// ("X said: '...'", "'...,' X added", "'...,' said X"); a pronoun speaker ("he added") is the last
// named subject of a speech verb before it, possibly sentences earlier.
import type { Entity, Quote } from '../model/types.ts';
import type { Tokens } from '../pipeline/doc.ts';

const SPEECH_VERBS = new Set([
  'say', 'add', 'tell', 'state', 'warn', 'write', 'tweet', 'post', 'insist', 'explain', 'note', 'declare', 'vow',
  'pledge', 'promise', 'continue', 'ask', 'reply', 'recall', 'claim', 'announce', 'threaten', 'urge', 'argue',
  'stress', 'acknowledge', 'admit', 'deny', 'confirm', 'describe', 'shout', 'chant', 'cry', 'comment', 'conclude',
  'remark', 'testify', 'suggest', 'predict', 'assert', 'maintain', 'emphasise', 'emphasize', 'observe', 'boast',
  'complain', 'lament', 'concede', 'respond', 'answer', 'demand', 'plead', 'caution', 'allege', 'charge', 'counter',
]);
/** Speech verbs whose forms the regular rules below do not make. */
const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
};

/** A speech verb's base, third-person, past and -ing forms by English spelling rules. */
function inflections(verb: string): readonly string[] {
  const irregular = IRREGULAR_FORMS[verb];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(verb)) return [verb, `${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  if (verb.endsWith('e')) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  return [verb, /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`, `${verb}ed`, `${verb}ing`];
}

/**
 * Every form of the speech verbs, so a token's own text decides (the lang stage computes no lemmas:
 * wink-nlp's lemmatiser costs about a sixth of its reading time and only this test needed them).
 */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([...SPEECH_VERBS].flatMap(inflections));
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Pronouns that stand for a person, so their antecedent should be a name. */
const PERSONAL = new Set(['he', 'she', 'i']);
const SPEAKER_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
/** The tagger often calls a capitalised word inside a name a verb ("Human Rights Watch", "Red Cross"). */
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'VERB', 'ADP']);
const LINKS = new Set(['of', 'for', 'at', 'from', 'to']);
/** How far (in tokens) a speech verb may stand before the opening mark. */
const VERB_BEFORE_WINDOW = 12;
/** How far after the closing mark the attribution may end. */
const AFTER_WINDOW = 8;
/** Shorter quoted phrases are usually titles or scare quotes; they count only with a speaker. */
const MIN_WORDS = 3;
/** Longest speaker phrase walked, in tokens. */
const MAX_PHRASE = 10;

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '"': '"', '„': '“' };
/** Any quotation mark, or a blank line (paragraph break, at its first newline). */
const MARK_OR_BREAK = /[“”«»‘’"„]|\n(?=\n)/g;

interface Marked {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
}

interface NamedSubject {
  at: number;
  entity: Entity;
  named: boolean;
}

/**
 * Finds quoted passages (within a paragraph) and attributes each to a speaker where the text allows.
 * `verbs` are the tokens' speechVerbs.
 */
export function findQuotes(text: string, tokens: Tokens, verbs: readonly number[]): Quote[] {
  const marks = findMarks(text);
  if (marks.length === 0) return [];
  const subjects = speechSubjects(text, tokens, verbs);
  const quotes: Quote[] = [];
  let previous: { quote: Quote; sentence: number } | null = null;
  for (const mark of marks) {
    const inner = trimQuote(text, mark.open + 1, mark.close);
    if (!inner) continue;
    let speaker = speakerAfter(text, tokens, mark) ?? speakerBefore(text, tokens, mark);
    // a quote standing alone right after an attributed one continues it
    const opening = tokenAt(tokens, mark.open);
    if (!speaker && previous?.quote.speaker && opening < tokens.length && opensSentence(tokens, mark.open) && tokens.sentence[opening] - previous.sentence <= 1) {
      speaker = { entity: previous.quote.speaker, at: mark.open };
    }
    const words = text.slice(inner[0], inner[1]).split(/\s+/).length;
    if (!speaker && words < MIN_WORDS) continue;
    const entity = speaker ? resolvePronoun(speaker.entity, speaker.at, subjects) : null;
    const quote: Quote = { speaker: entity, text: text.slice(inner[0], inner[1]), span: inner };
    quotes.push(quote);
    const closing = Math.max(0, tokenAt(tokens, mark.close + 1) - 1);
    previous = { quote, sentence: closing < tokens.length ? tokens.sentence[closing] : -1 };
  }
  return quotes;
}

/** Pairs of quotation marks that open and close within one paragraph. */
function findMarks(text: string): Marked[] {
  // positions of every closing mark and paragraph break, so each opener costs a binary search, not a scan
  const closers = new Map<string, number[]>();
  for (const closer of new Set(Object.values(PAIRS))) closers.set(closer, []);
  const breaks: number[] = [];
  const openers: number[] = [];
  for (const match of text.matchAll(MARK_OR_BREAK)) {
    const i = match.index;
    const char = text[i];
    if (char === '\n') {
      breaks.push(i);
      continue;
    }
    if (char in PAIRS) openers.push(i);
    const list = closers.get(char);
    // a closing single mark must not be an apostrophe inside a word ("Israel’s")
    if (list && !(char === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) list.push(i);
  }
  const marks: Marked[] = [];
  let after = -1;
  for (const i of openers) {
    if (i <= after || !opensQuote(text, i)) continue;
    const close = firstAfter(closers.get(PAIRS[text[i]])!, i);
    const paragraphEnd = firstAfter(breaks, i);
    if (close < 0 || (paragraphEnd >= 0 && close > paragraphEnd)) continue;
    marks.push({ open: i, close });
    after = close;
  }
  return marks;
}

/** The first value in sorted `positions` greater than `offset`, or -1. */
function firstAfter(positions: number[], offset: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length ? positions[lo] : -1;
}

function opensQuote(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (!after || /\s/.test(after)) return false;
  return before === undefined || /[\s([—–:-]/.test(before) || (text[i] !== '"' && text[i] !== '‘');
}

/** The quote's words without surrounding space and a trailing comma (English punctuation puts it inside). */
function trimQuote(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return end > start ? [start, end] : null;
}

/** The quotation mark at `offset` is the first token of its sentence. */
function opensSentence(tokens: Tokens, offset: number): boolean {
  const i = tokenAt(tokens, offset);
  return i < tokens.length && tokens.start[i] === offset && (i === 0 || tokens.sentence[i - 1] !== tokens.sentence[i]);
}

// ---- token helpers ----

/** Index of the first token of the sentence that holds token `i`. */
function sentenceFirst(tokens: Tokens, i: number): number {
  const sentence = tokens.sentence[i];
  while (i > 0 && tokens.sentence[i - 1] === sentence) i--;
  return i;
}

/** Index of the first token starting at or after `offset`. */
function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether token i is a speech verb (false for an index outside `tokens`). */
const isSpeechVerb = (tokens: Tokens, i: number) => (tokens.pos[i] === 'VERB' || tokens.pos[i] === 'AUX') && SPEECH_VERB_FORMS.has(tokens.text[i].toLowerCase());

/** Indices of the speech verbs among `tokens`, in order. */
export function speechVerbs(tokens: Tokens): number[] {
  const verbs: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (isSpeechVerb(tokens, i)) verbs.push(i);
  return verbs;
}

function entityOf(text: string, tokens: Tokens, first: number, last: number): Entity {
  const span: [number, number] = [tokens.start[first], tokens.end[last]];
  return { text: text.slice(span[0], span[1]), name: null, country: null, sector: null, kind: null, span };
}

/** The noun phrase ending just before `end` (exclusive): "Israel's prime minister", "a spokesman for the army". */
function phraseBefore(text: string, tokens: Tokens, end: number, sentenceFloor: number): { entity: Entity; named: boolean } | null {
  const { pos } = tokens;
  const floor = Math.max(sentenceFloor, end - MAX_PHRASE);
  let i = end - 1;
  // an infinitive ("declined to comment", "happy to answer") reports no speech
  if (i >= 0 && i < tokens.length && tokens.text[i].toLowerCase() === 'to') return null;
  while (i >= floor && (pos[i] === 'ADV' || pos[i] === 'AUX' || pos[i] === 'PART')) i--;
  if (i < floor) return null;
  // an apposition before the verb: "the minister, Carlos Mendes, said"; "Omar Haddad, a shopkeeper, said"
  if (tokens.text[i] === ',') {
    const inner = phraseBefore(text, tokens, i, floor);
    if (!inner || inner.named) return inner;
    let before = tokenAt(tokens, inner.entity.span[0]) - 1;
    while (before > floor && pos[before] === 'DET') before--;
    const outer = before > floor && tokens.text[before] === ',' ? phraseBefore(text, tokens, before, floor) : null;
    return outer?.named ? outer : inner;
  }
  if (pos[i] === 'PRON' && PRONOUNS.has(tokens.text[i].toLowerCase())) return { entity: entityOf(text, tokens, i, i), named: false };
  const last = i;
  let first = -1;
  while (i >= floor) {
    if (inPhrase(tokens, i)) first = i;
    else if (pos[i] === 'DET' && first >= 0) first = i;
    else if (LINKS.has(tokens.text[i].toLowerCase()) && first >= 0 && i > floor && SPEAKER_POS.has(pos[i - 1])) first = i;
    else break;
    i--;
  }
  if (first < 0) return null;
  while (pos[first] === 'DET' || LINKS.has(tokens.text[first].toLowerCase())) first++;
  if (first > last || !hasNoun(tokens, first, last)) return null;
  return { entity: entityOf(text, tokens, first, last), named: hasName(tokens, first, last) };
}

/** The noun phrase starting at `start`: "said Maria Lopez, the camp's director" -> "Maria Lopez". */
function phraseAfter(text: string, tokens: Tokens, start: number, ceiling: number): { entity: Entity; named: boolean } | null {
  let i = start;
  if (i < ceiling && tokens.pos[i] === 'PRON' && PRONOUNS.has(tokens.text[i].toLowerCase())) return { entity: entityOf(text, tokens, i, i), named: false };
  while (i < ceiling && tokens.pos[i] === 'DET') i++;
  const first = i;
  while (i < ceiling && inPhrase(tokens, i) && !isSpeechVerb(tokens, i)) i++;
  if (i === first || !hasNoun(tokens, first, i - 1)) return null;
  return { entity: entityOf(text, tokens, first, i - 1), named: hasName(tokens, first, i - 1) };
}

function inPhrase(tokens: Tokens, i: number): boolean {
  const pos = tokens.pos[i];
  const text = tokens.text[i];
  return SPEAKER_POS.has(pos) || text === "'s" || text === '’s' || (NAME_POS.has(pos) && /^\p{Lu}/u.test(text));
}

/** Time words are never speakers ("'...,' the ministry said Tuesday"). */
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|evening|night|week|month|year)$/i;

function hasNoun(tokens: Tokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if ((tokens.pos[i] === 'NOUN' || tokens.pos[i] === 'PROPN') && !TIME_WORDS.test(tokens.text[i])) return true;
  return false;
}

function hasName(tokens: Tokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens.pos[i] === 'PROPN') return true;
  return false;
}

// ---- attribution ----

/** "'...,' he added", "'...,' the minister said", "'...,' said Maria Lopez". */
function speakerAfter(text: string, tokens: Tokens, mark: Marked): { entity: Entity; at: number } | null {
  const quoted = text.slice(mark.open + 1, mark.close).trimEnd();
  // a quote closed by a full stop is its own sentence; what follows is not its attribution
  if (quoted.endsWith('.')) return null;
  let i = tokenAt(tokens, mark.close + 1);
  if (i < tokens.length && tokens.text[i] === ',') i++;
  const ceiling = Math.min(tokens.length, i + AFTER_WINDOW);
  if (i >= ceiling) return null;
  if (isSpeechVerb(tokens, i)) {
    const phrase = phraseAfter(text, tokens, i + 1, ceiling);
    return phrase ? { entity: phrase.entity, at: tokens.start[i] } : null;
  }
  for (let v = i + 1; v < ceiling; v++) {
    if (tokens.sentence[v] !== tokens.sentence[i]) break;
    if (isSpeechVerb(tokens, v)) {
      const phrase = phraseBefore(text, tokens, v, i);
      return phrase ? { entity: phrase.entity, at: tokens.start[v] } : null;
    }
    if (tokens.pos[v] === 'PUNCT') break;
  }
  return null;
}

/** "X said: '...'", "X vowed '...'", "according to X, '...'". */
function speakerBefore(text: string, tokens: Tokens, mark: Marked): { entity: Entity; at: number } | null {
  const open = tokenAt(tokens, mark.open) - 1;
  if (open < 0) return null;
  const sentence = tokens.sentence[open];
  for (let v = open; v >= 0 && v > open - VERB_BEFORE_WINDOW && tokens.sentence[v] === sentence; v--) {
    if (tokens.text[v].toLowerCase() === 'to' && v > 0 && tokens.text[v - 1].toLowerCase() === 'according') {
      const phrase = phraseAfter(text, tokens, v + 1, open + 1);
      return phrase ? { entity: phrase.entity, at: tokens.start[v] } : null;
    }
    if (!isSpeechVerb(tokens, v)) continue;
    const floor = sentenceFirst(tokens, v);
    // "The mayor condemned it and vowed '...'": the verb shares the sentence's subject
    const phrase = phraseBefore(text, tokens, v, floor) ?? (v > 0 && tokens.pos[v - 1] === 'CCONJ' ? phraseAfter(text, tokens, floor, v) : null);
    return phrase ? { entity: phrase.entity, at: tokens.start[v] } : null;
  }
  return null;
}

/** Subjects of the speech verbs (the tokens' speechVerbs), in order: the antecedents a pronoun speaker may take. */
function speechSubjects(text: string, tokens: Tokens, verbs: readonly number[]): NamedSubject[] {
  const subjects: NamedSubject[] = [];
  for (const v of verbs) {
    const phrase = phraseBefore(text, tokens, v, sentenceFirst(tokens, v)) ?? phraseAfter(text, tokens, v + 1, Math.min(tokens.length, v + AFTER_WINDOW));
    if (phrase && !PRONOUNS.has(phrase.entity.text.toLowerCase())) subjects.push({ at: tokens.start[v], entity: phrase.entity, named: phrase.named });
  }
  return subjects;
}

function resolvePronoun(entity: Entity, at: number, subjects: NamedSubject[]): Entity | null {
  const pronoun = entity.text.toLowerCase();
  if (!PRONOUNS.has(pronoun)) return entity;
  for (let k = subjects.length - 1; k >= 0; k--) {
    const candidate = subjects[k];
    if (candidate.at >= at) continue;
    if (PERSONAL.has(pronoun) && !candidate.named) continue;
    return { ...candidate.entity };
  }
  return null;
}
