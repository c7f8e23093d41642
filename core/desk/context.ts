import type { Consequence } from '../calllog/schema';
import type { Language } from '../model/cell';
import type { InputIssue } from '../model/issue';
import { planCalls } from '../plan/plan-calls';
import { languageFromLocale } from '../i18n/texts';
import { readSettings } from '../settings/read-settings';
import type { DebtorPlan } from '../plan/types';
import type { PolicyName } from '../settings/schema';
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

/** Everything the call desk shows, JSON-safe. */
export interface DeskContext {
  readonly asOf: string;
  readonly language: Language;
  readonly collectorTimeZone: string;
  readonly policy: PolicyName;
  readonly allowedConsequences: readonly Consequence[];
  /** The collector's firm from Settings, for the greeting; null when not set. */
  readonly firm?: string | null;
  readonly debtors: readonly WireDebtor[];
  readonly queue: readonly string[];
  /** The customer of the selected aging row, else the first of today's queue. */
  readonly selected: string | null;
  readonly issues: readonly InputIssue[];
  readonly layout: { readonly source: string; readonly kind: string; readonly headerRow: number; readonly ageBasis: string };
}

function toWire<T>(value: T): Wire<T> {
  return JSON.parse(JSON.stringify(value)) as Wire<T>;
}

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
  const selectedDebtor = snapshot.selectedRow === null ? undefined : plan.debtors.find((d) => d.rows.includes(snapshot.selectedRow!));
  return {
    asOf: snapshot.asOf.toISOString(),
    language: plan.language,
    collectorTimeZone: plan.settings.collectorTimeZone,
    policy: plan.settings.policy,
    allowedConsequences: plan.settings.allowedConsequences,
    firm: plan.settings.firmName,
    debtors: toWire(plan.debtors),
    queue: plan.queue,
    selected: selectedDebtor?.customer ?? plan.queue[0] ?? plan.debtors[0]?.customer ?? null,
    issues: chosen ? [...chosen.issues, ...plan.issues] : plan.issues,
    layout: { source: plan.layout.source, kind: plan.layout.kind, headerRow: plan.layout.headerRow, ageBasis: plan.layout.ageBasis },
  };
}
