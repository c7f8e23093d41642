import { parseDateCell } from '../coerce/date';
import { parseMoneyCell } from '../coerce/money';
import { cellText } from '../coerce/text';
import { guessRoles, type ColumnGuess } from './content-roles';
import type { Cell, Table } from '../model/cell';
import { matchHeader, normalizeHeader, parseBucket, type FieldMatch } from './columns';
import type { AgingField, AgingSource, BucketColumn } from './types';

/** How far down a report's title block may push the header row. */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderFound {
  /** 0-based index of the header row in the table. */
  readonly index: number;
  readonly columns: Partial<Record<AgingField, number>>;
  readonly buckets: readonly BucketColumn[];
  readonly headers: readonly string[];
  readonly source: AgingSource;
}

/** Headers that mean another field when their first meaning is already taken by an earlier column. */
const SECOND_MEANING: Readonly<Record<string, AgingField>> = { contact: 'contact', 'contact name': 'contact', kontakt: 'contact' };

/**
 * Why no header was found: nothing at all, a customer column without money, or money without a
 * customer column; with the row that came closest and what it named, so the message can say so.
 */
export interface HeaderMiss {
  readonly code: 'no-header' | 'no-amount-column' | 'no-customer-column';
  /** 1-based sheet row of the closest candidate; 0 when no row had two text cells. */
  readonly row: number;
  /** The candidate's non-empty header cells, as written. */
  readonly cells: readonly string[];
  /** The cells of the candidate that were recognised (a field or an age bucket). */
  readonly found: readonly string[];
  /** What the candidate row named, for reading the rest from the contents. */
  readonly reading?: PartialHeader;
}

/**
 * Finds the header row by content within the first rows: the first row that names a customer
 * column and money (an amount, a balance or at least two age buckets).
 *
 * Two exports leave the customer header empty, and both are read as "names in column A":
 * QuickBooks' A/R Aging Summary (`,Current,1 - 30,…`) and its detail reports grouped by customer,
 * where each customer's name stands on its own row above the invoices.
 */
export function findHeader(table: Table): HeaderFound | HeaderMiss {
  const limit = Math.min(table.length, HEADER_SCAN_ROWS);
  let miss: HeaderMiss = { code: 'no-header', row: 0, cells: [], found: [] };
  let bestTextCells = 1;
  for (let r = 0; r < limit; r++) {
    const row = table[r];
    if (!Array.isArray(row)) continue;
    const reading = readHeaderRow(row as readonly Cell[], r, table);
    if (!('verdict' in reading)) return reading;
    const cells = reading.headers.filter((h) => h !== '');
    const candidate = (code: HeaderMiss['code']): HeaderMiss => ({ code, row: r + 1, cells, found: reading.found, reading });
    // The first row naming one of customer and money is the one the user meant as the header;
    // failing that, the row with the most text cells.
    if (reading.verdict === 'customer-only' && miss.code !== 'no-amount-column') miss = candidate('no-amount-column');
    else if (reading.verdict === 'money-only' && miss.code === 'no-header') miss = candidate('no-customer-column');
    else if (miss.code === 'no-header' && cells.length > bestTextCells) {
      bestTextCells = cells.length;
      miss = candidate('no-header');
    }
  }
  return miss;
}

/** A row that is not the header: what it named, and why it falls short. */
interface PartialHeader {
  readonly verdict: 'customer-only' | 'money-only' | null;
  readonly index: number;
  readonly headers: readonly string[];
  readonly found: readonly string[];
  readonly columns: Partial<Record<AgingField, number>>;
  readonly buckets: readonly BucketColumn[];
}

function readHeaderRow(row: readonly Cell[], index: number, table: Table): HeaderFound | PartialHeader {
  const columns: Partial<Record<AgingField, number>> = {};
  const buckets: BucketColumn[] = [];
  const headers: string[] = [];
  let upper: number | null = null;
  // Each column's best reading; then each field goes to its surest column (the leftmost on a tie),
  // so a `CustomerName` column beats a `customerID` one wherever they stand.
  const matches: (FieldMatch | null)[] = [];
  for (let c = 0; c < row.length; c++) {
    const h = typeof row[c] === 'string' ? cellText(row[c]) : '';
    headers.push(h);
    matches.push(null);
    if (!h) continue;
    const match = matchHeader(h);
    if (match && match.score === 3) {
      matches[c] = match;
      continue;
    }
    const bucket = parseBucket(h, c, upper);
    if (bucket) {
      buckets.push(bucket);
      if (bucket.toDays !== null) upper = bucket.toDays;
      continue;
    }
    matches[c] = match;
  }
  for (const score of [3, 2, 1] as const) {
    for (let c = 0; c < matches.length; c++) {
      const m = matches[c];
      if (!m || m.score !== score) continue;
      if (columns[m.field] === undefined) columns[m.field] = c;
      else if (score === 3) {
        // Xero names the customer "Contact"; beside a Customer column it is the contact person.
        const second = SECOND_MEANING[normalizeHeader(headers[c]!)];
        if (second && columns[second] === undefined) columns[second] = c;
      }
    }
  }
  // A converted amount (`converted_usd`) stands in for the money only when no balance is named.
  if (columns.amount !== undefined && columns.openBalance !== undefined && matches[columns.amount]?.score === 1) delete columns.amount;
  const summary = buckets.length >= 2;
  const detailHint = columns.invoice !== undefined || columns.dueDate !== undefined || columns.documentDate !== undefined;
  const hasMoney = columns.amount !== undefined || columns.openBalance !== undefined || summary;
  if (columns.customer === undefined && hasMoney && (summary || detailHint)) {
    // Names under an empty header, left of the money: QuickBooks leaves column A unnamed, and a
    // pivot copied from an ERP may start in column B with column A empty. An empty column is never
    // the customer column.
    const firstKnown = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined), ...buckets.map((b) => b.column));
    for (let c = 0; c < firstKnown; c++) {
      if (headers[c] === '' && columnHasText(table, index, c)) {
        columns.customer = c;
        break;
      }
    }
  }
  // `0 - 30` beside its own `Current` column holds the first 30 days past due, not the current ones.
  if (buckets.some((b) => b.toDays === 0)) {
    for (let i = 0; i < buckets.length; i++) if (buckets[i]!.fromDays === 0 && buckets[i]!.toDays !== 0) buckets[i] = { ...buckets[i]!, fromDays: 1 };
  }
  const found = headers.filter((h, c) => h !== '' && (matches[c] !== null || buckets.some((b) => b.column === c)));
  return finishHeader(index, columns, buckets, headers, found);
}

/** Decides whether a row's fields make a header, and settles a summary's total column. */
function finishHeader(
  index: number, columns: Partial<Record<AgingField, number>>, buckets: readonly BucketColumn[], headers: readonly string[], found: readonly string[],
): HeaderFound | PartialHeader {
  const summary = buckets.length >= 2;
  const detailHint = columns.invoice !== undefined || columns.dueDate !== undefined || columns.documentDate !== undefined;
  const hasMoney = columns.amount !== undefined || columns.openBalance !== undefined || summary;
  if (columns.customer === undefined) {
    // Money and dates named, but no customer: a header whose customer column has an unknown name.
    return { verdict: hasMoney && (detailHint || summary) ? 'money-only' : null, index, headers, found, columns, buckets };
  }
  if (!hasMoney) return { verdict: 'customer-only', index, headers, found, columns, buckets };
  // Invoice rows may also spread their amount over age columns (Kingdee's 账龄 columns): with a
  // due date, or an invoice number beside an amount, the sheet is detail and the buckets are ignored.
  const money = columns.amount ?? columns.openBalance;
  const detail = columns.dueDate !== undefined || (columns.invoice !== undefined && money !== undefined);
  if (summary && !detail) {
    // A summary's "Total" / "Residual" / "Balance" column restates the sum of its buckets: it is
    // checked against them, never added to them.
    const named = [columns.total, columns.amount, columns.openBalance].filter((c): c is number => c !== undefined);
    const total = named.find((c) => ['total', '合计', 'razem', 'suma', 'ogółem'].includes(normalizeHeader(headers[c] ?? ''))) ?? named[0];
    delete columns.amount;
    delete columns.openBalance;
    if (total !== undefined) columns.total = total;
  } else {
    delete columns.total;
  }
  return { index, columns, buckets: summary && !detail ? buckets : [], headers, source: 'generic' as AgingSource };
}

/** A header read from the contents below it, and how each guessed column was told. */
export interface ContentHeader {
  readonly found: HeaderFound;
  readonly guesses: readonly ColumnGuess[];
}

/**
 * When no row's words make a header, the contents may: the closest candidate row is taken as the
 * header (or, when it holds data itself, the sheet is read as having none) and the missing roles
 * are guessed from the columns below it. Null unless a customer, money and the money's age (dates,
 * days or buckets) are then all known.
 */
export function headerFromContent(table: Table, miss: HeaderMiss): ContentHeader | null {
  const partial = miss.reading;
  let index = partial ? partial.index : -1;
  let headers: readonly string[] = partial ? partial.headers : [];
  let columns: Partial<Record<AgingField, number>> = partial ? { ...partial.columns } : {};
  let buckets: readonly BucketColumn[] = partial ? partial.buckets : [];
  if (partial && partial.found.length === 0 && rowLooksLikeData(table[index])) {
    // The sheet starts with its data: there is no header row to read names from.
    index -= 1;
    headers = [];
    columns = {};
    buckets = [];
  }
  if (!partial) {
    // No row with two text cells: a sheet of data from its first row, if anything.
    let first = 0;
    while (first < table.length && !Array.isArray(table[first])) first++;
    if (first >= table.length) return null;
    index = first - 1;
  }
  const guesses = guessRoles(table, index, columns, buckets.map((b) => b.column));
  if (guesses.length === 0) return null;
  for (const g of guesses) columns[g.field] = g.column;
  // Names beside numbers are any list (a budget, a price list): an aging sheet also says how old
  // its money is, by dates, days or age buckets.
  const aged = columns.dueDate !== undefined || columns.documentDate !== undefined || columns.daysPastDue !== undefined || buckets.length >= 2;
  if (!aged) return null;
  const finished = finishHeader(index, columns, buckets, headers, []);
  return 'verdict' in finished ? null : { found: finished, guesses };
}

/** True when a row holds numbers, dates or amounts: data, not column names. */
function rowLooksLikeData(row: unknown): boolean {
  if (!Array.isArray(row)) return false;
  return (row as readonly Cell[]).some((c) => typeof c === 'number' || c instanceof Date || (typeof c === 'string' && /\d/.test(c) && (parseMoneyCell(c)?.ok === true || parseDateCell(c, 'DMY')?.ok === true)));
}

/** Names the system that produced the sheet, from its header words (shown to the user, used for quirks). */
export function detectSource(found: Omit<HeaderFound, 'source'>): AgingSource {
  const all = found.headers.map(normalizeHeader).join('|');
  const bucketHeads = found.buckets.map((b) => normalizeHeader(b.header)).join('|');
  if (all.includes('invoiceamountdue') || all.includes('contactname')) return 'xero-invoices';
  if (all.includes('customer full name') || (all.includes('transaction type') && all.includes('open balance'))) return 'quickbooks-detail';
  if (bucketHeads.includes('91 and over')) return 'quickbooks-summary';
  if (/month/.test(bucketHeads)) return 'xero-summary';
  if (/period/.test(bucketHeads)) return 'sage';
  if (all.includes('partner') || /age\s*(≤|<=)/.test(bucketHeads)) return 'odoo';
  if (/(^|\|)>\s*45/.test(bucketHeads)) return 'zoho';
  if (/[\u4e00-\u9fff]/.test(all)) return 'chinese';
  if (/kontrahent|termin|zapłaty|faktury|dni/.test(all)) return 'polish';
  return 'generic';
}

/** How far below the header the reader looks for a column's contents when the header is silent. */
const CONTENT_SCAN_ROWS = 60;

/** True when some cell of the column below the header holds text (a name, not a number). */
function columnHasText(table: Table, headerIndex: number, column: number): boolean {
  const end = Math.min(table.length, headerIndex + 1 + CONTENT_SCAN_ROWS);
  for (let r = headerIndex + 1; r < end; r++) {
    const row = table[r];
    if (!Array.isArray(row)) continue;
    const cell = (row as readonly Cell[])[column];
    if (typeof cell === 'string' && cell.trim() !== '' && !/^[\d\s.,%()$€£¥-]+$/.test(cell)) return true;
  }
  return false;
}
