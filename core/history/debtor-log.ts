import type { CallRecord } from '../calllog/read-log';
import { CONVERSATION_OUTCOMES, UNANSWERED_OUTCOMES } from '../calllog/schema';
import type { EpochDay } from '../model/day';
import { isoDay } from '../model/day';
import type { CallView, DebtorHistory, PaymentPlanView, PromiseView } from '../plan/types';

const DAY_MS = 86_400_000;

/** A promise as judged against the balance now. */
export interface JudgedPromise {
  readonly record: CallRecord;
  readonly date: EpochDay;
  readonly status: 'open' | 'kept' | 'broken';
  /** Money that arrived since the promise (balance at call − balance now), when the log says the balance. */
  readonly received: number | null;
}

/** What the schedule and the engine need from one debtor's calls. */
export interface DebtorLog {
  readonly records: readonly CallRecord[];
  readonly attempts: readonly Date[];
  readonly conversations: readonly Date[];
  readonly promises: readonly JudgedPromise[];
  readonly lastPromise: JudgedPromise | null;
  /** The current payment plan (the newest readable one: a new plan replaces the one before), judged. */
  readonly plan: JudgedPlan | null;
  /** The instant the history's `callbackAt` writes, for sums without reading the text back. */
  readonly callbackAt: Date | null;
  readonly history: DebtorHistory;
}

function isPromise(r: CallRecord): boolean {
  return (r.outcome === 'promise to pay' || r.outcome === 'partial payment promised') && r.promisedDate !== null;
}

/** Kept when the money arrived; otherwise broken once its day has passed, open until then. */
export type PromiseStatus = 'open' | 'kept' | 'broken';

/**
 * The promise rule, one for a promise and for each instalment of a plan. The money counts as
 * arrived when nothing is owed any more; else, when the log gives the balance at the call, when
 * the balance has dropped since by at least `expected`; else when a later call logged it paid
 * (`paidLater`). Money that arrived is kept. Money that did not is still open on its day (a
 * promise for today can be kept until the day ends) and broken from the day after.
 */
export function promiseStatus(day: EpochDay, today: EpochDay, expected: number | null, received: number | null, balanceNow: number, paidLater: boolean): PromiseStatus {
  let met: boolean;
  if (balanceNow <= 0) met = true;
  else if (received !== null && expected !== null) met = received + 0.005 >= expected;
  else met = paidLater;
  return met ? 'kept' : day < today ? 'broken' : 'open';
}

/** Money that arrived since a call (balance at call − balance now), when the log says the balance. */
function receivedSince(record: CallRecord, balanceNow: number): number | null {
  return record.balanceAtCall === null ? null : Math.round((record.balanceAtCall - balanceNow) * 100) / 100;
}

/** A full promise with no amount expects the whole balance at the call. */
function judge(record: CallRecord, today: EpochDay, balanceNow: number, paidLater: boolean): JudgedPromise {
  const date = record.promisedDate!;
  const received = receivedSince(record, balanceNow);
  return { record, date, status: promiseStatus(date, today, record.promisedAmount ?? record.balanceAtCall, received, balanceNow, paidLater), received };
}

/** One instalment as judged: `kept`, `due` (an open promise) or `missed` (a broken one). */
export interface JudgedInstalment {
  readonly day: EpochDay;
  readonly amount: number;
  readonly status: 'kept' | 'due' | 'missed';
  /** What arrived toward this instalment (received beyond the instalments before it), when known. */
  readonly received: number | null;
}

export interface JudgedPlan {
  readonly record: CallRecord;
  readonly instalments: readonly JudgedInstalment[];
  readonly missed: number;
  /** Some instalment is not kept yet: the plan still governs the calls. */
  readonly running: boolean;
}

const PLAN_STATUS = { kept: 'kept', open: 'due', broken: 'missed' } as const;

/**
 * Judges a plan's instalments by the promise rule, in date order. Money is applied to the
 * instalments oldest first, so instalment k expects everything due up to and including it
 * (cumulative): 300 received on a plan of 200 + 200 keeps the first and not the second. With no
 * balance at the call, each later call logged `paid` stands for one instalment, in order.
 */
function judgePlan(record: CallRecord, laterPaidCalls: number, today: EpochDay, balanceNow: number): JudgedPlan {
  const received = receivedSince(record, balanceNow);
  let before = 0;
  let missed = 0;
  const instalments = record.instalments!.map((i, k) => {
    const upTo = Math.round((before + i.amount) * 100) / 100;
    const status = PLAN_STATUS[promiseStatus(i.day, today, upTo, received, balanceNow, laterPaidCalls > k)];
    if (status === 'missed') missed++;
    const toward = received === null ? null : Math.round(Math.min(i.amount, Math.max(0, received - before)) * 100) / 100;
    before = upTo;
    return { day: i.day, amount: i.amount, status, received: toward };
  });
  return { record, instalments, missed, running: instalments.some((i) => i.status !== 'kept') };
}

function planView(p: JudgedPlan): PaymentPlanView {
  const count = (s: JudgedInstalment['status']) => p.instalments.filter((i) => i.status === s).length;
  return {
    agreedAt: p.record.at.toISOString(),
    row: p.record.row,
    total: Math.round(p.instalments.reduce((sum, i) => sum + i.amount * 100, 0)) / 100,
    instalments: p.instalments.map((i) => ({ date: isoDay(i.day), amount: i.amount, status: i.status })),
    kept: count('kept'),
    due: count('due'),
    missed: p.missed,
  };
}

function callView(r: CallRecord, at: string = r.at.toISOString()): CallView {
  return { at, outcome: r.outcome, collector: r.collector, notes: r.notes };
}

function promiseView(p: JudgedPromise): PromiseView {
  return { madeAt: p.record.at.toISOString(), amount: p.record.promisedAmount, date: isoDay(p.date), status: p.status };
}

/** The newest calls first, at most `count`. */
function recentCalls(past: readonly CallRecord[], count: number): CallView[] {
  const out: CallView[] = [];
  for (let i = past.length - 1; i >= 0 && out.length < count; i--) out.push(callView(past[i]!));
  return out;
}

/** Index of the last record matching `test`, or -1. */
function lastIndexWhere(records: readonly CallRecord[], test: (r: CallRecord) => boolean): number {
  for (let i = records.length - 1; i >= 0; i--) if (test(records[i]!)) return i;
  return -1;
}

/** True when some record from index `from` on matches `test`. */
function anyFrom(records: readonly CallRecord[], from: number, test: (r: CallRecord) => boolean): boolean {
  for (let i = from; i < records.length; i++) if (test(records[i]!)) return true;
  return false;
}

const isPaid = (r: CallRecord) => r.outcome === 'paid';
const settlesDispute = (r: CallRecord) => r.outcome === 'paid' || r.outcome === 'promise to pay' || r.outcome === 'partial payment promised' || r.outcome === 'payment plan';
const isPlan = (r: CallRecord) => r.outcome === 'payment plan' && r.instalments !== null;

/**
 * Reads one debtor's calls (oldest first) as of `asOf`. `today` is the collector's calendar day;
 * `balanceNow` is the open balance on the aging sheet.
 */
export function debtorLog(records: readonly CallRecord[], asOf: Date, today: EpochDay, balanceNow: number): DebtorLog {
  // Most debtors on a big sheet were never called: one shared, frozen answer for all of them.
  if (records.length === 0) return NO_CALLS;
  const asOfMs = asOf.getTime();
  const past = records.filter((r) => r.at.getTime() <= asOfMs);
  const weekAgo = asOfMs - 7 * DAY_MS;
  const todayStart = asOfMs - DAY_MS;
  // One pass over the calls for the lists and counts that need no look back.
  const attempts: Date[] = [];
  const conversations: Date[] = [];
  let attemptsLast7Days = 0;
  let attemptsToday = 0;
  let refusals = 0;
  for (const r of past) {
    const t = r.at.getTime();
    attempts.push(r.at);
    if (CONVERSATION_OUTCOMES.has(r.outcome)) conversations.push(r.at);
    if (t > weekAgo) attemptsLast7Days++;
    if (t > todayStart) attemptsToday++;
    if (r.outcome === 'refused') refusals++;
  }

  const lastPaid = lastIndexWhere(past, isPaid);
  const promises: JudgedPromise[] = [];
  for (let i = 0; i < past.length; i++) {
    if (isPromise(past[i]!)) promises.push(judge(past[i]!, today, balanceNow, lastPaid > i));
  }
  const lastPromise = promises.at(-1) ?? null;
  let keptPromises = 0;
  let brokenPromises = 0;
  for (const p of promises) {
    if (p.status === 'kept') keptPromises++;
    else if (p.status === 'broken') brokenPromises++;
  }
  // Only the newest plan is judged: a renegotiated plan replaces the one before, instalments and all.
  const planAt = lastIndexWhere(past, isPlan);
  let paidAfterPlan = 0;
  for (let i = planAt + 1; planAt >= 0 && i < past.length; i++) if (isPaid(past[i]!)) paidAfterPlan++;
  const plan = planAt >= 0 ? judgePlan(past[planAt]!, paidAfterPlan, today, balanceNow) : null;
  if (plan) {
    for (const i of plan.instalments) {
      if (i.status === 'kept') keptPromises++;
      else if (i.status === 'missed') brokenPromises++;
    }
  }

  let unreachableStreak = 0;
  for (let i = past.length - 1; i >= 0 && UNANSWERED_OUTCOMES.has(past[i]!.outcome); i--) unreachableStreak++;

  const last = past.at(-1) ?? null;
  // A partial payment arrived (balance fell) but money is still owed: thank them, ask for the rest.
  const partialToChase =
    lastPromise && lastPromise.date < today && balanceNow > 0 && lastPromise.received !== null && lastPromise.received > 0
      ? Math.round(balanceNow * 100) / 100
      : null;

  const consequenceAt = lastIndexWhere(past, (r) => !!r.consequence && r.consequenceDate !== null);
  const consequenceRecord = consequenceAt >= 0 ? past[consequenceAt]! : null;
  const paidAfterConsequence = consequenceRecord ? past.some((r) => r.at > consequenceRecord.at && r.outcome === 'paid') : false;
  const consequenceDue =
    consequenceRecord && consequenceRecord.consequenceDate! <= today && balanceNow > 0 && !paidAfterConsequence
      ? { consequence: consequenceRecord.consequence, date: isoDay(consequenceRecord.consequenceDate!) }
      : null;

  const callbackInstant = last && last.outcome === 'callback requested' && last.callbackAt ? last.callbackAt : null;

  // A dispute stays open until a later call shows it settled (a promise, a payment).
  const lastDispute = lastIndexWhere(past, (r) => r.outcome === 'dispute');
  const disputeLogged = lastDispute >= 0 && !anyFrom(past, lastDispute + 1, settlesDispute);

  const recent = recentCalls(past, 5);
  const promiseViews: PromiseView[] = [];
  for (let i = promises.length - 1; i >= 0; i--) promiseViews.push(promiseView(promises[i]!));
  const history: DebtorHistory = {
    attemptsLast7Days,
    attemptsToday,
    lastConversation: conversations.length ? conversations[conversations.length - 1]!.toISOString() : null,
    // The last call is the newest of the recent ones: its time is written once.
    lastCall: last ? callView(last, recent[0]!.at) : null,
    recentCalls: recent,
    openPromise: lastPromise && lastPromise.status === 'open' ? promiseView(lastPromise) : null,
    promises: promiseViews,
    keptPromises,
    brokenPromises,
    plan: plan ? planView(plan) : null,
    partialToChase,
    consequenceDue,
    callbackAt: callbackInstant ? callbackInstant.toISOString() : null,
    refusals,
    unreachableStreak,
    disputeLogged,
  };
  return { records: past, attempts, conversations, promises, lastPromise, plan, callbackAt: callbackInstant, history };
}

const NO_HISTORY: DebtorHistory = Object.freeze({
  attemptsLast7Days: 0,
  attemptsToday: 0,
  lastConversation: null,
  lastCall: null,
  recentCalls: Object.freeze([]),
  openPromise: null,
  promises: Object.freeze([]),
  keptPromises: 0,
  brokenPromises: 0,
  plan: null,
  partialToChase: null,
  consequenceDue: null,
  callbackAt: null,
  refusals: 0,
  unreachableStreak: 0,
  disputeLogged: false,
});

const NO_CALLS: DebtorLog = Object.freeze({
  records: Object.freeze([]),
  attempts: Object.freeze([]),
  conversations: Object.freeze([]),
  promises: Object.freeze([]),
  lastPromise: null,
  plan: null,
  callbackAt: null,
  history: NO_HISTORY,
});
