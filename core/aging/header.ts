import { cellText } from '../coerce/text';
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

/** Why no header was found: nothing at all, or a customer column without money, or money without a customer column. */
export type HeaderMiss = 'no-header' | 'no-amount-column' | 'no-customer-column';

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
  let miss: HeaderMiss = 'no-header';
  for (let r = 0; r < limit; r++) {
    const row = table[r];
    if (!Array.isArray(row)) continue;
    const found = readHeaderRow(row as readonly Cell[], r);
    if (found === 'customer-only') miss = 'no-amount-column';
    else if (found === 'money-only') miss = miss === 'no-header' ? 'no-customer-column' : miss;
    else if (found) return found;
  }
  return miss;
}

function readHeaderRow(row: readonly Cell[], index: number): HeaderFound | 'customer-only' | 'money-only' | null {
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
  if (columns.customer === undefined && !headers[0] && hasMoney && (summary || detailHint)) columns.customer = 0;
  if (columns.customer === undefined) {
    // Money and dates named, but no customer: a header whose customer column has an unknown name.
    return hasMoney && (detailHint || summary) ? 'money-only' : null;
  }
  if (!hasMoney) return 'customer-only';
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
