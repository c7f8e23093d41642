import type { DateOrder } from '../model/cell';
import type { EpochDay } from '../model/day';
import type { InputIssue } from '../model/issue';

/** Invoice-level detail (one row per document) or per-customer bucket summary. */
export type AgingKind = 'invoice' | 'bucket-summary';

/**
 * Where a line's age comes from. Due dates give days past due directly; document dates need the
 * terms to be assumed (we report it); buckets give a range; a "days past due" column is taken as is.
 */
export type AgeBasis = 'due-date' | 'document-date' | 'bucket' | 'days-column';

/** Recognised source layouts; `generic` is a hand-made sheet or an unknown system. */
export type AgingSource =
  | 'quickbooks-detail'
  | 'quickbooks-summary'
  | 'xero-summary'
  | 'xero-invoices'
  | 'odoo'
  | 'sage'
  | 'zoho'
  | 'chinese'
  | 'polish'
  | 'generic';

/** The fields a column can be recognised as. Synonyms live in one place (aging/columns.ts). */
export type AgingField =
  | 'customer'
  | 'invoice'
  | 'documentDate'
  | 'dueDate'
  | 'amount'
  | 'openBalance'
  | 'paidAmount' // what was paid of the invoice: with an amount and no balance, open = amount − paid
  | 'terms' // payment terms in days (Net 30), to turn a document's age into days past due
  | 'daysPastDue'
  | 'settledDate'
  | 'currency'
  | 'transactionType'
  | 'phone'
  | 'contact'
  | 'contactTitle'
  | 'companySize'
  | 'timeZone'
  | 'country'
  | 'workingHours'
  | 'payday'
  | 'disputed'
  | 'doNotCall'
  | 'consumer'
  | 'avgDaysLate'
  | 'noWorkplaceCalls'
  | 'inconvenientTimes'
  | 'total'; // a bucket summary's row total (checked against the buckets, never added to them)

/** A bucket column of a summary sheet: the range of days past due it holds. `notDue` for Current/Future. */
export interface BucketColumn {
  readonly column: number; // 0-based index in the row
  readonly header: string;
  /** Inclusive lower bound of days past due; negative for "not yet due". */
  readonly fromDays: number;
  /** Inclusive upper bound, or null for "older / 91 and over". */
  readonly toDays: number | null;
}

/** What the reader found out about the sheet, so the user (and the "why") can see it. */
export interface AgingLayout {
  readonly kind: AgingKind;
  readonly source: AgingSource;
  /** Sheet row number (1-based within the range) of the header row. */
  readonly headerRow: number;
  /** 0-based column index of each recognised field. */
  readonly columns: Partial<Record<AgingField, number>>;
  /** Header text of each column, for messages. */
  readonly headers: readonly string[];
  readonly buckets: readonly BucketColumn[];
  readonly ageBasis: AgeBasis;
  /** The date order used for slashed dates, and how it was decided. */
  readonly dateOrder: DateOrder | null;
  readonly dateOrderFrom: 'setting' | 'evidence' | 'unambiguous' | 'none';
  /** Sheet rows skipped as title, as-of, blank, section, subtotal, total or footer rows. */
  readonly skippedRows: readonly number[];
  /** The "As of …" date printed in the report's title block, when there is one. */
  readonly reportAsOf: EpochDay | null;
}

/**
 * One money line of the aging sheet: an invoice (or credit memo, negative) in detail sheets, or
 * one non-empty bucket of a customer in summary sheets.
 */
export interface AgingLine {
  readonly row: number; // sheet row number
  readonly customer: string;
  readonly invoice: string | null; // kept as text: "0007900770" stays so
  readonly documentDate: EpochDay | null;
  readonly dueDate: EpochDay | null;
  /** Original document amount when the sheet gives one. */
  readonly amount: number | null;
  /** What is still owed on this line; 0 for settled lines. Negative for credits. */
  readonly openBalance: number;
  /**
   * Days past due as of the report when the sheet states it (a days column, or a bucket's lower
   * bound); null when it must be computed from dueDate/documentDate and the as-of date.
   */
  readonly statedDaysPastDue: number | null;
  /** For bucket lines: the bucket's range, to explain and to bound the estimate. */
  readonly bucket: BucketColumn | null;
  /** The date the line was settled, for payment history; null while open. */
  readonly settledDate: EpochDay | null;
  readonly currency: string | null;
}

export type CompanySize = 'small' | 'medium' | 'large';

/** Optional per-debtor facts found in their own columns; the first non-empty value per customer wins. */
export interface DebtorFacts {
  readonly customer: string;
  readonly phone: string | null;
  readonly contact: string | null;
  /** Title or gender of the contact (`Pan`, `Pani`, `Mrs`, `女士`, `F`): how Polish addresses them. */
  readonly contactTitle: string | null;
  readonly companySize: CompanySize | null;
  /** IANA zone, given directly or derived from the country column. */
  readonly timeZone: string | null;
  readonly country: string | null; // ISO 3166 alpha-2, upper case
  /** Debtor-local working hours in minutes after midnight. */
  readonly workingHours: { readonly start: number; readonly end: number } | null;
  /** Day of month the debtor receives money (1–31). */
  readonly payday: number | null;
  readonly disputed: boolean;
  readonly doNotCall: boolean;
  readonly consumer: boolean | null;
  readonly avgDaysLate: number | null;
  /** Regulation F: the consumer asked not to be called at work / named times that are inconvenient. */
  readonly noWorkplaceCalls: boolean;
  /** Debtor-local windows the consumer said are inconvenient, minutes after midnight. */
  readonly inconvenientTimes: readonly { readonly start: number; readonly end: number }[];
}

export interface AgingReadOptions {
  readonly dateOrder?: DateOrder | null;
  readonly language?: import('../model/cell').Language;
}

export interface AgingRead {
  readonly layout: AgingLayout;
  readonly lines: readonly AgingLine[];
  readonly facts: ReadonlyMap<string, DebtorFacts>;
  readonly issues: readonly InputIssue[];
}
