/// <reference types="custom-functions-runtime" />
/// <reference types="office-js" />
import type { FunctionName } from '../../core/functions/catalog';
import { isFnError, type FnError } from '../../core/functions/errors';
import { runFunction, type FnCell } from '../../core/functions/run';
import { plainArgument } from './cell-values';

/** What Excel may show in a cell of a spilled custom-function result. */
export type ExcelCell = string | number | boolean | CustomFunctions.Error;

const EXCEL_CODE: Readonly<Record<FnError['code'], keyof typeof CustomFunctions.ErrorCode>> = {
  VALUE: 'invalidValue',
  NA: 'notAvailable',
  NUM: 'invalidNumber',
};

/**
 * A core error as Excel's error value, carrying the core's message (shown on hover). Excel accepts
 * a custom message only with #VALUE! and #N/A; #NUM! is returned bare.
 */
export function excelError(error: FnError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[EXCEL_CODE[error.code]];
  return error.code === 'NUM' ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, error.message);
}

function excelCell(cell: FnCell): ExcelCell {
  if (isFnError(cell)) return excelError(cell);
  // With dates: 'serial' the core returns numbers; a Date here would be a defect worth surfacing.
  if (cell instanceof Date) return excelError({ kind: 'fn-error', code: 'VALUE', message: `Unexpected date value ${cell.toISOString()}` });
  return cell;
}

function hostTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

function hostLocale(): string | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    const language = office?.context?.displayLanguage;
    if (language) return language;
  } catch {
    // Office.context is not ready outside a task pane session; fall back to the runtime's locale.
  }
  return (globalThis as { navigator?: { language?: string } }).navigator?.language;
}

/**
 * Runs one catalog function for Excel: the arguments go to the core as Excel passed them (dates as
 * serials, empty cells as "", error and data-type cells as their plain values), and the answer comes back as a spilled array with dates as serials.
 * A row the core could not answer becomes an error cell; a call that cannot be answered at all
 * throws, so the formula's cell shows the error with the core's message.
 */
export function callCatalogFunction(name: FunctionName, args: readonly unknown[]): ExcelCell[][] {
  // Error cells and data types arrive as objects (see cell-values.ts); the core reads plain values.
  const result = runFunction(name, args.map(plainArgument), { dates: 'serial', now: new Date(), hostTimeZone: hostTimeZone(), hostLocale: hostLocale() });
  if (isFnError(result)) throw excelError(result);
  return result.map((row) => row.map(excelCell));
}
