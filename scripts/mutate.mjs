// Mutation testing of the rule folders, one folder at a time so a slow machine shows progress
// and an interrupted run keeps what it finished. Each folder has its own incremental file: a
// second run retests only mutants whose code or tests changed.
//
//   npm run mutate                      every folder
//   npm run mutate -- core/schedule     one folder (or several, or a file: core/schedule/rules.ts)
//   npm run mutate -- --concurrency 1   passed on to Stryker
//   MUTATE_TESTS='test/coerce/**/*.test.ts' npm run mutate -- core/coerce
//                                       only those suites (see vitest.mutate.config.ts): a quick
//                                       lower bound, kept in files of its own (`-own`)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const FOLDERS = ['core/schedule', 'core/settings', 'core/history', 'core/calendar', 'core/text', 'core/coerce'];
const args = process.argv.slice(2);
const folders = args.filter((a) => a.startsWith('core/'));
const passOn = args.filter((a) => !a.startsWith('core/'));
const results = [];

for (const folder of folders.length ? folders : FOLDERS) {
  // A pass over a folder's own suites keeps its own incremental file: its results, from fewer
  // tests, must not be reused as if the whole suite had run.
  const name = folder.replace(/\.ts$/, '').replace(/\//g, '-') + (process.env.MUTATE_TESTS ? '-own' : '');
  const started = Date.now();
  // The CLI takes no nested options: each folder gets a config of its own, extending the shared one.
  mkdirSync('reports/mutation', { recursive: true });
  const config = {
    ...JSON.parse(readFileSync('stryker.config.json', 'utf8')),
    mutate: [folder.endsWith('.ts') ? folder : `${folder}/**/*.ts`],
    incrementalFile: `reports/stryker-incremental-${name}.json`,
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
  };
  delete config.$schema;
  const configFile = `reports/stryker-${name}.config.json`;
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const run = spawnSync('npx', ['stryker', 'run', configFile, ...passOn], {
    stdio: 'inherit',
    // The scheduler properties run fewer cases per mutant; their own runs stay the full number.
    env: { ...process.env, PROPERTY_RUNS: process.env.PROPERTY_RUNS ?? '60' },
  });
  const minutes = (Date.now() - started) / 60_000;
  let score = null;
  try {
    const report = JSON.parse(readFileSync(`reports/mutation/${name}.json`, 'utf8'));
    const all = Object.values(report.files).flatMap((f) => f.mutants);
    const count = (s) => all.filter((m) => m.status === s).length;
    const detected = count('Killed') + count('Timeout');
    const undetected = count('Survived') + count('NoCoverage');
    score = { detected, undetected, score: detected + undetected ? (100 * detected) / (detected + undetected) : 100 };
  } catch {
    // No report: Stryker failed before writing one; its output says why.
  }
  results.push({ folder, minutes, status: run.status, ...score });
}

console.log('\nfolder            score   killed  survived  minutes');
for (const r of results) {
  console.log(`${r.folder.padEnd(17)} ${r.score === undefined ? '   —  ' : `${r.score.toFixed(1).padStart(5)}%`}  ${String(r.detected ?? '—').padStart(6)}  ${String(r.undetected ?? '—').padStart(8)}  ${r.minutes.toFixed(1).padStart(7)}`);
}
process.exit(results.some((r) => r.status !== 0) ? 1 : 0);
