import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp, DEFAULT_BODY_LIMIT, DEFAULT_WEB_ROOT } from '../../api/app.ts';
import { ReadPool, withReadPool } from '../../store/read-pool.ts';
import { SqliteStore } from '../../store/sqlite.ts';
import { parseOptions, positiveInteger, UsageError, type Command } from '../options.ts';

const help = `Usage: sitrep serve [options]

Serves the event ledger: a JSON API under /api (its OpenAPI description at
/api/openapi.json) and the dashboard at /. When the dashboard has not been built
(web/dist), it is built first with Vite.

Writing (POST /api/documents) is disabled unless the environment variable
SITREP_TOKEN is set; clients then send "Authorization: Bearer <token>".

Options:
  --db FILE            SQLite store (default ./sitrep.db; created when missing)
  --port N             TCP port (default 8080; 0 picks a free one)
  --host HOST          address to listen on (default 127.0.0.1; 0.0.0.0 exposes it)
  --body-limit BYTES   largest request body (default ${DEFAULT_BODY_LIMIT})
  --read-workers N     answer event pages on N worker threads, each with its own
                       read-only connection (default 0: on the server's thread)
  --no-web             serve the API only
  -h, --help           show this help`;

/** Builds the dashboard into web/dist with Vite (a dev dependency); false when Vite is unavailable. */
async function buildDashboard(): Promise<boolean> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    return false;
  }
  process.stderr.write('sitrep serve: building the dashboard (web/dist) once...\n');
  await vite.build({ configFile: fileURLToPath(new URL('../../../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
  return true;
}

export const command: Command = {
  summary: 'serve the HTTP API and the dashboard',
  help,
  async run(argv) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'body-limit': { type: 'string' },
      'read-workers': { type: 'string' },
      'no-web': { type: 'boolean' },
    }, false);
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a whole number from 0 (any free port) to 65535, got "${values.port}"`);
    }
    const host = values.host ?? '127.0.0.1';
    const dbPath = values.db ?? 'sitrep.db';
    const token = process.env.SITREP_TOKEN?.trim() || null;

    let webRoot: string | null = values['no-web'] ? null : DEFAULT_WEB_ROOT;
    if (webRoot && !existsSync(webRoot) && !(await buildDashboard())) {
      process.stderr.write('sitrep serve: the dashboard is not built and Vite is not installed (run `npm ci && npm run build:web`); serving the API only\n');
      webRoot = null;
    }

    const readWorkers = values['read-workers'] === undefined ? 0 : Number(values['read-workers']);
    if (!Number.isInteger(readWorkers) || readWorkers < 0 || readWorkers > 16) {
      throw new UsageError(`--read-workers must be a whole number from 0 to 16, got "${values['read-workers']}"`);
    }

    const local = new SqliteStore(dbPath);
    await local.migrate();
    const store = readWorkers > 0 ? withReadPool(local, new ReadPool(dbPath, readWorkers)) : local;
    const app = await buildApp({ store, token, webRoot, bodyLimit: positiveInteger(values['body-limit'], '--body-limit') });
    const address = await app.listen({ port, host });
    process.stderr.write(`sitrep serve: ${address} (store ${dbPath}; writing ${token ? 'enabled with SITREP_TOKEN' : 'disabled'})\n`);

    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await app.close();
    await store.close();
    return 0;
  },
};
