// Who a sentence's claim comes from: "according to X", "X said", "a spokesman for X told Y".
import type { Attribution, AttributionKind, Span } from '../model/types.ts';
import type { Mention } from '../pipeline/doc.ts';
import { cueWordsOf, mayHaveCue } from './words.ts';

const SAY = 'said|says|say|told|tells|reported|reports|announced|announces|added|adds|stated|states|confirmed|confirms|claimed|claims|quoted|cited|wrote|writes|tweeted|posted|noted|insisted|explained|declared|warned';
const SAY_RE = new RegExp(`^(?:${SAY})$`, 'i');

const ANONYMOUS = /\b(sources?|people familiar|person familiar|anonymity|unnamed|declined to be named|not authori[sz]ed|insiders?)\b/i;
const WITNESS = /\b(witness(?:es)?|eyewitness(?:es)?|residents?|locals?|villagers?|survivors?|relatives?|neighbou?rs?|passers-?by|medics?|doctors?|nurses?|onlookers|bystanders|a man|a woman|parents?)\b/i;
const OUTLET = /\b(news agency|agency news|newspaper|daily|weekly|television|TV|radio|broadcaster|Reuters|AP|AFP|Associated Press|Agence France-Presse|BBC|CNN|Al Jazeera|Post|Times|Journal|Herald|Tribune|Guardian|Gazette|Telegraph|Mail|Sun|Express|Independent|Observer|Economist|Bloomberg|Xinhua|Tass|Itar-Tass|IRNA|Interfax|KCNA|Yonhap|Kyodo|NHK|Sky News|Fox News|NBC|CBS|ABC|NPR|Politico|Axios|magazine|website|outlet|Wikinews|reporters?|correspondents?|journalists?|media|press)\b/;
const ORGANIZATION = /\b(United Nations|UN|U\.N\.|UNICEF|UNHCR|WHO|agency|organi[sz]ation|group|Amnesty|Human Rights Watch|Red Cross|Red Crescent|committee|observatory|monitor|NGO|charity|union|party|council|association|federation|institute|foundation|company|firm|bank|church|movement|campaign|coalition|alliance|NATO|EU|African Union)\b/;
const OFFICIAL = /\b(officials?|spokes(?:man|woman|person|people)|minist(?:er|ry|ers|ries)|president|premier|chancellor|government|police|army|military|commander|general|colonel|governor|mayor|authorit(?:y|ies)|embassy|ambassador|envoy|diplomats?|White House|Pentagon|State Department|Kremlin|Downing Street|Elysee|court|prosecutors?|judge|negotiator|secretary|senator|lawmakers?|MPs?|parliament|cabinet|administration|IDF|presidency|department|office|security|intelligence|king|queen|prime minister|leader|chief|head|director|sheriff|coroner|officers?)\b/i;

function kindOf(source: string, sourceSpan: Span, mentions: readonly Mention[]): AttributionKind {
  const [start, end] = sourceSpan;
  if (mentions.some((m) => m.kind === 'outlet' && m.span[0] >= start && m.span[1] <= end)) return 'outlet';
  if (ANONYMOUS.test(source)) return 'anonymous';
  if (OUTLET.test(source) && !OFFICIAL.test(source)) return 'outlet';
  if (OFFICIAL.test(source)) return 'official';
  if (WITNESS.test(source)) return 'witness';
  if (ORGANIZATION.test(source)) return 'organization';
  if (OUTLET.test(source)) return 'outlet';
  const actor = mentions.find((m) => m.kind === 'actor' && m.span[0] >= start && m.span[1] <= end && m.entity);
  if (actor?.entity?.sector && ['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY'].includes(actor.entity.sector)) return 'official';
  if (actor?.entity?.kind === 'state') return 'official';
  if (actor?.entity?.kind === 'organization' || actor?.entity?.kind === 'group') return 'organization';
  // A bare proper name with no title: the claim is a person's own account.
  return /^[A-Z]/.test(source) ? 'organization' : 'witness';
}

function trimSource(text: string, offset: number): { text: string; start: number } | null {
  let t = text;
  let start = offset;
  const lead = /^[\s,"“”'‘’]+/.exec(t)?.[0].length ?? 0;
  t = t.slice(lead);
  start += lead;
  // "and his lawyers have claimed", "which state media said": the joining word is no part of the source
  const joiner = /^(?:and|but|or|which|while|whereas|as)\s+/i.exec(t)?.[0].length ?? 0;
  t = t.slice(joiner);
  start += joiner;
  t = t.replace(/[\s,"“”'‘’.]+$/, '');
  // Stop at a clause the source does not include ("who spoke on condition...", "on Tuesday").
  const cut = /\s(?:on|in a|in an|in the|at a|via|late|early|earlier|later|last|this|today|yesterday|tonight|overnight|who|which|that|after|before|when|while|as|citing)\b/i.exec(t);
  if (cut && cut.index > 1) t = t.slice(0, cut.index);
  t = t.replace(/[\s,]+$/, '');
  // "The group has claimed": the auxiliary is no part of the source
  t = t.replace(/\s+(?:has|have|had)(?:\s+(?:also|already|since|now))?$/i, '');
  if (t.length < 2 || t.length > 120) return null;
  return { text: t, start };
}

/**
 * Attributions in a sentence. `base` is the sentence's offset in its source text, so spans
 * index that source.
 */
const SAYING = /\s(?:said|says|told|reported|reports|announced|added|stated|confirmed|claimed|claims|wrote|tweeted|quoted|alleged)\b/i;
const SAYING_WORDS = cueWordsOf(SAYING, ['said', 'says', 'told', 'reported', 'reports', 'announced', 'added', 'stated', 'confirmed', 'claimed', 'claims', 'wrote', 'tweeted', 'quoted', 'alleged']);
const ACCORDING_TO = /\baccording to\s+([^,;.()"“”]+(?:\.[A-Z][^,;.()"“”]*)*)/gi;

// A module function, not a named closure in findAttributions: tsx (keepNames) names every named
// closure as it is created, a cost paid per sentence.
function pushAttribution(found: Attribution[], base: number, mentions: readonly Mention[], cue: string, raw: string, rawStart: number): void {
  const trimmed = trimSource(raw, rawStart);
  if (!trimmed) return;
  if (/^(?:it|he|she|they|we|i|this|that|there|which|who)$/i.test(trimmed.text)) return;
  // "No group has claimed ...", "Nobody said ...": nobody is the claim's source; nor is a stretch
  // that opens with a word no name or title opens with ("as of", "never once")
  if (/^(?:no|none|nobody|neither|not|as|of|never|if|so|then|when|because|since)\b/i.test(trimmed.text)) return;
  const span: Span = [base + trimmed.start, base + trimmed.start + trimmed.text.length];
  if (found.some((a) => a.span[0] < span[1] && span[0] < a.span[1])) return;
  found.push({ source: trimmed.text, kind: kindOf(trimmed.text, span, mentions), cue, span });
}

/** `scanned`: the sentence is the one whose words findTriggers has noted (words.ts), so SAYING need not run without one of its words. */
export function findAttributions(sentence: string, base: number, mentions: readonly Mention[], scanned = false): Attribution[] {
  const found: Attribution[] = [];

  // exec over the shared global expression, not matchAll, which clones it per call.
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(sentence); m; m = ACCORDING_TO.exec(sentence)) {
    pushAttribution(found, base, mentions, 'according to', m[1], m.index + m[0].length - m[1].length);
  }
  // The three patterns below all need a verb of saying after a space; most sentences have none.
  if ((!scanned || mayHaveCue(SAYING_WORDS)) && SAYING.test(sentence)) {
    // ", X said ..." at the end of the sentence, and ", said X".
    const tail = /,\s+([^,;"“”]{2,120}?)\s+(said|says|told|reported|reports|announced|added|stated|confirmed|claimed|wrote|tweeted|quoted)\b[^,;"“”]{0,60}[.!?"”]*$/i.exec(sentence);
    if (tail && !/\b(?:and|but)\s*$/i.test(tail[1])) pushAttribution(found, base, mentions, tail[2].toLowerCase(), tail[1], tail.index + tail[0].indexOf(tail[1]));
    const inverted = /[,"”]\s+(said|says|told|reported|added)\s+([^,;"“”]{2,120}?)[.!?]?$/i.exec(sentence);
    if (inverted) pushAttribution(found, base, mentions, inverted[1].toLowerCase(), inverted[2], inverted.index + inverted[0].lastIndexOf(inverted[2]));
    // "X said (on Tuesday) (that) ..." at the start.
    const head = /^([A-Z“"'‘][^,;\s]*(?:\s+[^,;\s]+){0,6}?)\s+(said|says|told [\w\s]{1,40}?|reported|reports|announced|claimed|claims|stated|confirmed|alleged)\s+(?:on\s+\w+\s+|\w+day\s+|today\s+|yesterday\s+|late\s+\w+\s+)?(?:that\s+)?/.exec(sentence);
    if (head && !/\b(?:when|after|if|as|because|while|before)\b/i.test(head[1]) && !/\b(?:is|are|was|were|be|been|being)$/i.test(head[1])) {
      pushAttribution(found, base, mentions, head[2].split(/\s/)[0].toLowerCase(), head[1], 0);
    }
  }
  // "..., a spokesman for X told Reuters." is covered by tail; "X told Y that ..." by head.
  return found.filter((a) => SAY_RE.test(a.cue) || a.cue === 'according to');
}
