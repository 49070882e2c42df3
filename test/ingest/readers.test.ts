import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocuments, type ReadResult } from '../../src/ingest/readers.ts';

const ARTICLE = 'Protesters marched through the centre of Nairobi on Thursday, demanding lower fuel prices.\n';
let dir: string;

async function readAll(paths: string[], maxBytes = 20 * 1024 * 1024): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const r of readDocuments(paths, { maxBytes })) results.push(r);
  return results;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-readers-'));
});

describe('readers', () => {
  it('reads text, html, gzipped html and jsonl, keeping ids and metadata', async () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.html.gz'), gzipSync(`<html><body><p>${ARTICLE}</p></body></html>`));
    writeFileSync(join(dir, 'c.jsonl'), [
      JSON.stringify({ id: 'wire-1', text: ARTICLE, url: 'https://example.org/1', published: '2024-05-02', outlet: 'Example Wire' }),
      JSON.stringify({ id: 42, html: `<p>${ARTICLE}</p>` }),
    ].join('\n') + '\n');
    const results = await readAll([join(dir, 'a.txt'), join(dir, 'b.html.gz'), join(dir, 'c.jsonl')]);
    expect(results.every((r) => r.ok)).toBe(true);
    const docs = results.map((r) => (r.ok ? r.doc : null)!);
    expect(docs.map((d) => d.kind)).toEqual(['text', 'html', 'text', 'html']);
    expect(docs[2]).toMatchObject({ sourceId: 'wire-1', url: 'https://example.org/1', published: '2024-05-02', outlet: 'Example Wire' });
    expect(docs[3].sourceId).toBe('42');
    expect(docs[1].content).toContain('Nairobi');
  });

  it('walks directories recursively in sorted order, skipping unknown extensions', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'z', 'deeper'), { recursive: true });
    writeFileSync(join(tree, 'b.txt'), 'Second document about a ceasefire in the north.');
    writeFileSync(join(tree, 'a.txt'), 'First document about talks in Geneva.');
    writeFileSync(join(tree, 'z', 'deeper', 'c.htm'), '<p>Third document about an airstrike.</p>');
    writeFileSync(join(tree, 'notes.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const results = await readAll([tree]);
    expect(results.map((r) => (r.ok ? r.doc.origin.replace(tree, '') : r.error))).toEqual(['/a.txt', '/b.txt', '/z/deeper/c.htm']);
  });
});

describe('bad input: each gets a clear error and the batch goes on', () => {
  it('an empty file', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    const results = await readAll([join(dir, 'empty.txt'), join(dir, 'good.txt')]);
    expect(results[0]).toMatchObject({ ok: false, error: 'empty file' });
    expect(results[1].ok).toBe(true);
  });

  it('a binary file', async () => {
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 0, 0]));
    const [result] = await readAll([join(dir, 'photo.txt')]);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/binary/) });
  });

  it('invalid UTF-8 is decoded with replacement and reported', async () => {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Troops entered the town of '), Buffer.from([0xff]), Buffer.from(' at dawn '), Buffer.from([0xfe]), Buffer.from('.')]));
    const [result] = await readAll([join(dir, 'latin1.txt')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.content).toContain('\uFFFD');
    expect(result.doc.warnings[0]).toMatch(/invalid UTF-8: 2 byte sequence\(s\) replaced/);
  });

  it('a 50 MB text file is refused with its size, and the next file is read', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'word '));
    writeFileSync(join(dir, 'after.txt'), ARTICLE);
    const results = await readAll([big, join(dir, 'after.txt')]);
    expect(results[0]).toMatchObject({ ok: false, error: expect.stringMatching(/file is 50\.0 MB, larger than the 20\.0 MB limit/) });
    expect(results[1].ok).toBe(true);
  });

  it('a 50 MB text file is read when the limit allows it', async () => {
    const [result] = await readAll([join(dir, 'big.txt')], 64 * 1024 * 1024);
    expect(result.ok && result.doc.content.length).toBe(50 * 1024 * 1024);
  });

  it('a truncated .gz', async () => {
    const whole = gzipSync(`<html><body><p>${ARTICLE.repeat(50)}</p></body></html>`);
    writeFileSync(join(dir, 'cut.html.gz'), whole.subarray(0, Math.floor(whole.length / 2)));
    const [result] = await readAll([join(dir, 'cut.html.gz')]);
    expect(result).toMatchObject({ ok: false, error: 'corrupt or truncated gzip data' });
  });

  it('a malformed JSONL line is reported with its line number; the other lines are read', async () => {
    writeFileSync(join(dir, 'mixed.jsonl'), [
      JSON.stringify({ id: 'one', text: ARTICLE }),
      '{"id": "two", "text": "unterminated',
      '',
      JSON.stringify({ id: 'four' }),
      '[1, 2]',
      JSON.stringify({ id: 'six', text: ARTICLE + ' Another.' }),
    ].join('\n'));
    const results = await readAll([join(dir, 'mixed.jsonl')]);
    expect(results.map((r) => (r.ok ? r.doc.sourceId : r.error.split(':')[0]))).toEqual(['one', 'line 2', 'line 4', 'line 5', 'six']);
    expect(results[1]).toMatchObject({ ok: false, origin: expect.stringMatching(/mixed\.jsonl:2$/), error: expect.stringMatching(/malformed JSON/) });
    expect(results[2]).toMatchObject({ error: expect.stringMatching(/needs a non-empty "text" or "html"/) });
  });

  it('an unreadable or missing path', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, ARTICLE);
    chmodSync(locked, 0o000);
    const results = await readAll([join(dir, 'missing.txt'), locked, join(dir, 'good.txt')]);
    expect(results[0]).toMatchObject({ ok: false, error: expect.stringMatching(/no such file or directory/) });
    // root can read a 0o000 file; either way the batch goes on to the next document.
    if (process.getuid?.() !== 0) expect(results[1]).toMatchObject({ ok: false, error: expect.stringMatching(/permission denied/) });
    expect(results[2].ok).toBe(true);
  });

  it('a directory that cannot be listed', async () => {
    const results = await readAll(['/proc/1/fd', join(dir, 'good.txt')]);
    expect(results[results.length - 1].ok).toBe(true);
  });
});
