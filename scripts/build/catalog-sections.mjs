// Which texts go into a bundle. Every text of the product lives in one catalog per language
// (core/i18n/languages/), but a bundle shows only some of them: the sidebar never writes an aging
// reader's message, the spreadsheet functions never show a call script. A bundler cannot drop the
// properties of an object, so without this every bundle would carry every text in every language.
// Before the build, a first pass bundles the code without the texts; the sections that code still
// names once tree shaking is done (`textsOf('plan.stage')`, `message('language', 'name', …)`) are
// kept in each catalog, and the rest are left out. A section named by anything but a literal fails the build, so no text a
// bundle asks for can be missing at run time.
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';

/** A language file, or the registry (index.ts) that lists them (esbuild's filters have no lookahead). */
const LANGUAGES_DIR = /(?:^|[\\/])core[\\/]i18n[\\/]languages[\\/][^\\/]+\.ts$/;
const REGISTRY = /[\\/]index\.ts$/;
const USE = /(?<![\w.$]|function )((?:textsOf|message)\d*)\(\s*([^,)]*)/g;

/**
 * The catalog sections a bundle's code names, read from the bundle itself once tree shaking has
 * dropped what it does not use (the calls are marked pure, so an unused table goes with its
 * module's other dead code). esbuild may rename a function to `textsOf2`.
 */
function sectionsNamed(js) {
  const sections = new Set();
  for (const [, fn, arg] of js.matchAll(USE)) {
    const literal = /^'([^']+)'$|^"([^"]+)"$/.exec(arg.trim());
    if (!literal) throw new Error(`${fn}(${arg.trim()}…) names its catalog section by a value; name it by a literal so the build knows the bundle needs it`);
    sections.add(literal[1] ?? literal[2]);
  }
  return sections;
}

/** A catalog file (pure data) with only the kept sections, as JavaScript. */
async function prunedCatalog(path, keep) {
  const { code } = await transform(await readFile(path, 'utf8'), { loader: 'ts', format: 'cjs' });
  const module = { exports: {} };
  new Function('exports', 'module', code)(module.exports, module);
  let out = '';
  for (const [name, catalog] of Object.entries(module.exports)) {
    const messages = Object.fromEntries(Object.entries(catalog.messages).filter(([section]) => keep.has(section)));
    out += `export const ${name} = ${JSON.stringify({ ...catalog, messages })};\n`;
  }
  return out;
}

/** An esbuild plugin: build with it after the bundle's other plugins. */
export function catalogSections() {
  return {
    name: 'catalog-sections',
    setup(b) {
      let keep = null;
      b.onStart(async () => {
        const { entryPoints, platform, format, target, conditions, mainFields, absWorkingDir, plugins = [] } = b.initialOptions;
        // The first pass bundles the catalogs without their texts: a text is never read as code.
        const emptyCatalogs = { name: 'empty-catalogs', setup: (p) => p.onLoad({ filter: LANGUAGES_DIR }, async (args) => (REGISTRY.test(args.path) ? undefined : { contents: await prunedCatalog(args.path, new Set()), loader: 'js' })) };
        const others = plugins.filter((p) => p.name !== 'catalog-sections');
        const listing = await build({ entryPoints, platform, format, target, conditions, mainFields, plugins: [...others, emptyCatalogs], absWorkingDir, bundle: true, write: false, minify: false, logLevel: 'silent', outdir: 'out' });
        keep = new Set(listing.outputFiles.filter((f) => /\.js$/.test(f.path)).flatMap((f) => [...sectionsNamed(f.text)]));
      });
      b.onLoad({ filter: LANGUAGES_DIR }, async (args) => (REGISTRY.test(args.path) ? undefined : { contents: await prunedCatalog(args.path, keep), loader: 'js' }));
    },
  };
}
