// Shared set-up for the browser tests: a fresh dashboard build, the fixture store behind
// the real app on a loopback port, and Debian's headless Chromium.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { fixtureServer, type FixtureServer } from '../api/helpers.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
/** Outside CI a missing browser skips the tests; in CI it fails them. */
export const SKIP_BROWSER = !HAS_CHROMIUM && !process.env.CI;
if (SKIP_BROWSER) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  if (!HAS_CHROMIUM) throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Builds the dashboard into a temp folder, so tests never serve a stale web/dist. */
export async function buildDashboard(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  await build({
    configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function servedDashboard(webRoot: string): Promise<{ server: FixtureServer; url: string }> {
  const server = await fixtureServer({ webRoot });
  const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  return { server, url };
}
