/**
 * The one list of spreadsheet functions AR CallDesk exposes. Excel's functions.json (namespace AR)
 * and the Apps Script wrappers are generated from it; nothing else may name a function.
 */

import type { CallLogKey } from '../calllog/schema';

/** `range` arguments arrive as 2-D arrays; `value` arguments as a single cell value. */
export type ParamType = 'range' | 'value';

export interface ParamSpec {
  readonly name: string;
  readonly type: ParamType;
  readonly optional: boolean;
  readonly description: string;
}

/** `column`: one value per row of the aging range (spills down); `table`: a worklist with headers. */
export type ReturnShape = 'column' | 'table';

export interface FunctionSpec {
  readonly name: FunctionName;
  readonly summary: string;
  readonly params: readonly ParamSpec[];
  readonly returns: ReturnShape;
  /** How an accountant types it, with the result it gives. */
  readonly example: string;
  /**
   * The cell the example is typed in, so the help page can say so and a test can check that the
   * example's ranges never contain it (that would be a circular reference). Absent for an example
   * that refers to no cell.
   */
  readonly exampleCell?: string;
  /**
   * The call-log columns the function reads. Set up passes exactly these (Excel on the web refuses
   * a custom-function call whose arguments pass 5 MB, and notes and request ids are most of a log);
   * absent = the function takes no call log.
   */
  readonly callLogColumns?: readonly CallLogKey[];
}

/**
 * What planning reads from the call log. Collector, excuse and notes are for the call desk's
 * history only; a test checks that every function answers the same without them.
 */
export const PLAN_LOG_COLUMNS: readonly CallLogKey[] = ['time', 'customer', 'outcome', 'promisedAmount', 'promisedDate', 'callbackAt', 'consequence', 'consequenceDate', 'balanceAtCall', 'instalments'];

/**
 * Planning columns whose few values repeat row after row (a customer is called again and again,
 * thirteen outcomes fill the whole log). Set up passes them with repeats as row numbers
 * (core/functions/log-columns.ts): the customer names were 40% of a 50,000-call log's bytes.
 */
export const REPEATING_LOG_COLUMNS: readonly CallLogKey[] = ['customer', 'outcome'];

export const FUNCTION_NAMES = ['NEXTCALL', 'CALLPRIORITY', 'RISKCLASS', 'ESCALATION', 'CALLPLAN', 'CALLAGENDA', 'COLLECTIBILITY', 'AGINGSUMMARY'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

const AGING: ParamSpec = {
  name: 'aging',
  type: 'range',
  optional: false,
  description: 'The aging sheet, header row included (invoice detail or bucket summary).',
};
const CALL_LOG: ParamSpec = {
  name: 'call_log',
  type: 'range',
  optional: true,
  description: 'The Call Log sheet, header row included. Leave empty when there is none yet.',
};
const SETTINGS: ParamSpec = {
  name: 'settings',
  type: 'range',
  optional: true,
  description: 'The Settings sheet: two columns, key and value. Leave empty for the defaults.',
};
const AS_OF: ParamSpec = {
  name: 'as_of',
  type: 'value',
  optional: true,
  description: 'The date and time the plan is for, in the collector’s time zone (a cell holding a date).',
};
const CUSTOMER: ParamSpec = {
  name: 'customer',
  type: 'value',
  optional: true,
  description: 'One customer’s name: returns that customer’s value alone, for use in a table column or a filled-down formula.',
};

const PLAN_ARGS = [AGING, CALL_LOG, SETTINGS, AS_OF, CUSTOMER] as const;

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'NEXTCALL',
    summary: 'Next best time to call each row’s customer, in the collector’s time zone.',
    params: PLAN_ARGS,
    returns: 'column',
    example: "=NEXTCALL(Aging!A1:H500, 'Call Log'!A1:L2000, Settings!A1:B20, $K$1) → 2026-11-24 09:00 on each row",
    exampleCell: 'Aging!J1',
    callLogColumns: PLAN_LOG_COLUMNS,
  },
  {
    name: 'CALLPRIORITY',
    summary: 'Call priority of each row’s customer: the money expected to be lost by not calling now.',
    params: PLAN_ARGS,
    returns: 'column',
    example: '=CALLPRIORITY(Aging!A1:H500, , , $K$1) → 412.37',
    exampleCell: 'Aging!J1',
    callLogColumns: PLAN_LOG_COLUMNS,
  },
  {
    name: 'RISKCLASS',
    summary: 'Risk class of each row’s customer: not due, collect, doubtful, bad or dead.',
    params: PLAN_ARGS,
    returns: 'column',
    example: '=RISKCLASS(Aging!A1:H500, , , $K$1) → doubtful',
    exampleCell: 'Aging!J1',
    callLogColumns: PLAN_LOG_COLUMNS,
  },
  {
    name: 'ESCALATION',
    summary: 'Escalation stage (0–5) of each row’s customer, with its name.',
    params: PLAN_ARGS,
    returns: 'column',
    example: "=ESCALATION(Aging!A1:H500, 'Call Log'!A1:L2000, , $K$1) → 2 firm",
    exampleCell: 'Aging!J1',
    callLogColumns: PLAN_LOG_COLUMNS,
  },
  {
    name: 'CALLPLAN',
    summary: 'The ranked worklist: customer, balance, days past due, risk, priority, next call, stage, why.',
    params: [AGING, CALL_LOG, SETTINGS, AS_OF],
    returns: 'table',
    example: "=CALLPLAN(Aging!A1:H500, 'Call Log'!A1:L2000, Settings!A1:B20, $K$1) → a table with one row per customer",
    exampleCell: "'Call plan'!A3",
    callLogColumns: PLAN_LOG_COLUMNS,
  },
  {
    name: 'CALLAGENDA',
    summary: 'The day’s timed calls of each collector: time, collector, customer, phone, debtor’s local time, stage, priority, why.',
    params: [
      AGING,
      CALL_LOG,
      SETTINGS,
      AS_OF,
      {
        name: 'collector',
        type: 'value',
        optional: true,
        description: 'One collector’s name (from the collectors setting): only that collector’s calls. Leave empty for the whole team.',
      },
    ],
    returns: 'table',
    example: "=CALLAGENDA(Aging!A1:I500, 'Call Log'!A1:L2000, Settings!A1:B20, $K$1, \"Ann\") → Ann’s calls of the day, one row per call, in time order",
    exampleCell: 'Agenda!A3',
    callLogColumns: PLAN_LOG_COLUMNS,
  },
  {
    name: 'COLLECTIBILITY',
    summary: 'Share of a debt still expected to be collected at this many days past due (0–1).',
    params: [
      {
        name: 'days_past_due',
        type: 'range',
        optional: false,
        description: 'Days past due: one cell or a column of them.',
      },
    ],
    returns: 'column',
    example: '=COLLECTIBILITY(90) → 0.696',
  },
  {
    name: 'AGINGSUMMARY',
    summary: 'The book at a glance: balance by risk class and by days past due, promised cash by week, promises kept.',
    params: [AGING, CALL_LOG, SETTINGS, AS_OF],
    callLogColumns: PLAN_LOG_COLUMNS,
    returns: 'table',
    example: "=AGINGSUMMARY(Aging!A1:H500, 'Call Log'!A1:L2000, Settings!A1:B20, $K$1) → four tables of four columns, in the main currency",
    exampleCell: 'Dashboard!A3',
  },
];
