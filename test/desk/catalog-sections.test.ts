import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { catalogSections } from '../../scripts/build/catalog-sections.mjs';

/** A bundle's texts: only the catalog sections its code still names once tree shaking is done. */
const dir = mkdtempSync(join(tmpdir(), 'catalog-sections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const core = (path: string) => JSON.stringify(resolve('core', path));

async function bundle(source: string): Promise<string> {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(entry, source);
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, logLevel: 'silent', plugins: [catalogSections()] });
  return result.outputFiles[0]!.text;
}

/** Runs an iife bundle and returns what it logged. */
function run(js: string): string[] {
  const logged: string[] = [];
  new Function('console', js)({ log: (...a: unknown[]) => logged.push(a.join(' ')) });
  return logged;
}

describe('the texts a bundle carries', () => {
  it('keeps the sections its code uses, in every language, and drops the others', async () => {
    // The summary's texts and one table of the plan's messages: the plan's reasons are in the same
    // module but unused, so they stay out.
    const js = await bundle(`
      import { SUMMARY_TEXTS } from ${core('summary/texts')};
      import { STAGE_NAMES } from ${core('plan/messages')};
      console.log(SUMMARY_TEXTS.total.pl, SUMMARY_TEXTS.total['zh-CN'], STAGE_NAMES[5].en);
    `);
    expect(run(js)).toEqual(['Razem 合计 agency or court']);
    expect(js).toContain('Kwoty w {currency}.');
    expect(js).not.toContain('About {pct}% is still collectable'); // plan.reason
    expect(js).not.toContain('W pierwszych {rows} wierszach'); // aging
    expect(js).not.toContain('Der Scheck'); // the test-only German catalog is never bundled
  });

  it('fails the build when a section is named by a value it cannot read', async () => {
    await expect(bundle(`
      import { textsOf } from ${core('i18n/catalog')};
      const section = ['summary'][0] as 'summary';
      console.log(textsOf(section).total.en);
    `)).rejects.toThrow(/names its catalog section by a value/);
  });
});
