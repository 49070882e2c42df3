// A sha256 over every stage's output on the code bench's texts and the bundled examples: a change
// meant only to make the pipeline faster must leave it unchanged.
// Run: npx tsx bench/fingerprint.ts [--dump FILE] [--batch N] [--renew-chars N]  (reads ../shared/data/wikinews-en and gum-wikinews when present;
// --dump writes each document's outputs as one JSON line, to diff two versions when a hash moves;
// --renew-chars N replaces the wink-nlp instance after every N characters read, to see what renewal changes)
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { PIPELINE_BATCH, type BatchResult } from '../src/pipeline/pipeline.ts';
import type { RawDocument } from '../src/model/types.ts';
import type { Doc, Tokens } from '../src/pipeline/doc.ts';
import { newsRows } from './lib/news-rows.ts';
import { setNlpRenewChars } from '../src/lang/segment.ts';

const DATA = new URL('../../shared/data/', import.meta.url);
const EXAMPLES = new URL('../examples/', import.meta.url);

function articles(name: string): RawDocument[] {
  const file = new URL(`${name}/articles.jsonl`, DATA);
  if (!existsSync(file)) return [];
  return newsRows(readFileSync(file, 'utf8')).map((r, i) => {
    const id = `${name}-${i}`;
    return { sourceId: id, origin: id, kind: 'text', content: r.text, contentHash: id, warnings: [], published: r.date };
  });
}

function examples(): RawDocument[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.html'))
    .map((f) => ({ sourceId: f, origin: f, kind: f.endsWith('.html') ? 'html' : 'text', content: readFileSync(new URL(f, EXAMPLES), 'utf8'), contentHash: f, warnings: [] }));
}

const docs = [...examples(), ...articles('gum-wikinews'), ...articles('wikinews-en')];
const pipeline = defaultPipeline();
await pipeline.init();
const whole = createHash('sha256');
const parts: Record<string, ReturnType<typeof createHash>> = {};
const FIELDS = ['article', 'sentences', 'tokens', 'dates', 'quantities', 'quotes', 'mentions', 'events'] as const;
for (const field of FIELDS) parts[field] = createHash('sha256');
const dumpAt = process.argv.indexOf('--dump');
const dump = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;
if (dump) writeFileSync(dump, '');
// As `sitrep ingest` runs them: in batches, stage by stage (`--batch 1`: one document at a time).
const batchAt = process.argv.indexOf('--batch');
const batchSize = batchAt > 0 ? Number(process.argv[batchAt + 1]) : PIPELINE_BATCH;
if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch takes a whole number of documents, at least 1 (got ${process.argv[batchAt + 1]})`);
/**
 * A field's output as hashed. Tokens are written in their earlier shape (one object per token, span as
 * an array), so hashes stay comparable across those changes.
 */
const output = (doc: Doc, field: (typeof FIELDS)[number]) => (field === 'tokens' ? (doc.tokens ? tokenObjects(doc.tokens) : null) : (doc[field] ?? null));
const tokenObjects = ({ length, text, start, end, pos, sentence }: Tokens) =>
  Array.from({ length }, (_, i) => ({ text: text[i], span: [start[i], end[i]], pos: pos[i], sentence: sentence[i] }));
const renewAt = process.argv.indexOf('--renew-chars');
if (renewAt > 0) {
  const chars = Number(process.argv[renewAt + 1]);
  if (!Number.isInteger(chars) || chars < 1) throw new Error(`--renew-chars takes a whole number of characters, at least 1 (got ${process.argv[renewAt + 1]})`);
  setNlpRenewChars(chars);
}
const results: BatchResult[] = [];
for (let from = 0; from < docs.length; from += batchSize) results.push(...(await pipeline.runBatch(docs.slice(from, from + batchSize))));
for (const result of results) {
  if (!result.ok) throw result.error;
  const { doc } = result;
  const raw = doc.raw;
  if (dump) appendFileSync(dump, `${JSON.stringify({ id: raw.sourceId, ...Object.fromEntries(FIELDS.map((f) => [f, output(doc, f)])) })}\n`);
  for (const field of FIELDS) {
    const value = JSON.stringify(output(doc, field));
    parts[field].update(value);
    whole.update(value);
  }
}
console.log(`${docs.length} documents`);
for (const field of FIELDS) console.log(`${field.padEnd(11)} ${parts[field].digest('hex').slice(0, 16)}`);
console.log(`all         ${whole.digest('hex')}`);
