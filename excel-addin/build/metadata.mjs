// Runs Microsoft's custom-functions-metadata on the generated source and refuses anything short of
// a functions.json that lists exactly the catalog's functions. The tool's command line exits 0 on
// errors without writing the file, so its library is called and every outcome is checked here.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * @returns {Promise<{ json: any, associate: { id: string, functionName: string }[] }>}
 */
export async function generateMetadata(sourceFile, outFile, catalog) {
  try {
    require.resolve('typescript');
  } catch {
    throw new Error('custom-functions-metadata needs the "typescript" package, which is not installed.');
  }
  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
  const startedAt = Date.now();
  const result = await generateCustomFunctionsMetadata(sourceFile, false);
  if (result.errors.length > 0) {
    throw new Error(`custom-functions-metadata rejected ${sourceFile}:\n  ${result.errors.join('\n  ')}`);
  }
  if (!result.metadataJson) throw new Error(`custom-functions-metadata found no @customfunction in ${sourceFile}.`);
  writeFileSync(outFile, withHostFlags(result.metadataJson));

  if (!existsSync(outFile)) throw new Error(`${outFile} was not written.`);
  if (statSync(outFile).mtimeMs < startedAt - 1000) throw new Error(`${outFile} is stale: it predates this build.`);
  const json = JSON.parse(readFileSync(outFile, 'utf8'));
  checkAgainstCatalog(json, catalog);
  checkHostFlags(json);
  return { json, associate: result.associate };
}

/**
 * The top-level flags custom-functions-metadata cannot write: the JSDoc autogeneration knows no tag
 * for allowErrorForDataTypeAny ("can only be used with manually created JSON metadata",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs).
 * Without it Excel does not run a function at all when any cell of its ranges holds an error, so
 * one #N/A from a lookup in an exported aging sheet would blank every function.
 */
export const HOST_FLAGS = { allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true };

/** The generated metadata with HOST_FLAGS set, flags first as in Microsoft's examples. */
export function withHostFlags(metadataJson) {
  const generated = JSON.parse(metadataJson);
  return JSON.stringify({ ...HOST_FLAGS, ...generated, ...HOST_FLAGS }, null, 4);
}

/** Throws unless every flag of HOST_FLAGS is set in functions.json. */
export function checkHostFlags(json) {
  const missing = Object.entries(HOST_FLAGS).filter(([k, v]) => json[k] !== v).map(([k]) => k);
  if (missing.length > 0) throw new Error(`functions.json lacks ${missing.join(', ')}: Excel would not run the functions over error cells or data types.`);
}

/** Throws unless functions.json has exactly the catalog's ids, parameters, shapes and optional flags. */
export function checkAgainstCatalog(json, catalog) {
  const problems = [];
  const byId = new Map((json.functions ?? []).map((f) => [f.id, f]));
  if (byId.size !== catalog.length) problems.push(`functions.json has ${byId.size} functions, the catalog ${catalog.length}.`);
  for (const spec of catalog) {
    const f = byId.get(spec.name);
    if (!f) {
      problems.push(`${spec.name} is missing from functions.json.`);
      continue;
    }
    if (f.name !== spec.name) problems.push(`${spec.name} is named "${f.name}".`);
    if (f.result?.dimensionality !== 'matrix') problems.push(`${spec.name} does not return a spilling array.`);
    const params = f.parameters ?? [];
    if (params.length !== spec.params.length) problems.push(`${spec.name} has ${params.length} parameters, the catalog ${spec.params.length}.`);
    spec.params.forEach((p, i) => {
      const got = params[i];
      if (!got) return;
      if (got.name !== p.name) problems.push(`${spec.name} parameter ${i + 1} is "${got.name}", expected "${p.name}".`);
      if (got.repeating) problems.push(`${spec.name} parameter ${p.name} became repeating (a 1-D array type?).`);
      const dim = got.dimensionality ?? 'scalar';
      const wantDim = p.type === 'range' ? 'matrix' : 'scalar';
      if (dim !== wantDim) problems.push(`${spec.name} parameter ${p.name} is ${dim}, expected ${wantDim}.`);
      if (Boolean(got.optional) !== p.optional) problems.push(`${spec.name} parameter ${p.name} optional=${Boolean(got.optional)}, expected ${p.optional}.`);
      if (!got.description) problems.push(`${spec.name} parameter ${p.name} has no description.`);
    });
  }
  if (problems.length > 0) throw new Error(`functions.json does not match core/functions/catalog.ts:\n  ${problems.join('\n  ')}`);
}
