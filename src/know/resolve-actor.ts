// Resolving an actor phrase: a dictionary name ("Hezbollah", "Netanyahu"), a title with a name
// ("PM Netanyahu"), a country with a title ("the Israeli PM": whoever held the office on the
// article's date), or a country or demonym with an agent noun ("American officials").
import type { EntityKind } from '../model/types.ts';
import { dictionary, inOffice, officeHolder, type Actor } from './actors.ts';
import { AGENT_SECTORS, TITLE_ROLES, agentKind } from './agents.ts';
import { gazetteer } from './gazetteer.ts';
import { nameKey } from './normalize.ts';

export interface ActorContext {
  /** Article date (ISO 8601): office holders are checked against it. */
  date?: string;
  /** ISO3 codes of the article's places, to prefer actors of those countries. */
  countries?: string[];
}

export interface ActorCandidate {
  /** Dictionary id; null for generic mentions ("American officials"). */
  actorId: string | null;
  name: string | null;
  country: string | null;
  sector: string | null;
  kind: EntityKind;
  wikidata: string | null;
  /** A news outlet, wire service or photo agency: never an actor. */
  outlet: boolean;
  score: number;
  why: string[];
}

export interface ActorResolution {
  best: ActorCandidate | null;
  candidates: ActorCandidate[];
}

const LEADING = /^(?:the|a|an|some|several|many|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of|scores of|\d[\d,]*) /;

export function resolveActor(text: string, context: ActorContext = {}): ActorResolution {
  let key = nameKey(text);
  while (LEADING.test(key)) key = key.replace(LEADING, '');
  const candidates = [...byName(key, context), ...byTitle(key, context), ...generic(key)];
  candidates.sort((a, b) => b.score - a.score);
  return { best: candidates[0] ?? null, candidates };
}

function fromActor(actor: Actor, score: number, why: string[]): ActorCandidate {
  return {
    actorId: actor.id, name: actor.name, country: actor.country, sector: actor.sector, kind: actor.kind,
    wikidata: actor.wikidata, outlet: actor.outlet, score, why,
  };
}

function byName(key: string, context: ActorContext): ActorCandidate[] {
  const d = dictionary();
  return (d.byAlias.get(key) ?? []).map((id) => {
    const actor = d.actors.get(id)!;
    let score = 10;
    const why = ['dictionary name'];
    if (actor.terms.length && context.date) {
      if (inOffice(actor, context.date)) {
        score += 2;
        why.push(`in office on ${context.date.slice(0, 10)}`);
      } else {
        score -= 2;
        why.push(`not in office on ${context.date.slice(0, 10)}`);
      }
    }
    if (actor.country && context.countries?.includes(actor.country)) {
      score += 1;
      why.push(`article mentions ${actor.country}`);
    }
    return fromActor(actor, score, why);
  });
}

/** "israeli" / "israel" / "israel's" -> ISR, and the words after it. */
function splitCountry(key: string): { country: string; rest: string } | null {
  const g = gazetteer();
  const words = key.split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(' ').replace(/'s$/, '');
    const rest = words.slice(n).join(' ');
    const demonym = g.demonyms.get(head);
    if (demonym) return { country: demonym, rest };
    const country = g.lookup(head).find((id) => g.precision[id] === 'country');
    if (country !== undefined) return { country: g.country[country]!, rest };
    const igo = (dictionary().byAlias.get(head) ?? []).map((id) => dictionary().actors.get(id)!).find((a) => !a.outlet && a.kind !== 'person' && a.country);
    if (igo?.country) return { country: igo.country, rest };
  }
  return null;
}

function byTitle(key: string, context: ActorContext): ActorCandidate[] {
  const split = splitCountry(key);
  const rest = split ? split.rest : key;
  for (const [title, role] of Object.entries(TITLE_ROLES)) {
    if (rest !== title && !rest.startsWith(title + ' ')) continue;
    const name = rest.slice(title.length).trim();
    if (name) {
      const named = byName(name, context).filter((c) => c.kind === 'person');
      for (const c of named) {
        const actor = dictionary().actors.get(c.actorId!)!;
        if (actor.terms.some((t) => t.role === role)) {
          c.score += 2;
          c.why.push(`holds the title ${title}`);
        }
      }
      return named;
    }
    if (!split) return [];
    const holder = officeHolder(role, split.country, context.date);
    if (holder) return [fromActor(holder, 11, [`${split.country} ${title} on ${(context.date ?? 'today').slice(0, 10)}`])];
    return [{ actorId: null, name: null, country: split.country, sector: 'GOV', kind: 'person', wikidata: null, outlet: false, score: 6, why: [`${split.country} ${title}, holder not in the dictionary`] }];
  }
  return [];
}

function generic(key: string): ActorCandidate[] {
  const split = splitCountry(key);
  const rest = split ? split.rest : key;
  const sector = AGENT_SECTORS[rest];
  if (sector) {
    return [{
      actorId: null, name: null, country: split?.country ?? null, sector, kind: agentKind(rest), wikidata: null, outlet: false,
      score: split ? 8 : 5, why: [split ? `${split.country} + agent "${rest}"` : `agent "${rest}" with no country`],
    }];
  }
  if (!rest && split) {
    const g = gazetteer();
    const isDemonym = g.demonyms.has(key);
    const plural = isDemonym && key.endsWith('s');
    return [{
      actorId: null, name: g.names[g.countries.get(split.country) ?? -1] ?? null, country: split.country,
      sector: plural ? 'CVL' : null, kind: plural ? 'group' : 'state', wikidata: null, outlet: false,
      score: isDemonym && !plural ? 3 : 7, why: [plural ? `people of ${split.country}` : `the state ${split.country}`],
    }];
  }
  return [];
}
