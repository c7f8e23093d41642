// Google's clasp lives in tools/clasp with a lock of its own: it brings googleapis (over 200 MB)
// and only pushing the Sheets add-on and the test of .clasp.json.example use it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TOOL = fileURLToPath(new URL('../../tools/clasp/', import.meta.url));
export const CLASP_ENTRY = `${TOOL}node_modules/@google/clasp/build/src/index.js`;

/** Installs clasp from tools/clasp/package-lock.json when it is not there yet. */
export function ensureClasp({ quiet = false } = {}) {
  if (existsSync(CLASP_ENTRY)) return CLASP_ENTRY;
  if (!quiet) console.log('Installing clasp into tools/clasp (npm ci, once)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: TOOL, stdio: quiet ? 'ignore' : 'inherit' });
  return CLASP_ENTRY;
}
