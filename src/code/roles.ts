// Who did it, to whom, where: actors, recipients and locations around a trigger.
import type { Entity, EntityKind, Location, Span } from '../model/types.ts';
import type { Mention } from '../pipeline/doc.ts';
import { unionOf } from './context.ts';
import { isRegexWordChar, isSpaceChar } from '../text/chars.ts';
import { FNV_OFFSET, FNV_PRIME, expressionTexts, hashKey, nextWordHash } from './words.ts';

/** Generic agents named by a common noun, with their PLOVER sector. */
export const GENERIC_AGENTS: Array<[RegExp, string, EntityKind]> = ([
  [/\b(?:an?\s+|the\s+)?(?:unidentified\s+|unknown\s+|masked\s+|suspected\s+)?(?:gunmen|gunman|armed men|armed man|armed groups?|assailants?|attackers?|snipers?)\b/i, 'UAF', 'group'],
  [/\b(?:the\s+)?(?:rebels?|insurgents?|militants?|guerrill?as?|jihadists?|separatists?|fighters|militias?|militiamen|vigilantes|extremists?|terrorists?|suicide bombers?|bombers?)\b/i, 'REB', 'group'],
  [/\b(?:the\s+)?(?:riot police|police(?:\s+officers)?|policemen|officers|security forces|paramilitar(?:y|ies)|gendarmes?|(?:border|prison) guards|border agents|coast ?guards?)\b/i, 'COP', 'group'],
  [/\b(?:the\s+)?(?:troops|soldiers|army|armed forces|military|navy|air force|marines|paratroopers|commandos|warplanes|jets|tanks|forces)\b/i, 'MIL', 'group'],
  [/\b(?:the\s+)?(?:protesters|protestors|demonstrators|rioters|marchers|crowds?|mobs?)\b/i, 'CVL', 'group'],
  [/\b(?:the\s+)?(?:(?:dock|port|steel|rail|railway|factory|farm|oil|mine|transport|postal|textile|garment|car)\s?workers|workers|employees|miners|unions?|trade unions?|dockers|teachers|nurses|doctors)\b/i, 'LAB', 'group'],
  [/\b(?:the\s+)?(?:students)\b/i, 'EDU', 'group'],
  [/\b(?:the\s+)?(?:herders|herdsmen|pastoralists)\b/i, 'AGR', 'group'],
  [/\b(?:the\s+)?(?:civilians|villagers|residents|worshippers|passengers|farmers|children|women|people|families|refugees|migrants|journalists|reporters|aid workers|settlers)\b/i, 'CVL', 'group'],
  [/\b(?:the\s+)?(?:court|judges?|prosecutors?|tribunal)\b/i, 'JUD', 'organization'],
  [/\b(?:the\s+)?(?:parliament|lawmakers|legislators|senate|congress|MPs)\b/i, 'LEG', 'organization'],
  [/\b(?:the\s+)?(?:government|authorities|officials|ministry|cabinet|administration|regime|(?:security |police |intelligence )?chief|mayor|governor)\b/i, 'GOV', 'organization'],
  [/\b(?:the\s+)?(?:opposition)\b/i, 'OPP', 'organization'],
] as Array<[RegExp, string, EntityKind]>).map(([re, sector, kind]) => [new RegExp(re.source, 'iy'), sector, kind]);

/**
 * Whether any generic agent matches at a position: every expression above begins with \b, so
 * their union tells, in one test, whether some of them matches there.
 */
const ANY_GENERIC_AGENT = unionOf(GENERIC_AGENTS.map(([re]) => re), 'iy');


/** Per expression, the bits (hash & 31) of the words a match of it can start with, by the hash's next bits: a word whose bit is clear cannot start one. */
const AGENT_WORD_BITS = 1 << 12;
const agentFirstWords = GENERIC_AGENTS.map(([re]) => {
  const bits = new Uint32Array(AGENT_WORD_BITS / 32);
  for (const text of expressionTexts(re.source)) {
    // Words of letters between single spaces: the scans below read them so.
    if (!/^[a-z]+(?: [a-z]+)*$/.test(text)) throw new Error(`a generic agent's text must be words of letters: ${text}`);
    const hash = hashKey(text.split(' ')[0]);
    bits[(hash & (AGENT_WORD_BITS - 1)) >>> 5] |= 1 << (hash & 31);
  }
  return bits;
});
/** The union of agentFirstWords. */
const anyAgentFirstWord = agentFirstWords.reduce((all, bits) => all.map((b, i) => b | bits[i]));

const pairHash = (first: number, second: number) => Math.imul(first, FNV_PRIME) ^ second;
/**
 * The first words that are a whole text of some expression ("police"), and the pairs of first and
 * second words of the others ("the" "police"): a word that is not a whole text needs its pair.
 */
const agentWholeWords = new Uint32Array(AGENT_WORD_BITS / 32);
const agentWordPairs = new Uint32Array(AGENT_WORD_BITS / 32);
for (const [re] of GENERIC_AGENTS) {
  for (const text of expressionTexts(re.source)) {
    const [first, second] = text.split(' ');
    const hash = second === undefined ? hashKey(first) : pairHash(hashKey(first), hashKey(second));
    const bits = second === undefined ? agentWholeWords : agentWordPairs;
    bits[(hash & (AGENT_WORD_BITS - 1)) >>> 5] |= 1 << (hash & 31);
  }
}

const hasWordBit = (bits: Uint32Array, hash: number) => (bits[(hash & (AGENT_WORD_BITS - 1)) >>> 5] & (1 << (hash & 31))) !== 0;

const LOCATIVE = /\b(?:in|at|near|inside|outside|across|around|throughout|within|into|from|to|toward|towards|through|along|off|of|over|between|on|and)\s+(?:the\s+)?(?:\w+\s+){0,1}$/i;
const STRICT_LOCATIVE = /\b(?:in|at|near|inside|outside|across|around|throughout|within|from|through|along|off|between)\s+(?:the\s+)?(?:\w+\s+){0,2}$|\b(?:city|town|village|province|region|district|capital|port|enclave|state) of\s+$|\bborders? (?:with|of)\s+(?:the\s+)?$/i;
/** A destination: "flew to Kenya to meet", "returned to Iraq", "on the road to Goma". */
const DESTINATION = /\b(?:fl(?:ew|own|ies|y|ying)|travel(?:l?ed|l?ing|s)?|went|goes|going|came|comes|coming|return(?:ed|ing|s)?|head(?:ed|ing|s)?|moved|sailed|drove|journeyed|rushed|road|roads|highway|route|way|flights?|corridor)\s+(?:back\s+)?to(?:wards?)?\s+(?:the\s+)?$/i;
const DIRECT_SUBJECT = /^\s*(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|also|again|then|now|on \w+|today|yesterday|\w+day|\w+ly)\s+)*$/i;
const TARGET_PREP = /\b(?:on|against|at|into|toward|towards|targeting|with|to)\s+(?:the\s+)?$/i;

export interface RoleInput {
  /** The clause text and its offset in the source (body or caption). */
  source: string;
  clauseStart: number;
  clauseEnd: number;
  triggerStart: number;
  triggerEnd: number;
  passive: boolean;
  /**
   * The trigger is a noun ("the attacks"): a party before it acts unless a verb of talking about
   * the act stands between them ("the UN reported attacks"), and one
   * after it is a target only under a preposition ("attacks on Gaza").
   */
  noun: boolean;
  /** Whether a verb of talking about an act ("reported", "condemned", "follows") lies between two offsets. */
  verbBetween: (start: number, end: number) => boolean;
  /**
   * The trigger is a participle after a comma, or a noun such a participle (or a causative verb)
   * governs ("..., supporting the regime", "..., providing airstrikes", "drew condemnation"). Null otherwise.
   */
  participle?: ParticipleClause | null;
  /** Start of the sentence's last verb token in [start, end), or -1. */
  lastVerbBefore: (start: number, end: number) => number;
  /**
   * Where a participle of speech after a comma follows the trigger ("condemned the strike, calling
   * it an aggression on Iraq"): what it says names no party of the trigger's act. Absent: none.
   */
  speechAfter?: number;
  mentions: readonly Mention[];
  /** The sentence's generic agents (genericAgents). */
  agents: readonly GenericAgent[];
  /** Spans that are a claim's source, never a party. */
  excluded: readonly Span[];
}

/** A participle's clause (RoleInput.participle). */
export interface ParticipleClause {
  /** Where the participle's clause starts in the source: its comma, or the clause's start. */
  from: number;
  /** The act is another party's: brought about by the subject ("prompting"), named by its speech ("calling it an attack"), or disowned ("did not claim responsibility for"). */
  othersAct: boolean;
}

export interface Roles {
  actors: Entity[];
  recipients: Entity[];
  locations: Location[];
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * Every entity the stage makes, with all fields present in one order (wikidata and actorId
 * undefined where not known, which JSON leaves out): one hidden class (V8 map) for them all, so the
 * functions that read entities stay monomorphic and are not deoptimised when another shape of them
 * turns up (spread copies each made their own).
 */
export function makeEntity(text: string, name: string | null, country: string | null, sector: string | null, kind: EntityKind | null, span: Span,
  wikidata?: string | null, actorId?: string | null): Entity {
  return { text, name, country, sector, kind, span, wikidata, actorId };
}

/** An entity's copy with another text and span: { ...e, text, span } for an entity of no other fields than Entity's. */
export function entityAt(e: Entity, text: string, span: Span): Entity {
  return makeEntity(text, e.name, e.country, e.sector, e.kind, span, e.wikidata, e.actorId);
}

export function entityFromPlace(m: Mention): Entity {
  const loc = m.location!;
  return makeEntity(m.text, loc.name, loc.country, null, loc.precision === 'country' ? 'state' : 'unknown', m.span);
}

function isUsableActor(m: Mention): boolean {
  return (m.kind === 'actor' && !!m.entity) || (m.kind === 'place' && !!m.location);
}

export interface GenericAgent {
  entity: Entity;
  start: number;
}

/** Positions where some generic agent starts in the current text, and the hashes of their words, kept between calls. */
const agentStarts: number[] = [];
const agentStartHashes: number[] = [];

/** Generic agents ("gunmen", "the army") named in a stretch of text: found once per sentence, then filtered per trigger. */
export function genericAgents(source: string, from: number, to: number): GenericAgent[] {
  const text = source.slice(from, to);
  const out: GenericAgent[] = [];
  // A match starts a word (\b, then a letter) that some expression can start with; the union
  // tells whether one matches there.
  let starts = 0;
  for (let p = 0; p < text.length; p++) {
    const first = text.charCodeAt(p);
    if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) || (p > 0 && isRegexWordChar(text.charCodeAt(p - 1)))) continue;
    let end = p;
    let hash = FNV_OFFSET;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (!isRegexWordChar(c)) break;
      hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
    }
    const wordStart = p;
    p = end - 1;
    if (!hasWordBit(anyAgentFirstWord, hash)) continue;
    if (!hasWordBit(agentWholeWords, hash) && !(isSpaceChar(text.charCodeAt(end)) && hasWordBit(agentWordPairs, pairHash(hash, nextWordHash(text, end))))) continue;
    ANY_GENERIC_AGENT.lastIndex = wordStart;
    if (!ANY_GENERIC_AGENT.test(text)) continue;
    agentStarts[starts] = wordStart;
    agentStartHashes[starts++] = hash;
  }
  // Each expression's own scan, as a global exec would make it (leftmost match, then on from its
  // end), tried only at those positions; a match overlapping an earlier expression's is dropped.
  for (let e = 0; e < GENERIC_AGENTS.length; e++) {
    const [re, sector, kind] = GENERIC_AGENTS[e];
    const firstWords = agentFirstWords[e];
    let next = 0;
    for (let i = 0; i < starts; i++) {
      if (agentStarts[i] < next || !hasWordBit(firstWords, agentStartHashes[i])) continue;
      re.lastIndex = agentStarts[i];
      const m = re.exec(text);
      if (!m) continue;
      next = m.index + m[0].length;
      const span: Span = [from + m.index, from + next];
      if (out.some((o) => overlaps(o.entity.span, span))) continue;
      out.push({ entity: makeEntity(m[0], null, null, sector, kind, span), start: span[0] });
    }
  }
  // Sorting copies the array even when there is nothing to sort.
  if (out.length > 1) out.sort(byStart);
  return out;
}

/** Ascending start, as a module function rather than a closure made per call. */
function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

function agentsWithin(agents: readonly GenericAgent[], from: number, to: number, taken: readonly Span[]): GenericAgent[] {
  return agents.filter((g) => g.entity.span[0] >= from && g.entity.span[1] <= to && !taken.some((t) => overlaps(t, g.entity.span)));
}

/** A generic agent that a trigger starts with ("Rioters torched ...", "Workers went on strike"). */
export function agentAtStart(agents: readonly GenericAgent[], start: number, end: number): Entity | null {
  return agents.find((g) => g.start === start && g.entity.span[1] <= end)?.entity ?? null;
}

/**
 * Entity of a mention; null for none. The code stage asks it for every event without actors, a
 * mention found or not: V8 then has seen the call there, where one made only in a rare case
 * deoptimises the whole caller the first time it is made.
 */
export function toEntity(m: Mention): Entity;
export function toEntity(m: Mention | undefined): Entity | null;
export function toEntity(m: Mention | undefined): Entity | null {
  if (m === undefined) return null;
  return m.kind === 'actor' ? entityAt(m.entity!, m.text, m.span) : entityFromPlace(m);
}

// Helpers below are module functions or factories, not named closures inside assignRoles: tsx
// (keepNames) names every named closure as it is created, a cost paid per event.

function addLocation(locations: Location[], m: Mention): void {
  if (m.location && !locations.some((l) => l.span[0] === m.span[0])) locations.push({ ...m.location, text: m.text, span: m.span });
}

/** A generic agent with the country of the place named right after it ("militants in Iraq"). */
function placeAgents(source: string, mentions: readonly Mention[]): (g: GenericAgent) => GenericAgent {
  return (g) => ({ entity: withPlaceCountry(g.entity, source, mentions), start: g.start });
}

/**
 * Actors come from the subject side (left of the trigger, or after "by" in a passive), recipients
 * from the object side; place names under a locative preposition are locations.
 */
export function assignRoles(input: RoleInput): Roles {
  const { source, clauseStart, clauseEnd, triggerStart, triggerEnd, passive, excluded } = input;
  const { mentions, governments } = dedupeMentions(input.mentions.filter((m) => m.kind !== 'outlet' && !excluded.some((x) => overlaps(x, m.span))));
  const inClause = mentions.filter((m) => m.span[0] >= clauseStart && m.span[1] <= clauseEnd && !overlaps(m.span, [triggerStart, triggerEnd]));
  const locations: Location[] = [];

  const left: Mention[] = [];
  const right: Mention[] = [];
  let lastLocationEnd = -1;
  for (const m of inClause) {
    const before = source.slice(Math.max(clauseStart, m.span[0] - 40), m.span[0]);
    if (m.kind === 'place' && m.location) {
      // "in Santos, Brazil": a place right after a location narrows it down.
      if (lastLocationEnd >= 0 && /^,\s*$/.test(source.slice(lastLocationEnd, m.span[0]))) {
        addLocation(locations, m);
        lastLocationEnd = m.span[1];
        continue;
      }
      // A town acts only as the verb's own subject, standing for its government ("Moscow has
      // rejected"); before a noun it says where ("a Kabul car bombing").
      const countryLike = m.location.precision === 'country' || m.location.precision === 'region';
      const subjectOfTrigger = m.span[1] <= triggerStart && DIRECT_SUBJECT.test(source.slice(m.span[1], triggerStart));
      // "Cairo's security chief", "Ankara's district administration": the town qualifies the party.
      const qualifier = !countryLike && POSSESSIVE_PARTY.test(source.slice(m.span[1], triggerStart));
      if (STRICT_LOCATIVE.test(before) || DESTINATION.test(before) || (m.span[0] > triggerEnd && LOCATIVE.test(before) && !TARGET_PREP.test(before)) || (!countryLike && m.span[1] <= triggerStart && !subjectOfTrigger && !qualifier)) {
        addLocation(locations, m);
        lastLocationEnd = m.span[1];
        continue;
      }
    }
    // A capital kept as a party stands for its government, when the know stage reads it so.
    const party = governments.get(m) ?? m;
    if (!isUsableActor(party)) continue;
    (party.span[1] <= triggerStart ? left : right).push(party);
  }

  const takenSpans = [...mentions.map((m) => m.span), ...excluded];
  const placed = placeAgents(source, mentions);
  let subjectSide: Entity[] = [];
  let objectSide: Entity[] = [];

  // Subject: the nearest run of mentions before the trigger ("Israel and Egypt", "Israeli troops").
  const leftGeneric = agentsWithin(input.agents, clauseStart, triggerStart, takenSpans).map(placed);
  const leftAll = [
    ...left.map((m) => ({ entity: toEntity(m), start: m.span[0], mention: m as Mention | null })),
    ...leftGeneric.map((g) => ({ entity: g.entity, start: g.start, mention: null as Mention | null })),
  ];
  if (leftAll.length > 1) leftAll.sort(byStart);
  dropApposition(leftAll, source, clauseStart, triggerStart);
  // "labelled him as a terrorist and ...": a description, not an agent; "an adviser to Trump was
  // sentenced": the adviser, not the one named after "to".
  for (let i = leftAll.length - 1; i >= 0; i--) {
    const before = source.slice(Math.max(clauseStart, leftAll[i].start - 40), leftAll[i].start);
    if (/\bas\s+(?:an?\s+)?$/i.test(before) || ASSOCIATE_OF.test(before)) leftAll.splice(i, 1);
  }
  if (input.noun && leftAll.length && input.verbBetween(leftAll[leftAll.length - 1].entity.span[1], triggerStart)) leftAll.length = 0;
  // "Nearly 40 people died in the attack": a party before a verb of dying or hurt is the attack's victim, not its actor
  let victim: Entity | null = null;
  if (input.noun && leftAll.length && VICTIM_BETWEEN.test(source.slice(leftAll[leftAll.length - 1].entity.span[1], triggerStart))) {
    victim = leftAll[leftAll.length - 1].entity;
    leftAll.length = 0;
  }
  // "The airline carries weapons and fighters, supporting the regime": a participle after a comma
  // shares the clause's subject, and the parties after the clause's verb are that verb's objects;
  // a causative one ("..., prompting protests") names no party of the act it brings about.
  const participle = input.participle;
  if (participle && leftAll.length && participle.from >= clauseStart) {
    if (participle.othersAct) leftAll.length = 0;
    else {
      const verb = input.lastVerbBefore(clauseStart, participle.from);
      const objects = verb < 0 ? -1 : leftAll.findIndex((e) => e.start >= verb);
      if (objects >= 0) leftAll.length = objects;
    }
  }
  // "X pounded the city with air strikes": the party before "with" is the target, X the actor.
  let instrumentTarget: Entity | null = null;
  if (input.noun && leftAll.length > 1 && /\b(?:with|using)\s+(?:[\w-]+\s+){0,2}$/i.test(source.slice(leftAll[leftAll.length - 1].entity.span[1], triggerStart))) {
    instrumentTarget = leftAll.pop()!.entity;
  }
  // "Israel has massed tanks, called up troops, and evacuated ...": a later verb of a series shares the clause's subject.
  if (!input.noun && leftAll.length > 1 && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:also|then|later)\s+)?$/i.test(source.slice(leftAll[leftAll.length - 1].entity.span[1], triggerStart))) {
    let leading = 1;
    while (leading < leftAll.length && RUN_GAP.test(source.slice(leftAll[leading - 1].entity.span[1], leftAll[leading].entity.span[0]))) leading++;
    leftAll.length = leading;
  }
  if (leftAll.length) {
    const nearest = leftAll[leftAll.length - 1];
    const run = [nearest];
    for (let i = leftAll.length - 2; i >= 0; i--) {
      const between = source.slice(leftAll[i].entity.span[1], run[0].entity.span[0]);
      const qualifies = leftAll[i].entity.country && !run[0].entity.country && MODIFIER_GAP.test(between);
      if (RUN_GAP.test(between) || between.trim() === '' || qualifies) run.unshift(leftAll[i]);
      else break;
    }
    subjectSide = mergeDemonyms(run.map((r) => r.entity), source);
  }

  const rightLimit = input.speechAfter !== undefined && input.speechAfter < clauseEnd ? input.speechAfter : clauseEnd;
  const rightGeneric = agentsWithin(input.agents, triggerEnd, rightLimit, takenSpans).map(placed);
  const rightAll = [
    ...(rightLimit < clauseEnd ? right.filter((m) => m.span[1] <= rightLimit) : right).map((m) => ({ entity: toEntity(m), start: m.span[0], mention: m as Mention | null })),
    ...rightGeneric.map((g) => ({ entity: g.entity, start: g.start, mention: null as Mention | null })),
  ];
  if (rightAll.length > 1) rightAll.sort(byStart);

  // Only the first "by" after the trigger names its agent ("petitioned by X ... by Y").
  const firstBy = passive ? triggerEnd + source.slice(triggerEnd, clauseEnd).search(BY_WORD) : -1;
  const by = passive
    ? rightAll.find((r) => r.start > firstBy && BY_AGENT.test(source.slice(firstBy, r.start)))
    : input.noun ? rightAll.find((r) => NOUN_BY_AGENT.test(source.slice(triggerEnd, r.start))) : undefined;
  if (passive) {
    objectSide = subjectSide;
    subjectSide = by ? [by.entity] : [];
    if (by) for (const r of rightAll) if (r !== by && r.mention?.kind === 'place') addLocation(locations, r.mention);
  } else if (by && input.noun && !subjectSide.length) {
    // "repeated attacks by fighters", "the attack, reportedly conducted by the Taliban".
    subjectSide = [by.entity];
  } else if (rightAll.length) {
    const targets = input.noun ? rightAll.filter((r) => r !== by && isNounTarget(source.slice(triggerEnd, r.start))) : rightAll.filter((r) => r !== by);
    if (!targets.length) return { actors: subjectSide, recipients: victim ? [victim] : [], locations };
    const first = targets[0];
    const run = [first];
    for (let i = rightAll.indexOf(first) + 1; i < rightAll.length; i++) {
      const between = source.slice(run[run.length - 1].entity.span[1], rightAll[i].entity.span[0]);
      if (/^(?:\s*(?:,|and|&|or)\s*|\s+)$/i.test(between)) run.push(rightAll[i]);
      else break;
    }
    objectSide = mergeDemonyms(run.map((r) => r.entity), source);
    for (const r of run) if (r.mention?.kind === 'place') addLocation(locations, r.mention);
  }
  if (instrumentTarget && !objectSide.length) objectSide = [instrumentTarget];
  if (victim && !objectSide.length) objectSide = [victim];
  // Places on the subject side that are not parties ("In Iraq, ...") were already locations.
  return { actors: outermost(subjectSide), recipients: outermost(objectSide), locations };
}

/** A verb of dying, being hurt or fleeing between a party and the noun trigger after it ("people died in the attack", "were wounded in clashes", "fled the shelling"). */
const VICTIM_BETWEEN = /^[^,;]*?\b(?:died|dead|killed|injured|wounded|hurt|perished|lost (?:their|his|her) lives|(?:were|was) (?:killed|injured|wounded|hurt|shot|abducted|kidnapped|displaced)|fled|fleeing|escaped|sheltered|hid|hiding)\b[^,;]*$/i;

const BY_WORD = /\bby\b|$/i;
const BY_AGENT = /^by\s+(?:the\s+|an?\s+|both\s+|members\s+of\s+(?:the\s+)?)?(?:[\w.-]+\s+){0,2}$/i;
/** A noun trigger's target comes under a preposition, in the same stretch ("attacks on the embassy in Baghdad"). */
const NOUN_TARGET = /^\s+(?:[^,;]*\s)?(?:on|against|at|into|targeting|of|upon|toward|towards|between|with|to|over|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}$/i;
/** "A drone strike killed a senior al-Shabaab commander": a noun trigger's verb of harm, whose object is the act's target. */
const NOUN_HARMS = /^\s+(?:\w+\s+){0,2}?(?:killed|kills|killing|injured|injures|wounded|wounds|hit|hits|struck|strikes|destroyed|destroys|damaged|targeted|targets)\s+(?:(?:at\s+least|more\s+than|up\s+to)\s+)?(?:[\w'’-]+\s+){0,4}$/i;
/** Whether the text between a noun trigger and a party puts the party in the act's target: a preposition (NOUN_TARGET) or a verb of harm (NOUN_HARMS). */
const isNounTarget = (between: string): boolean => NOUN_TARGET.test(between) || NOUN_HARMS.test(between);
/** "attacks by fighters", "the attack, reportedly carried out by the Taliban": the agent of a noun trigger. */
const NOUN_BY_AGENT = /^\s*,?\s*(?:\w+ly\s+)?(?:(?:carried\s+out|conducted|launched|staged|mounted|perpetrated|committed|claimed|organi[sz]ed|led)\s+)?by\s+(?:the\s+|both\s+)?(?:[\w-]+\s+){0,2}$/i;

const APPOSITION_BEFORE_VERB = /,\s+(?:a|an|the|one of)\s[^,;]*,\s*(?:(?:has|have|had|is|are|was|were|will|would|also|again|on \w+|\w+day)\s+)*$/i;

/**
 * "Pakistan, a key U.S. ally, has refused": the party is the head before the apposition, when it is
 * a known party; "Kenzo Oshima, the UN relief coordinator, demanded" keeps the apposition's.
 */
function dropApposition(candidates: Array<{ entity: Entity; start: number }>, source: string, clauseStart: number, triggerStart: number): void {
  const m = APPOSITION_BEFORE_VERB.exec(source.slice(clauseStart, triggerStart));
  if (!m) return;
  const from = clauseStart + m.index;
  const head = candidates.find((c) => c.entity.span[1] <= from && source.slice(c.entity.span[1], from).trim() === '' && (c.entity.country || c.entity.name));
  if (!head) return;
  for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].start > from) candidates.splice(i, 1);
}

const ASSOCIATE_OF = /\b(?:advis[eo]rs?|aides?|lawyers?|attorneys?|associates?|allies|ally|friends?|relatives?|son|daughter|wife|husband|brother|sister|critics?)\s+(?:to|for|of)\s+(?:the\s+)?(?:former\s+)?(?:[\w.]+\s+){0,2}$/i;

/** What joins the parties of one subject: "Israel and Egypt", "Israel's army". */
const RUN_GAP = /^(?:\s*(?:,|and|&|or|-|–|'s|’s)\s*|\s+)$/i;

/**
 * "US" inside "US drone": keep the party that contains the other; "US President Donald Trump"
 * read as two mentions of one person: keep the first.
 */
function outermost(entities: Entity[]): Entity[] {
  return entities.filter((e, i) => !entities.some((o, j) =>
    (o !== e && o.span[0] <= e.span[0] && e.span[1] <= o.span[1] && o.span[1] - o.span[0] > e.span[1] - e.span[0])
    || (j < i && e.name !== null && o.name === e.name && o.country === e.country)));
}

/** A town's possessive before the party it qualifies. */
const POSSESSIVE_PARTY = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:security\s+|police\s+|intelligence\s+)?(?:chief|mayor|governor|police|government|administration|authorities|officials|council|governorate|municipality|prosecutors?|court)\b/i;
const PLACE_OF_AGENT = /^\s+(?:(?:groups?|parties|leaders|members|units|officials)\s+)?(?:based\s+)?(?:in|throughout|across|from|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;

/** "Rebels in the Ivory Coast", "the government of Sindh province": a generic agent takes its place's country. */
function withPlaceCountry(entity: Entity, source: string, mentions: readonly Mention[]): Entity {
  if (entity.country) return entity;
  const place = mentions.find((m) => m.kind === 'place' && m.location?.country && m.span[0] > entity.span[1] && m.span[0] - entity.span[1] <= 40
    && PLACE_OF_AGENT.test(source.slice(entity.span[1], m.span[0])));
  return place ? makeEntity(entity.text, entity.name, place.location!.country, entity.sector, entity.kind, entity.span, entity.wikidata, entity.actorId) : entity;
}

/** What may stand between a country word and the group it qualifies: "Israel's high court", "Latvian Constitutional Court". */
const MODIFIER_GAP = /^(?:['’]s)?\s+(?:(?!(?:to|of|in|on|at|by|for|from|with|the|an?|who|which|that|as|is|are|was|were|has|have|had|will|would)\s)[\w-]+\s+){0,2}$/i;

/** "Israeli" + "troops" next to each other are one party: the troops, with Israel's country. */
function mergeDemonyms(entities: Entity[], source: string): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out[out.length - 1];
    if (prev && prev.country && !e.country && MODIFIER_GAP.test(source.slice(prev.span[1], e.span[0]))) {
      out[out.length - 1] = makeEntity(source.slice(prev.span[0], e.span[1]), e.name, prev.country, e.sector, e.kind, [prev.span[0], e.span[1]], e.wikidata, e.actorId);
      continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * One mention per span: a country or town name is found both as a place and as an actor; keep the
 * place (a state, or where things happen), and for a town its actor reading (a capital's
 * government) to use when the town turns out to be a party.
 */
function dedupeMentions(all: readonly Mention[]): { mentions: Mention[]; governments: Map<Mention, Mention> } {
  // A sentence has a few mentions: a search of the spans kept so far beats keyed maps.
  const mentions: Mention[] = [];
  const actors: Array<Mention | undefined> = [];
  for (const m of all) {
    let at = mentions.length - 1;
    while (at >= 0 && !(mentions[at].span[0] === m.span[0] && mentions[at].span[1] === m.span[1])) at--;
    if (at < 0) {
      mentions.push(m);
      actors.push(m.kind === 'actor' ? m : undefined);
      continue;
    }
    if (m.kind === 'actor') actors[at] = m;
    if (m.kind === 'place' && m.location) mentions[at] = m;
  }
  const governments = new Map<Mention, Mention>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const actor = actors[i];
    if (m.kind === 'place' && actor?.entity && m.location?.precision !== 'country') governments.set(m, actor);
  }
  return { mentions, governments };
}
