// Resolving an actor phrase: a dictionary name ("Hezbollah", "Netanyahu"), a title with a name
// ("PM Netanyahu"), a country with a title ("the Israeli PM": whoever held the office on the
// article's date), a country or demonym with an agent noun ("American officials"), or a national
// capital standing for its government ("Beijing").
import type { EntityKind } from '../model/types.ts';
import { dictionary, inOffice, officeHolder, type Actor } from './actors.ts';
import { TITLE_ROLES, agentKind, agentSector } from './agents.ts';
import { gazetteer } from './gazetteer.ts';
import { KeyCache } from './key-cache.ts';
import { nameKey } from './normalize.ts';
import { bestPlace } from './places.ts';

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
  const key = ACTOR_KEYS.get(text, actorKey);
  const candidates = [...byName(key, context), ...byTitle(key, context), ...generic(key)];
  candidates.sort((a, b) => b.score - a.score);
  return { best: candidates[0] ?? null, candidates };
}

/** actorKey's answers by text: phrases come back in article after article. */
const ACTOR_KEYS = new KeyCache<string>(20_000);

/** The key of an actor phrase, without leading articles and counts ("the", "some", "dozens of"). */
function actorKey(text: string): string {
  let key = nameKey(text);
  while (LEADING.test(key)) key = key.replace(LEADING, '');
  return key;
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

/**
 * The country a phrase's head stands for: a demonym ("israeli"), a country's name ("israel's"),
 * either leading something ("vietnamese-led"), or an organisation with a country ("idf").
 */
export function headCountry(head: string): string | undefined {
  const key = head.endsWith("'s") ? head.slice(0, -2) : head.endsWith('-led') ? head.slice(0, -4) : head;
  // three small maps, asked directly: a cache of the answers grew far larger than them
  return gazetteer().demonyms.get(key) ?? countryOfName(key) ?? (aliasCountries ??= readAliasCountries()).get(key);
}

/** Dictionary name -> the country of its first actor that is no outlet and no person and has one. */
let aliasCountries: Map<string, string> | null = null;

/** The dictionary names headCountry reads as a country (besides demonyms and countries' names). */
export function headCountryKeys(): Iterable<string> {
  return (aliasCountries ??= readAliasCountries()).keys();
}

function readAliasCountries(): Map<string, string> {
  const d = dictionary();
  const countries = new Map<string, string>();
  for (const [alias, ids] of d.byAlias) {
    const country = ids.map((id) => d.actors.get(id)!).find((a) => !a.outlet && a.kind !== 'person' && a.country)?.country;
    if (country) countries.set(alias, country);
  }
  return countries;
}

/** The ISO3 of the country called `key`: undefined when none is, null when its place has no code. */
function countryOfName(key: string): string | null | undefined {
  const g = gazetteer();
  const id = g.countryIdOf(key);
  return id === undefined ? undefined : g.countryOf(id);
}

/**
 * Ways to read a phrase as a country and the rest, longest head first: "israeli forces" ->
 * ISR + "forces"; "foreign minister of japan" -> JPN + "foreign minister".
 */
function splitCountry(key: string): readonly CountrySplit[] {
  return SPLITS.get(key, readSplits);
}
interface CountrySplit {
  country: string;
  rest: string;
}
/** splitCountry's answers by key: byTitle and generic both ask, and phrases come back in later articles. */
const SPLITS = new KeyCache<readonly CountrySplit[]>(20_000);

function readSplits(key: string): CountrySplit[] {
  const words = key.split(' ');
  const splits: CountrySplit[] = [];
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const country = headCountry(words.slice(0, n).join(' '));
    if (country) splits.push({ country, rest: words.slice(n).join(' ') });
  }
  const of = / of (?:the )?(.+)$/.exec(key);
  const country = of && of.index > 0 ? countryOfName(of[1]) ?? undefined : undefined;
  if (country) splits.push({ country, rest: key.slice(0, of!.index) });
  return splits;
}

function byTitle(key: string, context: ActorContext): ActorCandidate[] {
  // shortest head first: "ukrainian army chief" is Ukraine's army chief, not the army's "chief"
  for (const split of [...[...splitCountry(key)].reverse(), { country: null, rest: key }]) {
    const found = titled(split.country, split.rest, context);
    if (found.length) return found;
  }
  return [];
}

/** An office title, its role, and the title with the space that comes before a name. */
interface Title {
  title: string;
  role: string;
  titleSpace: string;
}
/** The titles by their first word (up to a space), each list in TITLE_ROLES order. */
const TITLES_BY_FIRST_WORD = new Map<string, Title[]>();
for (const [title, role] of Object.entries(TITLE_ROLES)) {
  const first = title.split(' ')[0];
  let list = TITLES_BY_FIRST_WORD.get(first);
  if (!list) TITLES_BY_FIRST_WORD.set(first, list = []);
  list.push({ title, role, titleSpace: title + ' ' });
}

/** The first title in TITLE_ROLES order that `rest` is or opens: all such titles share rest's first word. */
function titleOf(rest: string): Title | undefined {
  const space = rest.indexOf(' ');
  const titles = TITLES_BY_FIRST_WORD.get(space < 0 ? rest : rest.slice(0, space));
  if (titles) for (const t of titles) if (rest === t.title || rest.startsWith(t.titleSpace)) return t;
  return undefined;
}

/** "[country] title [name]": the named person, or whoever held the title in that country on the date. */
function titled(country: string | null, rest: string, context: ActorContext): ActorCandidate[] {
  const found = titleOf(rest);
  if (!found) return [];
  const { title, role } = found;
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
  if (!country) return [];
  const holder = officeHolder(role, country, context.date);
  if (holder) return [fromActor(holder, 11, [`${country} ${title} on ${(context.date ?? 'today').slice(0, 10)}`])];
  return [{ actorId: null, name: null, country, sector: role === 'CMD' ? 'MIL' : 'GOV', kind: 'person', wikidata: null, outlet: false, score: 6, why: [`${country} ${title}, holder not in the dictionary`] }];
}

/** A plural demonym or a people's name ("serbs", "kurds") that a country word can qualify. */
export function isGroupOfPeople(rest: string): boolean {
  return PEOPLES.has(rest) || (rest.endsWith('s') && gazetteer().demonyms.has(rest));
}
export const PEOPLES = new Set(['kurds', 'arabs', 'tamils', 'albanians', 'pashtuns', 'baloch', 'uighurs', 'uyghurs', 'rohingya', 'druze', 'christians', 'muslims', 'moslems', 'shiites', 'sunnis', 'jews', 'hindus', 'buddhists', 'tutsis', 'hutus']);

function generic(key: string): ActorCandidate[] {
  for (const split of splitCountry(key)) {
    const sector = agentSector(split.rest);
    if (sector) {
      return [{
        actorId: null, name: null, country: split.country, sector, kind: agentKind(split.rest), wikidata: null, outlet: false,
        score: 8, why: [`${split.country} + agent "${split.rest}"`],
      }];
    }
    if (isGroupOfPeople(split.rest)) {
      // "Bosnian Serbs", "Iraqi Kurds": a people named by where they live
      return [{ actorId: null, name: null, country: split.country, sector: 'CVL', kind: 'group', wikidata: null, outlet: false, score: 8, why: [`${split.rest} of ${split.country}`] }];
    }
    if (!split.rest) {
      const g = gazetteer();
      const namesCountry = g.countryIdOf(key) !== undefined;
      const isDemonym = !namesCountry && g.demonyms.has(key);
      const plural = isDemonym && key.endsWith('s');
      return [{
        actorId: null, name: countryName(split.country), country: split.country,
        sector: plural ? 'CVL' : null, kind: plural ? 'group' : 'state', wikidata: null, outlet: false,
        score: isDemonym && !plural ? 3 : 7, why: [plural ? `people of ${split.country}` : `the state ${split.country}`],
      }];
    }
  }
  const capital = bestPlace(key).best;
  if (capital?.feature === 'PPLC' && capital.country) {
    return [{ actorId: null, name: capital.name, country: capital.country, sector: 'GOV', kind: 'state', wikidata: null, outlet: false, score: 4, why: [`capital of ${capital.country}, standing for its government`] }];
  }
  const sector = agentSector(key);
  if (!sector) return [];
  return [{ actorId: null, name: null, country: null, sector, kind: agentKind(key), wikidata: null, outlet: false, score: 5, why: [`agent "${key}" with no country`] }];
}

/** The country's common name, read for that one place (the gazetteer's names column is never built). */
function countryName(iso3: string): string | null {
  const g = gazetteer();
  const id = g.countries.get(iso3);
  return id === undefined ? null : g.place(id).name;
}
