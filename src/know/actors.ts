// The actor dictionary (data/actors.txt): states' institutions, international organisations,
// armed groups, office holders with dated terms, and news outlets (which are never actors).
import { readFileSync } from 'node:fs';
import type { EntityKind } from '../model/types.ts';
import { nameKey } from './normalize.ts';

export interface Term {
  /** Role code: HOS head of state, HOG head of government, FM foreign minister, DM defence minister, or another office. */
  role: string;
  country: string;
  start: string;
  /** null while in office. */
  end: string | null;
}

export interface Actor {
  id: string;
  name: string;
  /** ISO3 or IGO code; null for outlets and generic groups. */
  country: string | null;
  sector: string | null;
  kind: EntityKind;
  wikidata: string | null;
  aliases: string[];
  terms: Term[];
  /** Outlets, wire services and photo agencies: found so they are never taken for actors. */
  outlet: boolean;
}

export interface Dictionary {
  actors: Map<string, Actor>;
  /** alias key -> actor ids. */
  byAlias: Map<string, string[]>;
  /** Keys written only in capitals ("WHO", "AP"): "Who" or "ap" in running text is not them. */
  acronyms: Set<string>;
}

const DICTIONARY_FILE = new URL('../../data/actors.txt', import.meta.url);
let loaded: Dictionary | null = null;

export function dictionary(): Dictionary {
  loaded ??= parseDictionary(readFileSync(DICTIONARY_FILE, 'utf8'));
  return loaded;
}

/**
 * One actor per line, fields separated by `|`:
 * `id | name | country | sector | kind | QID or - | alias; alias | ROLE CCC YYYY-MM-DD..YYYY-MM-DD; ...`
 * `[outlets]` starts the outlet section (same fields). `#` starts a comment.
 */
export function parseDictionary(text: string): Dictionary {
  const actors = new Map<string, Actor>();
  const byAlias = new Map<string, string[]>();
  const acronyms = new Set<string>();
  const written = new Set<string>();
  let outlet = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    if (line.startsWith('[')) {
      outlet = line === '[outlets]';
      return;
    }
    const fields = line.split('|').map((f) => f.trim());
    if (fields.length < 7) throw new Error(`data/actors.txt line ${i + 1}: expected at least 7 fields separated by |`);
    const [id, name, country, sector, kind, qid, aliasField, termField = ''] = fields;
    if (actors.has(id)) throw new Error(`data/actors.txt line ${i + 1}: duplicate id ${id}`);
    const actor: Actor = {
      id, name, country: country === '-' ? null : country, sector: sector === '-' ? null : sector,
      kind: kind as EntityKind, wikidata: /^Q\d+$/.test(qid) ? qid : null,
      aliases: aliasField.split(';').map((a) => a.trim()).filter(Boolean),
      terms: termField.split(';').map((t) => t.trim()).filter(Boolean).map((t) => parseTerm(t, i + 1)),
      outlet,
    };
    actors.set(id, actor);
    for (const alias of [name, ...actor.aliases]) {
      const key = nameKey(alias);
      if (/^[A-Z][A-Z0-9./-]*$/.test(alias) && alias.length <= 6) acronyms.add(key);
      else written.add(key);
      const ids = byAlias.get(key);
      if (!ids) byAlias.set(key, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  });
  for (const key of written) acronyms.delete(key);
  return { actors, byAlias, acronyms };
}

function parseTerm(text: string, line: number): Term {
  const m = /^([A-Z]+) ([A-Z][A-Z0-9]{1,3}) (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?$/.exec(text);
  if (!m) throw new Error(`data/actors.txt line ${line}: bad term "${text}" (want ROLE CCC YYYY-MM-DD..[YYYY-MM-DD])`);
  return { role: m[1], country: m[2], start: m[3], end: m[4] ?? null };
}

/** Whether the actor held any office on `date` (YYYY-MM-DD...); true for actors without terms. */
export function inOffice(actor: Actor, date: string | undefined): boolean {
  if (!date || actor.terms.length === 0) return true;
  const day = date.slice(0, 10);
  return actor.terms.some((t) => t.start <= day && (t.end === null || day <= t.end));
}

let surnames: Map<string, Actor[]> | null = null;

/**
 * The office holder whose full name ends in `key` ("bolton") and who held office on `date`. Only
 * surnames that are no other actor's name, and only when a single holder of that surname was in office.
 */
export function surnameHolder(key: string, date: string): Actor | null {
  if (!surnames) {
    surnames = new Map();
    const d = dictionary();
    for (const actor of d.actors.values()) {
      if (actor.kind !== 'person' || !actor.terms.length) continue;
      const last = nameKey(actor.name.slice(actor.name.lastIndexOf(' ') + 1));
      if (d.byAlias.has(last) || last.length < 4) continue;
      const list = surnames.get(last);
      if (list) list.push(actor);
      else surnames.set(last, [actor]);
    }
  }
  const holders = (surnames.get(key) ?? []).filter((a) => inOffice(a, date));
  return holders.length === 1 ? holders[0] : null;
}

let termHolders: Map<string, Actor[]> | null = null;

/** Who held `role` in `country` on `date` (today when no date): the first such actor of the dictionary. */
export function officeHolder(role: string, country: string, date: string | undefined): Actor | null {
  const day = (date ?? new Date().toISOString()).slice(0, 10);
  if (!termHolders) {
    // the actors with a term of each role and country, in dictionary order
    termHolders = new Map();
    for (const actor of dictionary().actors.values()) {
      for (const t of actor.terms) {
        const list = termHolders.get(`${t.role}|${t.country}`);
        if (!list) termHolders.set(`${t.role}|${t.country}`, [actor]);
        else if (list[list.length - 1] !== actor) list.push(actor);
      }
    }
  }
  for (const actor of termHolders.get(`${role}|${country}`) ?? []) {
    if (actor.terms.some((t) => t.role === role && t.country === country && t.start <= day && (t.end === null || day <= t.end))) return actor;
  }
  return null;
}
