// Starts `sitrep serve` in its own process on a free loopback port and returns its base URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, ROOT } from '../../test/helpers/cli.ts';

export async function startServe(db: string, extraArgs: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<{ server: ChildProcess; base: string }> {
  const server = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', ...extraArgs], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env,
  });
  const base = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    server.stderr!.on('data', (d) => {
      stderr += d;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`sitrep serve exited (${code}): ${stderr}`)));
  });
  return { server, base };
}
