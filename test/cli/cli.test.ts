import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.ts';

let dir: string;
const ARTICLE = 'Security forces arrested 12 protesters in the capital on Monday, police said.';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
});

describe('sitrep command', () => {
  it('prints help for every command and exits 2 on bad usage', async () => {
    for (const name of ['extract', 'ingest', 'events', 'lookup', 'eval', 'serve']) {
      const help = await runCli([name, '--help']);
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toMatch(/Usage: sitrep/);
    }
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['constructor'])).code).toBe(2);
    expect((await runCli(['events', '--limit', 'ten'])).stderr).toMatch(/--limit must be a positive whole number/);
    expect((await runCli(['events', '--since', 'yesterday'])).code).toBe(2);
    expect((await runCli(['extract', '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['ingest'])).code).toBe(2);
  });

  it('extract prints one pretty record for one document and jsonl for several', async () => {
    writeFileSync(join(dir, 'one.txt'), ARTICLE);
    writeFileSync(join(dir, 'two.jsonl'), [
      JSON.stringify({ id: 'w1', text: ARTICLE, published: '2024-04-01' }),
      JSON.stringify({ id: 'w2', text: 'Rebels shelled a village near the border on Tuesday.' }),
    ].join('\n'));
    const single = await runCli(['extract', join(dir, 'one.txt')]);
    expect(single.code).toBe(0);
    const record = JSON.parse(single.stdout);
    expect(record.schemaVersion).toBe('1');
    expect(record.article.sourceId).toBe(join(dir, 'one.txt'));
    expect(single.stdout.split('\n').length).toBeGreaterThan(10);

    const several = await runCli(['extract', join(dir, 'two.jsonl')]);
    const lines = several.stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).article.sourceId)).toEqual(['w1', 'w2']);

    const stdin = await runCli(['extract', '-', '--format', 'jsonl'], { input: ARTICLE });
    expect(JSON.parse(stdin.stdout).article.body).toBe(ARTICLE);
  });

  it('extract goes on past a bad document and exits 1', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = await runCli(['extract', join(dir, 'empty.txt'), join(dir, 'one.txt'), '--format', 'jsonl']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: .*empty\.txt: empty file/);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('ingest is idempotent and summarises what it did', async () => {
    const db = join(dir, 'idem.db');
    const first = await runCli(['ingest', join(ROOT, 'examples'), '--db', db]);
    expect(first.code).toBe(0);
    const stored = Number(/stored (\d+)/.exec(first.stderr)?.[1]);
    expect(stored).toBeGreaterThanOrEqual(10);
    expect(first.stderr).toMatch(new RegExp(`read ${stored}, stored ${stored}, duplicates skipped 0, failed 0`));
    const second = await runCli(['ingest', join(ROOT, 'examples'), '--db', db]);
    expect(second.stderr).toMatch(new RegExp(`read ${stored}, stored 0, duplicates skipped ${stored}, failed 0`));
    const count = new Database(db, { readonly: true }).prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number };
    expect(count.n).toBe(stored);
    const events = await runCli(['events', '--db', db, '--format', 'json']);
    expect(events.code).toBe(0);
    expect(Array.isArray(JSON.parse(events.stdout))).toBe(true);
  });

  it('ingest reports a failed document, stores the rest and exits 1', async () => {
    const db = join(dir, 'partial.db');
    const result = await runCli(['ingest', join(dir, 'empty.txt'), join(dir, 'missing.txt'), join(dir, 'two.jsonl'), '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/read 2, stored 2, duplicates skipped 0, failed 2/);
  });

  it('ingest skips a repeat of a document still waiting in the same pipeline batch', async () => {
    const input = join(dir, 'repeats.jsonl');
    const lines = ['Gunmen attacked a convoy near the border on Sunday, killing four people.', 'Floods forced hundreds of families from their homes in the delta.'];
    writeFileSync(input, [lines[0], lines[1], lines[0]].map((text, i) => JSON.stringify({ id: `r-${i}`, text })).join('\n'));
    const result = await runCli(['ingest', input, '--db', join(dir, 'repeats.db')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/read 3, stored 2, duplicates skipped 1, failed 0/);
  });

  it('a killed ingest, run again, stores every document exactly once', async () => {
    const total = 1500;
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, Array.from({ length: total }, (_, i) => JSON.stringify({
      id: `doc-${i}`,
      text: `Report ${i}. Police said gunmen attacked a convoy near the town of Area${i} on Sunday, killing ${i % 7 + 1} people. ` +
        'Officials said the army launched an operation in the district. '.repeat(20),
    })).join('\n'));
    const db = join(dir, 'killed.db');
    const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--batch', '10', '--quiet'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let storedAtKill = 0;
    for (let i = 0; i < 3000 && storedAtKill === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      try {
        const peek = new Database(db, { readonly: true, fileMustExist: true });
        storedAtKill = (peek.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
        peek.close();
      } catch { /* not created yet */ }
    }
    child.kill('SIGKILL');
    await exited;
    expect(storedAtKill).toBeGreaterThan(0);
    const afterKill = new Database(db, { readonly: true });
    const partial = (afterKill.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    afterKill.close();
    expect(partial).toBeLessThan(total);

    const rerun = await runCli(['ingest', input, '--db', db, '--quiet']);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`read ${total}, stored ${total - partial}, duplicates skipped ${partial}, failed 0`));
    const check = new Database(db, { readonly: true });
    const rows = check.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT source_id) AS ids, COUNT(DISTINCT content_hash) AS hashes FROM articles').get();
    expect(rows).toEqual({ n: total, ids: total, hashes: total });
    check.close();
  }, 300_000);
});
