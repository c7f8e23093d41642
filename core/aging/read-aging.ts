import { parseDateCell, decideDateOrder } from '../coerce/date';
import { parseMoneyCell } from '../coerce/money';
import { say } from '../i18n/texts';
import type { Cell, DateOrder, Table } from '../model/cell';
import type { InputIssue, IssueCode } from '../model/issue';
import { isKnownTimeZone } from '../time/zone';
import { parseHoursRange } from '../time/hours';
import { fieldOfHeader, normalizeHeader, parseBucket } from './columns';
import { countryCode, zoneForCountry } from './country-zone';
import { customerKey } from './customer-key';
import { AGING_MESSAGES } from './messages';
import type { AgingField, AgingLayout, AgingLine, AgingRead, AgingReadOptions, AgingSource, BucketColumn, CompanySize, DebtorFacts } from './types';

const HEADER_SCAN_ROWS = 30;

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 1e9) / 1e9);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

interface HeaderFound {
  readonly index: number;
  readonly columns: Partial<Record<AgingField, number>>;
  readonly buckets: BucketColumn[];
  readonly headers: string[];
}

/** A header row names a customer column and an amount, balance or bucket column. */
function findHeader(table: Table): HeaderFound | null {
  const limit = Math.min(table.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = table[r] ?? [];
    const columns: Partial<Record<AgingField, number>> = {};
    const buckets: BucketColumn[] = [];
    const headers = row.map(text);
    let upper: number | null = null;
    headers.forEach((h, c) => {
      if (!h) return;
      const bucket = parseBucket(h, c, upper);
      if (bucket) {
        buckets.push(bucket);
        if (bucket.toDays !== null) upper = bucket.toDays;
        return;
      }
      const field = fieldOfHeader(h);
      if (field && columns[field] === undefined) columns[field] = c;
    });
    // QuickBooks detail exports leave the customer column's header as "Customer full name"; its
    // summary leaves the first header empty and puts names in column A.
    if (columns.customer === undefined && buckets.length >= 2 && !headers[0]) columns.customer = 0;
    const hasMoney = columns.amount !== undefined || columns.openBalance !== undefined || buckets.length >= 2;
    if (columns.customer !== undefined && hasMoney) {
      if (buckets.length >= 2 && columns.amount !== undefined && normalizeHeader(headers[columns.amount] ?? '') === 'total') {
        columns.total = columns.amount;
        delete columns.amount;
      }
      return { index: r, columns, buckets, headers };
    }
  }
  return null;
}

function detectSource(h: HeaderFound): AgingSource {
  const all = h.headers.map(normalizeHeader).join('|');
  if (all.includes('customer full name') || all.includes('open balance')) return 'quickbooks-detail';
  if (h.buckets.some((b) => /91 and over/i.test(b.header))) return 'quickbooks-summary';
  if (all.includes('invoiceamountdue') || all.includes('contactname')) return 'xero-invoices';
  if (h.buckets.some((b) => /month/i.test(b.header))) return 'xero-summary';
  if (all.includes('partner') || h.buckets.some((b) => /age/i.test(b.header))) return 'odoo';
  if (h.buckets.some((b) => /period/i.test(b.header))) return 'sage';
  if (h.buckets.some((b) => /^>\s*45$/.test(normalizeHeader(b.header)))) return 'zoho';
  if (/[\u4e00-\u9fff]/.test(all)) return 'chinese';
  if (/kontrahent|termin|zapłaty|faktury/.test(all)) return 'polish';
  return 'generic';
}

const TOTAL_ROW = /^(total|totals|grand total|total for .*|.* total|合计|总计|小计|razem|suma|ogółem|ogolem|percents|percent|%)$/i;
const SECTION_ROW = /^(current|not due|\d+\s*(-|–)\s*\d+ days past due|\d+ or more days past due|.*days past due)$/i;

function flag(cell: Cell | undefined): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0;
  const t = text(cell).toLowerCase();
  if (!t) return null;
  if (/^(yes|y|true|x|1|是|有|tak|t|✓)$/.test(t)) return true;
  if (/^(no|n|false|0|否|无|nie)$/.test(t)) return false;
  return null;
}

function companySize(cell: Cell | undefined): CompanySize | null {
  if (typeof cell === 'number') return cell < 50 ? 'small' : cell < 250 ? 'medium' : 'large';
  const t = text(cell).toLowerCase();
  if (/^(small|s|小|小型|mała|mala|mikro)$/.test(t)) return 'small';
  if (/^(medium|m|中|中型|średnia|srednia)$/.test(t)) return 'medium';
  if (/^(large|l|大|大型|duża|duza)$/.test(t)) return 'large';
  const n = Number(t);
  return Number.isFinite(n) && t ? companySize(n) : null;
}

/**
 * Reads an aging sheet as exported by accounting systems or typed by hand. Finds the header row,
 * tells invoice detail from bucket summaries, skips title, as-of, section, subtotal, total and
 * footer rows, and reports every unusable cell instead of guessing. Never throws.
 */
export function readAging(cells: Table, options: AgingReadOptions = {}): AgingRead {
  const language = options.language ?? 'en';
  const issues: InputIssue[] = [];
  const header = Array.isArray(cells) ? findHeader(cells) : null;
  if (!header) {
    return {
      layout: {
        kind: 'invoice', source: 'generic', headerRow: 0, columns: {}, headers: [], buckets: [], ageBasis: 'due-date',
        dateOrder: options.dateOrder ?? null, dateOrderFrom: 'none', skippedRows: [], reportAsOf: null,
      },
      lines: [],
      facts: new Map(),
      issues: [{ table: 'aging', row: 1, column: '', code: 'no-header', message: say(AGING_MESSAGES.noHeader, language, { rows: HEADER_SCAN_ROWS }) }],
    };
  }
  const { columns: col, buckets, headers } = header;
  const kind = buckets.length >= 2 && col.dueDate === undefined ? 'bucket-summary' : 'invoice';
  const columnName = (c: number) => headers[c] || String.fromCharCode(65 + (c % 26));

  // Report date from the title block ("As of November 23, 2026").
  let reportAsOf: number | null = null;
  for (let r = 0; r < header.index; r++) {
    for (const cell of cells[r] ?? []) {
      const m = /(?:as of|as at|na dzień|截至|截止)\s*[:：]?\s*(.+?)\s*$/i.exec(text(cell));
      if (m) {
        const d = parseDateCell(m[1]!.replace(/日$/, '日'), options.dateOrder ?? null);
        if (d?.ok) reportAsOf = d.day;
      }
    }
  }

  // Date order: the setting, else evidence in the date columns.
  let dateOrder: DateOrder | null = options.dateOrder ?? null;
  let dateOrderFrom: AgingLayout['dateOrderFrom'] = dateOrder ? 'setting' : 'none';
  if (!dateOrder) {
    const samples: Cell[] = [];
    for (const field of ['dueDate', 'documentDate', 'settledDate'] as const) {
      const c = col[field];
      if (c === undefined) continue;
      for (let r = header.index + 1; r < cells.length; r++) samples.push((cells[r] ?? [])[c] ?? null);
    }
    dateOrder = decideDateOrder(samples);
    if (dateOrder) dateOrderFrom = 'evidence';
  }

  const lines: AgingLine[] = [];
  const facts = new Map<string, DebtorFacts>();
  const skippedRows: number[] = [];
  let groupName: string | null = null;
  const moneyColumn = col.openBalance ?? col.amount;

  for (let r = header.index + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const sheetRow = r + 1;
    const customerCell = col.customer !== undefined ? text(row[col.customer]) : '';
    const first = text(row[0]);
    const nonEmpty = row.filter((c) => text(c) !== '').length;
    if (nonEmpty === 0) {
      skippedRows.push(sheetRow);
      continue;
    }
    const label = customerCell || first;
    if (TOTAL_ROW.test(label) || TOTAL_ROW.test(first)) {
      if (/^total for /i.test(label) || /^total for /i.test(first)) groupName = null;
      skippedRows.push(sheetRow);
      continue;
    }
    const hasMoney = moneyColumn !== undefined ? text(row[moneyColumn]) !== '' : buckets.some((b) => text(row[b.column]) !== '');
    if (!hasMoney) {
      // A section ("91 or more days past due"), a customer group row, an "As of" or footer line.
      if (nonEmpty === 1 && first && !SECTION_ROW.test(first) && kind === 'invoice' && !/\d{1,2}:\d{2}/.test(first)) groupName = first;
      skippedRows.push(sheetRow);
      continue;
    }
    const customer = customerCell || (kind === 'invoice' ? groupName ?? '' : '');
    if (!customer) {
      issues.push(issue(sheetRow, col.customer ?? 0, 'missing-customer', AGING_MESSAGES.badValue, ''));
      continue;
    }

    let bad = false;
    const readDate = (field: 'dueDate' | 'documentDate' | 'settledDate', fatal: boolean): number | null => {
      const c = col[field];
      if (c === undefined) return null;
      const parsed = parseDateCell(row[c] ?? null, dateOrder);
      if (parsed === null) return null;
      if (parsed.ok) return parsed.day;
      issues.push(issue(sheetRow, c, parsed.code, parsed.code === 'ambiguous-date' ? AGING_MESSAGES.ambiguousDate : fatal ? AGING_MESSAGES.badDate : AGING_MESSAGES.badValue, text(row[c])));
      if (fatal) bad = true;
      return null;
    };
    const readMoney = (c: number | undefined): { value: number; currency: string | null } | null => {
      if (c === undefined) return null;
      const parsed = parseMoneyCell(row[c] ?? null);
      if (parsed === null) return null;
      if (parsed.ok) return parsed;
      issues.push(issue(sheetRow, c, 'bad-amount', AGING_MESSAGES.badAmount, text(row[c])));
      bad = true;
      return null;
    };
    const currencyCell = col.currency !== undefined ? text(row[col.currency]).toUpperCase() || null : null;

    if (kind === 'bucket-summary') {
      let sum = 0;
      const bucketLines: AgingLine[] = [];
      for (const b of buckets) {
        const v = readMoney(b.column);
        if (!v || v.value === 0) continue;
        sum += v.value;
        bucketLines.push({
          row: sheetRow, customer, invoice: null, documentDate: null, dueDate: null, amount: null, openBalance: v.value,
          statedDaysPastDue: b.fromDays, bucket: b, settledDate: null, currency: currencyCell ?? v.currency,
        });
      }
      if (bad) continue;
      const total = readMoney(col.total);
      if (total && Math.abs(Math.round(sum * 100) - Math.round(total.value * 100)) > 0) {
        issues.push(issue(sheetRow, col.total!, 'bad-amount', AGING_MESSAGES.totalMismatch, text(row[col.total!]), { sum: Math.round(sum * 100) / 100, total: total.value }));
      }
      lines.push(...bucketLines);
    } else {
      const dueDate = readDate('dueDate', true);
      const documentDate = readDate('documentDate', col.dueDate === undefined);
      const settledDate = readDate('settledDate', false);
      const amount = readMoney(col.amount);
      const open = col.openBalance !== undefined ? readMoney(col.openBalance) : amount;
      let stated: number | null = null;
      if (col.daysPastDue !== undefined && text(row[col.daysPastDue]) !== '') {
        const n = Number(text(row[col.daysPastDue]).replace(',', '.'));
        if (Number.isFinite(n)) stated = Math.round(n);
        else issues.push(issue(sheetRow, col.daysPastDue, 'bad-number', AGING_MESSAGES.badValue, text(row[col.daysPastDue])));
      }
      if (bad || !open) continue;
      lines.push({
        row: sheetRow,
        customer,
        invoice: col.invoice !== undefined ? text(row[col.invoice]) || null : null,
        documentDate,
        dueDate,
        amount: amount?.value ?? null,
        openBalance: settledDate !== null ? 0 : open.value,
        statedDaysPastDue: dueDate === null ? stated : null,
        bucket: null,
        settledDate,
        currency: currencyCell ?? open.currency ?? amount?.currency ?? null,
      });
    }
    readFacts(row, customer, sheetRow);
  }

  function issue(row: number, column: number, code: IssueCode, texts: (typeof AGING_MESSAGES)[keyof typeof AGING_MESSAGES], value: string, extra: Record<string, string | number> = {}): InputIssue {
    return { table: 'aging', row, column: columnName(column), code, message: say(texts, language, { row, column: columnName(column), value, ...extra }) };
  }

  function readFacts(row: readonly Cell[], customer: string, sheetRow: number): void {
    const key = customerKey(customer);
    const previous = facts.get(key);
    const get = (f: AgingField) => (col[f] === undefined ? undefined : row[col[f]!]);
    const pick = <T>(old: T | null | undefined, next: T | null): T | null => (old !== null && old !== undefined ? old : next);
    const note = (f: AgingField, code: IssueCode) => issues.push(issue(sheetRow, col[f]!, code, AGING_MESSAGES.badValue, text(get(f))));

    let timeZone: string | null = null;
    const tzText = text(get('timeZone'));
    if (tzText) {
      if (isKnownTimeZone(tzText)) timeZone = tzText;
      else note('timeZone', 'bad-time-zone');
    }
    let country: string | null = null;
    const countryText = text(get('country'));
    if (countryText) {
      country = countryCode(countryText);
      if (!country) note('country', 'bad-country');
      else if (!timeZone) timeZone = zoneForCountry(country);
    }
    let workingHours = null;
    const hoursText = text(get('workingHours'));
    if (hoursText) {
      workingHours = parseHoursRange(hoursText);
      if (!workingHours) note('workingHours', 'bad-hours');
    }
    let payday: number | null = null;
    const paydayText = text(get('payday'));
    if (paydayText) {
      const n = Number(paydayText);
      if (Number.isInteger(n) && n >= 1 && n <= 31) payday = n;
      else note('payday', 'bad-payday');
    }
    const readFlag = (f: AgingField): boolean | null => {
      const v = get(f);
      if (text(v) === '') return null;
      const b = flag(v);
      if (b === null) note(f, 'bad-flag');
      return b;
    };
    const consumerText = text(get('consumer')).toLowerCase();
    const consumer = consumerText === '' ? null : /^(consumer|individual|person|个人|消费者|konsument|osoba fizyczna)$/.test(consumerText) ? true : /^(business|company|b2b|企业|公司|firma)$/.test(consumerText) ? false : readFlag('consumer');
    const avg = text(get('avgDaysLate'));
    const inconvenient = text(get('inconvenientTimes'))
      .split(/[,;，]/)
      .map((s) => parseHoursRange(s.trim()))
      .filter((x): x is NonNullable<typeof x> => x !== null);
    facts.set(key, {
      customer,
      phone: pick(previous?.phone, text(get('phone')) || null),
      contact: pick(previous?.contact, text(get('contact')) || null),
      companySize: pick(previous?.companySize, companySize(get('companySize'))),
      timeZone: pick(previous?.timeZone, timeZone),
      country: pick(previous?.country, country),
      workingHours: pick(previous?.workingHours, workingHours),
      payday: pick(previous?.payday, payday),
      disputed: (previous?.disputed ?? false) || readFlag('disputed') === true,
      doNotCall: (previous?.doNotCall ?? false) || readFlag('doNotCall') === true,
      consumer: pick(previous?.consumer, consumer),
      avgDaysLate: pick(previous?.avgDaysLate, avg && Number.isFinite(Number(avg)) ? Number(avg) : null),
      noWorkplaceCalls: (previous?.noWorkplaceCalls ?? false) || readFlag('noWorkplaceCalls') === true,
      inconvenientTimes: previous?.inconvenientTimes.length ? previous.inconvenientTimes : inconvenient,
    });
  }

  const ageBasis = kind === 'bucket-summary' ? 'bucket' : col.dueDate !== undefined ? 'due-date' : col.documentDate !== undefined ? 'document-date' : 'days-column';
  return {
    layout: {
      kind, source: detectSource(header), headerRow: header.index + 1, columns: col, headers, buckets, ageBasis,
      dateOrder, dateOrderFrom, skippedRows, reportAsOf,
    },
    lines,
    facts,
    issues,
  };
}
