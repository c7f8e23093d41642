import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: build steps are plain JavaScript without type declarations.
import { REQUIRED_SETS } from '../../excel-addin/build/manifest.mjs';

/**
 * The requirement set of each Office.js member the Excel shell uses, read from Microsoft's own
 * typings (@types/office-js and @types/custom-functions-runtime carry the "[Api set: …]" remark of
 * the reference at https://learn.microsoft.com/javascript/api/excel), never typed in by hand. Each
 * entry names a pattern that finds the use in excel-addin/, so a member dropped from the code
 * fails here instead of lingering, and the manifest must declare at least the highest set.
 */
const USED: readonly { readonly cls: string; readonly member: string; readonly use: RegExp }[] = [
  { cls: 'Table', member: 'resize', use: /\.resize\(/ },
  { cls: 'TableCollection', member: 'getItemOrNullObject', use: /tables\.getItemOrNullObject\(/ },
  { cls: 'WorksheetCollection', member: 'getItemOrNullObject', use: /worksheets\.getItemOrNullObject\(/ },
  { cls: 'SettingCollection', member: 'getItemOrNullObject', use: /settings\.getItemOrNullObject\(/ },
  { cls: 'Workbook', member: 'settings', use: /workbook\.settings\b/ },
  { cls: 'Worksheet', member: 'getUsedRangeOrNullObject', use: /\.getUsedRangeOrNullObject\(/ },
  { cls: 'Worksheet', member: 'getUsedRange', use: /\.getUsedRange\(/ },
  { cls: 'Worksheet', member: 'getRangeByIndexes', use: /\.getRangeByIndexes\(/ },
  { cls: 'Worksheet', member: 'activate', use: /\.activate\(/ },
  { cls: 'Workbook', member: 'onSelectionChanged', use: /\.onSelectionChanged\b/ },
  { cls: 'Workbook', member: 'getSelectedRange', use: /\.getSelectedRange\(/ },
  { cls: 'Range', member: 'insert', use: /\.insert\(/ },
  { cls: 'Range', member: 'columnHidden', use: /\.columnHidden\b/ },
  { cls: 'Range', member: 'getEntireColumn', use: /\.getEntireColumn\(/ },
  { cls: 'Range', member: 'numberFormat', use: /\.numberFormat\b/ },
  { cls: 'Range', member: 'formulas', use: /\.formulas\b/ },
  { cls: 'Range', member: 'select', use: /\.select\(/ },
  { cls: 'Table', member: 'getHeaderRowRange', use: /\.getHeaderRowRange\(/ },
  { cls: 'Table', member: 'getDataBodyRange', use: /\.getDataBodyRange\(/ },
  { cls: 'Table', member: 'showTotals', use: /showTotals/ },
  { cls: 'Table', member: 'worksheet', use: /\.worksheet\b/ },
];

const OFFICE = readFileSync('node_modules/@types/office-js/index.d.ts', 'utf8');
const EXCEL = OFFICE.slice(OFFICE.indexOf('declare namespace Excel {'));

/** The ExcelApi version of a class member, from the remark above its declaration. */
function excelSet(cls: string, member: string): string {
  const open = new RegExp(`\\n    class ${cls} extends OfficeExtension\\.ClientObject \\{`).exec(EXCEL);
  if (!open) throw new Error(`Excel.${cls} is not in @types/office-js`);
  const body = EXCEL.slice(open.index, EXCEL.indexOf('\n    }\n', open.index));
  const declared = new RegExp(`\\n        (readonly )?${member}[(:?<]`).exec(body);
  if (!declared) throw new Error(`Excel.${cls}.${member} is not in @types/office-js`);
  const remark = /\[Api set: ExcelApi (\d+\.\d+)/.exec(body.slice(body.slice(0, declared.index).lastIndexOf('[Api set: ')));
  if (!remark) throw new Error(`Excel.${cls}.${member} names no ExcelApi set`);
  return remark[1]!;
}

const version = (v: string) => v.split('.').map(Number) as [number, number];
const atLeast = (a: string, b: string) => version(a)[0] > version(b)[0] || (version(a)[0] === version(b)[0] && version(a)[1] >= version(b)[1]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const CODE = sources('excel-addin').map((f) => readFileSync(f, 'utf8')).join('\n');

describe('requirement sets', () => {
  it('every listed member is still used by the Excel shell', () => {
    for (const u of USED) expect(CODE, `${u.cls}.${u.member}`).toMatch(u.use);
  });

  it('the manifest declares the highest ExcelApi set the shell uses', () => {
    const sets = USED.map((u) => ({ ...u, set: excelSet(u.cls, u.member) }));
    const highest = sets.reduce((max, s) => (atLeast(s.set, max) ? s.set : max), '1.1');
    expect(highest).toBe('1.13'); // Table.resize
    expect(sets.find((s) => s.member === 'resize')!.set).toBe('1.13');
    expect(atLeast(REQUIRED_SETS.ExcelApi, highest)).toBe(true);
    const xml = readFileSync('manifest.xml', 'utf8');
    expect(xml).toContain(`<Set Name="ExcelApi" MinVersion="${REQUIRED_SETS.ExcelApi}"/>`);
  });

  it('CustomFunctions.Error with a message needs CustomFunctionsRuntime 1.2, and the manifest declares it', () => {
    const cf = readFileSync('node_modules/@types/custom-functions-runtime/index.d.ts', 'utf8');
    const at = cf.indexOf('class Error');
    const remark = /\[Api set: CustomFunctionsRuntime (\d+\.\d+)\]/.exec(cf.slice(cf.slice(0, at).lastIndexOf('[Api set: ')));
    expect(remark?.[1]).toBe('1.2');
    expect(CODE).toMatch(/new CustomFunctions\.Error\(/);
    expect(atLeast(REQUIRED_SETS.CustomFunctionsRuntime, remark![1]!)).toBe(true);
    expect(readFileSync('manifest.xml', 'utf8')).toContain(`<Set Name="CustomFunctionsRuntime" MinVersion="${REQUIRED_SETS.CustomFunctionsRuntime}"/>`);
  });
});
