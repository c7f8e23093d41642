import { dateOrderEvidence, orderFromEvidence, parseDateCell } from '../coerce/date';
import { currencyOfColumnText, currencyOfHeader } from '../coerce/currency';
import { parseMoneyCell } from '../coerce/money';
import { cellText, isEmptyCell } from '../coerce/text';
import { say } from '../i18n/texts';
import { isErrorCell, type Cell, type DateOrder, type Language, type Table } from '../model/cell';
import type { EpochDay } from '../model/day';
import type { InputIssue, IssueCode } from '../model/issue';
import { parseBucket } from './columns';
import { customerKey } from './customer-key';
import { FactsCollector, parseDaysNumber, type FactField, type Mutable } from './facts';
import { detectSource, findHeader, HEADER_SCAN_ROWS, type HeaderFound } from './header';
import { AGING_EFFECTS, AGING_MESSAGES, type AgingEffect, type AgingMessage } from './messages';
import { isFooterLabel, isSectionLabel, isTotalLabel, namedTotalOf, reportDateOfRow } from './row-labels';
import type { AgeBasis, AgingField, AgingKind, AgingLayout, AgingLine, AgingRead, AgingReadOptions, BucketColumn, DebtorFacts } from './types';

/** A customer as first met: its key and the facts gathered for it. */
interface Debtor {
  readonly key: string;
  readonly facts: Mutable<DebtorFacts>;
}

/**
 * Reads an aging sheet as exported by accounting systems (QuickBooks, Xero, Odoo, Sage, Zoho,
 * Kingdee/Yonyou, Comarch) or typed by hand, into money lines and per-debtor facts.
 *
 * - Finds the header row by its words within the first 30 rows; tells invoice detail from
 *   bucket summaries (two or more age-bucket columns and no due date).
 * - Skips title, as-of, blank, section, customer-group, subtotal, total, percentage and footer
 *   rows (listed in `layout.skippedRows`), so nothing is counted twice. In detail reports grouped
 *   by customer, the group row's name is carried down to invoice lines whose customer cell is empty.
 * - Keeps identifiers as text, settled lines as history with `openBalance: 0`, credits negative.
 * - Every unusable cell becomes an issue in `options.language`; a line whose money or age cell is
 *   unusable is left out, the rest of the sheet still counts.
 *
 * Never throws; reads each cell at most a few times and allocates per line, not per cell.
 *
 * @example
 * readAging([['Customer', 'Due date', 'Amount'], ['Acme', '2026-03-05', '$4,250.00']])
 * // → lines: [{ row: 2, customer: 'Acme', dueDate: <2026-03-05>, openBalance: 4250, … }]
 */
export function readAging(cells: Table, options: AgingReadOptions = {}): AgingRead {
  const language: Language = options.language === 'zh-CN' || options.language === 'pl' ? options.language : 'en';
  const table: Table = Array.isArray(cells) ? cells : [];
  const found = findHeader(table);
  if (typeof found === 'string') {
    const message =
      found === 'no-header' ? say(AGING_MESSAGES.noHeader, language, { rows: HEADER_SCAN_ROWS })
      : found === 'no-amount-column' ? say(AGING_MESSAGES.noAmountColumn, language)
      : say(AGING_MESSAGES.noCustomerColumn, language);
    return {
      layout: {
        kind: 'invoice', source: 'generic', headerRow: 0, columns: {}, headers: [], buckets: [], ageBasis: 'due-date',
        dateOrder: options.dateOrder ?? null, dateOrderFrom: 'none', skippedRows: [], reportAsOf: null,
      },
      lines: [],
      facts: new Map(),
      issues: [{ table: 'aging', row: 1, column: '', code: found, message }],
    };
  }
  const source = detectSource(found);
  return new SheetReader(table, { ...found, source }, options.dateOrder ?? null, language).read();
}

/** Column index of a field, or -1: plain numbers keep the row loop free of optional lookups. */
function at(columns: Partial<Record<AgingField, number>>, field: AgingField): number {
  return columns[field] ?? -1;
}

class SheetReader {
  private readonly issues: InputIssue[] = [];
  private readonly lines: AgingLine[] = [];
  private readonly skippedRows: number[] = [];
  /** By the customer text as written: sheets repeat the same few thousand names. */
  private readonly debtors = new Map<string, Debtor>();
  private readonly facts: FactsCollector;
  private readonly kind: AgingKind;
  private readonly ageBasis: AgeBasis;
  private readonly dateOrder: DateOrder | null;
  private readonly dateOrderFrom: AgingLayout['dateOrderFrom'];
  // Column indexes, -1 when absent.
  private readonly cCustomer: number;
  private readonly cInvoice: number;
  private readonly cDue: number;
  private readonly cDoc: number;
  private readonly cSettled: number;
  private readonly cAmount: number;
  private readonly cOpen: number;
  private readonly cDays: number;
  private readonly cCurrency: number;
  private readonly cTotal: number;
  private readonly cPaid: number;
  /** Every column the reader takes something from, and those a row cannot be read without. */
  private readonly usedColumns: readonly number[];
  private readonly vitalColumns: ReadonlySet<number>;
  /** The currency each column's header names, if any (`Amount (EUR)`). */
  private readonly headerCurrency: readonly (string | null)[];

  constructor(
    private readonly table: Table,
    private readonly header: HeaderFound,
    dateOrderSetting: DateOrder | null,
    private readonly language: Language,
  ) {
    const col = header.columns;
    this.cCustomer = at(col, 'customer');
    this.cInvoice = at(col, 'invoice');
    this.cDue = at(col, 'dueDate');
    this.cDoc = at(col, 'documentDate');
    this.cSettled = at(col, 'settledDate');
    this.cAmount = at(col, 'amount');
    this.cOpen = at(col, 'openBalance');
    this.cDays = at(col, 'daysPastDue');
    this.cCurrency = at(col, 'currency');
    this.cTotal = at(col, 'total');
    this.cPaid = at(col, 'paidAmount');
    this.kind = header.buckets.length >= 2 ? 'bucket-summary' : 'invoice';
    // The age a line is planned from: the due date when there is one; else the system's own
    // days-past-due count; else the document date (the plan then assumes default terms).
    this.ageBasis = this.kind === 'bucket-summary' ? 'bucket' : this.cDue >= 0 ? 'due-date' : this.cDays >= 0 ? 'days-column' : this.cDoc >= 0 ? 'document-date' : 'days-column';
    this.facts = new FactsCollector(col);
    const used = new Set<number>([...Object.values(col), ...header.buckets.map((b) => b.column)].filter((c): c is number => c !== undefined && c >= 0));
    this.usedColumns = [...used].sort((a, b) => a - b);
    const vital = this.kind === 'bucket-summary'
      ? [this.cCustomer, ...header.buckets.map((b) => b.column)]
      : [this.cCustomer, this.cOpen >= 0 ? this.cOpen : this.cAmount, this.cOpen >= 0 ? -1 : this.cPaid,
        this.ageBasis === 'due-date' ? this.cDue : -1, this.ageBasis === 'document-date' ? this.cDoc : -1, this.ageBasis === 'days-column' ? this.cDays : -1];
    this.vitalColumns = new Set(vital.filter((c) => c >= 0));
    this.headerCurrency = header.headers.map(currencyOfHeader);
    if (dateOrderSetting) {
      this.dateOrder = dateOrderSetting;
      this.dateOrderFrom = 'setting';
    } else {
      this.dateOrder = this.dateOrderEvidence();
      this.dateOrderFrom = this.dateOrder ? 'evidence' : 'none';
    }
  }

  /** The date order the text cells of the date columns prove, read without copying them. */
  private dateOrderEvidence(): DateOrder | null {
    let evidence = 0;
    for (const c of [this.cDue, this.cDoc, this.cSettled]) {
      if (c < 0) continue;
      for (let r = this.header.index + 1; r < this.table.length && evidence !== 3; r++) {
        const row = this.table[r];
        if (Array.isArray(row)) evidence |= dateOrderEvidence((row as readonly Cell[])[c]);
      }
    }
    return orderFromEvidence(evidence);
  }

  read(): AgingRead {
    let reportAsOf: EpochDay | null = null;
    for (let r = 0; r < this.header.index; r++) {
      const row = this.table[r];
      if (!Array.isArray(row)) continue;
      const day = reportDateOfRow(row as readonly Cell[], this.dateOrder);
      if (day !== null && reportAsOf === null) reportAsOf = day;
    }
    if (this.kind === 'bucket-summary') this.readSummaryRows();
    else this.readInvoiceRows();
    this.checkSomethingRead();
    const h = this.header;
    return {
      layout: {
        kind: this.kind, source: h.source, headerRow: h.index + 1, columns: h.columns, headers: h.headers, buckets: h.buckets,
        ageBasis: this.ageBasis, dateOrder: this.dateOrder, dateOrderFrom: this.dateOrderFrom, skippedRows: this.skippedRows, reportAsOf,
      },
      lines: this.lines,
      facts: this.facts.result(),
      issues: this.issues,
    };
  }

  /**
   * A row whose used cells hold spreadsheet errors (`#N/A`, `#VALUE!`…): each one is reported; the
   * row is left out when the error stands where its customer, money or age must be read (null),
   * else those cells are read as empty. Errors in columns the reader does not use are no concern.
   */
  private withoutErrors(row: readonly Cell[], sheetRow: number): readonly Cell[] | null {
    let errors: number[] | null = null;
    for (const c of this.usedColumns) if (isErrorCell(row[c])) (errors ??= []).push(c);
    if (errors === null) return row;
    const vital = errors.some((c) => this.vitalColumns.has(c));
    for (const c of errors) this.report(sheetRow, c, 'error-cell', 'errorCell', cellText(row[c]), vital ? 'rowDropped' : 'cellIgnored');
    if (vital) return null;
    const copy = row.slice();
    for (const c of errors) copy[c] = '';
    return copy;
  }

  /** A sheet whose every row under the header was skipped says so, instead of planning nothing in silence. */
  private checkSomethingRead(): void {
    if (this.lines.length > 0 || this.issues.length > 0) return;
    let count = 0;
    for (const sheetRow of this.skippedRows) {
      const row = this.table[sheetRow - 1];
      if (Array.isArray(row) && row.some((c) => !isEmptyCell(c))) count++;
    }
    if (count === 0) return;
    const h = this.header;
    const found = (Object.entries(h.columns) as [AgingField, number][]).map(([, c]) => h.headers[c] || columnLetter(c)).join(', ');
    const message = say(AGING_MESSAGES.noDataRows, this.language, { count, header: h.index + 1, found });
    this.issues.push({ table: 'aging', row: h.index + 1, column: '', code: 'no-data-rows', message });
  }

  private debtorOf(customer: string): Debtor {
    let debtor = this.debtors.get(customer);
    if (debtor === undefined) {
      const key = customerKey(customer);
      debtor = { key, facts: this.facts.factsFor(key, customer) };
      this.debtors.set(customer, debtor);
    }
    return debtor;
  }

  // ---- invoice detail ------------------------------------------------------------------------

  private readInvoiceRows(): void {
    const { table } = this;
    const moneyColumn = this.cOpen >= 0 ? this.cOpen : this.cAmount;
    const moneyHeader = this.header.headers[moneyColumn] ?? '';
    // Xero's invoice export repeats each invoice on every line item: count it once.
    const seenInvoices = this.header.source === 'xero-invoices' ? new Set<string>() : null;
    let group: string | null = null;
    // The money column's sum since the last total row and over the sheet, in cents: an unlabelled
    // row is a sum only when it equals one of them.
    const sums: Sums = { sinceTotal: 0, all: 0, subtotals: 0 };
    for (let r = this.header.index + 1; r < table.length; r++) {
      const sheetRow = r + 1;
      const given = table[r] as readonly Cell[] | undefined;
      if (!Array.isArray(given)) {
        this.skippedRows.push(sheetRow);
        continue;
      }
      const row = this.withoutErrors(given, sheetRow);
      if (row === null) continue;
      const moneyCell = row[moneyColumn];
      const hasMoney = !isEmptyCell(moneyCell) || (this.cAmount >= 0 && !isEmptyCell(row[this.cAmount]));
      const ownCustomer = this.cCustomer >= 0 ? cellText(row[this.cCustomer]) : '';
      if (!hasMoney) {
        group = this.nonMoneyRow(row, sheetRow, ownCustomer, group);
        continue;
      }
      const first = this.cCustomer === 0 ? ownCustomer : cellText(row[0]);
      const invoiceText = this.cInvoice >= 0 ? cellText(row[this.cInvoice]) : '';
      // A header repeated at a page break.
      if (typeof moneyCell === 'string' && moneyCell.trim() === moneyHeader && moneyHeader !== '') {
        this.skippedRows.push(sheetRow);
        continue;
      }
      const invoice = isTotalLabel(invoiceText) ? '' : invoiceText;
      const dated = isDateLike(row[this.cDue]) || isDateLike(row[this.cDoc]);
      // Totals are known by their shape: a label and sums, with no invoice number and no date. A
      // row with either is an invoice, whatever its customer is called (Total Logistics, Suma, 合计).
      if (!invoice && !dated) {
        // The label may stand in any column ("Acme | | Total | 1,500").
        if (isTotalLabel(ownCustomer) || isTotalLabel(first) || invoiceText !== '' || this.closesCustomer(first, group) || this.closesCustomer(ownCustomer, group) || hasTotalLabel(row)) {
          if (/^total\s/i.test(first) || /^total\s/i.test(ownCustomer)) group = null;
          this.skippedRows.push(sheetRow);
          this.checkTotalRow(row, sheetRow, moneyColumn, centsOf(moneyCell), sums);
          continue;
        }
        if (!ownCustomer) {
          // Money with nothing to say whose or what it is: a sum row when it adds up, else reported.
          const cents = centsOf(moneyCell);
          if (cents !== null && (cents === sums.sinceTotal || cents === sums.all)) {
            this.skippedRows.push(sheetRow);
            sums.sinceTotal = 0;
          } else this.report(sheetRow, moneyColumn, 'unlabelled-sum', 'unlabelledSum', cellText(moneyCell), 'rowDropped');
          continue;
        }
      }
      // A dated row labelled as a total with no invoice number (a report's date on its total line)
      // is a total when it restates the rows above; otherwise it is read as the invoice it looks like.
      if (!invoice && dated && (isTotalLabel(ownCustomer) || isTotalLabel(first))) {
        const cents = centsOf(moneyCell);
        if (cents !== null && (cents === sums.sinceTotal || cents === sums.all)) {
          this.skippedRows.push(sheetRow);
          sums.sinceTotal = 0;
          continue;
        }
      }
      const customer = ownCustomer || group || '';
      if (!customer) {
        this.report(sheetRow, Math.max(this.cCustomer, 0), 'missing-customer', 'missingCustomer', '', 'rowDropped');
        continue;
      }
      if (seenInvoices && invoice) {
        const id = `${this.debtorOf(customer).key}\u0000${invoice}`;
        if (seenInvoices.has(id)) {
          this.skippedRows.push(sheetRow);
          continue;
        }
        seenInvoices.add(id);
      }
      const before = this.lines.length;
      this.invoiceLine(row, sheetRow, customer, invoice);
      if (this.lines.length > before) {
        const cents = centsOf(moneyCell) ?? 0;
        sums.sinceTotal += cents;
        sums.all += cents;
      }
    }
  }

  /** True when `label` is "Total X" or "X Total" for the current group or a customer already read. */
  private closesCustomer(label: string, group: string | null): boolean {
    const name = namedTotalOf(label);
    if (name === null || name === '') return false;
    if (name === group || this.debtors.has(name)) return true;
    const key = customerKey(name);
    return (group !== null && customerKey(group) === key) || this.facts.has(key);
  }

  /**
   * A row without money: blank, a section heading, an as-of line, a footer, or the name of the
   * customer whose invoices follow (QuickBooks detail grouped by customer). Returns the group
   * name in force after it.
   */
  private nonMoneyRow(row: readonly Cell[], sheetRow: number, ownCustomer: string, group: string | null): string | null {
    let filled = 0;
    let only = -1;
    for (let c = 0; c < row.length; c++) {
      if (!isEmptyCell(row[c])) {
        filled++;
        only = c;
      }
    }
    if (filled === 0) {
      this.skippedRows.push(sheetRow);
      return group;
    }
    const invoice = this.cInvoice >= 0 ? cellText(row[this.cInvoice]) : '';
    const dueText = this.cDue >= 0 ? cellText(row[this.cDue]) : '';
    if (ownCustomer && (invoice || dueText)) {
      // An invoice row whose amount is missing: say so rather than skip it quietly.
      const column = this.cOpen >= 0 ? this.cOpen : this.cAmount;
      this.report(sheetRow, column, 'bad-amount', 'missingAmount', '', 'rowDropped');
      return group;
    }
    this.skippedRows.push(sheetRow);
    if (filled !== 1 || (only !== 0 && only !== this.cCustomer)) return group;
    const label = cellText(row[only]);
    if (typeof row[only] !== 'string') return group;
    if (isTotalLabel(label) || isSectionLabel(label) || this.closesCustomer(label, group)) return null;
    if (isFooterLabel(label) || reportDateOfRow(row, this.dateOrder) !== null) return group;
    return label;
  }

  private invoiceLine(row: readonly Cell[], sheetRow: number, customer: string, invoice: string): void {
    const dueFatal = this.ageBasis === 'due-date';
    const docFatal = this.ageBasis === 'document-date';
    const dueDate = this.dateAt(row, sheetRow, this.cDue, dueFatal);
    if (dueDate === undefined) return this.factsOf(row, sheetRow, customer);
    const documentDate = this.dateAt(row, sheetRow, this.cDoc, docFatal);
    if (documentDate === undefined) return this.factsOf(row, sheetRow, customer);
    const settled = this.settledAt(row, sheetRow);

    let open: number;
    let currency: string | null = null;
    let amount: number | null = null;
    if (this.cOpen >= 0) {
      const parsed = this.moneyAt(row, sheetRow, this.cOpen, true);
      if (parsed === undefined) return this.factsOf(row, sheetRow, customer);
      const original = this.cAmount >= 0 ? this.moneyAt(row, sheetRow, this.cAmount, false) : null;
      amount = original ? original.value : null;
      if (parsed === null) {
        // No open balance: the amounts say what is left (amount − paid); else a settled date means
        // paid in full; else the balance is missing.
        const paid = this.cPaid >= 0 && amount !== null ? this.moneyAt(row, sheetRow, this.cPaid, true) : null;
        if (paid === undefined) return this.factsOf(row, sheetRow, customer);
        if (paid && amount !== null) open = minus(amount, paid.value);
        else if (settled === null) {
          this.report(sheetRow, this.cOpen, 'bad-amount', 'missingAmount', '', 'rowDropped');
          return this.factsOf(row, sheetRow, customer);
        } else open = 0;
      } else open = parsed.value;
      currency = parsed?.currency ?? original?.currency ?? null;
    } else {
      const parsed = this.moneyAt(row, sheetRow, this.cAmount, true);
      if (!parsed) return this.factsOf(row, sheetRow, customer);
      amount = parsed.value;
      currency = parsed.currency;
      // An amount and what was paid of it: the rest is open, whatever the payment date says (a
      // part payment has a date too). Without a paid column a settled date means paid in full.
      const paid = this.cPaid >= 0 ? this.moneyAt(row, sheetRow, this.cPaid, true) : null;
      if (paid === undefined) return this.factsOf(row, sheetRow, customer);
      open = paid ? minus(parsed.value, paid.value) : settled !== null ? 0 : parsed.value;
    }
    const moneyColumn = this.cOpen >= 0 ? this.cOpen : this.cAmount;
    const lineCurrency = this.currencyOf(row, sheetRow, moneyColumn, [currency, this.moneyMark(row, this.cAmount), this.moneyMark(row, this.cPaid)]);
    if (lineCurrency === undefined) return this.factsOf(row, sheetRow, customer);
    // A settled date beside a balance still owed is a part payment: the line stays open.
    const settledDate = settled !== null && open === 0 ? settled : null;
    const stated = dueDate === null ? this.daysAt(row, sheetRow) : null;
    this.lines.push({
      row: sheetRow,
      customer,
      invoice: invoice || null,
      documentDate,
      dueDate,
      amount,
      openBalance: open,
      statedDaysPastDue: stated,
      bucket: null,
      settledDate,
      currency: lineCurrency,
    });
    this.factsOf(row, sheetRow, customer);
  }

  /** The currency mark written in a money cell, or null. */
  private moneyMark(row: readonly Cell[], column: number): string | null {
    if (column < 0) return null;
    const m = parseMoneyCell(row[column] ?? null);
    return m?.ok ? m.currency : null;
  }

  /**
   * A line's currency: the currency column, the marks written in its money cells, else the one its
   * money column's header names (`Amount (EUR)`, `金额（元）`). Two different currencies on one row
   * cannot both be right: the row is reported and left out (undefined) rather than added up in
   * either.
   */
  private currencyOf(row: readonly Cell[], sheetRow: number, column: number, marks: readonly (string | null)[]): string | null | undefined {
    const named = this.cCurrency >= 0 ? currencyOfColumnText(cellText(row[this.cCurrency])) : null;
    let found = named;
    for (const mark of marks) {
      if (mark === null) continue;
      if (found !== null && mark !== found) {
        const at = named !== null ? this.cCurrency : column;
        this.report(sheetRow, at, 'currency-conflict', 'currencyConflict', cellText(row[at]), 'rowDropped', { first: found, second: mark });
        return undefined;
      }
      found = mark;
    }
    return found ?? this.headerCurrency[column] ?? null;
  }

  /** A date cell: the day, null when empty, undefined when unusable and `fatal` (the line is dropped). */
  private dateAt(row: readonly Cell[], sheetRow: number, column: number, fatal: boolean): EpochDay | null | undefined {
    if (column < 0) return null;
    const cell = row[column];
    if (isEmptyCell(cell)) return null;
    const parsed = parseDateCell(cell ?? null, this.dateOrder);
    if (parsed === null) return null;
    if (parsed.ok) return parsed.day;
    this.report(sheetRow, column, parsed.code, parsed.code === 'ambiguous-date' ? 'ambiguousDate' : 'badDate', cellText(cell), fatal ? 'rowDropped' : 'cellIgnored');
    return fatal ? undefined : null;
  }

  /**
   * The settled date, or null. A `0` is Excel's date of an empty cell (a formula pointing at a blank
   * payment date shows 00/01/1900): it means not paid, not a bad date.
   */
  private settledAt(row: readonly Cell[], sheetRow: number): EpochDay | null {
    if (this.cSettled < 0) return null;
    const cell = row[this.cSettled];
    if (cell === 0 || (typeof cell === 'string' && /^\s*0\s*$/.test(cell))) return null;
    return this.dateAt(row, sheetRow, this.cSettled, false) ?? null;
  }

  /** A money cell: the amount, null when empty, undefined when unusable and `fatal`. */
  private moneyAt(row: readonly Cell[], sheetRow: number, column: number, fatal: boolean): { value: number; currency: string | null } | null | undefined {
    const cell = row[column];
    const parsed = parseMoneyCell(cell ?? null);
    if (parsed === null) return null;
    if (parsed.ok) return parsed;
    this.report(sheetRow, column, 'bad-amount', 'badAmount', cellText(cell), fatal ? 'rowDropped' : 'cellIgnored');
    return fatal ? undefined : null;
  }

  /** Days past due as the sheet states them: a number, `45 days`, or a bucket label like `31-60天`. */
  private daysAt(row: readonly Cell[], sheetRow: number): number | null {
    if (this.cDays < 0) return null;
    const cell = row[this.cDays];
    const days = parseDaysNumber(cell);
    if (days === null) return null;
    if (days !== 'invalid') return Math.round(days);
    const bucket = parseBucket(cellText(cell), this.cDays, null);
    if (bucket) return bucket.fromDays;
    this.report(sheetRow, this.cDays, 'bad-number', 'badDays', cellText(cell), 'cellIgnored');
    return null;
  }

  // ---- bucket summaries ----------------------------------------------------------------------

  private readSummaryRows(): void {
    const { table } = this;
    const buckets = this.header.buckets;
    const sums: Sums = { sinceTotal: 0, all: 0, subtotals: 0 };
    for (let r = this.header.index + 1; r < table.length; r++) {
      const sheetRow = r + 1;
      const given = table[r] as readonly Cell[] | undefined;
      if (!Array.isArray(given)) {
        this.skippedRows.push(sheetRow);
        continue;
      }
      const row = this.withoutErrors(given, sheetRow);
      if (row === null) continue;
      let hasMoney = this.cTotal >= 0 && !isEmptyCell(row[this.cTotal]);
      for (let b = 0; b < buckets.length && !hasMoney; b++) hasMoney = !isEmptyCell(row[buckets[b]!.column]);
      const customer = this.cCustomer >= 0 ? cellText(row[this.cCustomer]) : '';
      const first = this.cCustomer === 0 ? customer : cellText(row[0]);
      // Blank, title, account-block, total, percentage and footer rows.
      if (!hasMoney || isTotalLabel(customer) || isTotalLabel(first) || (!customer && hasTotalLabel(row))) {
        this.skippedRows.push(sheetRow);
        if (hasMoney) this.checkTotalRow(row, sheetRow, buckets[0]!.column, this.rowCents(row), sums);
        continue;
      }
      if (!customer) {
        // Sums with no name: a total row when they add up to the rows above, else money nobody owns.
        const cents = this.rowCents(row);
        if (cents === sums.sinceTotal || cents === sums.all) {
          this.skippedRows.push(sheetRow);
          sums.sinceTotal = 0;
        } else this.report(sheetRow, Math.max(this.cCustomer, 0), 'unlabelled-sum', 'unlabelledSum', String(cents / 100), 'rowDropped');
        continue;
      }
      const firstBucket = buckets[0]!;
      const cell = row[firstBucket.column];
      if (typeof cell === 'string' && cell.trim() === firstBucket.header.trim()) {
        this.skippedRows.push(sheetRow); // a repeated header
        continue;
      }
      const before = this.lines.length;
      this.summaryLine(row, sheetRow, customer, buckets);
      for (let i = before; i < this.lines.length; i++) {
        const cents = Math.round(this.lines[i]!.openBalance * 100);
        sums.sinceTotal += cents;
        sums.all += cents;
      }
    }
  }

  /**
   * A row labelled as a total restates money already counted, so it is skipped; when its sum is
   * neither that of the rows since the last total nor that of the whole sheet, it may be a customer
   * named like a total, or rows are missing above it: say so rather than lose it in silence.
   * Percentage rows (Odoo's "Percents") hold no money and are not checked.
   */
  private checkTotalRow(row: readonly Cell[], sheetRow: number, column: number, cents: number | null, sums: Sums): void {
    const since = sums.sinceTotal;
    sums.sinceTotal = 0;
    if (cents === null || this.lines.length === 0) return;
    // Subtotals add up to a section total above them (customers within an age section).
    if (cents === since) {
      sums.subtotals += cents;
      return;
    }
    if (cents === sums.subtotals) {
      sums.subtotals = 0;
      return;
    }
    if (cents === sums.all) return;
    if (row.some((c) => typeof c === 'string' && /%|percent/i.test(c))) return;
    this.report(sheetRow, column, 'total-mismatch', 'totalRowMismatch', String(cents / 100), null, { sum: since / 100, all: sums.all / 100 });
  }

  /** The sum of a row's bucket cells in cents (unreadable cells count 0). */
  private rowCents(row: readonly Cell[]): number {
    let cents = 0;
    for (const b of this.header.buckets) cents += centsOf(row[b.column]) ?? 0;
    return cents;
  }

  private summaryLine(row: readonly Cell[], sheetRow: number, customer: string, buckets: readonly BucketColumn[]): void {
    const lines: AgingLine[] = [];
    let cents = 0;
    let bad = false;
    const marks: (string | null)[] = [];
    for (const b of buckets) {
      const v = this.moneyAt(row, sheetRow, b.column, true);
      if (v === undefined) {
        bad = true;
        continue;
      }
      if (v === null || v.value === 0) continue;
      cents += Math.round(v.value * 100);
      marks.push(v.currency);
      lines.push({
        row: sheetRow, customer, invoice: null, documentDate: null, dueDate: null, amount: null, openBalance: v.value,
        statedDaysPastDue: b.fromDays, bucket: b, settledDate: null, currency: null,
      });
    }
    const currency = bad ? null : this.currencyOf(row, sheetRow, buckets[0]!.column, marks);
    if (currency === undefined) bad = true;
    if (!bad) {
      if (this.cTotal >= 0) {
        const total = this.moneyAt(row, sheetRow, this.cTotal, false);
        if (total && Math.round(total.value * 100) !== cents) {
          this.report(sheetRow, this.cTotal, 'total-mismatch', 'totalMismatch', cellText(row[this.cTotal]), null, { sum: cents / 100 });
        }
      }
      for (const line of lines) this.lines.push({ ...line, currency: currency ?? null });
    }
    this.factsOf(row, sheetRow, customer);
  }

  // ---- facts and issues ----------------------------------------------------------------------

  private factsOf(row: readonly Cell[], sheetRow: number, customer: string): void {
    const problems = this.facts.read(this.debtorOf(customer).facts, row);
    if (!problems) return;
    for (const p of problems) {
      const column = this.header.columns[p.field]!;
      this.report(sheetRow, column, p.code, FACT_MESSAGES[p.field], cellText(row[column]), 'cellIgnored');
    }
  }

  private report(
    row: number, column: number, code: IssueCode, message: AgingMessage, value: string, effect: AgingEffect | null,
    extra: Readonly<Record<string, string | number>> = {},
  ): void {
    const name = this.header.headers[column] || columnLetter(column);
    const effectText = effect ? say(AGING_EFFECTS[effect], this.language) : '';
    const text = say(AGING_MESSAGES[message], this.language, { row, column: name, value, effect: effectText, ...extra }).trim();
    this.issues.push({ table: 'aging', row, column: name, code, message: text });
  }
}

/** The message for each fact column that cannot be read (phone, contact and title are free text: never unreadable). */
const FACT_MESSAGES: Readonly<Record<FactField, AgingMessage>> = {
  phone: 'badFlag', contact: 'badFlag', contactTitle: 'badFlag', companySize: 'badCompanySize', timeZone: 'badTimeZone', country: 'badCountry',
  workingHours: 'badHours', payday: 'badPayday', disputed: 'badFlag', doNotCall: 'badFlag', consumer: 'badFlag',
  avgDaysLate: 'badDays', noWorkplaceCalls: 'badFlag', inconvenientTimes: 'badHours',
};

/** Running sums of the money read, in cents, to tell a total row from money nobody owns. */
interface Sums {
  /** Since the last total row. */
  sinceTotal: number;
  /** Over the whole sheet. */
  all: number;
  /** Of the subtotal rows since the last section total. */
  subtotals: number;
}

/** a − b, in whole cents (no float drift: 100.1 − 0.1 is 100). */
function minus(a: number, b: number): number {
  const v = (Math.round(a * 100) - Math.round(b * 100)) / 100;
  return v === 0 ? 0 : v;
}

/** A filled date cell that is not a total's label (`小计` written in the date column). */
function isDateLike(cell: Cell | undefined): boolean {
  return !isEmptyCell(cell) && !(typeof cell === 'string' && isTotalLabel(cell.trim()));
}

/** A money cell in cents, or null when it is empty or no amount. */
function centsOf(cell: Cell | undefined): number | null {
  const m = parseMoneyCell(cell ?? null);
  return m?.ok ? Math.round(m.value * 100) : null;
}

function hasTotalLabel(row: readonly Cell[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell === 'string' && isTotalLabel(cell.trim())) return true;
  }
  return false;
}

/** A, B, …, Z, AA, AB, … for columns without a header. */
function columnLetter(index: number): string {
  let n = Math.max(0, index) + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
