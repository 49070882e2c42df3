// Event phrasings per PLOVER type, with their modes. Written for this project from the PLOVER
// manual's category definitions (PLOVER, CC BY-SA 4.0) and ordinary news usage.
// Phrase syntax: see patterns.ts (`_` joins the words of a multi-word alternative).
import type { PloverType } from '../model/types.ts';

/**
 * Verbs that take an embedded action ("threatened to strike", "urged Israel to hold off"):
 * the frame decides the event type, the embedded action lends its modes.
 *   threaten: THREATEN; promise: AGREE for cooperation, THREATEN for force;
 *   request / reject / agree: their own type; deny: the embedded event, modality denied;
 *   prepare: MOBILIZE for force, else the embedded event as planned.
 */
export type FrameKind = 'threaten' | 'promise' | 'request' | 'reject' | 'agree' | 'deny' | 'prepare';

/**
 * Context checks an entry needs before it counts:
 *   violence: not sport, accident, disaster, market, medicine or words;
 *   labour: a strike by workers (not a military strike);
 *   armed: an armed actor or weapon is in the sentence;
 *   crowd: a crowd or protest is in the sentence;
 *   political: a government, leader or armed party is in the sentence.
 */
export type Guard = 'violence' | 'labour' | 'armed' | 'crowd' | 'political';

export interface LexEntry {
  phrase: string;
  type: PloverType;
  modes: string[];
  frame?: FrameKind;
  guard?: Guard;
  /** A noun trigger ("the offensive", "27 raids"): modality cues may follow it. */
  noun?: boolean;
  /** Preference when triggers overlap or compete (default 1). */
  weight: number;
  /** The first word must be tagged VERB when part-of-speech tags are available ("the host country"). */
  verb?: boolean;
  /** What must not follow the match ("thank you" is a courtesy). */
  notBefore?: RegExp;
  /** What must not precede the match ("meet demand" is a market). */
  notAfter?: RegExp;
}

interface Options {
  verb?: boolean;
  frame?: FrameKind;
  guard?: Guard;
  noun?: boolean;
  weight?: number;
  notBefore?: RegExp;
  notAfter?: RegExp;
}

const entries: LexEntry[] = [];
function add(type: PloverType, modes: string[], phrases: string[], options: Options = {}): void {
  for (const phrase of phrases) {
    const verb = options.verb ?? VERB_ONLY.test(phrase);
    entries.push({ phrase, type, modes, weight: 1, ...options, verb });
  }
}

/** Heads that are also common nouns ("the host country", "law and order", "a block of flats", "died in a storm"). */
const VERB_ONLY = /^=?(?:support|host|order|press|fire|shell|target|fund|mass|station|move|blast|block|hail|back|strike|phone|telephone|demand|request|sentence|storm)~/;

// Frames ------------------------------------------------------------------------------------
/** "a threat to national security", "a new threat to his rule": a danger to something, not a threat made. */
const ABSTRACT_THREATENED = '(?:the\\s+|our\\s+|their\\s+|its\\s+|his\\s+|her\\s+|[\\w\'’-]+[\'’]s\\s+)?(?:national\\s+|public\\s+|regional\\s+|global\\s+|international\\s+|world\\s+|food\\s+|energy\\s+)?(?:security|safety|health|democracy|peace|stability|rule|economy|environment|life|lives|survival|sovereignty|freedoms?|existence|well-?being|order|society|humanity|civili[sz]ation|planet|wildlife|species|biodiversity|jobs|business|industry|credibility|reputation|independence|unity)\\b';
add('THREATEN', [], ['threat+ to'], { frame: 'threaten', weight: 2, notBefore: new RegExp(`^\\s+${ABSTRACT_THREATENED}`, 'i') });
add('THREATEN', [], ['threaten~', 'threat+ of', 'warn~ * that|it|they * would|will', 'warn~ of retaliation|reprisals|a_response|action', 'issue~ an? ultimatum', 'gave|give~ * an? ultimatum', 'ultimatum', 'menace~'], { frame: 'threaten', weight: 2 });
add('THREATEN', [], ['warn~ of * consequences'], { frame: 'threaten', guard: 'political', weight: 2 });
add('AGREE', [], ['vow~', 'pledge~', 'promise~', 'swore|swear~|sworn', 'commit~ to', 'vowed|pledged|promised'], { frame: 'promise', weight: 1.5 });
add('REQUEST', [], [
  'call~ for', 'call~ on', 'call~ upon', 'urge~', 'demand~', 'ask~', 'request~', 'appeal~ to|for', 'press~ * to|for',
  'implore~', 'persuade~', 'insist~ that|on', 'order~', 'instruct~', 'told * to', 'seek~', 'sought', 'lobby~ for',
  'made|make~ an? * request', 'appeal+ for', 'call+ for', 'invite~ * to', 'petition~',
  'said|says|declared|insisted|insists|stressed|warned|announced|concluded|argued|added *10 must', 'reminder *6 must', 'push~ *2 for',
], { frame: 'request', weight: 1.5 });
// Not a plea in court ("pleaded guilty", "pleads not guilty").
add('REQUEST', [], ['plead~'], { frame: 'request', weight: 1.5, notBefore: /^\s+(?:not\s+)?(?:guilty|innocent|no\s+contest|the\s+fifth)\b/i });
// Not the pressure of water or air ("enough pressure returned to the system").
add('REQUEST', [], ['pressure~ * to|into'], { frame: 'request', weight: 1.5, notAfter: /\b(?:enough|water|air|blood|high|low|tyre|tire|gas|oil)\s+$/i });
// Nouns that are also market words ("meet demand", "in high demand").
// (markets: "increased demand"; software: "a pull request", "feature requests")
add('REQUEST', [], ['request+', 'demand+'], { frame: 'request', weight: 1.5, notAfter: /\b(?:meet|meeting|met|high|higher|rising|strong|weak|growing|falling|consumer|global|domestic|oil|energy|market|power|peak|supply and|increased|increasing|surging|soaring|booming|declining|pull|merge|feature|HTTP|API)\s+$/i });
add('REQUEST', ['assist'], ['seek~|sought * asylum|help|assistance|protection|aid|support|extradition|explanation|clarification'], { weight: 1.6 });
// Not "sought refuge from the floods".
add('REQUEST', ['assist'], ['seek~|sought refuge'], { guard: 'violence', weight: 1.6 });
add('REJECT', [], [
  'reject~', 'refuse~', 'decline~ to', 'decline~ an? invitation|offer|request|proposal', 'turn~ down', 'rebuff~', 'spurn~', 'veto|vetoes|vetoed|vetoing', 'dismiss~ * proposal|plan|offer|demand|calls|call|request|claims|allegations|accusations|appeal|appeals|ultimatum',
  'renege~ on', 'backtrack~ on', 'back~ out of', 'go|goes|went|gone|going back on', 'flout~', 'violate~|breach~ * ban|order|orders|curfew|decree|ruling|resolution|embargo|sanctions',
  'would|will not accept|allow|negotiate|recognize|recognise|tolerate|comply|withdraw|release|yield',
  'oppose~', 'defy|defies|defied|defying', 'ignore~ * calls|demands|appeals|warnings|ultimatum', 'snub~', 'block~ * resolution|bill|deal|proposal|agreement|plan',
  'refusal', 'rejection', 'deny|denied|denies|denying * request|entry|access|visa|visas|permission|asylum',
], { frame: 'reject', weight: 1.5 });
add('AGREE', [], [
  'agree~', 'offer~ to', 'offer~ * talks|aid|help|assistance|mediation|troops|forces|soldiers|support|concessions|loan|loans|credit|asylum|compromise', 'express~ * willingness|readiness|desire|hope',
  'accept~ * invitation|proposal|offer|plan|mediation|deal|terms|formula|compromise|settlement|framework|roadmap|road_map', 'reach~ * agreement|deal|accord|compromise|consensus|understanding|truce',
  'struck|strike~ * deal|agreement|accord', 'agreement', 'deal to', 'consent~ to', 'pact',
], { frame: 'agree', weight: 1.4 });
// "Many were ready to give up": willingness is an event only in a political or armed context
add('AGREE', [], ['decide~ to', 'ready to', 'willing to'], { frame: 'agree', guard: 'political', weight: 1.4 });
add('REJECT', [], ['deny|denied|denies|denying', 'reject~ * claims|reports|allegations|accusations|responsibility', 'dismiss~ * reports|claims|allegations|accusations'], { frame: 'deny', weight: 1.2 });
add('MOBILIZE', ['troops'], ['prepare~ to|for', 'gear~ up for', 'brace~ for', 'readies|readied|readying for'], { frame: 'prepare', weight: 0.8 });

// AGREE --------------------------------------------------------------------------------------
add('AGREE', [], ['call~ for * ceasefire|truce|end_to|peace|dialogue|negotiations|talks|restraint|calm|de-escalation', 'invite~', 'invitation'], { weight: 1.6 });

// CONSULT -----------------------------------------------------------------------------------
add('CONSULT', [], [
  'meet~ with', 'met', 'meet~ * counterpart|president|prime|minister|leader|leaders|delegation|envoy|officials|king|chancellor|secretary|mediator|mediators|negotiators|representatives|ambassador|emir|pope',
  'return~|travel~|head~|fly|flies|flew|go|goes|went * to *4 for * talks|talk|negotiations|consultations',
  'hold~ * talks|meeting|meetings|discussions|consultations|summit|negotiations', 'talks with|between|on|in', 'negotiate~ with', 'negotiations',
  'consult~', 'confer~ with', 'meeting with|between', 'summit', 'mediate~|mediation',
], { weight: 1 });
add('CONSULT', ['phone'], ['telephone~', 'phone~', 'spoke|speak~ by_phone|by_telephone|on_the_phone', 'phone call', 'telephone call', 'video call', 'video conference'], { weight: 1.1 });
add('CONSULT', ['visit'], ['visit~', 'arrive~ in|at * for|visit|talks|trip', 'trip to', 'travel~ to * meet|talks|visit', 'tour~'], { weight: 1.1 });
add('CONSULT', ['host'], ['gave|give~ *2 welcome'], { guard: 'political', weight: 1.3 });
add('CONSULT', ['host'], ['host~', 'receive~ * delegation|envoy|minister|president|visitor|visitors|counterpart|ambassador'], { weight: 1.1 });

// SUPPORT -----------------------------------------------------------------------------------
add('SUPPORT', [], [
  'praise~', 'commend~', 'endorse~', 'applaud~', 'hail~', 'laud~', 'back~ * plan|proposal|bid|call|efforts|resolution|candidacy',
  'express~ * support|solidarity|sympathy|condolences|gratitude', 'defend~ * right|decision|policy|move|actions',
  'recognize~|recognise~ * independence|government|sovereignty|state', 'sign~ * agreement|accord|treaty|deal|pact|memorandum|protocol|declaration|deals|agreements',
  'ratify~', 'restore~ * ties|relations', 'upgrade~ * ties|relations', 'normalize~|normalise~ * ties|relations', 'establish~ * diplomatic ties|relations',
  'forgive~|forgave', 'reaffirm~ * support|commitment|ties',
], { weight: 1 });
// Everyday courtesies and conversations ("Thank you", "discussed it with us") need a political party in view.
add('SUPPORT', [], ['defend~ *5 against *3 criticism|accusations|charges|allegations|claims|critics', 'congratulate~'], { guard: 'political', weight: 1 });
// Not a courtesy: "thank you", "thanks to the rain", "I am good, thanks."; "You are welcome", "visitors are welcome to".
add('SUPPORT', [], ['thank~'], { notBefore: /^(?:\s+(?:you|u|to)\b|\s*[.!?,;)]|$)/i, weight: 1 });
// Not what evidence does ("evidence supported his murder", "the data support the theory").
// (software: "supports more platforms", "to support older devices")
add('SUPPORT', [], ['support~'], {
  weight: 1, notAfter: /\b(?:evidence|data|findings|research|studies|study|results|facts|analysis|figures|polls?|theory|model)\s+(?:\w+\s+)?$/i,
  notBefore: /^\s+(?:(?:more|multiple|many|all|both|older|newer|new|other|several|most)\s+)?(?:platforms?|formats?|devices?|browsers?|languages?|file types?|features?|hardware|operating systems?|plugins?|plug-ins?|extensions?|resolutions?|codecs?|APIs?|protocols?|DRM)\b/i,
});
add('SUPPORT', [], ['welcomed|welcomes|welcoming'], { weight: 1 });
// ("Contributions welcome!": a bare "welcome" that ends its sentence welcomes nothing)
add('SUPPORT', [], ['welcome'], { notAfter: /\b(?:are|you're|youre|be|is|was|were|always|very|most|more than|feel)\s+$/i, notBefore: /^\s*(?:[.!?]|$)/, weight: 1 });
add('CONSULT', [], ['discuss~', 'meet~|met in|at'], { guard: 'political', weight: 1 });

// COOPERATE ---------------------------------------------------------------------------------
add('COOPERATE', [], [
  'share~ * intelligence|information|evidence|expertise|data|technology', 'exchange~ * intelligence|information|prisoners|data', '=joint * exercise|exercises|drills|patrols|operation|operations|manoeuvres|maneuvers',
  'war games', 'extradite~', 'extradition', 'cooperate~ with|on', 'co-operate~ with|on', 'hand~ over * suspect|suspects|fugitive|fugitives', 'trade deal', 'work~ together',
], { weight: 1 });

// AID ---------------------------------------------------------------------------------------
add('AID', [], [
  'donate~', 'gave|give~|giving * aid|assistance|dollars|euros|million|billion|loan|loans|grant|grants|support|money|equipment|weapons|arms',
  'provide~ *6 aid|assistance|funds|funding|weapons|arms|ammunition|systems|batteries|tanks|missiles|jets|training|intelligence|equipment|photographs|support|food|shelter|medicine|medical|loans|loan|dollars|million|billion|troops|protection',
  'deliver~ * aid|food|supplies|assistance|medicine|goods|vaccines|weapons|arms', 'send~ * aid|food|supplies|medicine|humanitarian|arms|weapons|ammunition|relief',
  'sent * aid|food|supplies|medicine|humanitarian|arms|weapons|ammunition|relief', 'supply~ * arms|weapons|fuel|food|aid|ammunition|equipment|systems|batteries|tanks|missiles|jets', 'grant~ * asylum|aid|loan|dollars|million',
  'aid package', 'forgive~|forgave|cancel~ * debt|debts|loans', 'write~|wrote|written off * debt|debts|loans', 'rescue~', 'fund~ * project|projects|programme|program', 'airlift~', 'hand~ over * aid|food|medicine|medicines|supplies|equipment|donations',
  'evacuate~ * wounded|injured|sick|civilians|residents|refugees|children|casualties|people',
  'asylum',
], { weight: 1 });

// CONCEDE -----------------------------------------------------------------------------------
add('CONCEDE', [], [
  'concession+', 'pardon~', '=amnesty', 'apologize~|apologise~', 'acquit~', 'apology', 'express~ * regret|remorse', 'accede~ to', 'gave|give~ in to', 'back~ down',
  'allow~|permit~ *6 to participate|run|return|contest|hold|stage|operate|publish|broadcast|campaign|register|resume', 'reinstate~', 'enhance * freedoms', 'yield~ to * demands|pressure',
  'declare~ * ceasefire|truce', 'announce~ * ceasefire|truce',
], { weight: 1.1 });

// "conceded that his side needed work" is an admission.
add('CONCEDE', [], ['concede~'], { notBefore: /^\s+(?:that|the\s+point)\b/i, weight: 1.1 });
add('CONCEDE', [], ['commute~ * sentence|sentences'], { weight: 2 });
add('CONCEDE', [], [
  'cancel~ * restrictions|ban', 'ease~|relax~|shorten~ * restrictions|rules|ban|controls|curbs|curfew|measures', 'overturn~ * ban|conviction|decision', 'lift~ * ban',
  'lift~|end~ * curfew|state_of_emergency|martial_law|emergency_rule|emergency_measures',
  'call~ off * strike|protest|protests|boycott|march|rally|demonstration|sit-in', 'suspend~ * strike|protest|protests|boycott|hunger_strike',
  'accept~|meet~|accede~ to * demands|demand', 'accept~|meet~ * demands', 'grant~|offer~ * amnesty|pardon|pardons|clemency',
], { weight: 2 });

// RETREAT -----------------------------------------------------------------------------------
add('RETREAT', ['withdraw'], [
  'withdraw~ * troops|forces|soldiers|units|from', 'pull~ out|back * troops|forces|soldiers|from', 'pull~ out', 'retreat~', 'withdrawal of * troops|forces', 'withdrawal from',
  'evacuate~ * troops|forces|soldiers|base|settlements|settlers|outposts|positions|garrison', 'cede~|hand~ back * territory|control|land|town|region', 'leave|left * the_city|the_town|the_area|positions',
], { weight: 1.2 });
add('RETREAT', ['release'], [
  'release~ * prisoners|prisoner|hostages|hostage|detainees|captives|journalist|journalists|activists|soldiers|people|men|women|students|nationals|sailors|crew|civilians|children|fishermen|migrants|mayor|leader|leaders|dissident|dissidents|politician|opponents|suspects|members|workers|minister|president|governor|official|officials',
  'freed|free|frees|freeing * prisoners|hostages|detainees|captives', 'release of * prisoners|prisoner|hostages|hostage|detainees|captives|mayor|leader|activist|journalist|dissident', 'set * free', 'prisoner swap|exchange', 'release~ * from prison|custody|jail',
  'swap~|exchange~|exchanging|traded * prisoners|detainees|captives|hostages|prisoners_of_war|POWs',
], { weight: 1.2 });
add('RETREAT', ['return'], ['return~ * property|remains|land|territory|seized|confiscated', 'repatriate~'], { weight: 1 });
// "disarmed a gunman" is someone else's weapon.
add('RETREAT', ['disarm'], ['disarm~'], { notBefore: /^\s+(?:an?|the|him|her|them|two|three|several)\b/i, weight: 1.1 });
add('RETREAT', ['disarm'], ['surrender~', 'lay|laid down * arms|weapons', 'hand~ over * weapons|arms', 'demobilize~|demobilise~', 'decommission~ * weapons'], { weight: 1.1 });
add('RETREAT', ['ceasefire'], ['ceasefire|truce * took|take~|taken effect', 'ceasefire|truce * came|come~|went|go~ into effect', 'ceasefire|truce * held|holds|holding', 'observe~|respect~ * ceasefire|truce'], { weight: 1.3 });
add('RETREAT', ['access'], [
  'allow~|permit~ *6 access|entry|inspectors|observers|aid|monitors|peacekeepers|delivery|humanitarian|journalists', 'receive~ * observers|inspectors|monitors|peacekeepers|mission',
  'reopen~|open~ * border|borders|crossing|crossings|bridge|airport|port|corridor', 'humanitarian access', 'peacekeepers|peacekeeping * arrive~',
], { weight: 1.1 });
add('RETREAT', ['access'], ['lift~ * blockade|siege'], { weight: 2 });
add('RETREAT', ['ease'], ['lift~ * sanctions|embargo', 'ease~ * sanctions|embargo'], { weight: 2 });
add('RETREAT', ['resign'], ['resign~', 'step~ down', 'resignation', 'quit * post|job|office|government'], { weight: 1 });

// ACCUSE ------------------------------------------------------------------------------------
add('ACCUSE', ['disapprove'], [
  'criticize~|criticise~', 'condemn~', 'denounce~', 'decry|decries|decried', 'slam~', 'lambast~', 'rebuke~', 'censure~', 'deplore~', 'blast~', 'chide~|chid',
  'object~ to', 'complain~', 'speak~|spoke|spoken out against', 'lodge~ * protest|complaint', 'summon~ * ambassador|envoy|diplomat|charge', 'disapprove~', 'protest~ to|over', 'condemnation', 'criticism',
  'voice~ * concern|opposition|dismay', 'express~ * concern|anger|outrage|dismay|opposition|displeasure',
], { weight: 1.2 });
add('ACCUSE', ['allege'], [
  'accuse~', 'blame~', 'charge~ * with', 'indict~', 'sue|sues|sued|suing', 'allege|alleges|alleging', 'alleged that', 'accusation+', 'lawsuit', 'put * on trial', 'brought * to trial|court',
  'file~ * complaint|charges|lawsuit|suit', 'press~ charges',
], { weight: 1.3 });
add('ACCUSE', ['investigate'], [
  'investigate~', 'investigation', 'inquiry', 'probe~', 'open~|launch~ * hearing|inquiry|inquiries|investigation+|probe+|case', 
  'dispatch~|sent|send~ * inspectors|investigators|monitors|observers', 'inspect~', 'examine~ * allegations|claims|evidence',
], { weight: 1 });

// THREATEN (non-frame) ----------------------------------------------------------------------
add('THREATEN', ['violence'], ['vow~|promise~|pledge~|threaten~ * revenge|retaliation|retribution|reprisals', 'warn~ *3 of *3 retaliation|reprisals|retribution|response|countermeasures|military_action', 'or face'], { weight: 1.2 });
add('THREATEN', ['violence'], ['threat+'], { weight: 1.2, notBefore: new RegExp(`^\\s+to\\s+${ABSTRACT_THREATENED}`, 'i') });

// PROTEST -----------------------------------------------------------------------------------
add('PROTEST', ['demo'], [
  'protest~ against|outside|in|at|on|over|near', 'protest~', 'protester+', 'protestor+', 'demonstrate~ against|outside|in|at|on|over|near|for', 'demonstration+', 'demonstrator+',
  'rally|rallies|rallied|rallying', '=march~ * on|to|through|against|in', '=marcher+', 'sit-in', 'picket~', 'took|take~ to the streets',
  'stage~ * protest|protests|rally|rallies|demonstration|demonstrations|march|sit-in|vigil', 'collect~|gather~ * signatures', 'vigil', 'walkout',
], { guard: 'crowd', weight: 1.1 });
add('PROTEST', ['strike'], ['general strike', 'went|go~ on * strike', 'strike+ by * workers|staff|teachers|doctors|nurses|miners|drivers|employees|unions', 'workers|unions|union|staff|teachers|doctors|nurses|miners|drivers|employees * strike~', 'striking workers', 'strike action', 'walk~ off the job', 'walked out'], { guard: 'labour', weight: 1.5 });
add('PROTEST', ['strike'], ['stop~|down~|shun~ work|tools', 'stay~|stayed away from work'], { guard: 'crowd', weight: 1.5 });
add('PROTEST', ['hunger'], ['hunger strike+', 'hunger-striking', 'hunger strikers'], { weight: 2 });
add('PROTEST', ['boycott'], ['boycott~', 'boycott+'], { weight: 1 });
add('PROTEST', ['obstruct'], ['block~ * road|roads|street|streets|highway|highways|traffic|transport|entrance|access|railway|bridge|port', 'barricade~', 'blockade~', 'occupy~ * square|building|offices|parliament|campus|university'], { guard: 'crowd', weight: 1 });
add('PROTEST', ['riot'], ['riot~', 'rioter+', 'unrest', 'clash~ with * police|security_forces|riot_police'], { guard: 'crowd', weight: 1.3 });
add('PROTEST', ['vandalize'], ['vandalize~|vandalise~', 'vandalism', 'deface~'], { weight: 1 });

// MOBILIZE ----------------------------------------------------------------------------------
const FORCES = 'troops|soldiers|forces|reservists|reinforcements|units|battalion|battalions|brigade|brigades|warships|warship|ships|destroyers|carrier|carriers|submarines|jets|fighter|fighters|aircraft|bombers|tanks|missiles|batteries|systems|personnel|marines|police|officers|paratroopers|army';
add('MOBILIZE', ['troops'], [
  `deploy~ * ${FORCES}`, `mass~ * ${FORCES}`, `amass~ * ${FORCES}`, `call~ up * ${FORCES}`, 'call-up',
  `${FORCES} * gathered|massed|amassed|deployed|stationed|positioned|assembled`, `station~ * ${FORCES}`, `reinforce~ * ${FORCES}|presence|positions|border`,
  `send|sends|sending|sent * ${FORCES}|reinforcements`, `dispatch~ * ${FORCES}`,
  `rush~ * ${FORCES}`, `move~ * ${FORCES} * to|into|toward|towards`, `get|getting|got * ${FORCES} * to|into`, 'on * alert', 'build-up', 'buildup',
  'military * exercise|exercises|drills|manoeuvres|maneuvers', 'naval * exercise|exercises|drills', 'show of force', 'conscript~', 'conscription',
], { weight: 1.1 });
// "strengthening our systems" is no build-up without an armed context.
add('MOBILIZE', ['troops'], [`strengthen~ * ${FORCES}|presence`, `bolster~ * ${FORCES}|presence|defences|defenses`], { guard: 'armed', weight: 1.1 });
add('MOBILIZE', ['troops'], ['mobilize~|mobilise~', 'mobilisation', 'mobilization'], { guard: 'violence', weight: 1.1 });
// "deployed a camera" is no deployment of force.
add('MOBILIZE', ['troops'], ['deploy~', 'deployment'], { guard: 'armed', weight: 1.1 });
add('MOBILIZE', ['weapons'], ['test-fire~'], { weight: 2 });
add('MOBILIZE', ['weapons'], ['test * missile|missiles|rocket|weapon|nuclear', 'air * defence|defense * systems|system|batteries|battery'], { weight: 1.1 });
add('MOBILIZE', ['police'], ['patrols', 'tighten~ security', 'step~ up security', 'beef~ up security', 'heighten~ security'], { weight: 0.9 });

// SANCTION ----------------------------------------------------------------------------------
add('SANCTION', ['discontinue'], [
  'sanction~', 'sanction+', 'impose~ * sanctions|embargo|tariffs|tariff', 'embargo', 'suspend~ * ties|relations|aid|talks|links|flights|cooperation|membership|assistance|funding|imports|exports|trade|negotiations',
  'suspension * ties|relations|aid|talks|links|flights|cooperation|membership', 'cut~ * ties|relations|aid|funding|assistance', 'sever~ * ties|relations|links',
  'break~|broke|broken off * relations|ties|talks|negotiations', 'halt~|end~ * mediation|aid|talks|negotiations|cooperation|imports|exports|funding|assistance|shipments|loans|loan|credit|lending',
  'freeze|froze|frozen|freezing * assets|aid|funds|accounts', 'downgrade~ * ties|relations', 'cancel~ * visit|trip|talks|meeting|summit|contract|contracts|deal',
  'postpone~ * visit|trip|talks|summit', 'prohibit~ * aid|imports|exports|trade', 'stop~ * aid|funding|imports|exports', 'reduce~ * aid|ties|relations|rations|assistance|funding|food_supplies|food_aid', 'ban~ * imports|exports|flights|airline|products|goods',
  'close~ * embassy|consulate', 'trade war',
], { weight: 1.3 });
add('SANCTION', ['expel'], ['expel~ * diplomat|diplomats|ambassador|envoy|attache|staff|observers|monitors|inspectors|peacekeepers|aid', 'expulsion of * diplomat|diplomats|ambassador|envoy|observers', 'persona non grata', 'recall~ * ambassador|envoy'], { weight: 1.5 });
add('SANCTION', ['withdraw'], ['withdraw~ * ambassador|aid|observers|diplomats|support|funding|monitors|peacekeepers|peacekeeping|inspectors|mission|membership', 'pull~ out of * talks|agreement|deal|treaty|negotiations', 'withdraw~ *4 from * treaty|agreement|deal|accord|pact|talks|negotiations|alliance|convention|organization|organisation', 'withdrawal from * talks|agreement|deal|treaty|negotiations|pact|accord'], { weight: 1.8 });
add('SANCTION', ['convict'], ['convict~', 'found * guilty', 'sentence~', 'fined', 'fine+ of'], { weight: 1.2 });

// COERCE ------------------------------------------------------------------------------------
// Not a heart's ("cardiac arrest").
add('COERCE', ['arrest'], ['arrest~'], { weight: 1.3, notAfter: /\b(?:cardiac|heart|respiratory)\s+$/i });
add('COERCE', ['arrest'], ['detain~', 'detention', 'jail~', 'imprison~', 'into custody', 'round~ up', 'apprehend~', 'nab~', 'capture~ * suspect|suspects|leader|militant|militants|fugitive', 'remanded'], { weight: 1.3 });
add('COERCE', ['deport'], ['deport~', 'deportation+', 'expel~', 'evict~', 'forcibly * removed|returned'], { weight: 1.1 });
add('COERCE', ['seize'], ['confiscate~', 'seize~ * weapons|property|assets|goods|documents|ship|vessel|tanker|cargo|drugs|equipment|arms|explosives|land|passports', 'search~ * homes|houses|offices|premises', 'raid~ * offices|office|headquarters|homes|home|premises|newspaper'], { weight: 1.2 });
add('COERCE', ['ban'], ['ban~ * party|parties|protest|protests|rally|rallies|gatherings|demonstrations|group|organization|organisation|candidate|candidates|opposition', 'ban~|bar~ *4 from * participating|contesting|running|standing|travelling|traveling|leaving|entering|politics|office|elections', 'outlaw~', 'dissolve~ * party|parliament|opposition'], { weight: 1.2 });
add('COERCE', ['censor'], ['censor~', 'censorship', 'shut~ down * newspaper|newspapers|station|channel|website|websites|internet|media|outlet', 'close~ * newspaper|newspapers|station|channel|website|websites', 'block~ * access|websites|website|internet|social media', 'suspend~ publication|broadcasts|broadcasting', 'suspend~ * newspaper|licence|license'], { weight: 1.2 });
add('COERCE', ['curfew'], ['curfew'], { weight: 1.3 });
add('COERCE', ['restrict'], ['impose~|reimpose~|extend~|declare~|institute~|tighten~ * curfew|curfews|blockade|blockades|closure|closures|lockdown'], { weight: 1.4 });
add('COERCE', ['restrict'], ['impose~|reimpose~|extend~|institute~|tighten~ * restrictions|curbs'], { guard: 'political', weight: 1.4 });
add('COERCE', ['martial-law'], ['state of emergency', 'martial law', 'state of siege'], { weight: 1.3 });
add('COERCE', ['restrict'], [
  'prevent~ * demonstration|protest|rally|march|gathering|meeting', 'restrict~ * movement|access|travel|entry', 'cordon~ off', 'seal~ off', 'sealed',
  'close~ * border|borders|crossing|crossings|airspace', 'besiege~', 'siege', 'blockade', 'disperse~ * protesters|crowd|crowds|demonstrators|rally|protest', 'lockdown',
  'put * under house arrest', 'house arrest', 'travel ban', 'human shield+',
], { weight: 1.1 });
add('COERCE', ['destroy'], ['demolish~', 'demolition+', 'bulldoze~', 'torch~', 'set fire to', 'set * on fire', 'burn~ down', 'burn~ * homes|houses|offices|buildings|cars|shops|villages', 'loot~', 'ransack~', 'raze~'], { weight: 1.1 });
add('COERCE', ['destroy'], ['blew|blow~|blown up *3 pipeline|pipelines|power_lines|power_line|pylons|bridge|bridges|railway|tracks|rail_line|power_station|substation|statue|monument'], { weight: 1.8 });
add('COERCE', ['cyber'], ['hack~', 'cyber-attack+', 'cyberattack+', 'cyber attack+', 'ransomware'], { weight: 1.5 });
add('COERCE', ['withhold'], ['cut~ off * water|power|electricity|internet|supplies|fuel|food', 'shut~ off * water|power|electricity|internet'], { guard: 'violence', weight: 1.2 });
add('COERCE', ['seize'], ['occupy~ * territory|town|city|village|region|land|lands'], { guard: 'armed', weight: 1 });

// ASSAULT -----------------------------------------------------------------------------------
add('ASSAULT', [], ['clash~', 'clashes'], { guard: 'armed', weight: 1 });
add('ASSAULT', [], [
  'attack~', 'attack+', 'assault~', 'assault+', 'kill~', 'killing+', 'murder~', 'massacre~', 'slaughter~', 'slay~', 'lynch~', 'ambush~', 'invade~', 'invasion',
  'incursion+', 'offensive against|on|in', 'launch~|began|begin~|start~|mount~|military|ground|air|major|new|fresh|renewed|all-out * offensive', 'hostilities',
  'storm~ * the|a|an|into', 'fighting between|in|erupted|broke|raged|continued', 'heavy|fierce|intense|renewed|deadly fighting', 'fought', 'fight~ * with|against * forces|troops|rebels|militants|army|police|soldiers',
  'battle~ * forces|troops|rebels|militants|army|police|soldiers', 'battle~ for control', 'gun battle', 'firefight', 'gunfight', 'exchange~ * fire', 'exchange of fire',
  'target~ * troops|soldiers|civilians|positions|base|bases|forces|convoy|military|police|checkpoint|army|village|villages|headquarters',
  'wound~', 'violence against',
], { guard: 'violence', weight: 1 });
add('ASSAULT', [], ['destroy~', 'injure~', 'raid+', 'raid~', 'conducting raids'], { guard: 'armed', weight: 0.9 });
add('ASSAULT', ['firearms'], ['shot dead', 'shot and killed|wounded|injured', 'was|were|been|being shot', 'shoot~ * dead', 'shooting+', 'gunfire', 'open~ fire', 'opened fire', 'fire~ * on|at|upon * protesters|crowd|troops|soldiers|police|civilians|villagers|demonstrators|vehicle|convoy|car', 'sniper+', 'gun~ down'], { guard: 'violence', weight: 1.2 });
add('ASSAULT', ['heavy-weapons'], ['pound~ * with', 'tank fire'], { guard: 'armed', weight: 1.2 });
// "took a veiled shot at" is a jibe.
add('ASSAULT', ['firearms'], ['shot at', 'shoot~ * at'], { guard: 'violence', notAfter: /\btook\s+(?:an?\s+)?(?:[\w-]+\s+)?$/i, weight: 1.2 });
add('ASSAULT', ['heavy-weapons'], ['=shell~', 'shelling', 'artillery * fire|attack|attacks|strikes|barrage|shells', 'mortar|rocket|missile|artillery attack+|strike+|fire|barrage+|salvo+',
  'fire~|launch~|lob~ * rockets|missiles|mortars|shells|artillery|projectiles|bombs|rounds|salvos|grenades', 'rockets|missiles|shells|mortars|projectiles * hit|struck|slammed|landed|rained|exploded|targeted',
  'bombard~', 'bombardment', 'barrage'], { guard: 'violence', weight: 1.2 });
add('ASSAULT', ['aerial'], ['airstrike+', 'air-strike+', 'air strike+', 'air raid+', 'air attack+', 'bombed', 'bombing+', 'warplanes|jets|helicopters|aircraft * struck|hit|bombed|attacked|pounded|targeted', 'shot down', 'shoot~ down', 'strike+ on|against|targeting|in|near', 'strike~ * targets|positions', 'strike~ at'], { guard: 'violence', weight: 1.3 });
add('ASSAULT', ['drone'], ['drone strike+', 'drone attack+', 'drones * hit|struck|attacked|targeted|exploded', 'using|with * drones|drone'], { guard: 'violence', weight: 1.3 });
add('ASSAULT', ['explosives'], ['explosion+', 'blast+', 'bomb+ * exploded|went_off|blast|attack|attacks|killed', 'bomb attack+', 'car bomb+', 'roadside bomb+', 'explosive device+', 'ied|ieds', 'landmine+', 'detonate~', 'explode~', 'blew|blow~|blown up', 'went off', 'grenade+'], { guard: 'violence', weight: 1.2 });
add('ASSAULT', ['suicide-attack'], ['suicide * bomber|bombers|bombing|bombings|attack|attacks|blast|car', 'blew|blow~ * up'], { guard: 'violence', weight: 1.5 });
add('ASSAULT', ['abduct'], ['abduct~', 'abduction+', 'kidnap~', 'kidnapping+', 'hijack~', 'took|take~|taken * hostage|hostages|captive', 'held * hostage|captive'], { weight: 1.4 });
add('ASSAULT', ['beat'], ['beat~ * to_death|up|protesters|demonstrators|journalists|detainees|prisoners|with', 'were|was|been beaten', 'beating+ of'], { weight: 1.3 });
add('ASSAULT', ['torture'], ['torture~'], { weight: 1.4 });
add('ASSAULT', ['sexual'], ['rape~', 'sexual * assault|violence|abuse', 'sexually assault~|abuse~'], { weight: 1.4 });
add('ASSAULT', ['targeted'], ['assassinate~', 'assassination+', 'execution+ of', 'execute~ * prisoners|civilians|hostages|soldiers|captives|men|people|by|them|him|her', 'behead~', 'targeted killing+'], { weight: 1.5 });
add('ASSAULT', ['primitive'], ['stab~', 'hack~ to death', 'machete+', 'stoned|stoning', 'arson'], { guard: 'violence', weight: 1.2 });
add('ASSAULT', ['crowd-control'], ['tear gas', 'teargas', 'water cannon+', 'rubber bullets', 'baton charge', 'lathi charge'], { weight: 1.3 });
add('ASSAULT', [], ['ethnic cleansing', 'violate~ * ceasefire|truce|armistice', 'ceasefire violation+'], { weight: 1.2 });
add('ASSAULT', ['unconventional'], ['chemical * attack|attacks|weapon|weapons', 'nerve agent', 'sarin', 'chlorine gas'], { weight: 1.5 });
add('ASSAULT', [], ['crush~', 'wipe~ out', 'annihilate~', 'eliminate~', 'retaliate~', 'retaliation', 'punish~', 'strike~ back'], { guard: 'armed', weight: 1 });
add('ASSAULT', [], ['offensive may|could|will|would|began|begins|started|starts|start|continued|continues|against|on|in'], { guard: 'violence', weight: 1 });
add('COERCE', ['cyber'], ['hackers * attacked|targeted|hit|breached', 'attack~ * website|websites|servers|networks|computer|computers'], { weight: 1.6 });
add('ASSAULT', ['territory'], ['capture~|seize~|overrun~ *5 town|towns|city|village|villages|base|bases|airport|district|province|territory|control|positions|stronghold|strongholds|garrison|outpost|outposts|camp|hill|port', 'took|take~|taken|seized control of', 'recapture~', 'retake~|retook|retaken', 'regain~ control'], { guard: 'armed', weight: 1.4 });

export const LEXICON: readonly LexEntry[] = entries;
