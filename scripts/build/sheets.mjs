// Builds the Google Sheets add-on into dist/sheets/, the rootDir clasp pushes:
//   Code.js          the shell and core as one IIFE global (ARCallDesk), followed by the generated
//                    top-level functions Apps Script calls (custom functions with @customfunction
//                    JSDoc, onOpen, menu items, google.script.run targets);
//   Sidebar.html     the shared call desk with its JS and CSS inlined;
//   appsscript.json  V8, the two scopes the add-on needs.
import { build } from 'esbuild';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { loadCatalog } from './catalog.mjs';
import { catalogSections } from './catalog-sections.mjs';
import { holidayBundling } from './holiday-data.mjs';
import { footerSource, GLOBAL_NAME } from '../../sheets-addon/build/entry-points.mjs';
import { sidebarHtml } from '../../sheets-addon/build/sidebar-html.mjs';

const DIST = 'dist/sheets';

async function buildServer(catalog) {
  const result = await build({
    entryPoints: ['sheets-addon/server/main.ts'],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    // Apps Script's V8 runtime; older syntax costs nothing and avoids runtime surprises.
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    inject: ['sheets-addon/server/apps-script-globals.ts'],
    plugins: [holidayBundling(), catalogSections()],
    minify: true,
    legalComments: 'none',
    banner: { js: '// AR CallDesk for Google Sheets. Built by scripts/build/sheets.mjs from sheets-addon/ and core/: do not edit here.' },
    footer: { js: footerSource(catalog) },
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

async function buildSidebar() {
  const result = await build({
    entryPoints: { sidebar: 'sheets-addon/sidebar/main.ts' },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    outdir: 'sidebar-out',
    logLevel: 'warning',
    plugins: [catalogSections()],
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  if (!js) throw new Error('The sidebar bundle is empty.');
  return sidebarHtml({ js, css, title: 'Call Desk' });
}

/** `options.outDir` lets the tests build their own copy instead of racing over dist/sheets. */
export async function buildSheets(options = {}) {
  const OUT = options.outDir ?? DIST;
  const catalog = await loadCatalog();
  const [code, html] = await Promise.all([buildServer(catalog), buildSidebar()]);
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  await writeFile(`${OUT}/Code.js`, code);
  await writeFile(`${OUT}/Sidebar.html`, html);
  await copyFile('sheets-addon/appsscript.json', `${OUT}/appsscript.json`);
  if (!options.quiet) {
    const kib = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KiB (${(gzipSync(s).length / 1024).toFixed(0)} KiB gzipped)`;
    console.log(`sheets: ${OUT}/Code.js ${kib(code)}, ${OUT}/Sidebar.html ${kib(html)}, ${catalog.length} custom functions`);
  }
}
