// Code stage: who did what to whom, where, when, how many, according to whom, how sure.
// Rules over the lexicon's phrasings (lexicon.ts) with the lang stage's sentences, dates,
// quantities and quotes and the know stage's places and actors.
import type { Attribution, Entity, EventTime, Location, Modality, PloverType, Quote, SitrepEvent, Span } from '../model/types.ts';
import { Tokens, type DateMention, type Doc, type Mention, type QuantityMention, type Sentence } from '../pipeline/doc.ts';
import type { Stage } from '../pipeline/stage.ts';
import { acledFor } from './acled.ts';
import { findAttributions } from './attribution.ts';
import { CLAUSE_BREAK, findTriggers, prepareLexicon, resolveFrames, threatModes, type RawEvent } from './coder.ts';
import { anyOf, hedgeCue, isDirected, isSportOnly, modalityOf } from './context.ts';
import { isSpaceChar } from '../text/chars.ts';
import { magnitudeOf } from './magnitude.ts';
import { isInsideName, isTitleCase } from './names.ts';
import { cueWords, hashKey, mayHaveCue } from './words.ts';
import { agentAtStart, assignRoles, entityAt, genericAgents, makeEntity, toEntity, type GenericAgent, type ParticipleClause } from './roles.ts';

const COOPERATIVE = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);
const YIELDING = new Set(['RETREAT', 'CONCEDE']);
/** Coercion that an announcement or a condition turns into a threat ("will impose a curfew", "would boycott the talks"); sanctions only under a condition ("unless"). */
const COERCIVE = new Set(['SANCTION', 'COERCE']);
const PROTEST_PRESSURE = ['boycott', 'strike', 'obstruct'];
const REFUSAL_BEFORE = /\b(?:will|would|shall)\s+(?:not|never)\s+(?:[\w-]+\s+){0,2}$|\bwon['’]t\s+(?:[\w-]+\s+){0,2}$/i;
const ANNOUNCED = /\b(?:said|says|say|announced|announces|declared|declares|told|tells|warned|warns|vowed|vows|confirmed|confirms)\b/i;

function threatOf(type: PloverType, modes: string[]): { type: PloverType; modes: string[]; modality: Modality } {
  return { type: 'THREATEN', modes: threatModes({ type, modes }), modality: 'threatened' };
}

/**
 * PLOVER codes an intention by its direction: announced cooperation or yielding is AGREE, announced
 * coercion is THREATEN (as the gold standard and the CAMEO "express intent" codes do); a refused or
 * failed agreement is REJECT.
 */
function intentionOf(type: PloverType, modes: string[], modality: Modality, sentence: string, before: string, decided: boolean): { type: PloverType; modes: string[]; modality: Modality } {
  // "decided to arrest": a decision taken, not a warning.
  if (decided) return { type, modes, modality };
  const intended = modality === 'planned' || modality === 'forecast' || modality === 'hypothetical';
  const pressure = COERCIVE.has(type) || (type === 'PROTEST' && modes.some((m) => PROTEST_PRESSURE.includes(m)));
  if (intended && (type === 'ASSAULT' || type === 'RETREAT' || pressure) && /\bunless\b/i.test(sentence)) return threatOf(type, modes);
  if (intended && pressure && /\bif\b/i.test(sentence)) return threatOf(type, modes);
  // "paid a gang to kill": someone else's plan, not a warning
  const directed = modality === 'planned' && isDirected(before);
  if (modality === 'planned' && pressure && type !== 'SANCTION' && !directed) return threatOf(type, modes);
  if (modality === 'planned' && type === 'ASSAULT' && ANNOUNCED.test(before) && !directed) return threatOf(type, modes);
  if ((COOPERATIVE.has(type) && (modality === 'planned' || modality === 'forecast')) || (YIELDING.has(type) && modality === 'planned')) return { type: 'AGREE', modes: [], modality };
  if ((type === 'AGREE' || type === 'CONCEDE') && modality === 'negated') return { type: 'REJECT', modes: [], modality: 'occurred' };
  // "would not provide support": a refusal.
  if ((COOPERATIVE.has(type) || YIELDING.has(type)) && modality === 'negated' && REFUSAL_BEFORE.test(before)) return { type: 'REJECT', modes: [], modality: 'occurred' };
  return { type, modes, modality };
}
const SUBORDINATE_START = /^(?:,\s*)?\s*(?:after|following|amid|because|since|before|when|as|which|who|while|although|though|if|unless)\b/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+\s+)?$/i;
const UNDER_ATTACK = /\b(?:came|come|comes|coming|was|were|is|are|remain(?:s|ed)?)\s+under\s+$/i;
const PRONOUN_SUBJECT = /\b(?:it|they|he|she|we|i)\s+(?:\w+\s+){0,3}$/i;
/** A third-person pronoun as the trigger's own subject, with only auxiliaries and adverbs between ("he did not", "they would later"; not "he meant"). */
const PRONOUN_SUBJECT_AUX = /\b(?:it|they|he|she)\s+(?:(?:would|will|had|has|have|did|does|do|not|never|also|then|could|should|might|may|must|was|were|is|are|be|been|later|again|already|just|finally|n['’]t)\s+){0,3}$/i;
/** Verbs by which a subject talks about an act rather than does it ("the UN reported attacks", "the strike follows rocket attacks"); the tagger sometimes reads "alleged" as an adjective. */
const STANCE_VERB = /^(?:report|say|said|alleg|condemn|denounc|deplor|find|found|call|point|follow|preced|approv|justif|describ|characteri[sz]|blam|cit|recall|mark|investigat|witness|see|saw|fear|warn|mourn|discuss|welcom|prais|critici[sz]|confirm|den(?:y|ie)|spoke|speak|question|document|record|verif|dismiss|conclud|show|indicat|suggest)\w*$/i;
const PASSIVE_BY_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?["'“‘]?\w+(?:ed|en|wn|t|d)["'”’]?\s+by\s+(?:(?:the|an?|multiple|several|two|three|repeated|an?other)\s+)*$/i;
const PASSIVE_CUES = anyOf(PASSIVE_BEFORE, UNDER_ATTACK, PASSIVE_BY_BEFORE);
/** A whole word of every match of PASSIVE_CUES: the auxiliary each of the three opens with. */
const PASSIVE_WORDS = cueWords(Int32Array.from(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'came', 'come', 'comes', 'coming', 'remain', 'remains', 'remained'], hashKey));
/** "is committed to", "was opposed to": participles that describe the subject's stance, not a passive. */
const STATE_PARTICIPLE = /^(?:committed|prepared|determined|opposed|resolved|poised|dedicated|obliged|inclined|engaged)$/i;
/**
 * What may follow a reduced passive's participle, as headlines and briefs write it ("Two soldiers
 * killed in blast", "Convoy attacked near Gao", "Journalist shot dead."): maybe "dead" and a time
 * ("on Sunday", "overnight"), then a preposition or the clause's end, never an object or "to"
 * ("threatened on Monday to cut ties" is active). "at least", "at most" open a number: an object.
 */
const REDUCED_PASSIVE_AFTER = /^(?:\s+dead)?(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|overnight|last\s+night))?\s*(?:$|[.,;:!?)\u2013\u2014]|(?:in|at(?!\s+(?:least|most)\b)|near|by|after|during|following|when|while|as|outside|inside|across|since|amid)\b)/i;
/**
 * Participles that may head a reduced passive: verbs done to someone, whose passive headlines use
 * without "were". Verbs also used without an object ("gathered in", "withdrew from") are not here.
 */
const REDUCED_PARTICIPLE = /^(?:killed|wounded|injured|hurt|shot|attacked|abducted|kidnapped|arrested|detained|captured|executed|hanged|bombed|shelled|targeted|ambushed|stabbed|beaten|beheaded|massacred|murdered|assassinated|lynched|seized|jailed|imprisoned|sentenced|expelled|deported|banned|sanctioned|raided|looted|torched|destroyed|hit|struck|evacuated|rescued|freed|released|tortured|harassed|displaced)$/i;
const SUBJECT_REACH = 40;
const INNER_AUXILIARY = /\b(?:will|would|shall|could|may|might|not|never)\s|n['’]t\s/i;
const FIRST_PERSON = /\b(?:we|i)\s+(?:\w+\s+){0,3}$/i;

interface Clause {
  start: number;
  end: number;
  subordinate: boolean;
  /** The clause's hedging cue (hedgeCue), found for its first event. */
  hedge?: string | null;
}

/** Length of a text's first word: up to its first white space (text.split(/\s/)[0]). */
function firstWordLength(text: string): number {
  let end = 0;
  while (end < text.length && !isSpaceChar(text.charCodeAt(end))) end++;
  return end;
}

/** Clauses of a sentence, as offsets in the sentence text. */
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');

function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let subordinate = false;
  // exec over the shared global expression, not matchAll, which clones it per call.
  CLAUSE_BREAKS.lastIndex = 0;
  for (let m = CLAUSE_BREAKS.exec(text); m; m = CLAUSE_BREAKS.exec(text)) {
    clauses.push({ start, end: m.index, subordinate, hedge: undefined });
    start = m.index + (m[0].startsWith(',') || m[0].startsWith(';') || m[0].startsWith(':') ? 1 : 0);
    subordinate = SUBORDINATE_START.test(text.slice(start));
  }
  clauses.push({ start, end: text.length, subordinate: subordinate || /^(?:after|following|amid|because|since|when|while|although)\b/i.test(text), hedge: undefined });
  return clauses;
}

const POLITICAL_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'IGO', 'REB', 'OPP', 'PTY']);

/** A state, or an actor the know stage places in government, the military or an international body. */
function isPoliticalParty(m: Mention): boolean {
  if (m.kind === 'place') return m.location?.precision === 'country';
  return m.kind === 'actor' && (m.entity?.kind === 'state' || POLITICAL_SECTORS.has(m.entity?.sector ?? ''));
}

/** A document's annotations grouped by sentence index, and what its title says, built once per document. */
interface BySentence {
  tokens: (sentence: number) => TokenRun;
  mentions: Map<number, Mention[]>;
  quantities: Map<number, QuantityMention[]>;
  dates: Map<number, DateMention[]>;
  /** The article's title is about sport. */
  sportDocument: boolean;
}

function groupBySentence<T extends { sentence: number }>(items: readonly T[] | undefined): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items ?? []) {
    const list = map.get(item.sentence);
    if (list) list.push(item);
    else map.set(item.sentence, [item]);
  }
  return map;
}

/** A sentence's tokens: tokens [from, to) of the list. */
interface TokenRun {
  tokens: Tokens;
  from: number;
  to: number;
}

const NO_TOKENS: TokenRun = { tokens: new Tokens(), from: 0, to: 0 };
const NO_MENTIONS: readonly Mention[] = [];

/**
 * Each sentence's tokens. The lang stage emits tokens grouped by sentence in order, so one pass
 * finds each sentence's run of them; tokens out of that order are picked into a list per sentence instead.
 */
function tokenRuns(tokens: Tokens): (sentence: number) => TokenRun {
  const runs = new Map<number, TokenRun>();
  let run: TokenRun | null = null;
  let current = 0;
  for (let i = 0; i < tokens.length; i++) {
    const sentence = tokens.sentence[i];
    if (run && sentence === current) continue;
    if (run && !(sentence > current)) {
      const groups = groupIndicesBySentence(tokens);
      return (index) => {
        const list = groups.get(index);
        return list ? { tokens: pickTokens(tokens, list), from: 0, to: list.length } : NO_TOKENS;
      };
    }
    if (run) run.to = i;
    run = { tokens, from: i, to: tokens.length };
    current = sentence;
    runs.set(sentence, run);
  }
  return (index) => runs.get(index) ?? NO_TOKENS;
}

/** Indices of the tokens of each sentence, in order. */
function groupIndicesBySentence(tokens: Tokens): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const list = map.get(tokens.sentence[i]);
    if (list) list.push(i);
    else map.set(tokens.sentence[i], [i]);
  }
  return map;
}

/** The tokens at `indices`, in that order. */
function pickTokens(tokens: Tokens, indices: readonly number[]): Tokens {
  const pick = (values: Int32Array) => Int32Array.from(indices, (i) => values[i]);
  return new Tokens(indices.map((i) => tokens.text[i]), pick(tokens.start), pick(tokens.end), indices.map((i) => tokens.pos[i]), pick(tokens.sentence));
}

function eventTime(dates: readonly DateMention[], triggerAt: number): EventTime | null {
  if (!dates.length) return null;
  const nearest = dates.reduce((best, d) => (Math.abs(d.span[0] - triggerAt) < Math.abs(best.span[0] - triggerAt) ? d : best));
  return { start: nearest.start, end: nearest.end, precision: nearest.precision, text: nearest.text, span: nearest.span, certain: nearest.certain };
}

function quoteAt(quotes: readonly Quote[], at: number, captionSentence: boolean): Quote | undefined {
  if (captionSentence) return undefined;
  return quotes.find((q) => q.span[0] <= at && at < q.span[1]);
}

/** Fills quote speakers' name, country, sector and kind from the actor mention they overlap. */
function enrichSpeakers(quotes: Quote[], mentions: readonly Mention[]): void {
  for (const q of quotes) {
    const s = q.speaker;
    if (!s || s.country) continue;
    const m = mentions.find((x) => x.kind === 'actor' && x.entity && x.span[0] < s.span[1] && s.span[0] < x.span[1]);
    if (!m?.entity) continue;
    q.speaker = makeEntity(s.text, s.name ?? m.entity.name, m.entity.country, s.sector ?? m.entity.sector, s.kind ?? m.entity.kind, s.span, s.wikidata, s.actorId);
  }
}

function eventId(articleId: string, sentence: Sentence, span: Span): string {
  const where = sentence.captionIndex === undefined ? '' : `c${sentence.captionIndex}.`;
  return `${articleId}:${where}s${sentence.index}:${span[0]}-${span[1]}`;
}

// Per-sentence helpers are module functions or built by factories, not named closures inside
// codeSentence: tsx (keepNames) names every named closure as it is created, which costs far
// more than these lookups do.

// The sentence codeSentence is coding: its tokens and offset, read by posAt (one function for
// every sentence rather than a closure made per sentence).
let posRun: TokenRun = NO_TOKENS;
let posBase = 0;

/** Part of speech of the current sentence's word starting at an offset: a binary search of its tokens, which run in text order. */
function posAt(offset: number): string | undefined {
  const { tokens, from, to } = posRun;
  const starts = tokens.start;
  const at = posBase + offset;
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid];
    if (start < at) lo = mid + 1;
    else if (start > at) hi = mid - 1;
    else return tokens.pos[mid];
  }
  return undefined;
}

/**
 * What findTriggers asks about the current sentence, one object for every sentence: whether a
 * political party is named is worked out only when a phrase with the political guard asks.
 */
const triggerContext = {
  sportDocument: false,
  mentions: [] as readonly Mention[],
  get politicalParty(): boolean {
    return this.mentions.some(isPoliticalParty);
  },
};

/** Start of the current sentence's last verb token (or an adjective in -ed) within [start, end), or -1 (offsets in the source, as the tokens' spans). */
function lastVerbBefore(start: number, end: number): number {
  const { tokens, from, to } = posRun;
  for (let i = to - 1; i >= from; i--) {
    const at = tokens.start[i];
    if (at >= end) continue;
    if (at < start) break;
    // the tagger reads some past tenses as adjectives ("The company smuggled/ADJ weapons")
    const pos = tokens.pos[i];
    if (pos === 'VERB' || (pos === 'ADJ' && tokens.text[i].endsWith('ed'))) return at;
  }
  return -1;
}

/** Words that may stand between a comma and its participle ("..., thereby ending"). */
const PARTICIPLE_ADVERB = String.raw`(?:(?:thereby|thus|also|then|further|again|reportedly|allegedly)\s+)?`;
/** ", " then a participle at the end of the text ("..., supporting"): the participle is group 1. */
const COMMA_PARTICIPLE = new RegExp(String.raw`,\s+${PARTICIPLE_ADVERB}(\p{L}+ing)\s+(?:(?:it|them|this|that)\s+(?:as\s+)?)?(?:(?:a|an|the|more|further|new|fresh|several|multiple|repeated|heavy|deadly|its|their|his|her)\s+){0,2}$`, 'u');
const COMMA_BEFORE = new RegExp(String.raw`,\s+${PARTICIPLE_ADVERB}$`, 'u');
/** Participles that bring about another party's act ("..., prompting protests"): the act's party is not the clause's subject. */
const CAUSATIVE = /^(?:prompting|sparking|triggering|drawing|provoking|causing|fuell?ing|inviting|igniting|leading|stoking|raising)$/i;

/**
 * A reduced passive ("Two soldiers killed in blast near Kandahar"): a participle with nothing but
 * a preposition or the clause's end after it, and no verb before it in the clause. Its subject
 * is what was done to, as after "were".
 */
function reducedPassive(text: string, base: number, clauseStart: number, triggerStart: number, triggerText: string, headWord: string, noun: boolean): boolean {
  if (noun || headWord.length !== triggerText.length && !/^\S+\s+dead$/i.test(triggerText)) return false;
  if (!REDUCED_PARTICIPLE.test(headWord) || STATE_PARTICIPLE.test(headWord) || triggerStart === clauseStart) return false;
  if (!REDUCED_PASSIVE_AFTER.test(text.slice(triggerStart + headWord.length))) return false;
  // "The army attacked on Monday": an armed party before a verb that needs no object acts
  if (INTRANSITIVE_ASSAULT.test(headWord) && ARMED_SUBJECT_BEFORE.test(text.slice(clauseStart, triggerStart))) return false;
  return lastVerbBefore(base + clauseStart, base + triggerStart) < 0;
}

/** Verbs of attack used without an object ("the rebels attacked at dawn"). */
const INTRANSITIVE_ASSAULT = /^(?:attacked|struck|fired|fought|clashed|retaliated|advanced|raided)$/i;
/** An armed party right before the verb. */
const ARMED_SUBJECT_BEFORE = /\b(?:army|armies|troops|forces|militants|rebels|insurgents|gunmen|police|soldiers|fighters|militias?|jets|warplanes|drones|navy|guerrill?as|jihadists)\s+(?:(?:again|also|then|later|reportedly|allegedly)\s+)?$/i;

/** The actor mention with a country around [start, end) of the source ("Egyptian demonstrators"), as an entity; null for none. */
function ownMention(mentions: readonly Mention[], start: number, end: number): Entity | null {
  return toEntity(mentions.find((m) => m.kind === 'actor' && m.entity?.country && m.span[0] <= start && end <= m.span[1]));
}

/** A target's preposition, right before it ("at protesters", "on the crowd"). */
const TARGET_BEFORE = /\b(?:at|on|upon|against|into)\s+(?:the\s+)?$/i;

/** The first generic agent inside [from, to) of the source, if a target's preposition comes right before it; else null. */
function innerTarget(agents: readonly GenericAgent[], source: string, from: number, to: number): Entity | null {
  for (const g of agents) {
    if (g.start < from || g.entity.span[1] > to) continue;
    return TARGET_BEFORE.test(source.slice(from, g.start)) ? g.entity : null;
  }
  return null;
}

/**
 * A verb that stops an attack, right before it: its subject did not make the attack. Group 1, one that
 * repels it ("repelled an assault": the subject was its target); group 2, one that foils it ("thwarted a bombing").
 */
const STOPPED_BEFORE = /\b(?:(repel(?:led|s|ling)?|repuls(?:ed|es|ing)|fend(?:ed|s)? off|fought off|beat back|beaten back|push(?:ed)? back|held off|withst(?:ood|and))|(foil(?:ed|s)?|thwart(?:ed|s)?|prevent(?:ed|s)?|avert(?:ed|s)?|disrupt(?:ed|s)?))\s+(?:(?:an?|the|another|several|two|three|multiple|repeated|\w+ian|enemy)\s+){0,2}$/i;

/** An actor mention with an entity, or a place mention; with `countryOnly`, only a country's (a country stands for its government; a town is where). */
function isParty(m: Mention, countryOnly: boolean): boolean {
  return (m.kind === 'actor' && !!m.entity) || (m.kind === 'place' && !!m.location && (!countryOnly || m.location.precision === 'country'));
}

/** A past tense or participle: "abducted", "shelled" (not "bloodshed", "hundred"). */
const PAST_FORM = /^(?!(?:blood)?shed$|hundred$|need$|greed$|speed$|seed$|creed$|breed$)\p{L}+ed$/iu;
/** A word that can open the object right after a verb: not a preposition or joining word. */
const OBJECT_START = /^\s+(?!(?:on|in|at|over|by|from|to|for|with|after|before|during|near|into|and|or|but|as|off|up|out|down)\b)[\p{L}\d]/iu;

/** "abducted civilians": a trigger whose head word is a past form with an object right after it. */
function pastWithObject(text: string, start: number, triggerText: string): boolean {
  const head = firstWordLength(triggerText);
  return PAST_FORM.test(triggerText.slice(0, head)) && OBJECT_START.test(text.slice(start + head, start + head + 12));
}

/** "Protest by 500 teachers in Nairobi": a trigger whose head word, no participle, comes right before "by" names the act: a noun. */
function byAfterHead(text: string, start: number, triggerText: string): boolean {
  const head = firstWordLength(triggerText);
  return !/(?:ed|en|wn)$/i.test(triggerText.slice(0, head)) && /^\s+by\s/i.test(text.slice(start + head, start + head + 4));
}

/** "by" and at most two words before a party ("by 300 doctors", "by suspected militants"). */
const BY_BEFORE = /\bby\s+(?:[\w'’-]+\s+){0,2}$/i;

/** The first generic agent inside [from, to) of the source, a noun trigger's phrase, under "by" ("Strike by 300 doctors"); else null. */
function innerByAgent(agents: readonly GenericAgent[], source: string, from: number, to: number): Entity | null {
  for (const g of agents) {
    if (g.start < from || g.entity.span[1] > to) continue;
    return BY_BEFORE.test(source.slice(from, g.start)) ? g.entity : null;
  }
  return null;
}

/** A target's preposition right after an attack ("an attack on Kyiv"); "at" only after a verb of firing ("fired rockets at Israel": "an airstrike at the airport" says where). */
const TARGET_AFTER = /^\s+(?:on|upon|against|into|toward|towards)\s+(?:the\s+)?$/i;
const AT_TARGET_AFTER = /^\s+at\s+(?:the\s+)?$/i;
const FIRING_HEAD = /^(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|lob(?:s|bed|bing)?|shoot(?:s|ing)?|shot|hurl(?:s|ed|ing)?|aim(?:s|ed|ing)?)$/i;
/** A phrase trigger that ends in its target's preposition ("strikes on"). */
const TARGET_END = /\s(?:on|upon|against|at|into)$/i;

function isTargetGap(gap: string, firing: boolean, endsInPreposition: boolean): boolean {
  return TARGET_AFTER.test(gap) || (firing && AT_TARGET_AFTER.test(gap)) || (endsInPreposition && /^\s+(?:the\s+)?$/.test(gap));
}

/** "from", right before a party, with no clause break since the trigger's head ("requested weapons from Germany"). */
const FROM_BEFORE = /^[^,;:]*?\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+)?$/i;

/** The first named party in [from, to) of the source that "from" comes right before (FROM_BEFORE): an actor, or a country; else undefined. */
function partyAfterFrom(mentions: readonly Mention[], source: string, from: number, to: number): Mention | undefined {
  for (const m of mentions) {
    if (m.span[0] < from || m.span[1] > to) continue;
    if (!isParty(m, true)) continue;
    if (FROM_BEFORE.test(source.slice(from, m.span[0]))) return m;
  }
  return undefined;
}

/** A locative right before a place inside a phrase trigger ("arrived in Seoul for talks"). */
const INNER_LOCATIVE = /\b(?:in|at|near|inside|outside|to|into)\s+(?:the\s+)?$/i;
/** A visit's words: its host is the country visited. */
const VISIT_WORD = /\b(?:visit\w*|arriv\w*|trip|tour(?:s|ed|ing)?|landed|flew|travel\w*)\b/i;

/** `locations` with the places inside [from, to) of the source, a phrase trigger after its head word, that a locative comes right before. */
function withInnerPlaces(locations: Location[], mentions: readonly Mention[], source: string, from: number, to: number): Location[] {
  let out = locations;
  for (const m of mentions) {
    if (m.kind !== 'place' || !m.location || m.span[0] < from || m.span[1] > to || !INNER_LOCATIVE.test(source.slice(from, m.span[0]))) continue;
    // the same place named again in the sentence is one location
    if (out.some((l) => l.span[0] === m.span[0] || (l.name === m.location!.name && l.country === m.location!.country))) continue;
    if (out === locations) out = [...locations];
    out.push({ ...m.location, text: m.text, span: m.span });
  }
  return out;
}

/** A preposition that puts the party after it outside the act's object: the agent, a place, a source, a time. */
const NOT_OBJECT_BEFORE = /\b(?:by|in|near|inside|outside|across|around|throughout|within|from|of|along|through|during|after|before|since|like|as)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$/i;
/** "withdraw our troops": the actor's own forces, not the act's object. */
const OWN_BEFORE = /\b(?:our|its|their|his|her|my|your)\s+(?:[\w'’.-]+\s+){0,2}$/i;
/** A phrase trigger ending in a modal of obligation ("declared that China must"): the party before it is the one bound. */
const OBLIGED_END = /\b(?:must|should)$/i;
/** What joins the parties of one object: "Iraq and Libya", "US and British forces". */
const OBJECT_RUN_GAP = /^\s*(?:,|and|&|or|,\s*and)\s*(?:the\s+)?$/i;

/**
 * The named parties inside [from, to) of the source, a phrase trigger after its head word, as its
 * object ("expelled two Russian diplomats", "gave Tanzania a grant", "said the US must"): the first
 * party, unless a preposition of place, agent or source or a possessive pronoun comes before it,
 * and those joined to it by "and" or commas.
 */
function innerParties(mentions: readonly Mention[], source: string, from: number, to: number): Entity[] {
  // (a town or region inside the phrase is where, or where to)
  const inside = mentions.filter((m) => m.span[0] >= from && m.span[1] <= to && isParty(m, true));
  if (!inside.length || NOT_OBJECT_BEFORE.test(source.slice(from, inside[0].span[0])) || OWN_BEFORE.test(source.slice(from, inside[0].span[0]))) return [];
  const run = [inside[0]];
  for (let i = 1; i < inside.length; i++) {
    const last = run[run.length - 1];
    // "Egypt" read both as a place and as an actor: one party
    if (inside[i].span[0] < last.span[1]) continue;
    if (!OBJECT_RUN_GAP.test(source.slice(last.span[1], inside[i].span[0]))) break;
    run.push(inside[i]);
  }
  return run.map((m) => toEntity(m));
}

/** ", calling", ", saying": a participle of speech after a comma, which reports rather than acts. */
const SPEECH_WORDS = 'calling|saying|describing|claiming|adding|noting|citing|arguing|insisting|terming|labell?ing|dubbing|stating|explaining|asserting|stressing|telling|branding';
const SPEECH_PARTICIPLE = new RegExp(`,\\s+(?:${SPEECH_WORDS})\\b`, 'i');
const SPEECH_WORD = new RegExp(`^(?:${SPEECH_WORDS})$`, 'i');

/** The source offset of the first SPEECH_PARTICIPLE in text[from, to) (`text` starts at `base`), or undefined. */
function speechParticipleAfter(text: string, base: number, from: number, to: number): number | undefined {
  const at = text.slice(from, to).search(SPEECH_PARTICIPLE);
  return at < 0 ? undefined : base + from + at;
}

/** An act its subject disowns ("did not claim responsibility for the attack", "denied involvement in the bombing"): not the subject's act. */
const DISOWNED_BEFORE = /\b(?:(?:did|does|do|has|have|had)\s+not|(?:did|does|do|has|have|had)n['’]t|never|yet to)\s+(?:yet\s+)?(?:claim(?:ed)?|accept(?:ed)?|admit(?:ted)?)\s+(?:any\s+)?responsibility\s+for\s+(?:\S+\s+){0,3}$|\bden(?:y|ied|ies|ying)\s+(?:any\s+)?(?:responsibility|involvement|role)\s+(?:for|in)\s+(?:\S+\s+){0,3}$/i;

/** A causative verb right before a noun ("drew condemnation", "sparked mass protests", "led to fresh clashes"). */
const CAUSATIVE_BEFORE = /\b(?:draws?|drew|drawn|prompt(?:s|ed)?|spark(?:s|ed)?|trigger(?:s|ed)?|provok(?:es|ed)|caus(?:es|ed)|fuel(?:s|l?ed)|le(?:d|ads?) to|brought|ignit(?:es|ed)|stok(?:es|ed)|invit(?:es|ed)|rais(?:es|ed))\s+(?:(?:an?|the|more|further|new|fresh|widespread|international|strong|sharp|angry|mass|large|wide|global|renewed)\s+){0,2}$/i;

/**
 * A trigger that is a participle after a comma, or a noun such a participle governs ("..., supporting
 * the regime", "..., providing airstrikes", "..., calling it an attack"): where its comma is in the source (`text`
 * starts at `base`), and whether the act is another party's (a causative participle, or a noun a participle
 * of speech names the act with); null otherwise. The participle's subject is the clause's own.
 */
function participleAfterComma(text: string, base: number, triggerStart: number, triggerText: string): ParticipleClause | null {
  const head = triggerText.slice(0, firstWordLength(triggerText));
  const before = text.slice(Math.max(0, triggerStart - 60), triggerStart);
  const offset = triggerStart - before.length;
  if (/\p{L}ing$/u.test(head) && posAt(triggerStart) === 'VERB') {
    const m = COMMA_BEFORE.exec(before);
    if (m) return { from: base + offset + m.index, othersAct: CAUSATIVE.test(head) };
  }
  const m = COMMA_PARTICIPLE.exec(before);
  if (!m || posAt(offset + m.index + m[0].indexOf(m[1])) !== 'VERB') return null;
  // "..., calling it an attack": a name the speaker gives an act, whose party the speaker is not
  return { from: base + offset + m.index, othersAct: CAUSATIVE.test(m[1]) || SPEECH_WORD.test(m[1]) };
}

/** Whether a verb (or a participle tagged as an adjective) of stance lies between two offsets of the source. */
function stanceVerbBetween({ tokens, from, to }: TokenRun, source: string): (start: number, end: number) => boolean {
  return (start, end) => {
    for (let i = from; i < to; i++) {
      const pos = tokens.pos[i];
      if (tokens.start[i] >= start && tokens.end[i] <= end && (pos === 'VERB' || pos === 'ADJ') && STANCE_VERB.test(source.slice(tokens.start[i], tokens.end[i]))) return true;
    }
    return false;
  };
}

function headOf(ev: RawEvent): RawEvent['trigger'] {
  return ev.frame && ev.frame.start < ev.trigger.start ? ev.frame : ev.trigger;
}

function clauseOf(clauses: readonly Clause[], at: number): Clause {
  return clauses.find((c) => at >= c.start && at < c.end) ?? clauses[0];
}

/** The sentence before, when it is the same text's previous sentence, with its events. */
interface Previous {
  sentence: Sentence;
  events: SitrepEvent[];
}

/** The named actor that opens the sentence (sentenceSubject, not a place), if it comes before `before`; else undefined. */
function openingParty(by: BySentence, sentence: Sentence, before: number): Entity[] | undefined {
  const m = (by.mentions.get(sentence.index) ?? []).find((x) => x.span[0] - sentence.span[0] <= SUBJECT_REACH && x.kind === 'actor' && !!x.entity);
  return m && m.span[1] <= before ? [toEntity(m)] : undefined;
}

/** Whom a pronoun opening a sentence means: the previous sentence's first actors, else its subject. */
function pronounReferent(by: BySentence, previous: Previous | null): Entity[] {
  return previous ? (previous.events.find((e) => e.actors.length)?.actors ?? sentenceSubject(by, previous.sentence)) : [];
}

function codeSentence(doc: Doc, by: BySentence, sentence: Sentence, adjacent: Previous | null): SitrepEvent[] {
  const article = doc.article!;
  const fromCaption = sentence.captionIndex !== undefined;
  const source = fromCaption ? article.captions[sentence.captionIndex!].text : article.body;
  const text = sentence.text;
  const base = sentence.span[0];
  const tokens = by.tokens(sentence.index);
  posRun = tokens;
  posBase = base;
  const mentions = by.mentions.get(sentence.index) ?? NO_MENTIONS;
  triggerContext.sportDocument = by.sportDocument;
  triggerContext.mentions = mentions;
  const found = resolveFrames(text, findTriggers(text, posAt, triggerContext));
  if (!found.length) return [];
  // "the Popular Mobilization Forces", "Invasion Day": a trigger inside a capitalised name is no event
  const outsideNames = found.filter((ev) => !isInsideName(text, ev.trigger.start, ev.trigger.start + firstWordLength(ev.trigger.text)));
  const raw = outsideNames.length < found.length && !isTitleCase(text) ? outsideNames : found;
  if (!raw.length) return [];

  const quantities = by.quantities.get(sentence.index) ?? [];
  const attribution: Attribution[] = findAttributions(text, base, mentions, true);
  const clauses = clausesOf(text);
  const quotes = doc.quotes ?? [];
  const agents = genericAgents(source, base, base + text.length);
  const verbBetween = stanceVerbBetween(tokens, source);
  // "Syria says it will ...": a speaker opening the sentence is also its actor.
  const excluded = attribution.filter((a) => a.span[0] !== base).map((a) => a.span);
  const events: SitrepEvent[] = [];
  // Found on first need: most sentences never ask.
  let previousActors: Entity[] | undefined;

  const merged = mergeSameType(raw);
  // The sentence's main event: the first one outside subordinate clauses.
  const main = merged.find((ev) => !clauseOf(clauses, headOf(ev).start).subordinate) ?? merged[0];
  for (const ev of merged) {
    const head = headOf(ev);
    const clause = clauseOf(clauses, head.start);
    const before = text.slice(clause.start, head.start);
    // After the trigger's head word, so that "offensive may start" sees its "may".
    const after = text.slice(ev.trigger.start + firstWordLength(ev.trigger.text), clause.end);
    let type = ev.type;
    let modes = ev.modes;
    // "..., arresting 15 people": an -ing word right after a comma is a participle, which the tagger may read as a noun
    const commaParticiple = COMMA_BEFORE.test(before) && /\p{L}ing$/u.test(ev.trigger.text.slice(0, firstWordLength(ev.trigger.text)));
    // ("Gunmen abducted civilians": the tagger may call a past tense with its object a noun)
    const noun = !commaParticiple && (!!ev.trigger.entry.noun || (posAt(ev.trigger.start) === 'NOUN' && !pastWithObject(text, ev.trigger.start, ev.trigger.text)) || /(?:\b(?:the|an?|its|their|his|her)|['’]s)\s+$/i.test(before.slice(-8))
      || byAfterHead(text, ev.trigger.start, ev.trigger.text));
    // "workers will strike": an auxiliary inside an agent-first phrase is part of the context.
    const inner = ev.trigger.text.slice(0, ev.trigger.text.lastIndexOf(' ') + 1);
    const cueBefore = !ev.frame && INNER_AUXILIARY.test(inner) ? before + inner : before;
    let modality = ev.modality ?? modalityOf(cueBefore, ev.trigger.text, after, noun);
    const hedge = clause.hedge === undefined ? (clause.hedge = hedgeCue(text.slice(clause.start, clause.end), true)) : clause.hedge;
    if (ev.modality === 'threatened' && modalityOf(before, head.text, after, false) === 'negated') modality = 'negated';

    const quote = quoteAt(quotes, base + ev.trigger.start, fromCaption);
    // "We will destroy them": a first-person vow of force inside a quote is a threat.
    if (quote && (type === 'ASSAULT' || type === 'COERCE') && modality === 'planned' && FIRST_PERSON.test(before)) {
      modes = threatModes({ type, modes });
      type = 'THREATEN';
      modality = 'threatened';
    }
    // A threat is a threat whatever tense reports it ("had made threats").
    if (type === 'THREATEN' && modality === 'occurred') modality = 'threatened';
    ({ type, modes, modality } = intentionOf(type, modes, modality, text, before, ev.frame?.entry.frame === 'agree' && ev.frame !== ev.trigger));

    const headWord = ev.trigger.text.slice(0, firstWordLength(ev.trigger.text));
    const textBefore = text.slice(0, ev.trigger.start);
    // "were hit by drone strikes": the trigger noun is itself a passive's agent.
    // Most triggers follow none of the passive cues: one test rules all three out.
    const passiveCue = mayHaveCue(PASSIVE_WORDS) && PASSIVE_CUES.test(textBefore);
    const passive = (passiveCue && ((PASSIVE_BEFORE.test(textBefore) && /(?:ed|en|wn|t)$/i.test(headWord) && !STATE_PARTICIPLE.test(headWord)) || PASSIVE_BY_BEFORE.test(textBefore)))
      || reducedPassive(text, base, clause.start, ev.trigger.start, ev.trigger.text, headWord, noun);
    // "The killing drew condemnation": a noun a causative verb governs is another party's act, as after "..., prompting"
    const participle = participleAfterComma(text, base, ev.trigger.start, ev.trigger.text)
      ?? (noun && (CAUSATIVE_BEFORE.test(before) || DISOWNED_BEFORE.test(before)) ? { from: base + clause.start, othersAct: true } : null);
    const roles = assignRoles({
      source,
      clauseStart: base + clause.start,
      clauseEnd: base + clause.end,
      triggerStart: base + head.start,
      triggerEnd: base + ev.trigger.end,
      passive: passive || (passiveCue && UNDER_ATTACK.test(textBefore)),
      noun: noun && !ev.frame,
      verbBetween,
      participle,
      lastVerbBefore,
      speechAfter: speechParticipleAfter(text, base, ev.trigger.end, clause.end),
      mentions,
      agents,
      excluded,
    });
    let actors = roles.actors;
    // "repelled an assault": the subject was attacked; "foiled an attack": the subject stopped it. Neither made it.
    // (parties after the verb, "repelled a Russian assault", still made it)
    let defenders: Entity[] = [];
    const stopped = noun && actors.length ? STOPPED_BEFORE.exec(before) : null;
    if (stopped) {
      const stopAt = base + clause.start + stopped.index;
      const subjects = actors.filter((a) => a.span[1] <= stopAt);
      // a foiled attack was planned, not made; a repelled one was made
      const foiled = stopped[2] !== undefined;
      if (foiled && modality === 'occurred') modality = 'planned';
      if (subjects.length) {
        if (!foiled) defenders = subjects;
        actors = actors.filter((a) => a.span[0] >= stopAt);
      }
    }
    // "Police fired tear gas at protesters": the protesters are the protest's own party, whoever acts before them.
    if (type === 'PROTEST' && noun && actors.length) {
      const self = agentAtStart(agents, base + ev.trigger.start, base + ev.trigger.end);
      if (self) actors = [ownMention(mentions, base + ev.trigger.start, base + ev.trigger.end) ?? self];
    }
    // a copy in the stage's one entity shape (the lang stage makes the speaker)
    if (!actors.length && quote?.speaker && FIRST_PERSON.test(before)) actors = [entityAt(quote.speaker, quote.speaker.text, quote.speaker.span)];
    // ("..., calling it an attack": "it" is the speech's object, and the act another party's)
    // A pronoun right before the trigger ("he did not") is its subject, even where roles took a party before it ("Macron spoke
    // to reporters in Paris and said he would not ..."); it means the sentence's opening actor before the sentence before.
    const pronounRight = !passive && !participle?.othersAct && PRONOUN_SUBJECT_AUX.test(before);
    if (pronounRight || (!actors.length && !passive && !participle?.othersAct && PRONOUN_SUBJECT.test(before))) {
      const referent = events.find((e) => e.actors.length)?.actors ?? (pronounRight ? openingParty(by, sentence, base + ev.trigger.start) : undefined)
        ?? (previousActors ??= pronounReferent(by, adjacent));
      if (referent.length || !actors.length) actors = referent;
    }
    if (!actors.length) {
      // The trigger names its own participants: an actor mention around it ("Egyptian demonstrators
      // rioted"), else a generic agent it starts with ("Rioters torched ..."). One array made for
      // either, and toEntity asked with or without a mention: code V8 has not seen run deoptimises
      // codeSentence, and the first mention found came only in the timed texts of bench:code.
      const own = ownMention(mentions, base + ev.trigger.start, base + ev.trigger.end) ?? agentAtStart(agents, base + ev.trigger.start, base + ev.trigger.end)
        ?? (noun ? innerByAgent(agents, source, base + ev.trigger.start, base + ev.trigger.end) : null);
      if (own) actors = [own];
    }
    // A mobilisation's object is its own forces ("called up 300,000 troops"), not a recipient.
    let recipients = roles.recipients.filter((r) => !actors.some((a) => a.span[0] === r.span[0]) && !(type === 'MOBILIZE' && !r.country));
    // "fired tear gas at protesters": a phrase trigger that names its target under a preposition holds the recipient
    if (!recipients.length && !passive && (type === 'ASSAULT' || type === 'COERCE') && ev.trigger.text.length > headWord.length) {
      const inner = innerTarget(agents, source, base + head.start + headWord.length, base + ev.trigger.end);
      if (inner && !actors.some((a) => a.span[0] === inner.span[0])) recipients = [inner];
    }
    // "expelled two Russian diplomats", "summoned Niger's ambassador": a phrase trigger that names a party after its head word holds its object
    // ("said the US must ...": the party the demand binds, before any named later in the clause)
    if ((!recipients.length || OBLIGED_END.test(ev.trigger.text)) && !passive && ev.trigger.text.length > headWord.length && type !== 'MOBILIZE') {
      const inner = innerParties(mentions, source, base + ev.trigger.start + headWord.length, base + ev.trigger.end).filter((r) => !actors.some((a) => a.span[0] === r.span[0]));
      if (inner.length) recipients = inner;
    }
    // "arrived in Seoul for talks": a place a phrase trigger names under a locative is where
    let locations = withInnerPlaces(roles.locations, mentions, source, base + ev.trigger.start + headWord.length, base + ev.trigger.end);
    // "Saddam Hussein arrived in Amman on a visit": a visit abroad is to the country visited
    if (!recipients.length && type === 'CONSULT' && VISIT_WORD.test(ev.trigger.text) && actors.length && actors.every((a) => a.country)) {
      const host = locations.find((l) => l.country && actors.every((a) => a.country !== l.country));
      const m = host && mentions.find((x) => x.kind === 'place' && x.span[0] === host.span[0]);
      if (m) recipients = [toEntity(m)];
    }
    if (defenders.length && !recipients.length) recipients = defenders;
    // "fired rockets at Israel", "a drone attack on Kyiv": a place named as the target is the recipient as well as where
    if (!recipients.length && !passive && type === 'ASSAULT') {
      const firing = FIRING_HEAD.test(headWord);
      const endsInPreposition = TARGET_END.test(ev.trigger.text);
      const target = mentions.find((m) => m.span[0] >= base + ev.trigger.end && m.span[0] <= base + ev.trigger.end + 16
        && isParty(m, false) && isTargetGap(source.slice(base + ev.trigger.end, m.span[0]), firing, endsInPreposition));
      if (target && !actors.some((a) => a.span[0] === target.span[0] || (!!a.country && a.country === (target.entity?.country ?? target.location?.country)))) {
        recipients = [toEntity(target)];
        if (target.location && !locations.some((l) => l.span[0] === target.span[0])) locations = [...locations, { ...target.location, text: target.text, span: target.span }];
      }
    }
    // "Clashes between herders and farmers": a clash's first party acts on the second
    if (type === 'ASSAULT' && !actors.length && recipients.length > 1 && /\bbetween\s/i.test(text.slice(ev.trigger.start, ev.trigger.end + 9))) {
      const second = recipients.findIndex((r, i) => i > 0 && /\band\b/i.test(source.slice(recipients[i - 1].span[1], r.span[0])));
      if (second > 0) {
        actors = recipients.slice(0, second);
        recipients = recipients.slice(second);
      }
    }
    // "demanded an explanation from Russia", "withdraw its troops from Lebanon": the party asked, the country left
    if (!recipients.length && (type === 'REQUEST' || type === 'RETREAT')) {
      const from = partyAfterFrom(mentions, source, base + ev.trigger.start + headWord.length, base + clause.end);
      if (from && !actors.some((a) => a.country && a.country === (from.entity?.country ?? from.location?.country))) {
        recipients = [toEntity(from)];
        // what is asked of a country is not asked in it
        if (type === 'REQUEST') locations = locations.filter((l) => l.span[0] !== from.span[0]);
      }
    }

    const magnitude = magnitudeOf(type, quantities, text, base);
    const time = eventTime(by.dates.get(sentence.index) ?? [], base + ev.trigger.start);
    const span: Span = [base + ev.trigger.start, base + ev.trigger.end];
    const confidence = Math.max(0.1, Math.min(0.95,
      0.5 + 0.05 * (ev.trigger.entry.weight - 1) + (ev === main ? 0.1 : 0) + (actors.length ? 0.15 : 0) + (locations.length ? 0.05 : 0)
      - (clause.subordinate ? 0.15 : 0) - (hedge ? 0.1 : 0)));

    events.push({
      id: eventId(article.id, sentence, span),
      type,
      modes,
      acled: acledFor(type, modes, text, recipients, actors),
      actors,
      recipients,
      locations,
      time,
      magnitude,
      modality,
      hedged: hedge !== null,
      attribution,
      sentence: { index: sentence.index, text: sentence.text, span: sentence.span },
      fromCaption,
      captionIndex: fromCaption ? sentence.captionIndex! : null,
      confidence: Math.round(confidence * 100) / 100,
      trigger: { text: source.slice(...span), span },
    });
  }
  return events;
}

/** One event per type and modality in a sentence: "killed three and wounded five" is one attack. */
function mergeSameType(events: RawEvent[]): RawEvent[] {
  const out: RawEvent[] = [];
  for (const ev of events) {
    const same = out.find((o) => o.type === ev.type && o.modality === ev.modality);
    if (same) {
      for (const m of ev.modes) if (!same.modes.includes(m)) same.modes.push(m);
      continue;
    }
    out.push({ ...ev, modes: [...ev.modes] });
  }
  return out;
}

/** The party a pronoun in the next sentence most likely means: the sentence's first named actor or country. */
function sentenceSubject(by: BySentence, sentence: Sentence): Entity[] {
  // Only a party that opens the sentence is its subject.
  const m = (by.mentions.get(sentence.index) ?? []).find((x) => x.span[0] - sentence.span[0] <= SUBJECT_REACH && ((x.kind === 'actor' && x.entity) || (x.kind === 'place' && x.location?.precision === 'country')));
  if (!m) return [];
  return [toEntity(m)];
}

export function codeEvents(doc: Doc): SitrepEvent[] {
  const article = doc.article!;
  if (!article.isArticle) return [];
  enrichSpeakers(doc.quotes ?? [], doc.mentions ?? []);
  const events: SitrepEvent[] = [];
  const by: BySentence = {
    tokens: tokenRuns(doc.tokens ?? NO_TOKENS.tokens),
    mentions: groupBySentence(doc.mentions),
    quantities: groupBySentence(doc.quantities),
    dates: groupBySentence(doc.dates),
    sportDocument: !!article.title && isSportOnly(article.title),
  };
  let previous: Previous | null = null;
  for (const sentence of doc.sentences ?? []) {
    const adjacent = previous && previous.sentence.index === sentence.index - 1 && previous.sentence.captionIndex === sentence.captionIndex ? previous : null;
    const coded = codeSentence(doc, by, sentence, adjacent);
    // "..., according to X." closing a report often covers the sentence before it too.
    if (adjacent) {
      for (const e of adjacent.events) {
        if (e.attribution.length) continue;
        const next = coded.find((c) => c.type === e.type && c.attribution.some((a) => a.cue === 'according to'));
        if (next) e.attribution = next.attribution.filter((a) => a.cue === 'according to');
      }
    }
    previous = { sentence, events: coded };
    for (const e of coded) events.push(e);
  }
  return events;
}

export const codeStage: Stage = {
  name: 'code',
  requires: ['article', 'sentences', 'tokens', 'dates', 'quantities', 'quotes', 'mentions'],
  assigns: ['events'],
  async init() {
    prepareLexicon();
  },
  run(doc) {
    doc.events = codeEvents(doc);
  },
};
