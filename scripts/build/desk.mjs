// Builds the call desk preview (dist/preview/: index.html, preview.js, preview.css): the sample
// workbook, its computed columns and the shared sidebar on an in-memory port. Every URL in the
// page is relative, so it works from any origin and path. Also reports the gzip size of the
// sidebar alone (what the Excel task pane and the Sheets sidebar embed).
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { catalogSections } from './catalog-sections.mjs';
import { holidayBundling } from './holiday-data.mjs';

const OUT = 'dist/preview';

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AR CallDesk — preview</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./preview.css">
</head>
<body>
<noscript>The AR CallDesk preview needs JavaScript.</noscript>
<script src="./preview.js"></script>
</body>
</html>
`;

/**
 * The sidebar alone (JS + CSS), minified and built in memory: its texts, and its size raw and
 * gzipped. The Sheets sidebar inlines these into one HTML page.
 */
export async function sidebarBundle() {
  const result = await build({
    entryPoints: { sidebar: 'core/ui/sidebar/mount.ts' },
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    write: false,
    outdir: 'out',
    logLevel: 'warning',
    plugins: [catalogSections()],
  });
  const bundle = { files: [], raw: 0, gzip: 0 };
  for (const file of result.outputFiles) {
    bundle.files.push({ name: file.path.split(/[\\/]/).pop(), text: file.text });
    bundle.raw += file.contents.length;
    bundle.gzip += gzipSync(file.contents, { level: 9 }).length;
  }
  return bundle;
}

export async function buildDesk(options = {}) {
  await mkdir(OUT, { recursive: true });
  await build({
    entryPoints: { preview: 'core/ui/preview/main.ts' },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    sourcemap: 'linked',
    outdir: OUT,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [holidayBundling(), catalogSections()],
  });
  await writeFile(`${OUT}/index.html`, INDEX_HTML);
  if (!options.quiet) {
    const size = await sidebarBundle();
    console.log(`desk: ${OUT}/index.html; sidebar bundle ${(size.raw / 1024).toFixed(1)} KiB, ${(size.gzip / 1024).toFixed(1)} KiB gzipped`);
  }
}
