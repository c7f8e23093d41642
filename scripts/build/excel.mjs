// Builds the Excel add-in into dist/excel/: functions.js + functions.json (generated from the core's
// catalog through Microsoft's custom-functions-metadata), the task pane, icons, help page and the
// manifest for options.baseUrl. See excel-addin/build/ for each step.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from './catalog.mjs';
import { catalogSections } from './catalog-sections.mjs';
import { holidayBundling } from './holiday-data.mjs';
import { functionsSource } from '../../excel-addin/build/functions-source.mjs';
import { generateMetadata } from '../../excel-addin/build/metadata.mjs';
import { helpPage } from '../../excel-addin/build/help-page.mjs';
import { drawIcon, ICON_SIZES } from '../../excel-addin/build/icons.mjs';
import { manifestXml } from '../../excel-addin/build/manifest.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fromRoot = (path) => resolve(ROOT, path);

/**
 * @param {{ baseUrl?: string, quiet?: boolean, outDir?: string }} options outDir (default dist/excel)
 *   lets tests build into a folder of their own; the generated source goes next to it.
 */
export async function buildExcel(options = {}) {
  const baseUrl = options.baseUrl ?? 'https://localhost:3000';
  const OUT = resolve(options.outDir ?? fromRoot('dist/excel'));
  const GENERATED = `${OUT}-src`;
  const catalog = await loadCatalog();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(`${OUT}/assets`, { recursive: true });
  rmSync(GENERATED, { recursive: true, force: true });
  mkdirSync(GENERATED, { recursive: true });

  const source = `${GENERATED}/functions.ts`;
  writeFileSync(
    source,
    functionsSource(catalog, {
      callModule: fromRoot('excel-addin/functions/call-function.ts'),
      helpUrl: (name) => `${baseUrl}/help.html#${name}`,
    }),
  );
  const { associate } = await generateMetadata(source, `${OUT}/functions.json`, catalog);

  // What the webpack custom-functions plugin does: register each function under its metadata id.
  const entry = `${GENERATED}/functions-entry.ts`;
  writeFileSync(
    entry,
    [
      '/// <reference types="custom-functions-runtime" />',
      `import * as fns from ${JSON.stringify(resolve(source))};`,
      `import { exposeRuntime } from ${JSON.stringify(fromRoot('excel-addin/functions/runtime-exports.ts'))};`,
      'exposeRuntime();',
      ...associate.map((a) => `CustomFunctions.associate(${JSON.stringify(a.id)}, fns.${a.functionName});`),
      '',
    ].join('\n'),
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    sourcemap: false,
    outfile: `${OUT}/functions.js`,
    logLevel: 'warning',
    legalComments: 'none',
    // The holiday calendars without what the planner never reads (scripts/build/holiday-data.mjs).
    plugins: [holidayBundling(), catalogSections()],
  });

  await build({
    entryPoints: { taskpane: fromRoot('excel-addin/taskpane/taskpane.ts') },
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    outdir: OUT,
    loader: { '.png': 'file', '.svg': 'file', '.woff2': 'file' },
    logLevel: 'warning',
    legalComments: 'none',
    // The holiday calendars without what the planner never reads (scripts/build/holiday-data.mjs).
    plugins: [holidayBundling(), catalogSections()],
  });
  writeFileSync(`${OUT}/taskpane.html`, readFileSync(fromRoot('excel-addin/taskpane/taskpane.html'), 'utf8'));

  writeFileSync(`${OUT}/help.html`, helpPage(catalog));
  for (const size of ICON_SIZES) writeFileSync(`${OUT}/assets/icon-${size}.png`, drawIcon(size));
  writeFileSync(`${OUT}/manifest.xml`, manifestXml(baseUrl));
}
