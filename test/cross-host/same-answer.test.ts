/**
 * The same answer in both hosts: the built Excel functions.js and the built Sheets Code.js, each
 * in its harness, on the same tables, compared cell by cell (dates as the wall-clock serial each
 * host shows), in Node processes set to three time zones (Excel runs in the user's zone; Code.js
 * always in its manifest's) and five spreadsheet zones.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddOn } from '../sheets/harness/build';
import { buildAddinInto } from '../excel/built-addin';

const PROCESS_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai'];

interface Report {
  processZone: string;
  cells: number;
  differences: string[];
  digests: Record<string, string>;
}

const reports = new Map<string, Report>();

function run(script: string, zone: string, args: string[]): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, TZ: zone }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Report) : reject(new Error(`compare-hosts in ${zone} failed (${code}): ${err.slice(0, 2000)}`))));
  });
}

beforeAll(async () => {
  const [excelDir, sheetsDir] = await Promise.all([buildAddinInto(), buildAddOn()]);
  const script = join(mkdtempSync(join(tmpdir(), 'ar-cross-host-')), 'compare-hosts.mjs');
  await build({ entryPoints: ['test/cross-host/compare-hosts.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: script, logLevel: 'warning' });
  const done = await Promise.all(PROCESS_ZONES.map((zone) => run(script, zone, [excelDir, sheetsDir])));
  PROCESS_ZONES.forEach((zone, i) => reports.set(zone, done[i]!));
}, 300_000);

describe('Excel and Sheets', () => {
  it.each(PROCESS_ZONES)('give the same cells for every function, table and spreadsheet zone in a process set to %s', (zone) => {
    const report = reports.get(zone)!;
    expect(report.processZone).toBe(zone);
    expect(report.cells).toBeGreaterThan(1500);
    expect(report.differences).toEqual([]);
  });

  it('give Excel’s answers independent of the process zone once Settings names the collector’s zone', () => {
    const [first, ...others] = PROCESS_ZONES.map((z) => reports.get(z)!.digests);
    const named = (d: Record<string, string>) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.includes('no collectorTimeZone')));
    for (const other of others) expect(named(other)).toEqual(named(first!));
  });
});
