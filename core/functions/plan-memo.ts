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

type Snapshot = readonly (readonly unknown[])[] | undefined;

/**
 * A copy of a table as it was planned. The host may hand the same arrays again after changing them
 * (a test, the preview), so the memo keeps its own copy and never trusts identity.
 */
function snapshot(table: Table | undefined): Snapshot {
  return table?.map((row) => (Array.isArray(row) ? row.map((c) => (c instanceof Date ? new Date(c.getTime()) : c)) : row));
}

/** Cells that are not `===` may still be the same input: equal dates, or NaN and NaN. */
function sameOtherwise(a: unknown, b: unknown): boolean {
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
}

/**
 * Cell-by-cell equality with an early exit: a changed sheet is usually told apart in its first rows.
 * The `===` test is inline because it decides nearly every cell; this loop is the memo's whole cost.
 */
function sameTable(kept: Snapshot, given: Table | undefined): boolean {
  if (kept === undefined || given === undefined) return kept === given;
  const rows = kept.length;
  if (rows !== given.length) return false;
  for (let r = 0; r < rows; r++) {
    const a = kept[r]!;
    const b = given[r] as readonly unknown[];
    const width = a.length;
    if (!Array.isArray(b) || width !== b.length) return false;
    for (let c = 0; c < width; c++) {
      const x = a[c];
      const y = b[c];
      if (x !== y && !sameOtherwise(x, y)) return false;
    }
  }
  return true;
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
    readonly callLog: Snapshot;
    readonly settings: Snapshot;
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
      sameTable(k.settings, input.settings) &&
      sameTable(k.aging, input.aging) &&
      sameTable(k.callLog, input.callLog)
    ) {
      return k.value;
    }
    const value = indexed(plan());
    this.kept = {
      aging: snapshot(input.aging),
      callLog: snapshot(input.callLog),
      settings: snapshot(input.settings),
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
