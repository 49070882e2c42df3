// Choosing among same-named places: a prior from the kind of place and its population,
// then the article's context (its other countries, the outlet's country, a qualifier
// such as the "Pennsylvania" of "Lebanon, Pennsylvania").
import { readFileSync } from 'node:fs';
import { gazetteer, type Place } from './gazetteer.ts';
import { KeyCache } from './key-cache.ts';
import { nameKey } from './normalize.ts';
import { parsePointTable } from './point-table.ts';

export interface PlaceContext {
  /** ISO3 codes of the article's other places; repeats count as more weight. */
  countries?: string[];
  /** ISO3 of the outlet's home country, when known. */
  outletCountry?: string;
  /** A qualifier that follows the name ("Bulacan" in "Pandi, Bulacan"): an admin1 or country name. */
  qualifier?: string;
  /**
   * The words around the name call for a region rather than a town: "New York state", "the state
   * of Washington", "Buffalo, New York", a list of states.
   */
  region?: boolean;
}

/** A gazetteer place as offered for a name, with its score and the reasons for it. */
export interface PlaceCandidate extends Omit<Place, 'id' | 'prior'> {
  score: number;
  /** Why this candidate scored as it did, for `sitrep lookup`. */
  why: string[];
}

export interface PlaceResolution {
  best: PlaceCandidate | null;
  candidates: PlaceCandidate[];
  /** 0..1: how clearly the best candidate beat the others. */
  confidence: number;
}

const ADMIN1_POINTS = new URL('../../data/admin1-points.tsv', import.meta.url);
let admin1Points: Map<string, [number, number]> | null = null;

/**
 * Geographic centres of the states, provinces and territories of the United States, Canada and
 * Australia (data/admin1-points.tsv), by "ISO3|admin1": these regions are large and thinly settled,
 * so the gazetteer's point (the middle of their cities) falls hundreds of kilometres off.
 */
export function admin1Point(country: string | null, admin1: string | null): [number, number] | undefined {
  if (!admin1Points) {
    const shape = 'ISO3<TAB>name<TAB>lat<TAB>lon';
    const rows = parsePointTable(readFileSync(ADMIN1_POINTS, 'utf8'), 'data/admin1-points.tsv', 2, shape);
    admin1Points = new Map();
    for (const { names: [code, name], point, line } of rows) {
      if (!name) throw new Error(`data/admin1-points.tsv line ${line}: expected "${shape}"`);
      admin1Points.set(`${code}|${name}`, point);
    }
  }
  return admin1Points.get(`${country}|${admin1}`);
}

const FEATURE_BONUS: Record<string, number> = { PPLC: 2.5, PPLA: 1.2, PPLA2: 0.4 };

/** Resolves a place name in context; `best` is null when the gazetteer does not know the name. */
export function resolvePlace(text: string, context: PlaceContext = {}): PlaceResolution {
  const named = NAMED.get(nameKey(text), readNamed);
  const countryWeights = weightsOf(context.countries);
  const qualifier = context.qualifier ? QUALIFIERS.get(context.qualifier, qualifierMatch) : null;

  const candidates = named.map((n) => candidateOf(n, countryWeights, context.outletCountry, qualifier, context.region === true));
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0] ?? null;
  const margin = best ? best.score - (candidates[1]?.score ?? 0) : 0;
  const confidence = best ? (candidates.length === 1 ? 0.95 : Math.min(0.95, 0.5 + margin / 10)) : 0;
  return { best, candidates, confidence };
}

/** What the mention scan reads of a resolution: the best candidate and the confidence. */
export type BestPlace = Pick<PlaceResolution, 'best' | 'confidence'>;

/**
 * resolvePlace's best candidate and confidence, without making the other candidates: only their
 * scores are needed (the best is the first of the highest score, as the stable sort leaves it).
 */
export function bestPlace(text: string, context: PlaceContext = {}, countryWeights?: CountryWeights): BestPlace {
  const named = NAMED_BY_TEXT.get(text, namedOfText);
  if (named.length === 0) return { best: null, confidence: 0 };
  countryWeights ??= weightsOf(context.countries);
  const qualifier = context.qualifier ? QUALIFIERS.get(context.qualifier, qualifierMatch) : null;
  const region = context.region === true;
  let bestAt = 0;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (let k = 0; k < named.length; k++) {
    const s = scoreOf(named[k], countryWeights, context.outletCountry, qualifier, region, null);
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      bestAt = k;
    } else if (s > second) second = s;
  }
  const best = candidateOf(named[bestAt], countryWeights, context.outletCountry, qualifier, region);
  const confidence = named.length === 1 ? 0.95 : Math.min(0.95, 0.5 + (best.score - second) / 10);
  return { best, confidence };
}

/** ISO3 -> how many times the article's places name the country. */
export type CountryWeights = ReadonlyMap<string, number>;
const NO_WEIGHTS: CountryWeights = new Map();

/** The weights of context.countries: a caller that asks many times with the same countries makes them once and passes them to bestPlace. */
export function weightsOf(countries: string[] | undefined): CountryWeights {
  if (!countries?.length) return NO_WEIGHTS;
  const weights = new Map<string, number>();
  for (const c of countries) weights.set(c, (weights.get(c) ?? 0) + 1);
  return weights;
}

/** A place called by a name, with what it scores before the context: the same in every article. */
interface Named {
  place: Place;
  score: number;
  why: string[];
  lat: number;
  lon: number;
}
/** The places of each name key, scored before the context; names come back article after article. */
const NAMED = new KeyCache<Named[]>(20_000);
/** NAMED's lists by the text of a name as written: bestPlace skips making the key of a text it has seen. */
const NAMED_BY_TEXT = new KeyCache<Named[]>(20_000);
const namedOfText = (text: string): Named[] => NAMED.get(nameKey(text), readNamed);
/** qualifierMatch's answers by qualifier text. */
const QUALIFIERS = new KeyCache<Qualifier | null>(5_000);

function readNamed(key: string): Named[] {
  const g = gazetteer();
  let ids = g.lookup(key);
  if (!ids.length) {
    const demonym = g.demonyms.get(key);
    const country = demonym ? g.countries.get(demonym) : undefined;
    if (country !== undefined) ids = [country];
  }
  return ids.map((id) => scoreAlone(g.place(id)));
}

interface Qualifier {
  countries: Set<string>;
  admin1s: Set<string>;
}

function qualifierMatch(text: string): Qualifier | null {
  const g = gazetteer();
  const q: Qualifier = { countries: new Set(), admin1s: new Set() };
  for (const id of g.lookup(nameKey(text))) {
    const country = g.countryOf(id);
    const admin1 = g.admin1Of(id);
    const precision = g.precisionOf(id);
    if (precision === 'country' && country) q.countries.add(country);
    if (precision === 'admin1' && admin1) q.admin1s.add(admin1);
  }
  return q.countries.size || q.admin1s.size ? q : null;
}

/** What a region reading gains when the words around the name call for a region: more than a capital's lead over its state. */
const REGION_BONUS = 5;

/** A place's score and reasons from what it is: its kind, population and standing. */
function scoreAlone(place: Place): Named {
  const why: string[] = [];
  let s: number;
  if (place.precision === 'country') {
    s = 10;
    why.push('country');
  } else if (place.prior !== undefined || place.feature !== 'ADM1' && place.precision !== 'city') {
    s = place.prior ?? 9;
    why.push(`${place.feature} (listed place)`);
  } else {
    s = Math.log10(place.population + 10);
    why.push(`population ${place.population}`);
    if (place.precision === 'admin1') {
      s = Math.max(s, 4) + 0.5;
      why.push('first-level region');
    }
    const bonus = FEATURE_BONUS[place.feature];
    if (bonus) {
      s += bonus;
      why.push(place.feature === 'PPLC' ? 'capital' : place.feature === 'PPLA' ? 'regional capital' : 'district seat');
    }
  }
  const [lat, lon] = (place.precision === 'admin1' && place.feature === 'ADM1' && admin1Point(place.country, place.admin1)) || [place.lat, place.lon];
  return { place, score: s, why, lat, lon };
}

/**
 * A candidate's score: the place's own, then what the article's countries, the outlet, the words
 * around and a qualifier add (rounded to hundredths); their reasons go into `why` when given.
 */
function scoreOf(named: Named, countries: CountryWeights, outlet: string | undefined, qualifier: Qualifier | null, region: boolean, why: string[] | null): number {
  const place = named.place;
  let s = named.score;
  if (place.country && countries.has(place.country)) {
    const n = countries.get(place.country)!;
    s += 3 + Math.min(n, 4) * 0.5;
    why?.push(`article mentions ${place.country}`);
  }
  if (outlet && place.country === outlet) {
    s += 1.5;
    why?.push("outlet's country");
  }
  if (region && (place.precision === 'admin1' || place.precision === 'country')) {
    s += REGION_BONUS;
    why?.push('a region, as the words around it say');
  }
  if (qualifier) {
    if (place.admin1 && qualifier.admin1s.has(place.admin1)) {
      s += 12;
      why?.push(`in ${place.admin1} as written`);
    } else if (place.country && qualifier.countries.has(place.country)) {
      s += 8;
      why?.push(`in ${place.country} as written`);
    }
  }
  return Math.round(s * 100) / 100;
}

function candidateOf(named: Named, countries: CountryWeights, outlet: string | undefined, qualifier: Qualifier | null, region: boolean): PlaceCandidate {
  const place = named.place;
  const why = named.why.slice();
  const score = scoreOf(named, countries, outlet, qualifier, region, why);
  return {
    name: place.name, country: place.country, admin1: place.admin1, lat: named.lat, lon: named.lon,
    precision: place.precision, geonameId: place.geonameId, population: place.population, feature: place.feature,
    score, why,
  };
}
