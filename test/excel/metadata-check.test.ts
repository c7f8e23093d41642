import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../core/functions/catalog';
// @ts-expect-error: build steps are plain JavaScript without type declarations.
import { checkHostFlags, generateMetadata } from '../../excel-addin/build/metadata.mjs';
// @ts-expect-error: build steps are plain JavaScript without type declarations.
import { functionsSource } from '../../excel-addin/build/functions-source.mjs';

/** Runs the real custom-functions-metadata on a source in a fresh folder, checked against `catalog`. */
async function generate(source: string, catalog: unknown = FUNCTIONS) {
  const dir = mkdtempSync(join(tmpdir(), 'ar-cfm-'));
  writeFileSync(join(dir, 'functions.ts'), source);
  const out = join(dir, 'functions.json');
  try {
    return { result: await generateMetadata(join(dir, 'functions.ts'), out, catalog), written: existsSync(out) };
  } catch (error) {
    return { error: (error as Error).message, written: existsSync(out) };
  }
}

const generated = functionsSource(FUNCTIONS, { callModule: './call', helpUrl: (n: string) => `https://h/help.html#${n}` });

describe('the functions.json build step', () => {
  it('accepts the source written from the catalog', async () => {
    const { result, error } = await generate(generated);
    expect(error).toBeUndefined();
    expect(result.json.functions.map((f: { id: string }) => f.id)).toEqual(FUNCTIONS.map((f) => f.name));
    expect(result.associate.map((a: { id: string }) => a.id)).toEqual(FUNCTIONS.map((f) => f.name));
  });

  it('fails when custom-functions-metadata reports an error, instead of exiting quietly without a file', async () => {
    const broken = generated.replace('@customfunction NEXTCALL NEXTCALL', '@customfunction NEXT-CALL! NEXTCALL');
    const { error, written } = await generate(broken);
    expect(error).toMatch(/custom-functions-metadata rejected/);
    expect(written).toBe(false);
  });

  it('fails when a range became a repeating argument (a 1-D array type)', async () => {
    const oneD = generated.replace('@param {any[][]} aging', '@param {number[]} aging').replace('aging: any[][], call_log', 'aging: number[], call_log');
    const { error } = await generate(oneD);
    expect(error).toMatch(/aging became repeating|aging is scalar/);
  });

  it('fails when a function of the catalog is missing, or one is left over', async () => {
    const { error } = await generate(generated, [...FUNCTIONS, { ...FUNCTIONS[0]!, name: 'PAYDAY' }]);
    expect(error).toMatch(/PAYDAY is missing from functions\.json/);
    const { error: extra } = await generate(generated, FUNCTIONS.slice(1));
    expect(extra).toContain(`functions.json has ${FUNCTIONS.length} functions, the catalog ${FUNCTIONS.length - 1}`);
  });

  it('fails when an optional flag or a parameter name differs from the catalog', async () => {
    const renamed = FUNCTIONS.map((f) => (f.name === 'RISKCLASS' ? { ...f, params: f.params.map((p, i) => (i === 1 ? { ...p, name: 'log', optional: false } : p)) } : f));
    const { error } = await generate(generated, renamed);
    expect(error).toMatch(/RISKCLASS parameter 2 is "call_log", expected "log"/);
    expect(error).toMatch(/optional=true, expected false/);
  });

  it('fails when the source holds no custom function at all', async () => {
    const { error } = await generate('export const nothing = 1;\n');
    expect(error).toMatch(/found no @customfunction/);
  });
});

describe('the flags custom-functions-metadata cannot write', () => {
  it('are added to functions.json, and the build refuses a file without them', async () => {
    const { result } = await generate(generated);
    expect(result.json).toMatchObject({ allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true });
    expect(() => checkHostFlags({ ...result.json, allowErrorForDataTypeAny: false })).toThrow(/allowErrorForDataTypeAny/);
    expect(() => checkHostFlags(result.json)).not.toThrow();
  });
});
