import type { Language } from './cell';

/** Which input table an issue was found in. */
export type IssueTable = 'aging' | 'callLog' | 'settings';

/** Machine-readable reason a cell (or a table) could not be used. */
export type IssueCode =
  | 'no-header' // no row in the first rows looks like a header
  | 'no-customer-column'
  | 'no-amount-column'
  | 'missing-customer'
  | 'bad-date'
  | 'ambiguous-date' // 03/05/2026 with no dateOrder setting and no evidence in the column
  | 'bad-amount'
  | 'bad-number'
  | 'bad-company-size'
  | 'total-mismatch' // a summary row's Total disagrees with its buckets
  | 'bad-time-zone'
  | 'bad-country'
  | 'bad-hours'
  | 'bad-payday'
  | 'bad-flag'
  | 'bad-outcome'
  | 'bad-plan' // a payment plan's Instalments cell that cannot be read, or instalments on another outcome's row
  | 'unknown-customer' // a call-log row about a customer absent from the aging sheet
  | 'unknown-setting'
  | 'bad-setting'
  | 'mixed-currency'
  | 'unlabelled-sum' // money with no customer, invoice or date that is not the sum of the rows above
  | 'no-age-column' // the header names no due date, invoice date or days column: ages unknown
  | 'no-data-rows' // every row under the header was read as a total, title or blank row
  | 'error-cell' // a cell holding a spreadsheet error value (#N/A, #VALUE!, …) in a column the reader uses
  | 'currency-conflict' // an amount written in one currency on a row whose currency column says another
  | 'duplicate-row' // the same row twice: counted once
  | 'duplicate-invoice' // one invoice number twice for a customer, with different contents
  | 'open-above-amount' // warning: the open balance exceeds the invoice amount
  | 'open-without-amount' // warning: amount 0 with an open balance
  | 'due-before-document' // warning: due date before the invoice date
  | 'guessed-columns' // note: roles read from the contents, not the header words
  | 'unknown-country'
  | 'unknown-collector'; // an aging Collector cell naming no one in the Settings list of collectors

/**
 * One unusable cell, reported instead of thrown. `row` is the sheet row number (1-based, as the
 * user sees it, counting from the first row of the range passed in); `column` is the header text
 * of the column (or its letter when there is no header). The message is in the user's language.
 */
export interface InputIssue {
  readonly table: IssueTable;
  readonly row: number;
  readonly column: string;
  readonly code: IssueCode;
  readonly message: string;
}

/** Builds issue messages; each module passes the language it was given. */
export interface IssueContext {
  readonly language: Language;
}
