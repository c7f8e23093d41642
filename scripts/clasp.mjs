#!/usr/bin/env node
// Runs Google's clasp from tools/clasp (installed there on first use): `node scripts/clasp.mjs push --force`.
import { spawnSync } from 'node:child_process';
import { ensureClasp } from './lib/clasp-tool.mjs';

const result = spawnSync(process.execPath, [ensureClasp(), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
