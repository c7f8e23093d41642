/**
 * A cell value as both hosts deliver a range: Excel gives numbers for dates (serials) and `""` for
 * empty cells; Apps Script gives `Date` objects and `""`. `null` is accepted for callers that build
 * tables by hand.
 */
export type Cell = string | number | boolean | Date | null;

/** A table: rows of cells, header row first, as read from a sheet. */
export type Table = readonly (readonly Cell[])[];

/** The three languages every text of the product exists in. */
export type Language = 'en' | 'zh-CN' | 'pl';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN', 'pl'];

/** How slashed numeric dates are read: `03/05/2026` is 5 March (MDY) or 3 May (DMY). */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

/**
 * The error values of Excel and Google Sheets as both hosts hand them to the core: Sheets passes
 * the text itself, the Excel shell turns its error objects into the same text. A cell holding one
 * of these is an error cell, never a value (`#N/A` is not a customer, `#VALUE!` not an amount).
 */
export const ERROR_LITERALS = [
  '#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#ERROR!', '#FIELD!',
  '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
] as const;

export type ErrorLiteral = (typeof ERROR_LITERALS)[number];

const ERROR_SET: ReadonlySet<string> = new Set(ERROR_LITERALS);

/** True when a cell is one of ERROR_LITERALS (surrounding spaces allowed, case as the hosts write it). */
export function isErrorCell(cell: Cell | undefined): cell is string {
  // Cheap gate first: almost no cell of a large sheet is short and holds a '#'.
  return typeof cell === 'string' && cell.length <= 24 && cell.includes('#') && ERROR_SET.has(cell.trim().toUpperCase());
}
