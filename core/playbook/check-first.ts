import { say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { debtorValues, type CallSetting, type ScriptDebtor } from './debtor-values';
import { textsOf } from '../i18n/catalog';

/**
 * What to look at before dialling. Payment behaviour tells the cause: a punctual payer now late
 * probably has a grievance (resolve it, then collect); broken promises call for firmness.
 */
const NOTES = /* @__PURE__ */ textsOf('checkFirst');

/**
 * The likely cause of the lateness, of the four a collector tells apart (seed 002): a grievance,
 * deliberate non-payment, tight funds, or simple oversight, read from the payment history.
 */
export type LikelyCause = 'grievance' | 'deliberate' | 'cash' | 'oversight';

const CAUSES: Readonly<Record<LikelyCause, Texts>> = /* @__PURE__ */ textsOf('checkFirst.cause');

/** The likely cause from what the history shows; a dispute outweighs the rest, then broken word, then the trend. */
export function likelyCause(debtor: ScriptDebtor): LikelyCause {
  if (debtor.disputed || debtor.possibleDispute) return 'grievance';
  if (debtor.history.brokenPromises >= 2 || (debtor.history.refusals ?? 0) > 0) return 'deliberate';
  if (debtor.behaviour?.trend === 'lengthening') return 'cash';
  return 'oversight';
}

export function checkFirst(debtor: ScriptDebtor, setting: CallSetting): string[] {
  const l: Language = setting.language;
  const v = debtorValues(debtor, setting);
  const out: string[] = [];
  if (debtor.overdue > 0) out.push(say(CAUSES[likelyCause(debtor)], l, v));
  if (debtor.disputed) out.push(say(NOTES.disputed, l, v));
  else if (debtor.possibleDispute) out.push(say(NOTES.possibleDispute, l, v));
  if (debtor.history.brokenPromises > 0) out.push(say(NOTES.broken, l, { ...v, broken: debtor.history.brokenPromises }));
  if (debtor.history.partialToChase) out.push(say(NOTES.partial, l, v));
  if (debtor.overdue > 0 && debtor.notDue > 0) out.push(say(NOTES.upcoming, l, v));
  return out;
}

export const CHECK_FIRST_TEXTS: readonly Texts[] = [...Object.values(NOTES), ...Object.values(CAUSES)];
