import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: the build step is plain JavaScript without type declarations.
import { buildExcel } from '../../scripts/build/excel.mjs';

/** Builds the Excel add-in into a fresh folder of its own, so test files never race on dist/. */
export async function buildAddinInto(baseUrl = 'https://localhost:3000'): Promise<string> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'ar-excel-')), 'excel');
  await buildExcel({ baseUrl, quiet: true, outDir });
  return outDir;
}
