/** Builds the add-on exactly as `npm run build` does, into a directory of the test file's own. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
// @ts-expect-error: the build scripts are plain ES modules without type declarations.
import { buildSheets } from '../../../scripts/build/sheets.mjs';
import { setProjectDir } from './apps-script';

/** Builds into `<fresh folder>/dist/sheets`, laid out like the repository so clasp can be pointed at it. */
export async function buildAddOn(): Promise<string> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'ar-calldesk-sheets-')), 'dist', 'sheets');
  await (buildSheets as (o: { quiet: boolean; outDir: string }) => Promise<void>)({ quiet: true, outDir });
  return outDir;
}

/** Builds the add-on once for the calling test file (parallel files never share an output) and points the harness at it. */
export function useBuiltAddOn(): void {
  beforeAll(async () => {
    setProjectDir(await buildAddOn());
  }, 60_000);
}
