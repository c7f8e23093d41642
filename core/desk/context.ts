import type { Consequence } from '../calllog/schema';
import type { Language } from '../model/cell';
import type { InputIssue } from '../model/issue';
import { planCalls } from '../plan/plan-calls';
import { languageFromLocale } from '../i18n/texts';
import { readSettings } from '../settings/read-settings';
import type { DebtorPlan } from '../plan/types';
import type { CollectorRole, PolicyName } from '../settings/schema';
import type { DeskSnapshot } from '../ui/port';

/** A value with every Date replaced by its ISO string: what google.script.run can carry. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? readonly Wire<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Wire<T[K]> }
      : T;

export type WireDebtor = Wire<DebtorPlan>;

/** A customer of today's queue and the first aging row (1 = the range's first row) that is theirs. */
export interface QueueEntry {
  readonly customer: string;
  readonly row: number;
}

/**
 * How many input issues travel with the desk. The sidebar lists the first fifty; a sheet with
 * thousands of bad rows must not make every selection carry them all.
 */
export const DESK_ISSUES_SENT = 50;

/**
 * What the call desk shows, JSON-safe: the one debtor on screen and today's queue, never the whole
 * book. The sidebar asks again for each debtor it opens, so the answer stays a few kilobytes at any
 * sheet size (google.script.run and Office.js carry it at every change of selection).
 */
export interface DeskContext {
  readonly asOf: string;
  readonly language: Language;
  readonly collectorTimeZone: string;
  readonly policy: PolicyName;
  readonly allowedConsequences: readonly Consequence[];
  /** The caller's firm and whether it collects its own invoices or others' (Settings). */
  readonly firmName: string;
  readonly collectorRole: CollectorRole;
  /** The debtor on screen: the customer asked for, else the selected row's, else the first of today's queue. */
  readonly debtor: WireDebtor | null;
  /** `debtor.customer`, or null when the sheet has no debtor. */
  readonly selected: string | null;
  /** Today's queue in calling order. */
  readonly queue: readonly QueueEntry[];
  /** How many debtors the plan has in all (the desk offers the queue and the selected row's). */
  readonly debtorCount: number;
  /** The first DESK_ISSUES_SENT issues of the sheets read. */
  readonly issues: readonly InputIssue[];
  /** How many issues there are in all. */
  readonly issueCount: number;
  readonly layout: { readonly source: string; readonly kind: string; readonly headerRow: number; readonly ageBasis: string };
}

function toWire<T>(value: T): Wire<T> {
  return JSON.parse(JSON.stringify(value)) as Wire<T>;
}

const firstRow = (d: DebtorPlan): number => d.rows.reduce((a, b) => Math.min(a, b), Infinity);

/** Plans the workbook a shell read and shapes it for the sidebar. */
export function buildDeskContext(snapshot: DeskSnapshot): DeskContext {
  // A language picked in the desk wins over the Settings sheet: read the sheet here, keep its issues,
  // and plan with the settings it gave plus the chosen language.
  const chosen = snapshot.language
    ? readSettings(snapshot.settings ?? undefined, { hostTimeZone: snapshot.hostTimeZone, hostLanguage: languageFromLocale(snapshot.hostLocale) })
    : null;
  const plan = planCalls({
    aging: snapshot.aging,
    callLog: snapshot.callLog ?? undefined,
    settings: chosen ? { ...chosen.settings, language: snapshot.language! } : (snapshot.settings ?? undefined),
    asOf: snapshot.asOf,
    hostTimeZone: snapshot.hostTimeZone,
    hostLocale: snapshot.hostLocale,
  });
  const byCustomer = new Map(plan.debtors.map((d) => [d.customer, d]));
  const asked = snapshot.customer ? byCustomer.get(snapshot.customer) : undefined;
  const atRow = snapshot.selectedRow === null ? undefined : plan.debtors.find((d) => d.rows.includes(snapshot.selectedRow!));
  const debtor = asked ?? atRow ?? byCustomer.get(plan.queue[0]!) ?? plan.debtors[0] ?? null;
  const issues = chosen ? [...chosen.issues, ...plan.issues] : plan.issues;
  return {
    asOf: snapshot.asOf.toISOString(),
    language: plan.language,
    collectorTimeZone: plan.settings.collectorTimeZone,
    policy: plan.settings.policy,
    allowedConsequences: plan.settings.allowedConsequences,
    firmName: plan.settings.firmName,
    collectorRole: plan.settings.collectorRole,
    debtor: debtor ? toWire(debtor) : null,
    selected: debtor?.customer ?? null,
    queue: plan.queue.map((customer) => ({ customer, row: firstRow(byCustomer.get(customer)!) })),
    debtorCount: plan.debtors.length,
    issues: issues.slice(0, DESK_ISSUES_SENT),
    issueCount: issues.length,
    layout: { source: plan.layout.source, kind: plan.layout.kind, headerRow: plan.layout.headerRow, ageBasis: plan.layout.ageBasis },
  };
}

/** The first aging row of a customer the context names (queue or debtor on screen), for moving the host's selection. */
export function firstRowOf(context: DeskContext | null, customer: string): number | undefined {
  if (!context) return undefined;
  if (context.debtor?.customer === customer) return context.debtor.rows.reduce((a, b) => Math.min(a, b), Infinity);
  return context.queue.find((q) => q.customer === customer)?.row;
}
