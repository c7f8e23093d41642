// Loads the core's function catalog (TypeScript) into the Node build, so the Apps Script wrappers
// come from the one list the Excel metadata comes from.
import { build } from 'esbuild';

export async function loadCatalog() {
  const out = await build({
    entryPoints: ['core/functions/catalog.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.FUNCTIONS;
}
