// Locates ../shared (tests and benches only) and says clearly when it is absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const SHARED_DIR = fileURLToPath(new URL('../../../shared', import.meta.url));
export const EXAMPLE_PAGE = join(SHARED_DIR, 'examples', '000_d9eb3d74249a51aa.txt');

/** True when the shared data is present; logs why tests are skipped otherwise. */
export function sharedPresent(relative = ''): boolean {
  const path = join(SHARED_DIR, relative);
  const present = existsSync(path);
  if (!present) console.warn(`skipping: ${path} is absent (shared test data sits beside the checkout in CI)`);
  return present;
}
