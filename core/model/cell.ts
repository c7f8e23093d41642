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
