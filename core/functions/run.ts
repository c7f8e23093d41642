import { excelSerialFromDay, parseDateCell } from '../coerce/date';
import { customerKey } from '../aging/customer-key';
import { say, type Texts } from '../i18n/texts';
import type { Cell, Language, Table } from '../model/cell';
import { planCalls } from '../plan/plan-calls';
import type { DebtorPlan, PlanResult } from '../plan/types';
import { collectability } from '../risk/collectability';
import { readSettings } from '../settings/read-settings';
import { summaryTable } from '../summary/spill';
import { instantOf, wallTimeOf } from '../time/zone';
import { fnError, type FnError } from './errors';
import { expandRepeats } from './log-columns';
import { indexed, PlanMemo } from './plan-memo';
import type { FunctionName } from './catalog';
import { textsOf } from '../i18n/catalog';

/** What a shell tells the function layer about its host. */
export interface HostOptions {
  /** Excel wants serial numbers (collector wall time); Apps Script wants Date instants. */
  readonly dates: 'serial' | 'date';
  /** The shell's clock, used only when the as_of argument is omitted. */
  readonly now?: Date;
  readonly hostTimeZone?: string;
  readonly hostLocale?: string;
}

export type FnCell = string | number | boolean | Date | FnError;

/** Marks an error that is a defect of AR CallDesk, not of the user's input. */
export const INTERNAL_ERROR_PREFIX = 'AR CallDesk could not compute this (please report it): ';
export type FnResult = FnCell[][] | FnError;

const T = /* @__PURE__ */ textsOf('functions');

const LABELS: Readonly<Record<Exclude<FunctionName, 'CALLPLAN' | 'CALLAGENDA' | 'COLLECTIBILITY' | 'AGINGSUMMARY'>, Texts>> = /* @__PURE__ */ textsOf('functions.label');

const PLAN_COLUMN = /* @__PURE__ */ textsOf('functions.planHeader');

const PLAN_HEADER: readonly Texts[] = [PLAN_COLUMN.customer, PLAN_COLUMN.balance, PLAN_COLUMN.daysPastDue, PLAN_COLUMN.risk, PLAN_COLUMN.priority, PLAN_COLUMN.nextCall, PLAN_COLUMN.stage, PLAN_COLUMN.why];

const AGENDA_COLUMN = /* @__PURE__ */ textsOf('functions.agendaHeader');

const AGENDA_HEADER: readonly Texts[] = [AGENDA_COLUMN.time, AGENDA_COLUMN.collector, AGENDA_COLUMN.customer, AGENDA_COLUMN.phone, AGENDA_COLUMN.debtorTime, AGENDA_COLUMN.stage, AGENDA_COLUMN.priority, AGENDA_COLUMN.why];

function isEmptyArg(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.every((row) => (Array.isArray(row) ? row.every((c) => c === null || c === undefined || c === '') : row === '' || row === null));
  return false;
}

/**
 * A range argument as rows. Hosts pass a range as an array of row arrays; a flat array is one row.
 * Only the ends are looked at: a filled-down column calls this for every cell, and scanning every
 * row each time cost as much as the memo's whole comparison.
 */
function asTable(v: unknown): Table | null {
  if (!Array.isArray(v)) return null;
  return v.length === 0 || (Array.isArray(v[0]) && Array.isArray(v[v.length - 1])) ? (v as Table) : [v as Cell[]];
}

function isBlankCell(c: unknown): boolean {
  return c === null || c === undefined || c === '';
}

/**
 * Rows up to the last one holding anything. A whole-column range (`Aging!A:M`, a named range over
 * whole columns) arrives as tall as the sheet; its per-row answer stops at the data, so the spill
 * covers the used rows only instead of a million blank cells.
 */
function usedRows(table: Table): number {
  for (let r = table.length - 1; r >= 0; r--) {
    const row = table[r];
    if (Array.isArray(row) ? !row.every(isBlankCell) : !isBlankCell(row)) return r + 1;
  }
  return 0;
}

function scalar(v: unknown): Cell {
  if (Array.isArray(v)) return scalar(v[0]);
  return v as Cell;
}

// One plan is kept so that a column of =CALLPRIORITY(…, [@Customer]) plans once, not once per row.
// It is a cache of a pure function compared on the full input, so it never changes an answer.
const memo = new PlanMemo();

/**
 * Runs one spreadsheet function of the catalog on the values a host passed in. Always returns a
 * value: a 2-D array lined up with the aging range (or the CALLPLAN table), with FnError cells for
 * rows that could not be used, or one FnError when the call as a whole cannot be answered.
 *
 * @example
 * runFunction('RISKCLASS', [aging, log, settings, 46349.375], { dates: 'serial' })
 * // → [['Risk class'], ['doubtful'], ['doubtful'], [''], …]
 */
export function runFunction(name: FunctionName, args: readonly unknown[], host: HostOptions): FnResult {
  const baseLanguage: Language = readSettings(asTable(args[2]) ?? undefined, { hostTimeZone: host.hostTimeZone ?? null }).settings.language;
  try {
    if (name === 'COLLECTIBILITY') return collectibilityColumn(args[0], baseLanguage);
    const aging = asTable(args[0]);
    if (!aging) return fnError('VALUE', say(T.notRange, baseLanguage, { arg: 'aging' }));
    const callLog = isEmptyArg(args[1]) ? undefined : asTable(args[1]);
    if (callLog === null) return fnError('VALUE', say(T.notRange, baseLanguage, { arg: 'call_log' }));
    const settingsTable = isEmptyArg(args[2]) ? undefined : asTable(args[2]);
    if (settingsTable === null) return fnError('VALUE', say(T.notRange, baseLanguage, { arg: 'settings' }));
    const { settings } = readSettings(settingsTable, { hostTimeZone: host.hostTimeZone ?? null });
    const language = settings.language;

    let asOf: Date;
    const asOfCell = scalar(args[3]);
    if (isEmptyArg(asOfCell)) {
      if (!host.now) return fnError('NA', say(T.noAsOf, language));
      asOf = host.now;
    } else if (typeof asOfCell === 'string' && /T\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/.test(asOfCell.trim()) && !Number.isNaN(Date.parse(asOfCell))) {
      asOf = new Date(Date.parse(asOfCell));
    } else {
      const parsed = parseDateCell(asOfCell, settings.dateOrder);
      if (!parsed || !parsed.ok) return fnError('VALUE', say(T.badAsOf, language, { value: String(asOfCell) }));
      // A date without a time means the start of the collector's working day.
      asOf = instantOf({ day: parsed.day, minutes: parsed.minutes ?? settings.collectorHours.start }, settings.collectorTimeZone);
    }

    // A log passed by Set up's formula has its repeated customers and outcomes as row numbers;
    // restored only when planning, so that the memo compares what the host handed over.
    const input = () => ({ aging, callLog: callLog && expandRepeats(callLog), settings: settingsTable, asOf, hostTimeZone: host.hostTimeZone ?? null, hostLocale: host.hostLocale ?? null });
    // Only the one-customer form is called once per row with the same ranges; comparing a whole
    // sheet for the spilled forms would cost time and save nothing.
    const oneCustomer = name !== 'CALLPLAN' && name !== 'CALLAGENDA' && name !== 'AGINGSUMMARY' && !isEmptyArg(scalar(args[4]));
    const { plan, byCustomer } = oneCustomer
      ? memo.get({ aging, callLog, settings: settingsTable, asOfMs: asOf.getTime(), hostTimeZone: host.hostTimeZone ?? null, hostLocale: host.hostLocale ?? null }, () => planCalls(input()))
      : indexed(planCalls(input()));

    const dateOut = (d: Date): FnCell => {
      if (host.dates === 'date') return d;
      const wall = wallTimeOf(d, plan.settings.collectorTimeZone);
      return excelSerialFromDay(wall.day, wall.minutes);
    };
    const valueOf = (debtor: DebtorPlan): FnCell => {
      switch (name) {
        case 'NEXTCALL':
          return debtor.nextCall ? dateOut(debtor.nextCall.start) : fnError('NA', debtor.nextCallWhy);
        case 'CALLPRIORITY':
          return debtor.priority;
        case 'RISKCLASS':
          return debtor.riskName;
        case 'ESCALATION':
          return `${debtor.stage} ${debtor.stageName}`;
        default:
          return '';
      }
    };

    // The plan's language, which falls back to the host's display language, as the summary's own labels do.
    if (name === 'AGINGSUMMARY') return summaryTable(plan.summary, plan.language);

    if (name === 'CALLPLAN') {
      return [
        PLAN_HEADER.map((h) => say(h, language)),
        ...plan.debtors.map((d) => [
          d.customer,
          d.balance,
          d.daysPastDue,
          d.riskName,
          d.priority,
          d.nextCall ? dateOut(d.nextCall.start) : '',
          `${d.stage} ${d.stageName}`,
          d.reasons.join(' '),
        ]),
      ];
    }

    if (name === 'CALLAGENDA') return agendaTable(plan, scalar(args[4]), dateOut);

    const customerArg = scalar(args[4]);
    if (!isEmptyArg(customerArg)) {
      const debtor = byCustomer.get(customerKey(String(customerArg)));
      return [[debtor ? valueOf(debtor) : fnError('NA', say(T.notFound, language, { customer: String(customerArg) }))]];
    }

    const byRow = new Map<number, DebtorPlan>();
    for (const d of plan.debtors) for (const r of d.rows) byRow.set(r, d);
    const problems = new Map<number, string>();
    for (const i of plan.issues) if (i.table === 'aging' && !problems.has(i.row)) problems.set(i.row, i.message);
    const headerRow = plan.layout.headerRow;
    return aging.slice(0, Math.max(1, usedRows(aging))).map((_, index) => {
      const row = index + 1;
      if (row === headerRow) return [say(LABELS[name], language)];
      const debtor = byRow.get(row);
      if (debtor) return [valueOf(debtor)];
      const problem = problems.get(row);
      return [problem ? fnError('VALUE', problem) : ''];
    });
  } catch (error) {
    // The core reports bad input as issues; reaching here is a defect, still shown as a value.
    return fnError('VALUE', `${INTERNAL_ERROR_PREFIX}${error instanceof Error ? error.message : String(error)}`);
  }
}

/** =CALLAGENDA: the day's calls, one row each, the header row first; one collector's when named. */
function agendaTable(plan: PlanResult, collectorArg: Cell, dateOut: (d: Date) => FnCell): FnResult {
  const language = plan.language;
  let calls = plan.agenda;
  if (!isEmptyArg(collectorArg)) {
    const wanted = String(collectorArg).trim().toLowerCase();
    const known = plan.collectors.find((c) => c.toLowerCase() === wanted);
    if (!known) return fnError('NA', say(T.unknownCollector, language, { collector: String(collectorArg), known: plan.collectors.join(', ') }));
    calls = calls.filter((c) => c.collector === known);
  }
  const byName = new Map(plan.debtors.map((d) => [d.customer, d]));
  return [
    AGENDA_HEADER.map((h) => say(h, language)),
    ...calls.map((c) => {
      const d = byName.get(c.customer)!;
      return [dateOut(c.start), c.collector, c.customer, d.phone ?? '', c.debtorLocal, `${d.stage} ${d.stageName}`, c.priority, c.why];
    }),
  ];
}

function collectibilityColumn(arg: unknown, language: Language): FnResult {
  const table = Array.isArray(arg) ? (asTable(arg) ?? []) : [[arg as Cell]];
  return table.slice(0, Math.max(1, usedRows(table))).map((row) =>
    row.map((cell): FnCell => {
      if (cell === null || cell === undefined || cell === '') return '';
      const n = typeof cell === 'number' ? cell : Number(String(cell).trim().replace(',', '.'));
      return Number.isFinite(n) ? collectability(n) : fnError('VALUE', say(T.notNumber, language, { value: String(cell) }));
    }),
  );
}
