// Readers: turn paths (files, directories, '-') into raw documents, one result per
// document. A bad document yields an error result and the batch goes on.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { RawDocument } from '../model/types.ts';
import { fixWindows1252 } from '../clean/entities.ts';

export type ReadResult =
  | { ok: true; doc: RawDocument }
  | { ok: false; origin: string; error: string };

export interface ReadOptions {
  /** Documents larger than this (in bytes, after decompression) are refused. */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
// Markdown is left out of directory walks: it is usually a README, not an article.
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const KNOWN_EXTENSIONS = new Set([...HTML_EXTENSIONS, ...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS]);

export type InputKind = 'text' | 'html' | 'jsonl';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function innerExtension(path: string): string {
  const lower = path.toLowerCase();
  const base = lower.endsWith('.gz') ? lower.slice(0, -3) : lower;
  return extname(base);
}

/** Input kind from the file name; null when the name does not tell. */
export function kindFromName(path: string): InputKind | null {
  const ext = innerExtension(path);
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  return null;
}

/** Input kind from the content, for stdin and unknown extensions. */
export function sniffKind(text: string): InputKind {
  const head = text.slice(0, 2048).trimStart();
  if (/^<(!doctype html|html|head|body|meta|div|article)\b/i.test(head)) return 'html';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0];
    try {
      const parsed = JSON.parse(firstLine);
      if (parsed && typeof parsed === 'object' && ('text' in parsed || 'html' in parsed)) return 'jsonl';
    } catch { /* not jsonl */ }
  }
  return 'text';
}

/** True when the bytes look like a binary file rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 8 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  return control / sample.length > 0.1;
}

/** The charset an HTML page declares in its first bytes (meta charset or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

/** Decodes bytes as text, noting replaced bytes instead of failing. */
export function decodeText(bytes: Uint8Array, kind: InputKind): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let encoding = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (kind === 'html') {
    const declared = declaredCharset(bytes);
    if (declared && !/^utf-?8$/.test(declared)) {
      try {
        const decoder = new TextDecoder(declared);
        const text = decoder.decode(bytes);
        return { text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text, warnings };
      } catch {
        warnings.push(`unknown charset "${declared}" declared; decoded as UTF-8`);
      }
    }
  }
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), warnings };
  } catch {
    encoding = 'utf-8';
    const text = new TextDecoder(encoding).decode(bytes);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    warnings.push(`invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD`);
    return { text, warnings };
  }
}

/** Files under the given paths, directories walked recursively in sorted order. */
export async function* walkPaths(paths: string[]): AsyncGenerator<{ path: string } | { path: string; error: string }> {
  for (const path of paths) {
    if (path === '-') {
      yield { path };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { path, error: `cannot read ${path}: ${describe(err)}` };
      continue;
    }
    if (info.isDirectory()) {
      let entries;
      try {
        entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      } catch (err) {
        yield { path, error: `cannot read directory ${path}: ${describe(err)}` };
        continue;
      }
      const children = entries
        .filter((e) => !e.name.startsWith('.'))
        .filter((e) => e.isDirectory() || KNOWN_EXTENSIONS.has(innerExtension(e.name)))
        .map((e) => join(path, e.name));
      yield* walkPaths(children);
    } else {
      yield { path };
    }
  }
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) {
    const code = (err as { code: string }).code;
    if (code === 'ENOENT') return 'no such file or directory';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return 'corrupt or truncated gzip data';
    return `${code}: ${(err as unknown as Error).message}`;
  }
  return err instanceof Error ? err.message : String(err);
}

async function readAllBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += chunk.length;
      if (size > maxBytes) throw new Error(`input is larger than the ${formatBytes(maxBytes)} limit`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  const info = await stat(path);
  const gz = path.toLowerCase().endsWith('.gz');
  if (!gz && info.size > maxBytes) {
    throw new Error(`file is ${formatBytes(info.size)}, larger than the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
  }
  const bytes = await readFile(path);
  if (!gz) return bytes;
  try {
    const inflated = gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
    if (inflated.length > maxBytes) throw new Error(`decompressed size exceeds the ${formatBytes(maxBytes)} limit`);
    return inflated;
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new Error(`decompressed size exceeds the ${formatBytes(maxBytes)} limit`, { cause: err });
    }
    throw err;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Reads one non-jsonl file into a single raw document, or an error. */
async function readSingle(path: string, kind: 'text' | 'html', options: ReadOptions): Promise<ReadResult> {
  const origin = path === '-' ? '<stdin>' : path;
  try {
    const bytes = await readAllBytes(path, options.maxBytes);
    if (bytes.length === 0) return { ok: false, origin, error: 'empty file' };
    if (looksBinary(bytes)) return { ok: false, origin, error: 'binary file, not text or HTML' };
    const { text, warnings } = decodeText(bytes, kind);
    if (text.trim().length === 0) return { ok: false, origin, error: 'file has no text (only white space)' };
    return {
      ok: true,
      doc: { sourceId: origin, origin, kind, content: text, contentHash: sha256(bytes), warnings },
    };
  } catch (err) {
    return { ok: false, origin, error: describe(err) };
  }
}

export function jsonlDocument(line: string, origin: string, lineNumber: number): ReadResult {
  const where = `${origin}:${lineNumber}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return { ok: false, origin: where, error: `line ${lineNumber}: malformed JSON (${(err as Error).message})` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, origin: where, error: `line ${lineNumber}: expected a JSON object` };
  }
  const record = parsed as Record<string, unknown>;
  const text = typeof record.text === 'string' ? record.text : null;
  const html = typeof record.html === 'string' ? record.html : null;
  if (!text && !html) return { ok: false, origin: where, error: `line ${lineNumber}: needs a non-empty "text" or "html" string` };
  const content = (html ?? text)!;
  if (content.trim().length === 0) return { ok: false, origin: where, error: `line ${lineNumber}: "text" is empty` };
  const optional = (key: string) => (typeof record[key] === 'string' && record[key] ? (record[key] as string) : null);
  const id = record.id === undefined || record.id === null ? `${origin}:${lineNumber}` : String(record.id);
  const warnings = content.includes('\uFFFD') ? ['text contains U+FFFD replacement characters'] : [];
  return {
    ok: true,
    doc: {
      sourceId: id,
      origin: where,
      kind: html ? 'html' : 'text',
      content,
      url: optional('url'),
      published: optional('published') ?? optional('date'),
      outlet: optional('outlet'),
      title: optional('title'),
      contentHash: sha256(content),
      warnings,
    },
  };
}

async function* readJsonl(path: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const origin = path === '-' ? '<stdin>' : path;
  let input: Readable;
  try {
    if (path === '-') input = process.stdin;
    else {
      await stat(path);
      const file = createReadStream(path);
      input = path.toLowerCase().endsWith('.gz') ? file.pipe(createGunzip()) : file;
      file.on('error', (err) => input.destroy(err));
    }
  } catch (err) {
    yield { ok: false, origin, error: describe(err) };
    return;
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      if (line.length > options.maxBytes) {
        yield { ok: false, origin: `${origin}:${lineNumber}`, error: `line ${lineNumber}: larger than the ${formatBytes(options.maxBytes)} limit` };
        continue;
      }
      yield jsonlDocument(line, origin, lineNumber);
    }
  } catch (err) {
    yield { ok: false, origin, error: `stopped after line ${lineNumber}: ${describe(err)}` };
  }
}

/** Every document under the given paths, in order, as ok or error results. */
export async function* readDocuments(paths: string[], options: ReadOptions = { maxBytes: DEFAULT_MAX_BYTES }): AsyncGenerator<ReadResult> {
  for await (const entry of walkPaths(paths)) {
    if ('error' in entry) {
      yield { ok: false, origin: entry.path, error: entry.error };
      continue;
    }
    const kind = entry.path === '-' ? null : kindFromName(entry.path);
    if (kind === 'jsonl') yield* readJsonl(entry.path, options);
    else if (kind) yield await readSingle(entry.path, kind, options);
    else yield* readSniffed(entry.path, options);
  }
}

/** stdin, or a file whose name does not tell its kind: buffer it and look at the content. */
async function* readSniffed(path: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const origin = path === '-' ? '<stdin>' : path;
  let bytes: Uint8Array;
  try {
    bytes = await readAllBytes(path, options.maxBytes);
  } catch (err) {
    yield { ok: false, origin, error: describe(err) };
    return;
  }
  if (bytes.length === 0) {
    yield { ok: false, origin, error: 'empty input' };
    return;
  }
  if (looksBinary(bytes)) {
    yield { ok: false, origin, error: 'binary input, not text or HTML' };
    return;
  }
  const kind = sniffKind(Buffer.from(bytes.subarray(0, 4096)).toString('utf8'));
  const { text, warnings } = decodeText(bytes, kind);
  if (kind === 'jsonl') {
    let lineNumber = 0;
    for (const line of text.split(/\r?\n/)) {
      lineNumber++;
      if (line.trim()) yield jsonlDocument(line, origin, lineNumber);
    }
    return;
  }
  yield { ok: true, doc: { sourceId: origin, origin, kind, content: text, contentHash: sha256(bytes), warnings } };
}
