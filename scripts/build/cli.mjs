// Bundles the command-line plan printer (dist/cli/plan.js) used by `npm run plan`.
import { build } from 'esbuild';

export async function buildCli(_options) {
  await build({
    entryPoints: ['scripts/cli/plan.ts', 'scripts/cli/backtest.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: 'dist/cli',
    logLevel: 'warning',
  });
}
