#!/usr/bin/env node
// The one build script: bundles every part of AR CallDesk with esbuild into dist/.
//   node scripts/build.mjs [--base-url https://your.host/path] [--only cli,desk,excel,sheets]
import { parseArgs } from 'node:util';
import { buildCli } from './build/cli.mjs';
import { buildDesk } from './build/desk.mjs';
import { buildExcel } from './build/excel.mjs';
import { buildSheets } from './build/sheets.mjs';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string', default: 'https://localhost:3000' },
    only: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const parts = { cli: buildCli, desk: buildDesk, excel: buildExcel, sheets: buildSheets };
const wanted = values.only ? values.only.split(',') : Object.keys(parts);
const options = { baseUrl: values['base-url'].replace(/\/+$/, ''), quiet: values.quiet };

for (const name of wanted) {
  const part = parts[name];
  if (!part) {
    console.error(`Unknown part "${name}". Known parts: ${Object.keys(parts).join(', ')}`);
    process.exit(2);
  }
  const started = performance.now();
  try {
    // Order matters: desk first, because the Excel task pane and the Sheets sidebar embed its bundle.
    await part(options);
  } catch (error) {
    console.error(`Build of ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (!options.quiet) console.log(`built ${name} in ${Math.round(performance.now() - started)} ms`);
}
