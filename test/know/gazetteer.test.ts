// The packed gazetteer: the same content as the one built from the npm data, a name index that
// answers like the Map it replaces, and a cache file that is rebuilt when damaged or stale.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer, Gazetteer, gazetteer } from '../../src/know/gazetteer.ts';
import { hashKey, hashMore, KeyFilter, loadOrBuild, packGazetteer, PackedGazetteer } from '../../src/know/gazetteer-store.ts';

/** A small gazetteer by hand: nulls, names outside ASCII, a name shared by three places, a prior. */
function small(): Gazetteer {
  const g = new Gazetteer();
  const add = (name: string, country: string | null, admin1: string | null, precision: 'city' | 'country' | 'region' | 'admin1', geonameId: number | null, keys: string[], prior?: number) => {
    const id = g.add({ name, country, admin1, lat: 31.5 + g.size / 7, lon: -0.1 * g.size, precision, geonameId, population: g.size * 1000, feature: precision === 'city' ? 'PPL' : precision.toUpperCase(), prior });
    for (const key of keys) g.index(id, key);
    return id;
  };
  add('Georgia', 'GEO', null, 'country', null, ['Georgia', 'Sakartvelo']);
  add('Georgia', 'USA', 'Georgia', 'admin1', null, ['Georgia']);
  add('Tbilisi', 'GEO', 'Tbilisi', 'city', 611717, ['Tbilisi', 'თბილისი']);
  add('Tromsø', 'NOR', 'Troms og Finnmark', 'city', 3133880, ['Tromsø']);
  add('Gaza Strip', 'PSE', null, 'region', null, ['Gaza Strip', 'Gaza'], 12);
  add('Georgia', 'ZAF', null, 'city', 0, ['Georgia']);
  add('Red Sea', null, null, 'region', null, ['Red Sea']);
  g.demonyms.set('georgian', 'GEO');
  g.countries.set('GEO', 0);
  g.iso2to3.set('GE', 'GEO');
  return g;
}

function contentOf(g: Gazetteer) {
  return {
    places: Array.from({ length: g.size }, (_, id) => g.place(id)),
    byName: [...g.byName],
    demonyms: [...g.demonyms], countries: [...g.countries], iso2to3: [...g.iso2to3], prior: [...g.prior],
  };
}

describe('packed gazetteer', () => {
  it('reads back exactly what was packed, nulls and non-ASCII names included', () => {
    const built = small();
    const packed = new Gazetteer(new PackedGazetteer(packGazetteer(built, 'k1'), 'k1'));
    expect(contentOf(packed)).toEqual(contentOf(built));
    expect(packed.place(3).name).toBe('Tromsø');
    expect(packed.place(5).geonameId).toBe(0);
    expect(packed.place(6).country).toBeNull();
    expect(packed.place(4).prior).toBe(12);
    // the array fields, made on first read, hold the same columns
    for (const field of ['names', 'country', 'admin1', 'precision', 'feature', 'lat', 'lon', 'population', 'geonameId'] as const) {
      expect(packed[field]).toEqual(built[field]);
    }
  });

  it('answers name lookups like a Map, in the same order', () => {
    const built = small();
    const packed = new Gazetteer(new PackedGazetteer(packGazetteer(built, 'k1'), 'k1'));
    expect(packed.lookup('georgia')).toEqual([0, 1, 5]);
    expect(packed.lookup('gaza')).toEqual([4]);
    expect(packed.lookup('თბილისი')).toEqual([2]);
    expect(packed.lookup('tromsø')).toEqual([3]);
    expect(packed.byName.has('tromso')).toBe(false);
    expect(packed.byName.has('georgi')).toBe(false);
    expect(packed.byName.has('georgias')).toBe(false);
    expect(packed.byName.has('')).toBe(false);
    expect(packed.byName.get('red sea')).toBe(6);
    expect(packed.byName.size).toBe(built.byName.size);
    expect([...packed.byName.keys()]).toEqual([...built.byName.keys()]);
    expect(() => packed.add(built.place(0))).toThrow(/packed/);
  });

  it('reads single places, countries by name, hashed names and first parts alike, packed or being built', () => {
    const built = small();
    const packed = new Gazetteer(new PackedGazetteer(packGazetteer(built, 'k1'), 'k1'));
    for (const g of [built, packed]) {
      for (let id = 0; id < g.size; id++) {
        const p = g.place(id);
        expect([g.precisionOf(id), g.featureOf(id), g.populationOf(id), g.countryOf(id), g.admin1Of(id)]).toEqual([p.precision, p.feature, p.population, p.country, p.admin1]);
      }
      expect(g.countryIdOf('georgia')).toBe(0);
      expect(g.countryIdOf('gaza')).toBeUndefined();
      expect(g.countryIdOf('atlantis')).toBeUndefined();
      for (const key of [...built.byName.keys()]) {
        expect(g.hasName(key, hashKey(key))).toBe(true);
        expect(g.mayHaveName(hashKey(key))).toBe(true);
      }
      expect(g.hasName('tromso', hashKey('tromso'))).toBe(false);
      expect(g.hasName('gaza strip of', hashKey('gaza strip of'))).toBe(false);
      const leads = new Set<string>();
      g.addNameLeads(leads);
      expect([...leads].sort()).toEqual(['gaza', 'red']);
      const countryNames = new KeyFilter(4);
      g.addCountryNameHashes(countryNames);
      for (const key of ['georgia', 'sakartvelo']) expect(countryNames.has(hashKey(key))).toBe(true);
    }
  });

  it('hashes a key word by word as a whole, and filters keep every key they were given', () => {
    expect(hashMore(hashMore(hashKey('sri'), ' '), 'lanka')).toBe(hashKey('sri lanka'));
    expect(hashMore(hashKey(''), 'côte d\'ivoire')).toBe(hashKey('côte d\'ivoire'));
    const keys = Array.from({ length: 5000 }, (_, i) => `place ${i}`);
    const filter = new KeyFilter(keys.length);
    for (const key of keys) filter.add(hashKey(key));
    expect(keys.every((key) => filter.has(hashKey(key)))).toBe(true);
    // absent keys mostly turned away: the filter is sized for about 2% to pass
    const passed = Array.from({ length: 5000 }, (_, i) => `town ${i}`).filter((key) => filter.has(hashKey(key))).length;
    expect(passed).toBeLessThan(250);
  });

  it('refuses a buffer that is damaged, truncated or packed from other data', () => {
    const buf = packGazetteer(small(), 'k1');
    expect(() => new PackedGazetteer(buf, 'k2')).toThrow(/other data/);
    expect(() => new PackedGazetteer(buf.subarray(0, buf.length - 3), 'k1')).toThrow(/truncated/);
    expect(() => new PackedGazetteer(Buffer.from('{"not":"a gazetteer"}'), 'k1')).toThrow(/not a packed gazetteer/);
  });
});

describe('the cache folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-gazetteer-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const url = () => pathToFileURL(dir + '/');

  it('builds once, then reads the file; a damaged file is rebuilt and replaced', () => {
    let builds = 0;
    const build = () => {
      builds++;
      return small();
    };
    const first = loadOrBuild(url(), 'aaa', build);
    const second = loadOrBuild(url(), 'aaa', build);
    expect(builds).toBe(1);
    expect(contentOf(new Gazetteer(second))).toEqual(contentOf(new Gazetteer(first)));
    const file = join(dir, 'gazetteer-aaa.bin');
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    const third = loadOrBuild(url(), 'aaa', build);
    expect(builds).toBe(2);
    expect(contentOf(new Gazetteer(third))).toEqual(contentOf(small()));
    expect(readFileSync(file).length).toBeGreaterThan(100);
  });

  it('keeps only the three newest files', () => {
    const own = join(dir, 'keep');
    for (const [i, key] of ['k1', 'k2', 'k3', 'k4'].entries()) {
      loadOrBuild(pathToFileURL(own + '/'), key, small);
      const when = new Date(Date.now() - (10 - i) * 60_000);
      utimesSync(join(own, `gazetteer-${key}.bin`), when, when);
    }
    expect(readdirSync(own).sort()).toEqual(['gazetteer-k2.bin', 'gazetteer-k3.bin', 'gazetteer-k4.bin']);
  });

  it('works without a folder: built and packed in memory', () => {
    expect(new Gazetteer(loadOrBuild(null, 'zzz', small)).lookup('georgia')).toEqual([0, 1, 5]);
  });
});

describe('the real gazetteer', () => {
  it('loaded through the cache holds what building it from the npm data gives', () => {
    const loaded = gazetteer();
    const built = buildGazetteer();
    expect(loaded.size).toBe(built.size);
    expect(loaded.size).toBeGreaterThan(130_000);
    for (let id = 0; id < built.size; id++) {
      if (JSON.stringify(loaded.place(id)) !== JSON.stringify(built.place(id))) expect(loaded.place(id)).toEqual(built.place(id));
    }
    let k = 0;
    const keys = [...loaded.byName.keys()];
    for (const [key, value] of built.byName) {
      expect(keys[k++]).toBe(key);
      if (JSON.stringify(loaded.byName.get(key)) !== JSON.stringify(value)) expect(loaded.byName.get(key)).toEqual(value);
    }
    expect([...loaded.demonyms]).toEqual([...built.demonyms]);
    expect([...loaded.countries]).toEqual([...built.countries]);
    expect([...loaded.prior]).toEqual([...built.prior]);
    expect(loaded.place(loaded.countries.get('ISR')!)).toMatchObject({ name: 'Israel', country: 'ISR', precision: 'country' });
    expect(loaded.lookup('kyiv').map((id) => loaded.place(id)).some((p) => p.country === 'UKR' && p.precision === 'city')).toBe(true);
  }, 120_000);
});
