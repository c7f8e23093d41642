import { customerKey } from '../aging/customer-key';
import type { Table } from '../model/cell';
import type { DebtorPlan, PlanResult } from '../plan/types';

/** Everything a plan depends on, as the function layer received it. */
export interface MemoInput {
  readonly aging: Table;
  readonly callLog: Table | undefined;
  readonly settings: Table | undefined;
  readonly asOfMs: number;
  readonly hostTimeZone: string | null;
  readonly hostLocale: string | null;
}

/** A plan with its debtors indexed by customer key, so a one-customer cell finds its debtor at once. */
export interface MemoPlan {
  readonly plan: PlanResult;
  readonly byCustomer: ReadonlyMap<string, DebtorPlan>;
}

/** How a kept cell is compared: a number by value, a date by its time, anything else by `===`. */
const NUMBER = 0;
const DATE = 1;
const OTHER = 2;
/** A row that is not an array (a flat one-row range seen as a row); compared by `===` like a cell. */
const NOT_A_ROW = -1;

/**
 * A copy of a table as it was planned, laid out flat: row widths, then every cell in reading order,
 * numbers and dates' times in one Float64Array and the rest in one array. The host hands fresh
 * arrays for every cell of a filled-down column, so each hit reads the whole kept copy: typed,
 * contiguous storage makes that a sequential read instead of a pointer chase through thousands of
 * row arrays and boxed numbers, long evicted from the cache since the plan was made.
 * The memo never trusts identity: the host may hand the same arrays again after changing them (a
 * test, the preview), and this copy is what was planned.
 */
class Snapshot {
  private constructor(
    private readonly widths: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly numbers: Float64Array,
    private readonly others: readonly unknown[],
    private readonly oddRows: readonly unknown[],
  ) {}

  static of(table: Table): Snapshot {
    const rows = table.length;
    const widths = new Int32Array(rows);
    let cells = 0;
    for (let r = 0; r < rows; r++) {
      const row = table[r] as unknown;
      const width = Array.isArray(row) ? row.length : NOT_A_ROW;
      widths[r] = width;
      if (width > 0) cells += width;
    }
    const kinds = new Uint8Array(cells);
    const numbers = new Float64Array(cells);
    const others: unknown[] = new Array<unknown>(cells);
    const oddRows: unknown[] = [];
    let k = 0;
    for (let r = 0; r < rows; r++) {
      const row = table[r] as unknown;
      if (!Array.isArray(row)) {
        oddRows.push(row);
        continue;
      }
      for (let c = 0; c < row.length; c++, k++) {
        const v: unknown = row[c];
        if (typeof v === 'number') {
          kinds[k] = NUMBER;
          numbers[k] = v;
        } else if (v instanceof Date) {
          kinds[k] = DATE;
          numbers[k] = v.getTime();
        } else {
          kinds[k] = OTHER;
          others[k] = v;
        }
      }
    }
    return new Snapshot(widths, kinds, numbers, others, oddRows);
  }

  /**
   * Cell-by-cell equality with an early exit: a changed sheet is usually told apart in its first
   * rows. NaN equals NaN and a date equals a date of the same time, as planning would read them.
   */
  equals(given: Table): boolean {
    const { widths, kinds, numbers, others, oddRows } = this;
    const rows = widths.length;
    if (given.length !== rows) return false;
    let k = 0;
    let odd = 0;
    for (let r = 0; r < rows; r++) {
      const row = given[r] as unknown;
      const width = widths[r]!;
      if (width === NOT_A_ROW) {
        if (Array.isArray(row) || row !== oddRows[odd++]) return false;
        continue;
      }
      if (!Array.isArray(row) || row.length !== width) return false;
      for (let c = 0; c < width; c++, k++) {
        const v: unknown = row[c];
        const kind = kinds[k];
        if (kind === NUMBER) {
          if (typeof v !== 'number') return false;
          const n = numbers[k]!;
          if (v !== n && !(v !== v && n !== n)) return false;
        } else if (kind === OTHER) {
          if (v !== others[k]) return false;
        } else if (!(v instanceof Date) || !Object.is(v.getTime(), numbers[k])) return false;
      }
    }
    return true;
  }
}

function same(kept: Snapshot | undefined, given: Table | undefined): boolean {
  return kept === undefined || given === undefined ? kept === undefined && given === undefined : kept.equals(given);
}

/**
 * The last plan computed for the one-customer form. A filled-down column asks once per row with the
 * same ranges; comparing the ranges value by value costs a few nanoseconds a cell, where hashing
 * them as text cost as much as planning. Exact comparison, so a memo hit is always the answer
 * planning again would give.
 */
export class PlanMemo {
  private kept: {
    readonly aging: Snapshot;
    readonly callLog: Snapshot | undefined;
    readonly settings: Snapshot | undefined;
    readonly asOfMs: number;
    readonly hostTimeZone: string | null;
    readonly hostLocale: string | null;
    readonly value: MemoPlan;
  } | null = null;

  /** The memo's plan for this input, or a fresh one from `plan()` (then remembered). */
  get(input: MemoInput, plan: () => PlanResult): MemoPlan {
    const k = this.kept;
    if (
      k &&
      k.asOfMs === input.asOfMs &&
      k.hostTimeZone === input.hostTimeZone &&
      k.hostLocale === input.hostLocale &&
      same(k.settings, input.settings) &&
      k.aging.equals(input.aging) &&
      same(k.callLog, input.callLog)
    ) {
      return k.value;
    }
    const value = indexed(plan());
    this.kept = {
      aging: Snapshot.of(input.aging),
      callLog: input.callLog && Snapshot.of(input.callLog),
      settings: input.settings && Snapshot.of(input.settings),
      asOfMs: input.asOfMs,
      hostTimeZone: input.hostTimeZone,
      hostLocale: input.hostLocale,
      value,
    };
    return value;
  }
}
/** Indexes a plan's debtors by customer key (the first debtor wins, as a linear search would). */
export function indexed(plan: PlanResult): MemoPlan {
  const byCustomer = new Map<string, DebtorPlan>();
  for (const d of plan.debtors) {
    const key = customerKey(d.customer);
    if (!byCustomer.has(key)) byCustomer.set(key, d);
  }
  return { plan, byCustomer };
}
