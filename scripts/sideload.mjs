#!/usr/bin/env node
// Sideloads manifest.xml into desktop Excel with Microsoft's office-addin-debugging, fetched by npx
// on first use. It is not a dependency of the project: it pulls native modules (keytar) that a
// plain install must not build, and only a computer with desktop Excel can use it.
//   npm run sideload [-- --port 3000]
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const OFFICE_ADDIN_DEBUGGING = 'office-addin-debugging@6.1.2';
const MANIFEST = fileURLToPath(new URL('../manifest.xml', import.meta.url));

/** The npx command line that sideloads the manifest; kept apart so its shape can be checked. */
export function sideloadCommand(port) {
  return ['--yes', OFFICE_ADDIN_DEBUGGING, 'start', MANIFEST, 'desktop', '--app', 'excel', '--no-debug', '--no-live-reload', '--dev-server-port', String(port)];
}

/**
 * Runs the sideload; resolves to an error message, or null when it worked. Asynchronous because
 * office-addin-debugging waits for the dev server of the same process to answer.
 */
export function sideload(port) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  return new Promise((done) => {
    const child = spawn(npx, sideloadCommand(port), { stdio: 'inherit', shell: process.platform === 'win32' });
    child.once('error', (error) => done(error.message));
    child.once('exit', (code) => done(code === 0 ? null : `${OFFICE_ADDIN_DEBUGGING} exited with code ${code}`));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '3000' } } });
  const failure = await sideload(Number(values.port));
  if (failure) {
    console.error(`Could not sideload into desktop Excel: ${failure}`);
    process.exit(1);
  }
  console.log('Sideloaded manifest.xml into Excel on this computer.');
}
