#!/usr/bin/env node
// Bundles scripts/bench.ts with esbuild and runs it with enough heap for a 1,048,576-row sheet.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { buildSheets } from './build/sheets.mjs';

// The cold start runs the Code.js `npm run build` makes, built here into a folder of the bench's own.
await buildSheets({ quiet: true, outDir: 'dist/bench/sheets' });

await build({ entryPoints: ['scripts/bench.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: 'dist/bench/bench.js', logLevel: 'warning' });
const run = spawnSync(process.execPath, ['--max-old-space-size=8192', 'dist/bench/bench.js'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
