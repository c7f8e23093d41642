import type { AgingLayout, CompanySize } from '../aging/types';
import type { Cell, Language } from '../model/cell';
import type { InputIssue } from '../model/issue';
import type { Outcome } from '../calllog/schema';
import type { CallStopReason } from '../history/call-stop';
import type { PolicyName, Settings } from '../settings/schema';
import type { BookSummary } from '../summary/types';
import type { AgendaCall } from '../agenda/types';

/** Risk grades of seed 002: not yet due · under collection · doubtful · bad · dead. */
export type RiskClass = 'not-due' | 'collect' | 'doubtful' | 'bad' | 'dead';

/** 0 reminder (before due) · 1 friendly reminder · 2 firm · 3 consequences · 4 final notice / stop supply · 5 agency or court. */
export type Stage = 0 | 1 | 2 | 3 | 4 | 5;

/** Whom to ask for, from company size. */
export type AskFor = 'owner' | 'general-manager-or-finance-director' | 'ap-manager-or-controller' | 'account-holder';

/** A call slot: an instant range, plus the wall time the debtor sees. */
export interface NextCall {
  readonly start: Date;
  readonly end: Date;
  readonly debtorTimeZone: string;
  /** Debtor-local wall time, e.g. `2026-11-24 09:00 (Tue)`. */
  readonly debtorLocal: string;
  /** Collector-local wall time of `start`, e.g. `2026-11-24 15:00`. */
  readonly collectorLocal: string;
}

export interface InvoiceView {
  readonly row: number;
  readonly invoice: string | null;
  readonly dueDate: string | null; // YYYY-MM-DD
  readonly documentDate: string | null;
  readonly openBalance: number;
  /** Negative while not yet due. Null when the sheet gives no date and no bucket. */
  readonly daysPastDue: number | null;
}

export interface PromiseView {
  readonly madeAt: string; // ISO instant of the call
  readonly amount: number | null;
  readonly date: string; // YYYY-MM-DD
  readonly status: 'open' | 'kept' | 'broken';
}

/** One instalment of a payment plan as judged now: kept (paid), due (its date not passed) or missed. */
export interface InstalmentView {
  readonly date: string; // YYYY-MM-DD
  readonly amount: number;
  readonly status: 'kept' | 'due' | 'missed';
}

/** The debtor's current payment plan: the newest readable `payment plan` row of the log. */
export interface PaymentPlanView {
  readonly agreedAt: string; // ISO instant of the call
  /** The Call Log row it was read from. */
  readonly row: number;
  readonly total: number;
  readonly instalments: readonly InstalmentView[];
  readonly kept: number;
  readonly due: number;
  readonly missed: number;
}

export interface CallView {
  readonly at: string; // ISO instant
  readonly outcome: Outcome;
  readonly collector: string;
  readonly notes: string;
}

/** What the call log says about one debtor, as of the plan's time. */
export interface DebtorHistory {
  readonly attemptsLast7Days: number;
  readonly attemptsToday: number;
  readonly lastConversation: string | null; // ISO instant
  readonly lastCall: CallView | null;
  readonly recentCalls: readonly CallView[]; // newest first, at most 5
  readonly openPromise: PromiseView | null;
  readonly promises: readonly PromiseView[]; // newest first
  /** Promises kept, and instalments of the current plan kept (each judged like a promise). */
  readonly keptPromises: number;
  /** Promises broken, and instalments of the current plan missed: a missed instalment is a broken promise. */
  readonly brokenPromises: number;
  /** The current payment plan, each instalment judged; null when none was agreed. */
  readonly plan: PaymentPlanView | null;
  /** A promised partial payment whose date passed: the rest is to chase. */
  readonly partialToChase: number | null;
  /** An announced consequence whose date has come: carry it out. */
  readonly consequenceDue: { readonly consequence: string; readonly date: string } | null;
  readonly callbackAt: string | null; // ISO instant the debtor asked to be called back
  readonly refusals: number;
  readonly unreachableStreak: number; // consecutive attempts without reaching anyone
  readonly disputeLogged: boolean;
}

export interface DebtorPlan {
  readonly customer: string;
  readonly rows: readonly number[];
  readonly currency: string | null;
  /** Sum of open balances (credits included). */
  readonly balance: number;
  readonly overdue: number;
  readonly notDue: number;
  /** Days past due of the oldest overdue line; ≤ 0 when nothing is overdue (days until the next due date, negated). */
  readonly daysPastDue: number;
  readonly riskClass: RiskClass;
  readonly riskName: string;
  readonly collectability: number; // 0–1
  /** Expected money lost by not calling now, adjusted by follow-ups and brakes. Same currency as balance. */
  readonly priority: number;
  readonly nextCall: NextCall | null;
  /** Why this slot, or why there is none. */
  readonly nextCallWhy: string;
  readonly stage: Stage;
  readonly stageName: string;
  /** An announced consequence whose date has passed: carry it out now. */
  readonly actNow: boolean;
  readonly askFor: AskFor;
  readonly askForText: string;
  readonly contact: string | null;
  /** Title or gender of the contact from the sheet, when it has such a column. */
  readonly contactTitle: string | null;
  readonly phone: string | null;
  readonly companySize: CompanySize | null;
  readonly timeZone: string;
  readonly consumer: boolean;
  readonly disputed: boolean;
  readonly doNotCall: boolean;
  /**
   * The Call Log row whose cease request, attorney or bankruptcy forbids calls (see
   * core/history/call-stop.ts); `doNotCall` is then true as well.
   */
  readonly callStop: { readonly reason: CallStopReason; readonly row: number; readonly at: string; readonly notes: string } | null;
  /** Always paid on time and now later than its usual spread: ask about a problem before asking for money. */
  readonly possibleDispute: boolean;
  /** Its own habit in days late (median of its paid invoices, shrunk toward the book's); null with no history. */
  readonly typicalDaysLate: number | null;
  /** ISO day its overdue money is likely to be paid if nothing is done; null when nothing is overdue or history shows no payment that late. */
  readonly expectedPaymentDay: string | null;
  /** What the payment history says, for the desk. */
  readonly behaviour: BehaviourView;
  readonly invoices: readonly InvoiceView[];
  readonly history: DebtorHistory;
  /** Non-null when calling this debtor right now would break the active policy; says which rule. */
  readonly callNowBlocked: string | null;
  /** The rule set that binds calls to this debtor: b2b for a business, the consumer law where a consumer lives. */
  readonly rules: PolicyName;
  readonly reasons: readonly string[];
}

export interface BehaviourView {
  /** Usual range in days late (lower to upper quartile); null with no history. */
  readonly usual: { readonly low: number; readonly high: number } | null;
  readonly paidInvoices: number;
  readonly trend: 'lengthening' | 'shortening' | 'steady' | 'unknown';
  readonly punctual: boolean;
  /** Today's lateness is beyond its usual spread. */
  readonly unusual: boolean;
  /** Chance the overdue money is still unpaid in a week without a call; null when no history anywhere. */
  readonly stillUnpaidInAWeek: number | null;
  /** Share of judged promises kept (Laplace-smoothed: (kept + 1) / (judged + 2)); null before any is judged. */
  readonly promiseReliability: number | null;
  readonly promisesJudged: number;
  /**
   * Median days from a promised day to the settlement that followed the promise (aging sheet's paid
   * dates; negative: early); null when no promise's money was seen arriving.
   */
  readonly typicalPromiseSlipDays: number | null;
  readonly promisesSettled: number;
  /** Chance some open money is overdue and still unpaid a week on without a call; null with no history anywhere. */
  readonly overdueInAWeek: number | null;
}

export interface PlanInput {
  readonly aging: readonly (readonly Cell[])[];
  readonly callLog?: readonly (readonly Cell[])[];
  readonly settings?: readonly (readonly Cell[])[] | Partial<Settings>;
  readonly asOf: Date;
  /** The host workbook's time zone: the collector's zone when Settings name none. */
  readonly hostTimeZone?: string | null;
  /** The host's display locale (`pl-PL`): the language when Settings name none. */
  readonly hostLocale?: string | null;
}

export interface PlanResult {
  /** One entry per customer, highest priority first. */
  readonly debtors: readonly DebtorPlan[];
  /** Customers to call today, in order, at most the daily capacity. */
  readonly queue: readonly string[];
  /**
   * The collectors' calling day from as_of (the next one when as_of is after hours): each call at
   * its own time, lawful, the day's expected money as large as it can be. Grouped by collector in
   * the Settings order, then by time. Computed when first read.
   */
  readonly agenda: readonly AgendaCall[];
  /** The collectors sharing the day (Settings `collectors`, or the one collector). */
  readonly collectors: readonly string[];
  readonly issues: readonly InputIssue[];
  readonly layout: AgingLayout;
  readonly settings: Settings;
  readonly language: Language;
  /** The book at a glance: balance by risk class and by age, promised cash by week, promises kept. */
  readonly summary: BookSummary;
}
