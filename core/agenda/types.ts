import type { ReachCounts } from '../schedule/reachability';
import type { SlotIntent } from '../schedule/next-slot';
import type { RuleContext } from '../schedule/rules';
import type { SlotKind } from './slot-quality';

/** One call of the day's agenda: who calls whom, when, and why then. */
export interface AgendaCall {
  readonly collector: string;
  readonly customer: string;
  readonly start: Date;
  readonly end: Date;
  /** Debtor-local wall time of `start`, e.g. `2026-11-24 16:00 (Tue)`. */
  readonly debtorLocal: string;
  /** Collector-local wall time of `start`, e.g. `2026-11-24 08:00`. */
  readonly collectorLocal: string;
  readonly priority: number;
  /** How good the slot is for this debtor (1 = the best the seeds name). */
  readonly quality: number;
  /** The expected money of the call: priority × quality. */
  readonly value: number;
  readonly kind: SlotKind;
  /** Why this time, in plain words, in the plan's language. */
  readonly why: string;
}

/** What the agenda needs of one debtor: its value, owner, rules and wishes. */
export interface AgendaDebtor {
  readonly customer: string;
  readonly priority: number;
  readonly currency: string | null;
  /** The collector named in the aging sheet's Collector column, as written; null = shared out. */
  readonly owner: string | null;
  /** First aging row of the debtor, for a message about its owner. */
  readonly row: number;
  /** The same rules the slot search checks: one source of legal and working-hours truth. */
  readonly rules: RuleContext;
  readonly intent: SlotIntent;
  readonly reach: { readonly own: ReachCounts | undefined; readonly all: ReachCounts };
}
