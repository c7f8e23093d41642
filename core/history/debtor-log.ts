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

function callView(r: CallRecord): CallView {
  return { at: r.at.toISOString(), outcome: r.outcome, collector: r.collector, notes: r.notes };
}

function promiseView(p: JudgedPromise): PromiseView {
  return { madeAt: p.record.at.toISOString(), amount: p.record.promisedAmount, date: isoDay(p.date), status: p.status };
}

/**
 * Reads one debtor's calls (oldest first) as of `asOf`. `today` is the collector's calendar day;
 * `balanceNow` is the open balance on the aging sheet.
 */
export function debtorLog(records: readonly CallRecord[], asOf: Date, today: EpochDay, balanceNow: number): DebtorLog {
  // Most debtors on a big sheet were never called: one shared, frozen answer for all of them.
  if (records.length === 0) return NO_CALLS;
  const past = records.filter((r) => r.at.getTime() <= asOf.getTime());
  const weekAgo = asOf.getTime() - 7 * DAY_MS;
  const attempts = past.map((r) => r.at);
  const conversations = past.filter((r) => CONVERSATION_OUTCOMES.has(r.outcome)).map((r) => r.at);

  const promises: JudgedPromise[] = [];
  past.forEach((r, i) => {
    if (!isPromise(r)) return;
    const paidLater = past.slice(i + 1).some((later) => later.outcome === 'paid');
    promises.push(judge(r, today, balanceNow, paidLater));
  });
  const lastPromise = promises.at(-1) ?? null;

  let unreachableStreak = 0;
  for (let i = past.length - 1; i >= 0 && UNANSWERED_OUTCOMES.has(past[i]!.outcome); i--) unreachableStreak++;

  const last = past.at(-1) ?? null;
  // A partial payment arrived (balance fell) but money is still owed: thank them, ask for the rest.
  const partialToChase =
    lastPromise && lastPromise.date < today && balanceNow > 0 && lastPromise.received !== null && lastPromise.received > 0
      ? Math.round(balanceNow * 100) / 100
      : null;

  const consequenceRecord = [...past].reverse().find((r) => r.consequence && r.consequenceDate !== null);
  const paidAfterConsequence = consequenceRecord ? past.some((r) => r.at > consequenceRecord.at && r.outcome === 'paid') : false;
  const consequenceDue =
    consequenceRecord && consequenceRecord.consequenceDate! <= today && balanceNow > 0 && !paidAfterConsequence
      ? { consequence: consequenceRecord.consequence, date: isoDay(consequenceRecord.consequenceDate!) }
      : null;

  const callbackAt = last && last.outcome === 'callback requested' && last.callbackAt ? last.callbackAt.toISOString() : null;

  // A dispute stays open until a later call shows it settled (a promise, a payment).
  const lastDispute = [...past].reverse().findIndex((r) => r.outcome === 'dispute');
  const disputeLogged =
    lastDispute >= 0 &&
    !past.slice(past.length - lastDispute).some((r) => r.outcome === 'paid' || r.outcome === 'promise to pay' || r.outcome === 'partial payment promised');

  const todayStart = asOf.getTime() - DAY_MS;
  const history: DebtorHistory = {
    attemptsLast7Days: attempts.filter((t) => t.getTime() > weekAgo).length,
    attemptsToday: attempts.filter((t) => t.getTime() > todayStart).length,
    lastConversation: conversations.at(-1)?.toISOString() ?? null,
    lastCall: last ? callView(last) : null,
    recentCalls: past.slice(-5).reverse().map(callView),
    openPromise: lastPromise && lastPromise.status === 'open' ? promiseView(lastPromise) : null,
    promises: [...promises].reverse().map(promiseView),
    keptPromises: promises.filter((p) => p.status === 'kept').length,
    brokenPromises: promises.filter((p) => p.status === 'broken').length,
    partialToChase,
    consequenceDue,
    callbackAt,
    refusals: past.filter((r) => r.outcome === 'refused').length,
    unreachableStreak,
    disputeLogged,
  };
  return { records: past, attempts, conversations, promises, lastPromise, history };
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
  history: NO_HISTORY,
});
