import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { fixtureRecords } from '../fixtures/api/records.ts';
import { BIN, ROOT, runCli } from '../helpers/cli.ts';

describe('sitrep serve', () => {
  it('serves the store until SIGTERM, with writing disabled without SITREP_TOKEN', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
    const db = join(dir, 'served.db');
    const store = new SqliteStore(db);
    await store.migrate();
    await store.saveRecords(fixtureRecords());
    await store.close();

    const env = { ...process.env };
    delete env.SITREP_TOKEN;
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--no-web'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let stderr = '';
      const address = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (d) => {
          stderr += d;
          const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
          if (match) resolve(match[1]);
        });
        child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
      });
      expect(stderr).toMatch(/writing disabled/);
      const stats = await (await fetch(`${address}/api/stats`)).json();
      expect(stats.events).toBe(11);
      const post = await fetch(`${address}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
      expect(post.status).toBe(403);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a bad port with usage exit 2', async () => {
    const result = await runCli(['serve', '--port', '70000']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--port/);
  });

  it('rejects a bad worker count with usage exit 2', async () => {
    const result = await runCli(['serve', '--read-workers', 'two']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--read-workers/);
  });
});
