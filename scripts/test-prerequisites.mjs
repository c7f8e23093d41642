#!/usr/bin/env node
// Run by `npm test` before anything else: what the suites need beyond node_modules. The browser
// suites need Debian's Chromium at /usr/bin/chromium (no browser can be downloaded by npm here);
// as root with apt it is installed, otherwise the run stops at once with the command to type.
// The browser suites are never skipped.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureClasp } from './lib/clasp-tool.mjs';

export const CHROMIUM = '/usr/bin/chromium';

function installChromium() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Installing Debian’s chromium for the browser tests (apt-get, once)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch {
    return false;
  }
  return existsSync(CHROMIUM);
}

if (!existsSync(CHROMIUM) && !installChromium()) {
  console.error(`npm test: the browser tests need Chromium at ${CHROMIUM}: run \`sudo apt-get install -y chromium\`, then npm test again.`);
  process.exit(1);
}

try {
  ensureClasp({ quiet: true });
} catch {
  console.error('npm test: clasp could not be installed: run `npm ci --prefix tools/clasp`, then npm test again.');
  process.exit(1);
}
