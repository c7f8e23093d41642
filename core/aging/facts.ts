import { cellText, isEmptyCell, parseFlag, parseHoursRange } from '../coerce/text';
import type { Cell } from '../model/cell';
import type { IssueCode } from '../model/issue';
import { countryCode, isValidTimeZone, zoneForCountry } from './country-zone';
import type { AgingField, CompanySize, DebtorFacts } from './types';

/** The per-debtor columns a sheet may carry besides money. */
export const FACT_FIELDS = [
  'phone', 'contact', 'contactTitle', 'companySize', 'timeZone', 'country', 'workingHours', 'payday',
  'disputed', 'doNotCall', 'consumer', 'avgDaysLate', 'noWorkplaceCalls', 'inconvenientTimes',
] as const satisfies readonly AgingField[];
export type FactField = (typeof FACT_FIELDS)[number];

/** A fact cell that could not be read: which field, and why. The reader turns it into an issue. */
export interface FactProblem {
  readonly field: FactField;
  readonly code: IssueCode;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Hours = { readonly start: number; readonly end: number };

const SMALL = new Set(['small', 's', 'micro', 'mikro', '小', '小型', '小微', '微型', 'mała', 'mala', 'małe', 'male', 'mała firma']);
const MEDIUM = new Set(['medium', 'm', 'mid', 'sme', '中', '中型', 'średnia', 'srednia', 'średnie', 'srednie']);
const LARGE = new Set(['large', 'l', 'big', 'enterprise', '大', '大型', 'duża', 'duza', 'duże', 'duze']);
const CONSUMER = new Set(['consumer', 'individual', 'person', 'private', 'b2c', '个人', '消费者', 'konsument', 'osoba fizyczna', 'os. fizyczna']);
const BUSINESS = new Set(['business', 'company', 'b2b', 'corporate', '企业', '公司', '单位', 'firma', 'przedsiębiorca', 'przedsiebiorca']);

/**
 * Company size from a word (`small/medium/large`, `小/中/大`, `mała/średnia/duża`) or a head
 * count, using the EU thresholds (under 50 small, under 250 medium). `'invalid'` when unreadable.
 */
export function parseCompanySize(cell: Cell | undefined): CompanySize | null | 'invalid' {
  if (isEmptyCell(cell)) return null;
  if (typeof cell === 'number') return sizeOfHeadcount(cell);
  const t = cellText(cell).normalize('NFKC').toLowerCase();
  if (SMALL.has(t)) return 'small';
  if (MEDIUM.has(t)) return 'medium';
  if (LARGE.has(t)) return 'large';
  const count = /^(\d+)\s*(?:employees|staff|people|人|osób|osob|pracowników)?$/.exec(t);
  return count ? sizeOfHeadcount(Number(count[1])) : 'invalid';
}

function sizeOfHeadcount(n: number): CompanySize | 'invalid' {
  if (!Number.isFinite(n) || n < 0) return 'invalid';
  return n < 50 ? 'small' : n < 250 ? 'medium' : 'large';
}

/** `consumer`/`business` (or a yes/no flag meaning "is a consumer"). */
export function parseConsumer(cell: Cell | undefined): boolean | null | 'invalid' {
  if (isEmptyCell(cell)) return null;
  const t = cellText(cell).normalize('NFKC').toLowerCase();
  if (CONSUMER.has(t)) return true;
  if (BUSINESS.has(t)) return false;
  return parseFlag(cell);
}

/** Day of the month money arrives: 1–31, also written `15th`, `15.`, `15日`, `15号`. */
export function parsePayday(cell: Cell | undefined): number | null | 'invalid' {
  if (isEmptyCell(cell)) return null;
  const t = cellText(cell).normalize('NFKC').toLowerCase();
  const m = /^(\d{1,2})(?:st|nd|rd|th|\.|日|号)?$/.exec(t);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 31 ? n : 'invalid';
}

/** Average days late: a number of days (`12`, `12.5`, `12,5`, `12 days`). */
export function parseDaysNumber(cell: Cell | undefined): number | null | 'invalid' {
  if (isEmptyCell(cell)) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'invalid';
  const m = /^(-?\d+(?:[.,]\d+)?)\s*(?:d|days?|dni|天|日)?$/i.exec(cellText(cell).normalize('NFKC'));
  return m ? Number(m[1]!.replace(',', '.')) : 'invalid';
}

/** Several windows, `12:00-13:00; 18:00-19:00`. */
export function parseHoursList(cell: Cell | undefined): Hours[] | null | 'invalid' {
  if (isEmptyCell(cell)) return null;
  const out: Hours[] = [];
  for (const part of cellText(cell).split(/[,;，；、]/)) {
    if (!part.trim()) continue;
    const range = parseHoursRange(part.trim());
    if (!range) return 'invalid';
    out.push(range);
  }
  return out;
}

function emptyFacts(customer: string): Mutable<DebtorFacts> {
  return {
    customer, phone: null, contact: null, contactTitle: null, companySize: null, timeZone: null, country: null, workingHours: null,
    payday: null, disputed: false, doNotCall: false, consumer: null, avgDaysLate: null, noWorkplaceCalls: false,
    inconvenientTimes: [],
  };
}

/**
 * Gathers the per-debtor columns, keyed by customer key. A debtor's facts may be repeated on each
 * invoice row or written once: the first non-empty value wins, and a yes on any row sets a flag
 * (one row saying "disputed" is enough to hold the calls).
 */
export class FactsCollector {
  private readonly byKey = new Map<string, Mutable<DebtorFacts>>();
  private readonly present: readonly (readonly [FactField, number])[];

  constructor(columns: Partial<Record<AgingField, number>>) {
    this.present = FACT_FIELDS.flatMap((f) => (columns[f] === undefined ? [] : [[f, columns[f]!] as const]));
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** The facts being gathered for a customer key (created empty on first sight). */
  factsFor(key: string, customer: string): Mutable<DebtorFacts> {
    let facts = this.byKey.get(key);
    if (!facts) this.byKey.set(key, (facts = emptyFacts(customer)));
    return facts;
  }

  /** Reads one row's fact cells into `facts`; returns the cells that could not be read. */
  read(facts: Mutable<DebtorFacts>, row: readonly Cell[]): FactProblem[] | null {
    let problems: FactProblem[] | null = null;
    for (const [field, column] of this.present) {
      const cell = row[column];
      if (isEmptyCell(cell)) continue;
      const code = readFact(facts, field, cell);
      if (code) (problems ??= []).push({ field, code });
    }
    return problems;
  }

  result(): ReadonlyMap<string, DebtorFacts> {
    // A country fills in the zone only when no row named a zone.
    for (const facts of this.byKey.values()) if (!facts.timeZone && facts.country) facts.timeZone = zoneForCountry(facts.country);
    return this.byKey;
  }
}

/** Stores one fact cell; returns an issue code when the cell cannot be read. */
function readFact(facts: Mutable<DebtorFacts>, field: FactField, cell: Cell | undefined): IssueCode | null {
  switch (field) {
    case 'phone':
      facts.phone ??= cellText(cell);
      return null;
    case 'contact':
      facts.contact ??= cellText(cell);
      return null;
    case 'contactTitle':
      facts.contactTitle ??= cellText(cell);
      return null;
    case 'companySize': {
      if (facts.companySize) return null;
      const v = parseCompanySize(cell);
      if (v === 'invalid') return 'bad-company-size';
      facts.companySize = v;
      return null;
    }
    case 'timeZone': {
      if (facts.timeZone) return null;
      const zone = cellText(cell);
      if (!isValidTimeZone(zone)) return 'bad-time-zone';
      facts.timeZone = zone;
      return null;
    }
    case 'country': {
      if (facts.country) return null;
      const code = countryCode(cellText(cell));
      if (!code) return 'bad-country';
      facts.country = code;
      return null;
    }
    case 'workingHours': {
      if (facts.workingHours) return null;
      const hours = parseHoursRange(cellText(cell));
      if (!hours) return 'bad-hours';
      facts.workingHours = hours;
      return null;
    }
    case 'payday': {
      if (facts.payday !== null) return null;
      const day = parsePayday(cell);
      if (day === 'invalid') return 'bad-payday';
      facts.payday = day;
      return null;
    }
    case 'avgDaysLate': {
      if (facts.avgDaysLate !== null) return null;
      const days = parseDaysNumber(cell);
      if (days === 'invalid') return 'bad-number';
      facts.avgDaysLate = days;
      return null;
    }
    case 'consumer': {
      if (facts.consumer !== null) return null;
      const v = parseConsumer(cell);
      if (v === 'invalid') return 'bad-flag';
      facts.consumer = v;
      return null;
    }
    case 'inconvenientTimes': {
      const list = parseHoursList(cell);
      if (list === 'invalid') return 'bad-hours';
      if (list && facts.inconvenientTimes.length === 0) facts.inconvenientTimes = list;
      return null;
    }
    case 'disputed':
    case 'doNotCall':
    case 'noWorkplaceCalls': {
      const v = parseFlag(cell);
      if (v === 'invalid') return 'bad-flag';
      if (v) facts[field] = true;
      return null;
    }
  }
}
