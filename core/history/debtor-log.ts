import type { CallRecord } from '../calllog/read-log';
import { CONVERSATION_OUTCOMES, UNANSWERED_OUTCOMES } from '../calllog/schema';
import type { EpochDay } from '../model/day';
import { isoDay } from '../model/day';
import type { CallView, DebtorHistory, PromiseView } from '../plan/types';

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
  /** The instant the history's `callbackAt` writes, for sums without reading the text back. */
  readonly callbackAt: Date | null;
  readonly history: DebtorHistory;
}

function isPromise(r: CallRecord): boolean {
  return (r.outcome === 'promise to pay' || r.outcome === 'partial payment promised') && r.promisedDate !== null;
}

/**
 * Judges a promise. It is broken when its date has passed and the open balance has not dropped by
 * the promised amount since the call (a full promise with no amount expects the whole balance at
 * the call). A promise whose date is today or later is still open.
 */
function judge(record: CallRecord, today: EpochDay, balanceNow: number, paidLater: boolean): JudgedPromise {
  const date = record.promisedDate!;
  const expected = record.promisedAmount ?? record.balanceAtCall;
  const received = record.balanceAtCall === null ? null : Math.round((record.balanceAtCall - balanceNow) * 100) / 100;
  let met: boolean;
  if (balanceNow <= 0) met = true;
  else if (received !== null && expected !== null) met = received + 0.005 >= expected;
  else met = paidLater;
  const status = met ? 'kept' : date < today ? 'broken' : 'open';
  return { record, date, status, received };
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
const settlesDispute = (r: CallRecord) => r.outcome === 'paid' || r.outcome === 'promise to pay' || r.outcome === 'partial payment promised';

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
    partialToChase,
    consequenceDue,
    callbackAt: callbackInstant ? callbackInstant.toISOString() : null,
    refusals,
    unreachableStreak,
    disputeLogged,
  };
  return { records: past, attempts, conversations, promises, lastPromise, callbackAt: callbackInstant, history };
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
  callbackAt: null,
  history: NO_HISTORY,
});
