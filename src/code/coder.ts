// Finds event triggers in one sentence and resolves frames ("threatened to strike") into events.
import type { Modality, PloverType } from '../model/types.ts';
import { LEXICON, type FrameKind, type LexEntry } from './lexicon.ts';
import { compilePattern, type CompiledPattern } from './patterns.ts';
import { guardHolds, isCivic, isSportOnly } from './context.ts';
import { isRegexWordChar, isSpaceChar } from '../text/chars.ts';
import { FNV_OFFSET, FNV_PRIME, hashKey, mayHaveWord, nextWordHash, noteWord, startSentence } from './words.ts';

interface IndexedEntry {
  entry: LexEntry;
  pattern: CompiledPattern;
  /** Hashes of pattern.nextKeys, or null. */
  next: Int32Array | null;
  /**
   * Per required slot (pattern.required), the hashes (hashKey) of its keys, one of which must
   * start a word of the sentence: each slot's count of keys, then their hashes, slot after slot;
   * null when no slot is required.
   */
  required: Int32Array | null;
}

export interface TriggerMatch {
  entry: LexEntry;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  text: string;
}

/** A sentence-level event before roles are attached. */
export interface RawEvent {
  type: PloverType;
  modes: string[];
  trigger: TriggerMatch;
  /** The frame's words, when a frame decided the type ("vowed to"). */
  frame: TriggerMatch | null;
  /** Set by frames: threatened, denied; otherwise decided from the context later. */
  modality: Modality | null;
}

/** Nouns that a one-word trigger may merely modify: "detention centre", "riot police", "assault rifles". */
const COMPOUND_HEAD = /^\s+(?:centres?|centers?|camps?|facilit(?:y|ies)|police|gear|shields?|rifles?|squads?|dogs?|vans?|laws?|bills?|legislation|organi[sz]ations?|groups?|services|teams?|workers|crews?|calls?|cry|cries|point)\b/i;
/** "the jailed leader", "a banned rally", "its long-threatened invasion": a participle used as an adjective is no event. */
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|our|this|these|those)\s+$/i;

/**
 * Builds the lexicon's index and has V8 compile every phrase's regular expression now rather than
 * on first use, for one-byte and two-byte strings alike (a sentence of a text with a curly quote
 * is a two-byte string): V8 first compiles a regular expression to bytecode and, on the next use,
 * to machine code, each about 0.1 ms per phrase, so a long run pays it once, at load.
 */
export function prepareLexicon(): void {
  const samples = ['Police said the protest was held in the capital.', 'Police said the protest was held in the capital’s square.'];
  for (const { entry, pattern } of lexiconIndex().all) {
    for (const sample of samples) {
      for (let round = 0; round < 2; round++) {
        pattern.regex.lastIndex = 0;
        pattern.regex.exec(sample);
        entry.notBefore?.test(sample);
        entry.notAfter?.test(sample);
      }
    }
  }
}

/**
 * The lexicon's entries by the first word of their phrase, in an open-addressing hash table over
 * the word's lower-case letters: a sentence's words are looked up as they are scanned, without
 * making a string of each.
 */
interface LexiconIndex {
  /** Per slot, 1 + the index of a word in `words`; 0 is an empty slot. */
  slots: Int32Array;
  /** Per slot, its word's hash: most probes of a word not in the table end here. */
  hashes: Int32Array;
  mask: number;
  /** One bit per value of a hash's low 16 bits, set for the words': a small table that turns most words away before a probe. */
  present: Uint32Array;
  words: string[];
  entries: IndexedEntry[][];
  all: IndexedEntry[];
}

let index: LexiconIndex | null = null;

const PRESENT_BITS = 1 << 16;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** Per ASCII code, what a word of findTriggers' scan makes of it: its lower case for letters, digits and underscores, APOSTROPHE for an apostrophe, 0 for a character that ends a word. */
const SCAN_CHAR = new Uint8Array(128);
const APOSTROPHE = 39;
for (let c = 0; c < 128; c++) if (isRegexWordChar(c) || c === APOSTROPHE) SCAN_CHAR[c] = lowerAscii(c);
const HYPHEN = 45;

function lexiconIndex(): LexiconIndex {
  if (index) return index;
  const byWord = new Map<string, IndexedEntry[]>();
  const all: IndexedEntry[] = [];
  for (const entry of LEXICON) {
    const pattern = compilePattern(entry.phrase);
    const required = pattern.required.length ? Int32Array.from(pattern.required.flatMap((keys) => [keys.length, ...keys.map(hashKey)])) : null;
    const indexed: IndexedEntry = { entry, pattern, next: pattern.nextKeys && Int32Array.from(pattern.nextKeys.map(hashKey)), required };
    all.push(indexed);
    for (const word of new Set(pattern.firstWords)) {
      const list = byWord.get(word) ?? [];
      list.push(indexed);
      byWord.set(word, list);
    }
  }
  // Only a letter followed by letters, digits or underscores can be a scanned word (wordStarts).
  const words = [...byWord.keys()].filter((w) => /^[a-z][a-z0-9_]*$/.test(w));
  let size = 1;
  while (size < words.length * 4) size *= 2;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(size);
  const present = new Uint32Array(PRESENT_BITS / 32);
  const mask = size - 1;
  words.forEach((word, i) => {
    const hash = hashKey(word);
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
    hashes[slot] = hash;
    present[(hash & (PRESENT_BITS - 1)) >>> 5] |= 1 << (hash & 31);
  });
  index = { slots, hashes, mask, present, words, entries: words.map((w) => byWord.get(w)!), all };
  return index;
}

/** The entries whose first word is the sentence's codes[start, end) in lower case, given that text's hash. */
function entriesAt(idx: LexiconIndex, codes: Uint8Array, start: number, end: number, hash: number): IndexedEntry[] | undefined {
  if ((idx.present[(hash & (PRESENT_BITS - 1)) >>> 5] & (1 << (hash & 31))) === 0) return undefined;
  const length = end - start;
  for (let slot = hash & idx.mask; idx.slots[slot] !== 0; slot = (slot + 1) & idx.mask) {
    if (idx.hashes[slot] !== hash) continue;
    const i = idx.slots[slot] - 1;
    const word = idx.words[i];
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && word.charCodeAt(k) === lowerAscii(codes[start + k])) k++;
    if (k === length) return idx.entries[i];
  }
  return undefined;
}

/** Whether, for each required slot, one of its keys may start a word of the sentence. */
function holdsRequired(required: Int32Array): boolean {
  for (let at = 0; at < required.length;) {
    const end = at + 1 + required[at];
    let held = false;
    for (at++; at < end; at++) {
      if (mayHaveWord(required[at])) {
        held = true;
        break;
      }
    }
    if (!held) return false;
    at = end;
  }
  return true;
}

/**
 * The current sentence's characters as ASCII codes, 0 for any other character: the scan reads
 * these rather than the string, whose charCodeAt tells a sliced, one-byte or two-byte string
 * apart again at every character. Kept between calls, grown as needed.
 */
const SENTENCE_CODES_KEPT = 1024;
let sentenceCodes = new Uint8Array(SENTENCE_CODES_KEPT);
const utf8 = new TextEncoder();

function codesOf(sentence: string): Uint8Array {
  const length = sentence.length;
  // Room for UTF-8's longest output, so that encodeInto reads the whole sentence.
  // A run-on sentence's buffer is not kept for the rest of the process: the next normal one starts small again.
  if (sentenceCodes.length < 3 * length || (sentenceCodes.length > 16 * SENTENCE_CODES_KEPT && 3 * length <= SENTENCE_CODES_KEPT)) {
    sentenceCodes = new Uint8Array(Math.max(SENTENCE_CODES_KEPT, 3 * length + 64));
  }
  // UTF-8 writes an ASCII text byte for byte (natively, and fast); more bytes mean some other character.
  if (utf8.encodeInto(sentence, sentenceCodes).written !== length) {
    for (let i = 0; i < length; i++) {
      const c = sentence.charCodeAt(i);
      sentenceCodes[i] = c < 128 ? c : 0;
    }
  }
  return sentenceCodes;
}

// The words of the current sentence that start some phrase, and those phrases: kept between calls
// rather than allocated per sentence.
const hitOffsets: number[] = [];
const hitKeyEnds: number[] = [];
const hitEntries: IndexedEntry[][] = [];

/** Whether the first run of \w characters of a text starting with one ends in "ed": /^\w+ed\b/i. */
function firstWordEndsInEd(text: string): boolean {
  let end = 0;
  while (end < text.length && isRegexWordChar(text.charCodeAt(end))) end++;
  return end >= 3 && (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 1) | 32) === 100;
}

function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpaceChar(text.charCodeAt(i))) return true;
  return false;
}

const COMPOUND_HEAD_AT = new RegExp(COMPOUND_HEAD.source.slice(1), 'iy');

/** What the sentence's document and the know stage say about it. */
export interface TriggerContext {
  /** The article's title is about sport: its sentences code only armed, political or protest matters. */
  sportDocument?: boolean;
  /** The know stage found a state, leader or official body in the sentence (the political guard holds). */
  politicalParty?: boolean;
}

/**
 * Every lexicon phrase that matches the sentence and whose context guard holds. `posAt` gives the
 * part of speech of the word starting at an offset, when the lang stage tagged it.
 */
export function findTriggers(sentence: string, posAt: (offset: number) => string | undefined = () => undefined, context: TriggerContext = {}): TriggerMatch[] {
  const idx = lexiconIndex();
  const found: TriggerMatch[] = [];
  startSentence();
  // First the words, looked up and their keys noted for the required-slot checks; then the
  // phrases they may start, in text order. A letter begins a word of letters, digits,
  // underscores and apostrophes; its key is its lower-case text up to any apostrophe. The parts
  // after its apostrophes are noted too: with the keys, they are every run of letters, digits
  // and underscores that starts with a letter after a non-word character (a regex's \b).
  let hits = 0;
  const length = sentence.length;
  const codes = codesOf(sentence);
  for (let i = 0; i < length; i++) {
    if (!isLetter(codes[i])) continue;
    const offset = i;
    // The key, up to the first apostrophe: the common case, a word with none, runs this loop only.
    let hash = FNV_OFFSET;
    let lower = 0;
    for (; i < length; i++) {
      lower = SCAN_CHAR[codes[i]];
      // SCAN_CHAR is 0 or APOSTROPHE for what ends a key, above APOSTROPHE for a word character.
      if (lower <= APOSTROPHE) break;
      hash = Math.imul(hash ^ lower, FNV_PRIME);
    }
    const keyEnd = i;
    if (lower === APOSTROPHE) {
      let part = FNV_OFFSET;
      let partLength = 0;
      for (i++; i < length; i++) {
        const partLower = SCAN_CHAR[codes[i]];
        if (partLower === 0) break;
        if (partLower === APOSTROPHE) {
          if (partLength) noteWord(part);
          part = FNV_OFFSET;
          partLength = 0;
        } else {
          part = Math.imul(part ^ partLower, FNV_PRIME);
          partLength++;
        }
      }
      if (partLength) noteWord(part);
    }
    noteWord(hash);
    const candidates = entriesAt(idx, codes, offset, keyEnd, hash);
    if (!candidates) continue;
    hitOffsets[hits] = offset;
    hitKeyEnds[hits] = keyEnd;
    hitEntries[hits] = candidates;
    hits++;
  }
  for (let hit = 0; hit < hits; hit++) {
    const offset = hitOffsets[hit];
    const keyEnd = hitKeyEnds[hit];
    let nextHash = 0;
    for (const { entry, pattern, required, next } of hitEntries[hit]) {
      if (required && !holdsRequired(required)) continue;
      if (next) {
        if (nextHash === 0) nextHash = nextWordHash(sentence, keyEnd);
        if (!next.includes(nextHash)) continue;
      }
      let text: string;
      if (pattern.oneWord) {
        // The word's key is one of the phrase's forms (entriesAt): no regex needed.
        if (sentence.charCodeAt(keyEnd) === HYPHEN) continue;
        text = sentence.slice(offset, keyEnd);
      } else {
        pattern.regex.lastIndex = offset;
        const m = pattern.regex.exec(sentence);
        if (!m) continue;
        text = m[0];
      }
      if (pattern.lowerFirst && sentence[offset] !== sentence[offset].toLowerCase()) continue;
      const end = offset + text.length;
      if (firstWordEndsInEd(text) && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, offset - 12), offset))) continue;
      // "long-threatened", "must-visit": the second half of a compound, except "counter-attack", "re-arrested".
      if (sentence.charCodeAt(offset - 1) === HYPHEN && !/(?:^|[^\w-])(?:counter|re)-$/i.test(sentence.slice(Math.max(0, offset - 9), offset))) continue;
      if (entry.verb) {
        const pos = posAt(offset);
        if (pos && pos !== 'VERB' && pos !== 'AUX') continue;
      }
      if (!(!pattern.oneWord && hasSpace(text)) && posAt(offset) !== 'VERB') {
        COMPOUND_HEAD_AT.lastIndex = end;
        if (COMPOUND_HEAD_AT.test(sentence)) continue;
      }
      if (entry.notBefore?.test(sentence.slice(end)) || entry.notAfter?.test(sentence.slice(Math.max(0, offset - 24), offset))) continue;
      if (!(entry.guard === 'political' && context.politicalParty) && !guardHolds(entry.guard, sentence, offset, end, text, true)) continue;
      found.push({ entry, start: offset, end, text });
    }
  }
  if (!found.length || isSportOnly(sentence, true)) return [];
  // A match report's sentences ("a high shot", "their attacking half") read in the light of its title.
  if (context.sportDocument && !isCivic(sentence, true)) return [];
  return resolveOverlaps(found);
}

/** Keeps the longest (then strongest) of overlapping matches. */
function resolveOverlaps(matches: TriggerMatch[]): TriggerMatch[] {
  if (matches.length === 1) return matches;
  // A clearly stronger entry wins ("lifted the ban on the party" is a concession, not a ban);
  // otherwise the longer phrase does.
  const ranked = [...matches].sort((a, b) => {
    const weight = b.entry.weight - a.entry.weight;
    if (Math.abs(weight) >= 0.5) return weight;
    return (b.end - b.start) - (a.end - a.start) || weight || a.start - b.start;
  });
  const kept: TriggerMatch[] = [];
  for (const m of ranked) {
    if (kept.some((k) => k.start < m.end && m.start < k.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const VERBAL: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REJECT', 'REQUEST', 'SUPPORT', 'CONCEDE', 'CONSULT', 'AGREE', 'THREATEN']);
const CONFLICTUAL: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN', 'MOBILIZE', 'ACCUSE', 'PROTEST']);

/** The THREATEN mode (the threat's content) for a threatened act of this type and modes. */
export function threatModes({ type, modes }: { type: PloverType; modes: readonly string[] }): string[] {
  if (type === 'ASSAULT') return modes.includes('territory') ? ['territory'] : ['violence'];
  if (type === 'MOBILIZE') return ['violence'];
  if (type === 'COERCE') return modes.includes('arrest') ? ['arrest'] : modes.includes('seize') ? ['territory'] : ['restrict'];
  if (type === 'SANCTION') return modes.includes('expel') ? ['expel'] : ['relations'];
  if (type === 'RETREAT') return ['relations'];
  if (type === 'PROTEST') return ['restrict'];
  return [];
}

function requestModes(t: TriggerMatch): string[] {
  const { type } = t.entry;
  if (type === 'RETREAT' || type === 'CONCEDE') return ['yield'];
  if (type === 'CONSULT' || type === 'AGREE') return ['meet'];
  if (type === 'AID' || type === 'COOPERATE' || type === 'SUPPORT') return ['assist'];
  return ['change'];
}

const VOWED_FORCE = /^\s+(?:to\s+)?(?:fight|resist|avenge|retaliate|continue\s+(?:the\s+|their\s+|its\s+)?(?:fight|fighting|struggle|war|armed))\b/i;

/** Frames whose verb alone is too vague to be an event ("asked about", "in order to"). */
const WEAK_FRAME_HEAD = /^(?:ask|order|seek|sought|told|persuad|instruct|pressur|press|prepar|gear|brac|read|decid|offer|commit|ready|willing)/i;
const CLAUSE_BREAK = /[;:]|\sas\s(?=(?:it|they|he|she|we|the|a|an)\s)|,\s+(?:but|while|whereas|although|though|after|before|as|when|which|who|amid|following|since|because|and said|saying|said|adding|however|yet|nevertheless|nonetheless|meanwhile|instead)\b|\s(?:but|while|whereas|after|before|following|because|since|amid|although|unless|if)\s/i;

/**
 * The first trigger not yet absorbed that starts within `reach` characters after `f`, in the same
 * clause. A factory rather than a named closure in resolveFrames: tsx (keepNames) names every
 * named closure as it is created, a cost paid per sentence.
 */
function embeddedFinder(sentence: string, triggers: readonly TriggerMatch[], absorbed: ReadonlySet<TriggerMatch>): (f: TriggerMatch, reach: number) => TriggerMatch | undefined {
  return (f, reach) => triggers.find((t) => t !== f && !absorbed.has(t) && t.start >= f.end && t.start - f.end <= reach && !CLAUSE_BREAK.test(sentence.slice(f.end, t.start)));
}

/** Pairs frames with the action they embed and turns the sentence's triggers into raw events. */
export function resolveFrames(sentence: string, triggers: TriggerMatch[]): RawEvent[] {
  if (!triggers.length) return [];
  const absorbed = new Set<TriggerMatch>();
  const events: RawEvent[] = [];
  const embeddedAfter = embeddedFinder(sentence, triggers, absorbed);
  for (const f of triggers) {
    if (absorbed.has(f)) continue;
    if (f.entry.frame) {
      const embedded = embeddedAfter(f, 80);
      if (embedded) {
        absorbed.add(embedded);
        // "vowed to destroy Hamas with their invasion": the rest of the threatened act goes too.
        for (let next = embeddedAfter(embedded, 40); next && next.entry.type === embedded.entry.type; next = embeddedAfter(next, 40)) absorbed.add(next);
        // "urged the government to investigate the killings": the topic of the embedded act goes too.
        const topic = VERBAL.has(embedded.entry.type) || embedded.entry.frame ? embeddedAfter(embedded, 60) : undefined;
        if (topic) absorbed.add(topic);
      }
      absorbed.add(f);
      const ev = frameEvent(f.entry.frame, f, embedded ?? null, sentence);
      if (ev) events.push(ev);
    } else if (VERBAL.has(f.entry.type)) {
      // A verbal act's object is its topic, not a new event: "condemned the attack".
      const topic = embeddedAfter(f, 60);
      if (topic) absorbed.add(topic);
    } else if (f.entry.type === 'PROTEST') {
      // A protest's demand is its topic (PLOVER codes the protest alone).
      const topic = embeddedAfter(f, 80);
      if (topic && (topic.entry.type === 'REQUEST' || topic.entry.frame === 'request' || topic.entry.type === 'ACCUSE' || topic.entry.modes.includes('destroy'))) absorbed.add(topic);
    }
  }
  for (const t of triggers) {
    if (absorbed.has(t)) continue;
    events.push({ type: t.entry.type, modes: [...t.entry.modes], trigger: t, frame: null, modality: null });
  }
  if (events.length > 1) events.sort((a, b) => (a.frame ?? a.trigger).start - (b.frame ?? b.trigger).start);
  return events;
}

/** An event the frame's own words stand for. */
function framed(f: TriggerMatch, type: PloverType, modes: string[], modality: Modality | null): RawEvent {
  return { trigger: f, frame: f, type, modes, modality };
}

function frameEvent(frame: FrameKind, f: TriggerMatch, t: TriggerMatch | null, sentence: string): RawEvent | null {
  if (!t) {
    if (frame === 'prepare') {
      return /^\s+(?:\S+\s+){0,4}?(?:war|attack|offensive|invasion|battle|assault|operation|strikes?|fighting)\b/i.test(sentence.slice(f.end))
        ? framed(f, 'MOBILIZE', ['troops'], null)
        : null;
    }
    if (WEAK_FRAME_HEAD.test(f.text) && !/\s(?:to|for)$/i.test(f.text) && !/^\s+(?:\S+\s+){0,5}?(?:to|for|that)\b/i.test(sentence.slice(f.end))) return null;
    // "ordered more stock for the shops": a purchase; an order is for someone to do something.
    if (/^order/i.test(f.text) && !/^\s+(?:\S+\s+){0,5}?(?:to|that)\b/i.test(sentence.slice(f.end))) return null;
    if (/^order/i.test(f.text) && /\bin\s+$/i.test(sentence.slice(0, f.start))) return null;
    // "said the plan must have failed": a guess, not a demand.
    if (/must$/i.test(f.text) && /^\s+have\b/i.test(sentence.slice(f.end))) return null;
    if (frame === 'threaten') return framed(f, 'THREATEN', [], 'threatened');
    // "agreed, saying ...": agreeing with a view, not an agreement.
    if (frame === 'agree' && /^,\s+(?:saying|adding|noting|arguing)\b/i.test(sentence.slice(f.end))) return null;
    // "seeking to create": an aim, not a request.
    if (/^(?:seek|sought)/i.test(f.text) && /^\s+to\b/i.test(sentence.slice(f.end))) return null;
    if (frame === 'promise') {
      const rest = sentence.slice(f.end);
      // "swore to fight on", "vowed to resist": a vow of force the lexicon has no act for.
      if (VOWED_FORCE.test(rest)) return framed(f, 'THREATEN', ['violence'], 'threatened');
      if (!/\sto$/i.test(f.text) && !/^\s+(?:\S+\s+){0,2}?(?:to|that|\$|€|£|\d|aid|support|help|money|funds|assistance|cooperation)/i.test(rest)) return null;
    }
    if (frame === 'deny') return framed(f, 'REJECT', [], null);
    return framed(f, f.entry.type, [...f.entry.modes], null);
  }
  switch (frame) {
    case 'threaten':
      return framed(f, 'THREATEN', threatModes(t.entry), 'threatened');
    case 'promise':
      return CONFLICTUAL.has(t.entry.type)
        ? framed(f, 'THREATEN', threatModes(t.entry), 'threatened')
        : framed(f, 'AGREE', [], null);
    case 'request':
      // "seeks to retake the town": the aim itself, as planned.
      if (/^(?:seek|sought)/i.test(f.text) && /^\s+to\b/i.test(sentence.slice(f.end))) return { type: t.entry.type, modes: [...t.entry.modes], trigger: t, frame: f, modality: 'planned' };
      // "ordered the arrest of", "ordered troops to the border": the order is the act.
      if (/^order/i.test(f.text) && (t.entry.type === 'COERCE' || t.entry.type === 'ASSAULT' || t.entry.type === 'MOBILIZE')) {
        return { type: t.entry.type, modes: [...t.entry.modes], trigger: t, frame: f, modality: null };
      }
      return framed(f, 'REQUEST', requestModes(t), null);
    case 'reject':
      return framed(f, 'REJECT', requestModes(t), null);
    case 'agree':
      // "decided to attack" is a planned attack, not an agreement; an act further on ("offered to
      // hand over men suspected of bombing") is not what was agreed.
      return (t.entry.type === 'ASSAULT' || t.entry.type === 'COERCE' || t.entry.type === 'MOBILIZE') && /^\s+(?:to\s+)?(?:\S+\s+)?$/.test(sentence.slice(f.end, t.start))
        ? { type: t.entry.type, modes: [...t.entry.modes], trigger: t, frame: f, modality: 'planned' }
        : framed(f, 'AGREE', [], null);
    case 'deny':
      return { type: t.entry.type, modes: [...t.entry.modes], trigger: t, frame: f, modality: 'denied' };
    case 'prepare':
      return t.entry.type === 'ASSAULT'
        ? framed(f, 'MOBILIZE', ['troops'], null)
        : { type: t.entry.type, modes: [...t.entry.modes], trigger: t, frame: f, modality: 'planned' };
  }
}

export { CLAUSE_BREAK };
