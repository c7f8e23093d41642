// Loads the core's function catalog (TypeScript) into the Node build, so every generated artefact
// (Excel's JSDoc source, functions.json and help page; the Apps Script wrappers) comes from the one list.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function loadCatalog() {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../../core/functions/catalog.ts', import.meta.url))],
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
