import { parseDateCell } from '../coerce/date';
import { parseMoneyCell } from '../coerce/money';
import { customerKey } from '../aging/customer-key';
import { say, type Texts } from '../i18n/texts';
import type { Cell, DateOrder, Language, Table } from '../model/cell';
import type { EpochDay } from '../model/day';
import type { InputIssue } from '../model/issue';
import { instantOf } from '../time/zone';
import { callLogKeyOfHeader, parseOutcome, type CallLogKey, type Outcome } from './schema';

/** One call read back from the log. Times are instants; promise and consequence dates are calendar days. */
export interface CallRecord {
  readonly row: number;
  readonly at: Date;
  readonly customer: string;
  readonly key: string;
  readonly collector: string;
  readonly outcome: Outcome;
  readonly promisedAmount: number | null;
  readonly promisedDate: EpochDay | null;
  readonly callbackAt: Date | null;
  readonly excuse: string;
  readonly consequence: string;
  readonly consequenceDate: EpochDay | null;
  readonly balanceAtCall: number | null;
  readonly notes: string;
}

export interface CallLogRead {
  /** Oldest first. */
  readonly records: readonly CallRecord[];
  readonly issues: readonly InputIssue[];
}

export interface CallLogReadOptions {
  /** Zone of the log's wall-clock times (the collector's). */
  readonly timeZone: string;
  readonly language: Language;
  readonly dateOrder: DateOrder | null;
}

const MESSAGES = {
  noHeader: {
    en: 'The call log has no header row with "Customer" and "Outcome"; it was not used.',
    'zh-CN': '通话记录没有包含"客户"和"结果"的表头行，未被使用。',
    pl: 'Dziennik rozmów nie ma wiersza nagłówka z „Kontrahent” i „Wynik”; nie został użyty.',
  },
  badTime: {
    en: 'Call log row {row}, "{column}": "{value}" is not a date and time; this call was left out.',
    'zh-CN': '通话记录第{row}行"{column}"："{value}"不是有效的日期时间，该通话未计入。',
    pl: 'Dziennik, wiersz {row}, „{column}”: „{value}” nie jest datą i godziną; pominięto tę rozmowę.',
  },
  badOutcome: {
    en: 'Call log row {row}, "{column}": "{value}" is not an outcome (for example: no answer, promise to pay, paid); this call was left out.',
    'zh-CN': '通话记录第{row}行"{column}"："{value}"不是有效的通话结果（如：无人接听、承诺付款、已付款），该通话未计入。',
    pl: 'Dziennik, wiersz {row}, „{column}”: „{value}” nie jest wynikiem (np. brak odpowiedzi, obietnica zapłaty, zapłacono); pominięto tę rozmowę.',
  },
  badValue: {
    en: 'Call log row {row}, "{column}": "{value}" could not be read and was ignored.',
    'zh-CN': '通话记录第{row}行"{column}"："{value}"无法识别，已忽略。',
    pl: 'Dziennik, wiersz {row}, „{column}”: nie można odczytać „{value}”; pominięto tę wartość.',
  },
} as const satisfies Record<string, Texts>;


function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

/** Finds the header row (within the first 10 rows) and maps each known column. */
function findHeader(table: Table): { row: number; columns: Partial<Record<CallLogKey, number>> } | null {
  for (let r = 0; r < Math.min(table.length, 10); r++) {
    const columns: Partial<Record<CallLogKey, number>> = {};
    (table[r] ?? []).forEach((cell, c) => {
      const key = callLogKeyOfHeader(text(cell));
      if (key && columns[key] === undefined) columns[key] = c;
    });
    if (columns.customer !== undefined && columns.outcome !== undefined) return { row: r, columns };
  }
  return null;
}

/**
 * Reads the Call Log sheet. Rows with an unreadable time or outcome are reported and left out;
 * an unreadable optional value is reported and treated as empty. Never throws.
 */
export function readCallLog(table: Table | undefined, options: CallLogReadOptions): CallLogRead {
  if (!table || table.length === 0) return { records: [], issues: [] };
  const { language } = options;
  const header = findHeader(table);
  if (!header) {
    const nonEmpty = table.some((row) => row.some((c) => text(c) !== ''));
    return {
      records: [],
      issues: nonEmpty ? [{ table: 'callLog', row: 1, column: '', code: 'no-header', message: say(MESSAGES.noHeader, language) }] : [],
    };
  }
  const headerCells = table[header.row] ?? [];
  const columnName = (key: CallLogKey) => text(headerCells[header.columns[key] ?? -1]) || key;
  const records: CallRecord[] = [];
  const issues: InputIssue[] = [];

  for (let r = header.row + 1; r < table.length; r++) {
    const row = table[r] ?? [];
    const get = (key: CallLogKey): Cell | undefined => (header.columns[key] === undefined ? undefined : row[header.columns[key]!]);
    const customer = text(get('customer'));
    const outcomeText = text(get('outcome'));
    if (!customer && !outcomeText && !text(get('time'))) continue; // blank row
    const sheetRow = r + 1;
    const report = (key: CallLogKey, code: InputIssue['code'], texts: Texts) =>
      issues.push({ table: 'callLog', row: sheetRow, column: columnName(key), code, message: say(texts, language, { row: sheetRow, column: columnName(key), value: text(get(key)) }) });

    const outcome = parseOutcome(outcomeText);
    if (!outcome) {
      report('outcome', 'bad-outcome', MESSAGES.badOutcome);
      continue;
    }
    if (!customer) {
      report('customer', 'missing-customer', MESSAGES.badValue);
      continue;
    }
    const at = readInstant(get('time'), options);
    if (!at) {
      report('time', 'bad-date', MESSAGES.badTime);
      continue;
    }
    const optionalInstant = (key: CallLogKey): Date | null => {
      const cell = get(key);
      if (text(cell) === '') return null;
      const v = readInstant(cell, options);
      if (!v) report(key, 'bad-date', MESSAGES.badValue);
      return v;
    };
    const optionalDay = (key: CallLogKey): EpochDay | null => {
      const parsed = parseDateCell(get(key) ?? null, options.dateOrder);
      if (parsed === null) return null;
      if (!parsed.ok) {
        report(key, parsed.code, MESSAGES.badValue);
        return null;
      }
      return parsed.day;
    };
    const optionalMoney = (key: CallLogKey): number | null => {
      const parsed = parseMoneyCell(get(key) ?? null);
      if (parsed === null) return null;
      if (!parsed.ok) {
        report(key, 'bad-amount', MESSAGES.badValue);
        return null;
      }
      return parsed.value;
    };
    records.push({
      row: sheetRow,
      at,
      customer,
      key: customerKey(customer),
      collector: text(get('collector')),
      outcome,
      promisedAmount: optionalMoney('promisedAmount'),
      promisedDate: optionalDay('promisedDate'),
      callbackAt: optionalInstant('callbackAt'),
      excuse: text(get('excuse')),
      consequence: text(get('consequence')),
      consequenceDate: optionalDay('consequenceDate'),
      balanceAtCall: optionalMoney('balanceAtCall'),
      notes: text(get('notes')),
    });
  }
  // The log is append-only, but a user may sort it: history needs time order.
  records.sort((a, b) => a.at.getTime() - b.at.getTime() || a.row - b.row);
  return { records, issues };
}

/** Text with an explicit offset (`…Z`, `…+08:00`) is an instant; anything else is collector wall time. */
function readInstant(cell: Cell | undefined, options: CallLogReadOptions): Date | null {
  if (typeof cell === 'string' && /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(cell.trim())) {
    const ms = Date.parse(cell.trim());
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  const parsed = parseDateCell(cell ?? null, options.dateOrder);
  if (!parsed || !parsed.ok) return null;
  return instantOf({ day: parsed.day, minutes: parsed.minutes ?? 0 }, options.timeZone);
}
