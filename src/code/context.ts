// What surrounds a trigger: contexts that rule violence out, modality, hedging.
import type { Modality } from '../model/types.ts';
import type { Guard } from './lexicon.ts';
import { cueWords, cueWordsOf, matchWords, mayHaveCue } from './words.ts';
import { isSpaceChar } from '../text/chars.ts';

/**
 * One case-insensitive expression that matches where any of the given ones does. Each starts with
 * \b, which the union tests once per position: a text none of them matches (the common case) costs
 * one scan instead of one per expression. `flags` are the union's own ('gi' to scan with exec).
 */
export function unionOf(expressions: readonly RegExp[], flags = 'i'): RegExp {
  const bodies = expressions.map((re) => {
    if (!re.source.startsWith('\\b') || !re.flags.includes('i')) throw new Error(`a union needs case-insensitive expressions starting with \\b: ${re.source}`);
    return `(?:${re.source.slice(2)})`;
  });
  return new RegExp(`\\b(?:${bodies.join('|')})`, flags);
}

export const anyOf = (...expressions: RegExp[]): RegExp => unionOf(expressions);

const SPORT = /\b(football|soccer|basketball|baseball|tennis|cricket|rugby|hockey|golf|volleyball|handball|goals?|goalkeeper|striker|midfield(?:er)?|defender|premier league|league (?:match|game|title|table|leaders|champions)|tournament|championship|cup final|semi-?final|quarter-?final|scored|scoring|coach|fixture|squad|innings|wicket|NBA|NFL|NHL|FIFA|UEFA|Olympics?|season|match(?:es)?|playoffs?|game|games|rally driver|boxer|boxing|wrestling|chess|e-?sports|video game|FC|AFC|Rovers|Athletic|Wanderers|Hotspur|Albion|United(?!\s+(?:States|Nations|Kingdom|Arab))|the defen[cs]e(?=\s*[.,;]))\b/i;
const MISHAP = /\b(crash(?:ed|es)?|collision|collided|derail(?:ed|ment)?|accident(?:s|al|ally)?|overturned|plunged|capsi[sz]ed|earthquakes?|quakes?|tremors?|floods?|flooding|landslides?|mudslides?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|tsunami|avalanche|wildfires?|bushfires?|forest fires?|blaze|(?:a|an|the|another|second|third)\s+(?:large\s+|huge\s+|massive\s+|major\s+|deadly\s+)?fire(?!\s+(?:on|at|upon)\b)|firefighters|fire\s+(?:broke\s+out|started|engulfed|gutted|swept|spread)|lightning|heatwave|drought|eruption|volcan(?:o|ic)|disease|virus|covid(?:-19)?|coronavirus|pandemic|outbreak|epidemic|cholera|ebola|malaria|cancer|illness|overdose|stampede|collapsed?|gas leak|(?:gas|methane|propane|butane|transformer|cylinder|firework|dust|furnace|silo)\s+(?:explosions?|blasts?)|boiler|water main|burst pipe|outages?|maintenance|fireworks|electrocuted|drowned|heart attack|panic attack|asthma attack|stroke|vaccine|booster|flu shot|killed (?:himself|herself|themselves)|suicide by)\b/i;
const MARKET = /\b(stocks?|shares|share prices?|markets?|index|indices|Nasdaq|Dow|S&P|FTSE|Nikkei|prices?|currency|currencies|bitcoin|crypto|investors|trading|bonds?|inflation|earnings|profits?)\b/i;
const SPACE = /\b(space|spacecraft|SpaceX|NASA|satellites?|orbit|lunar|launch pad|astronauts?|cosmonauts?|re-?entry)\b/i;
const FICTION = /\b(film|movie|novel|series|episode|character|video game|play|scene|photo shoot)\b/i;
const ARMED = /\b(troops?|soldiers?|army|armies|military|militar(?:y|ies)|forces|militants?|militias?|militiamen|rebels?|insurgents?|guerrill?as?|gunmen|gunman|fighters|jihadists?|terrorists?|terror|police|policemen|security forces|navy|naval|air force|jets?|warplanes?|drones?|missiles?|rockets?|artillery|tanks?|weapons?|guns?|rifles?|bombs?|bombing|airstrikes?|air strikes?|shelling|shells|explosives?|IDF|Hamas|Hezbollah|Taliban|ISIS|ISIL|Islamic State|al-Qaeda|al-Shabaab|Boko Haram|Houthis?|war|wars|conflict|ceasefire|truce|front ?line|offensive|invasion|battalions?|brigades?|commandos?|paramilitar(?:y|ies)|armed|gangs?|rival|tribes?|tribal|clans?|factions?|herders|mobs?|rioters|killed|dead|wounded|casualties|hostages?|kidnapp\w+|peacekeepers?|separatists?|extremists?|assailants?|attackers?|snipers?|combatants?|junta|coup|regime|rebellion|uprising|insurgency|enemy|enemies|Hamas)\b/i;
const CROWD = /\b(rioters|looted|looting|torched|stones|shops|cars|protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|crowds?|people|thousands|hundreds|dozens|students|workers|activists|supporters|opponents|residents|villagers|opposition|union|unions|citizens|youths?|farmers|women|men|mob|rioters|police|against|streets?|square|government|unrest|teachers|doctors|nurses|miners|drivers|truckers|traders|vendors|lawyers|pensioners|retirees|employees|parents|journalists|fishermen|herders|veterans)\b/i;
const LABOUR = /\b(workers|unions?|employees|staff|teachers|nurses|doctors|miners|drivers|pilots|dockers|pay|wages?|salar(?:y|ies)|pensions?|industrial action|walkout|picket|labou?r|general strike|go on strike|went on strike|on strike)\b/i;
/** Verbal, not physical: "attacked the plan", "a war of words". */
const VERBAL_OBJECT = /^\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:\w+\s+)?(?:policy|policies|plan|plans|decision|remarks|comments|statement|record|proposal|speech|bill|budget|critics|media|press|leadership|idea|ideas|reforms?|report|claims?|rhetoric|stance|approach|judge|ruling|verdict|law|proclamation|announcement|move|recognition|deal|agreement|resolution|measures?|vote|results?|article|book|film|inquiry|investigation|probe|process|handling|response)\b/i;
/** "attacked Trump for the tweet": criticism. */
const ATTACKED_FOR_WORDS = /^\s+(?:\S+\s+){1,3}(?:for\s+(?:his|her|their|its|the)\s+(?:\w+\s+)?(?:tweets?|remarks|comments|statements?|policy|policies|decision|handling|response|record|stance|views|speech|failure|role|silence|position)|(?:during|in)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:debates?|interview|speech|tweets?|op-ed|column|editorial|podcast|campaign\s+ads?)|on\s+(?:Twitter|X|Facebook|social\s+media|television|TV))\b/i;
/** "attacked Trump on paying fewer taxes", "attacked the minister over his handling of the crisis": criticism on a subject. */
const ATTACKED_ON_SUBJECT = /^\s+(?:\S+\s+){1,3}(?:on|over)\s+(?:(?!during\b|morning\b|evening\b)\w+ing\b|(?:his|her|their|its)\s+\w+|the\s+(?:issues?|subject|question|economy|taxes|handling|record|policy|policies|response|remarks|comments|decision|plan|budget|deal|bill|law|reforms?|stance|views?)\b)/i;
const FIGHT_CAUSE = /^\s+(?:against\s+)?(?:the\s+)?(corruption|poverty|crime|fires?|wildfires?|blaze|disease|the virus|virus|pandemic|covid\S*|cancer|climate change|inflation|hunger|drugs|illiteracy|racism|discrimination|unemployment|for (?:their|his|her) li(?:fe|ves)|for rights|in court|legal)\b/i;
const NOT_KILL_OBJECT = /^\s+(?:(?:the|a|an|his|her|their|its|this)\s+)?(bill|deal|plan|proposal|measure|motion|legislation|project|time|story|idea|talks|engine|lights?|off)\b/i;

/** Forces or weapons that keep a violent reading even beside sport, accident, space or fiction words. */
const STRONG_ARMED = /\b(troops|soldiers|army|militants?|rebels?|insurgents?|gunmen|militias?|airstrikes?|shelling|bomb(?:s|ing)?|police|terror\w*|IDF|Hamas|Taliban|fighters)\b/i;

/** Sport, accident or disaster, space, fiction: contexts in which violent words are no violence. */
const NOT_VIOLENCE = anyOf(SPORT, MISHAP, SPACE, FICTION);

const POLITICAL = /\b(government|minister|ministry|president|parliament|party|election|officials?|embassy|ambassador|sanctions?|treaty|diplomat\w*|authorities|regime|opposition|leaders?|counterpart|king|queen|emir|prince|pope|delegation|delegates|envoy|negotiators|mediators|commission|foreign|state|kidnappers|hostages?|rebels?|militants?)\b/i;

/** International bodies by their (case-sensitive) initials. */
const BLOCS = /\b(?:EU|UN|U\.N\.|NATO|AU|ASEAN|OSCE|IAEA|WHO|OPEC)\b/;

// Words one of which a sentence needs for these to match in it (the union's from its parts).
// A test that the current sentence (findTriggers) may match in: a bit for its words, and an
// expression for the start of its open-ended words.
interface MayMatch {
  bit: number;
  stems: RegExp | null;
}

function mayMatchOf(...expressions: RegExp[]): MayMatch {
  const words = expressions.map(matchWords);
  const stems = words.flatMap((w) => w.stems);
  return {
    bit: cueWords(Int32Array.from(words.flatMap((w) => [...w.hashes]))),
    stems: stems.length ? new RegExp(`\\b(?:${stems.join('|')})`, 'i') : null,
  };
}

/** Whether an expression of `may` can match in the current sentence (or any text made of its words). */
function mayMatch(may: MayMatch, sentence: string): boolean {
  return mayHaveCue(may.bit) || (may.stems !== null && may.stems.test(sentence));
}

const SPORT_WORDS = mayMatchOf(SPORT);
const NOT_VIOLENCE_WORDS = mayMatchOf(SPORT, MISHAP, SPACE, FICTION);
const MARKET_WORDS = mayMatchOf(MARKET);
const LABOUR_WORDS = mayMatchOf(LABOUR);
const ARMED_WORDS = mayMatchOf(ARMED);
const POLITICAL_WORDS = mayMatchOf(POLITICAL);
const CROWD_WORDS = mayMatchOf(CROWD);
const PROTEST_WORDS = /\b(?:protest\w*|demonstrat\w*|activists)\b/i;

/**
 * Whether a text speaks of armed, political or protest matters. `scanned`: the text is the sentence
 * whose words findTriggers has noted, so an expression needing a word it lacks need not run.
 */
export function isCivic(text: string, scanned = false): boolean {
  return armedIn(scanned, text, text) || (mayMatchIn(scanned, POLITICAL_WORDS, text) && POLITICAL.test(text)) || PROTEST_WORDS.test(text);
}

/** A sentence about sport with nothing armed or political in it codes no event ("pressed for an equaliser"). */
export function isSportOnly(sentence: string, scanned = false): boolean {
  return mayMatchIn(scanned, SPORT_WORDS, sentence) && SPORT.test(sentence) && !isCivic(sentence, scanned);
}

function withoutSpan(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** Whether text[at, ...) starts with a lower-case ASCII word, in any case (as a case-insensitive expression compares ASCII letters). */
function startsWithAscii(text: string, word: string, at: number): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

function includesAscii(text: string, word: string): boolean {
  for (let at = 0; at + word.length <= text.length; at++) if (startsWithAscii(text, word, at)) return true;
  return false;
}

const BODILY = ['heart', 'panic', 'asthma', 'anxiety', 'allergic'];

/** Sources of an accidental blast, right before "explosion" or "blast" ("a gas explosion", "a boiler blast"). */
const ACCIDENTAL_BLAST_BEFORE = /\b(?:gas|methane|propane|butane|boiler|transformer|cylinder|fireworks?|firecracker|dust|furnace|kitchen|silo|reactor)\s+$/i;

/** An explosion or blast that an accidental source names, with no armed party in the sentence. */
function accidentalBlast(sentence: string, start: number, triggerText: string, rest: string): boolean {
  if (!startsWithAscii(triggerText, 'explo', 0) && !startsWithAscii(triggerText, 'blast', 0)) return false;
  return ACCIDENTAL_BLAST_BEFORE.test(sentence.slice(Math.max(0, start - 16), start)) && !STRONG_ARMED.test(rest);
}

/** "heart attack", "panic attacks": /(heart|panic|asthma|anxiety|allergic)\s+$/i on the text before the trigger. */
function bodilyAttackBefore(sentence: string, start: number): boolean {
  let wordEnd = start;
  while (wordEnd > 0 && isSpaceChar(sentence.charCodeAt(wordEnd - 1))) wordEnd--;
  if (wordEnd === start) return false;
  for (const word of BODILY) if (startsWithAscii(sentence, word, wordEnd - word.length)) return true;
  return false;
}

/**
 * Whether a trigger of this guard holds in its sentence. `start`/`end` are the trigger's offsets
 * in `sentence`, so the trigger word itself never counts as its own evidence. `scanned`: the
 * sentence's words are noted (findTriggers), so an expression needing a word none of them is
 * need not run (the text without the trigger has no word the sentence lacks).
 */
export function guardHolds(guard: Guard | undefined, sentence: string, start: number, end: number, triggerText: string, scanned = false): boolean {
  if (!guard) return true;
  if (guard === 'labour') return mayMatchIn(scanned, LABOUR_WORDS, sentence) && LABOUR.test(sentence);
  const rest = withoutSpan(sentence, start, end);
  if (guard === 'political') return (mayMatchIn(scanned, POLITICAL_WORDS, sentence) && POLITICAL.test(rest)) || BLOCS.test(rest) || armedIn(scanned, sentence, rest);
  if (guard === 'crowd') return mayMatchIn(scanned, CROWD_WORDS, sentence) && CROWD.test(rest) && !(mayMatchIn(scanned, MARKET_WORDS, sentence) && MARKET.test(rest) && !armedIn(scanned, sentence, rest));
  const after = sentence.slice(end);
  // violence and armed; the costlier tests run only when an earlier one leaves the answer open.
  if (includesAscii(triggerText, 'strik') && mayMatchIn(scanned, LABOUR_WORDS, sentence) && LABOUR.test(rest)) return false;
  if ((startsWithAscii(triggerText, 'attack', 0) || startsWithAscii(triggerText, 'assault', 0)) && (VERBAL_OBJECT.test(after) || ATTACKED_FOR_WORDS.test(after) || (ATTACKED_ON_SUBJECT.test(after) && !STRONG_ARMED.test(rest)))) return false;
  if ((startsWithAscii(triggerText, 'fight', 0) || startsWithAscii(triggerText, 'battl', 0)) && FIGHT_CAUSE.test(after)) return false;
  if (startsWithAscii(triggerText, 'kill', 0) && NOT_KILL_OBJECT.test(after)) return false;
  let armed: boolean | undefined;
  if (/\bwar of words\b/i.test(sentence) && !(armed ??= armedIn(scanned, sentence, rest))) return false;
  if (bodilyAttackBefore(sentence, start)) return false;
  if (accidentalBlast(sentence, start, triggerText, rest)) return false;
  if (mayMatchIn(scanned, NOT_VIOLENCE_WORDS, sentence) && NOT_VIOLENCE.test(rest) && !STRONG_ARMED.test(rest)) return false;
  if (mayMatchIn(scanned, MARKET_WORDS, sentence) && MARKET.test(rest) && !(armed ??= armedIn(scanned, sentence, rest))) return false;
  if (guard === 'armed') return armed ?? armedIn(scanned, sentence, rest);
  return true;
}

/** mayMatch, when the sentence's words are noted. */
function mayMatchIn(scanned: boolean, may: MayMatch, sentence: string): boolean {
  return !scanned || mayMatch(may, sentence);
}

/** ARMED.test(rest), for rest made of the sentence's words. */
function armedIn(scanned: boolean, sentence: string, rest: string): boolean {
  return mayMatchIn(scanned, ARMED_WORDS, sentence) && ARMED.test(rest);
}

// Modality --------------------------------------------------------------------------------

const NEGATION_BEFORE = /\b(?:not|n['’]t|never|no longer|no|neither|nor|without|failed to|refrained from|ruled out)\s+(?:[\w'-]+\s+){0,2}$/i;
const HYPOTHETICAL_BEFORE = /\b(?:if|unless|in the event|in case|whether|would have|could have|might have)\b[^,;]*$/i;
/** "If the talks fail, the rebels would attack". */
const CONDITIONAL_BEFORE = /\b(?:if|unless|in case)\b[\s\S]*\b(?:would|could|might)\s+(?:\w+\s+){0,2}$/i;
const FORECAST_BEFORE = /\b(?:could|may|might|likely to|expected to|poised to|about to|on the verge of|set to|threat of|risk of|fears? of|fears? that|warn(?:s|ed)? of|possibility of|prospect of|potential|imminent|looming)\s+(?:[\w'-]+\s+){0,3}$/i;
const FORECAST_AFTER = /^\s+(?:\w+\s+){0,3}?(?:could|may|might|is expected|are expected|was expected|is likely|are likely|looms|is looming|is imminent|could come|would come)\b/i;
const PLANNED_BEFORE = /\b(?:will|shall|['’]ll|plans? to|planned to|planning to|intends? to|intended to|going to|scheduled to|due to|aims? to|aimed to|plots? to|plotted to|plotting to|conspir(?:e|ed|ing) to|is to|are to|would|prepar(?:es|ed|ing) to|decided to|agreed to|next week|tomorrow)\s+(?:[\w'-]+\s+){0,3}$/i;
const PLANNED_AFTER = /^\s+(?:\w+\s+){0,2}?(?:is planned|are planned|is scheduled|are scheduled|will take place|is due|was planned|planned for|scheduled for)\b/i;
/** "paid the Taliban to kill", "was ordered to shell", "hired gunmen to attack": an act someone was set to do, not one done. */
const DIRECTED_BEFORE = /\b(?:paid|pays|paying|hired|hires|hiring|ordered|orders|ordering|instructed|instructs|told|tells|asked|asks|urged|urges|encouraged|encourages|recruited|commissioned|bribed|incited|incites|authori[sz]ed|tasked|directed|pressured|pressed)\s+(?:[\w'-]+\s+){0,4}?to\s+$/i;
/** "would sometimes", "would often": what used to happen. */
const HABITUAL_BEFORE = /\bwould\s+(?:sometimes|often|usually|regularly|frequently|routinely|occasionally|repeatedly)\s+(?:[\w'-]+\s+){0,1}$/i;
const ONGOING_BEFORE = /\b(?:continu(?:e|es|ed|ing) to|kept|keeps?|still|ongoing)\s+(?:[\w'-]+\s+){0,2}$/i;
const ONGOING_AFTER = /^\s+(?:\S+\s+){0,4}?(?:continu(?:e|es|ed)|(?:is|are) (?:still )?(?:ongoing|continuing|under way|underway))\b/i;

/** "once the invasion begins". */
const PENDING_BEFORE = /\b(?:once|when|until|before)\b[^,;]*$/i;
/** "is attacking", "were still fighting". */
const PROGRESSIVE_BEFORE = /\b(?:is|are|am|was|were|been|continu\w+|keeps?|kept|still)\s+(?:\w+ly\s+)?$/i;
const BEFORE_CUES = anyOf(NEGATION_BEFORE, HYPOTHETICAL_BEFORE, CONDITIONAL_BEFORE, FORECAST_BEFORE, PENDING_BEFORE, PLANNED_BEFORE, DIRECTED_BEFORE, PROGRESSIVE_BEFORE, ONGOING_BEFORE);

/** Whether the words before a trigger set someone to do it ("paid the gang to", "was hired to"): planned by another, not announced. */
export const isDirected = (before: string): boolean => DIRECTED_BEFORE.test(before.slice(-80));

/** Modality of an event from the words before (and, for nouns, after) its trigger, inside its clause. */
export function modalityOf(clauseBefore: string, triggerText: string, clauseAfter: string, noun: boolean): Modality {
  const before = clauseBefore.slice(-80);
  // Most events have no cue before them: one test rules all those below out.
  const cued = BEFORE_CUES.test(before);
  if (cued && NEGATION_BEFORE.test(before) && !/\bnot only\s+$/i.test(before)) return 'negated';
  if (/^no\s/i.test(triggerText)) return 'negated';
  if (cued && (HYPOTHETICAL_BEFORE.test(before) || CONDITIONAL_BEFORE.test(before))) return 'hypothetical';
  const forecastCue = cued ? FORECAST_BEFORE.exec(before) : null;
  // "after Theresa May stepped down": the name, not the modal.
  const nameMay = forecastCue?.[0].startsWith('May') && forecastCue.index > 0;
  if ((forecastCue && !nameMay) || (noun && FORECAST_AFTER.test(clauseAfter))) return 'forecast';
  // "once the invasion begins": an act still to come.
  if (cued && PENDING_BEFORE.test(before) && /^\s+(?:\S+\s+){0,2}?(?:begins|starts|comes|gets under way|is launched)\b/i.test(triggerText.replace(/^\S+/, '') + clauseAfter)) return 'forecast';
  // "they would sometimes kill the farmers": a past habit, not a plan
  if (cued && HABITUAL_BEFORE.test(before)) return 'occurred';
  if ((cued && (PLANNED_BEFORE.test(before) || DIRECTED_BEFORE.test(before))) || (noun && PLANNED_AFTER.test(clauseAfter))) return 'planned';
  if (cued && /ing\b/i.test(triggerText.split(/\s+/)[0]) && !/^(?:un)?willing$/i.test(triggerText.split(/\s+/)[0]) && PROGRESSIVE_BEFORE.test(before)) return 'ongoing';
  if ((cued && ONGOING_BEFORE.test(before)) || (noun && ONGOING_AFTER.test(clauseAfter))) return 'ongoing';
  return 'occurred';
}

const HEDGES = /\b(reportedly|allegedly|purportedly|apparently|supposedly|(?:is|are|was|were) (?:said|believed|thought|reported|alleged|understood|rumou?red) to|it is (?:believed|thought|understood|alleged|reported|said)|(?:is|are) believed|unconfirmed|rumou?rs?|may have|might have|appears? to have|claimed to have|according to (?:unconfirmed|unverified) reports?|suspected|possibly|probably|presumably|speculat(?:e|es|ed|ing|ion) that)\b/i;

const HEDGE_WORDS = cueWordsOf(HEDGES, ['reportedly', 'allegedly', 'purportedly', 'apparently', 'supposedly', 'said', 'believed', 'thought', 'reported', 'alleged', 'understood',
  'rumored', 'rumoured', 'unconfirmed', 'unverified', 'rumor', 'rumors', 'rumour', 'rumours', 'may', 'might', 'appear', 'appears', 'claimed', 'suspected',
  'possibly', 'probably', 'presumably', 'speculate', 'speculates', 'speculated', 'speculating', 'speculation']);

/**
 * The hedging cue in a text, if any. `scanned`: the text is part of the sentence whose words
 * findTriggers has noted (cut between words), so HEDGES need not run without one of its words.
 */
export function hedgeCue(text: string, scanned = false): string | null {
  if (scanned && !mayHaveCue(HEDGE_WORDS)) return null;
  return HEDGES.exec(text)?.[0] ?? null;
}
