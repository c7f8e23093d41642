import { FUNCTION_NAMES, type FunctionName } from '../../core/functions/catalog';
import { fnErrorText, isFnError } from '../../core/functions/errors';
import { runFunction } from '../../core/functions/run';
import type { Table } from '../../core/model/cell';
import { readSettings } from '../../core/settings/read-settings';
import { isDate, sheetDateFor, toCoreValue } from './sheet-dates';

/** What a custom function knows about the spreadsheet it runs in. */
export interface FunctionHost {
  readonly sheetTimeZone: string;
  /** `getSpreadsheetLocale()`, e.g. `pl_PL`. */
  readonly locale: string | null;
  /** Used only when the as_of argument is left empty. */
  readonly now: Date;
}

export type SheetsCell = string | number | boolean | Date;

/**
 * One catalog function as Sheets calls it: the cells the user sees go to the core, and its answer
 * comes back in the shape Sheets can show. An error for the whole call is thrown (Sheets shows
 * `#ERROR!` with the message); an error on one row becomes that cell's text, because a spilled
 * array cannot hold an error value. Dates are written so the sheet shows the collector's wall
 * clock, as the Excel add-in does.
 */
export function runCustomFunction(name: string, args: readonly unknown[], host: FunctionHost): SheetsCell[][] {
  if (!(FUNCTION_NAMES as readonly string[]).includes(name)) throw new Error(`AR CallDesk has no function named ${name}.`);
  const coreArgs = args.map((a) => toCoreValue(a, host.sheetTimeZone));
  const result = runFunction(name as FunctionName, coreArgs, {
    dates: 'date',
    now: host.now,
    hostTimeZone: host.sheetTimeZone,
    hostLocale: host.locale ? host.locale.replace('_', '-') : undefined,
  });
  if (isFnError(result)) throw new Error(result.message);

  let collectorZone: string | null = null;
  const zoneOfCollector = (): string => {
    if (collectorZone === null) {
      const settings = Array.isArray(coreArgs[2]) ? (coreArgs[2] as Table) : undefined;
      collectorZone = readSettings(settings, { hostTimeZone: host.sheetTimeZone }).settings.collectorTimeZone;
    }
    return collectorZone;
  };
  return result.map((row) =>
    row.map((cell): SheetsCell => {
      if (isFnError(cell)) return fnErrorText(cell);
      if (isDate(cell)) return sheetDateFor(cell, zoneOfCollector(), host.sheetTimeZone);
      return cell;
    }),
  );
}
