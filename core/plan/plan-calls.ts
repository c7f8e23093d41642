import { readAging } from '../aging/read-aging';
import { customerKey } from '../aging/customer-key';
import { zoneForCountry } from '../aging/country-zone';
import type { AgingLine, DebtorFacts } from '../aging/types';
import { workCalendar } from '../calendar/working-days';
import { readCallLog, type CallRecord } from '../calllog/read-log';
import { escalationStage } from '../escalation/stage';
import { debtorLog } from '../history/debtor-log';
import { formatMoney, languageFromLocale, say } from '../i18n/texts';
import { isoDay } from '../model/day';
import type { InputIssue } from '../model/issue';
import { callPriority } from '../priority/priority';
import { collectability } from '../risk/collectability';
import { paymentTrend } from '../risk/payment-trend';
import { riskClass, riskFactors } from '../risk/risk-class';
import { addCall, emptyCounts, type ReachCounts } from '../schedule/reachability';
import { readSettings } from '../settings/read-settings';
import type { Settings } from '../settings/schema';
import { instantOf, wallTimeOf } from '../time/zone';
import { ASK_FOR, M, RISK_NAMES, STAGE_NAMES } from './messages';
import { debtorMoney } from './debtor-money';
import { planNextCall } from './next-call';
import type { AskFor, DebtorPlan, InvoiceView, PlanInput, PlanResult } from './types';

const DAY_MS = 86_400_000;

function askFor(facts: DebtorFacts | undefined, consumer: boolean): AskFor {
  if (consumer) return 'account-holder';
  switch (facts?.companySize) {
    case 'small':
      return 'owner';
    case 'large':
      return 'ap-manager-or-controller';
    default:
      // Unknown size: the person who decides but is not spending their own money (seed 002).
      return 'general-manager-or-finance-director';
  }
}

/** The distinct currencies of the lines, in order of first appearance. */
function currenciesOf(lines: readonly AgingLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) if (l.currency && !out.includes(l.currency)) out.push(l.currency);
  return out;
}

/**
 * Plans a day of collection calls from an aging sheet, the call log and the settings, as of a
 * given instant. Pure: the same input always gives the same plan. Bad cells become `issues`; no
 * exception escapes for any table.
 *
 * @example
 * const plan = planCalls({ aging, callLog, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: new Date('2026-11-23T08:00:00Z') });
 * plan.queue[0]            // → 'Kowalski Sp. z o.o.' (a promise broken yesterday)
 * plan.debtors[0].nextCall // → { start: 2026-11-23T08:00Z, debtorLocal: '2026-11-23 09:00 (Mon)', … }
 */
export function planCalls(input: PlanInput): PlanResult {
  const { settings, issues: settingIssues } = readSettings(input.settings, { hostTimeZone: input.hostTimeZone ?? null, hostLanguage: languageFromLocale(input.hostLocale) });
  const language = settings.language;
  const asOf = input.asOf;
  const issues: InputIssue[] = [...settingIssues];
  const today = wallTimeOf(asOf, settings.collectorTimeZone).day;

  const aging = readAging(input.aging, { dateOrder: settings.dateOrder, defaultTermsDays: settings.defaultTermsDays, language });
  issues.push(...aging.issues);
  const log = readCallLog(input.callLog, { timeZone: settings.collectorTimeZone, language, dateOrder: settings.dateOrder });
  issues.push(...log.issues);

  // Group lines by customer, keeping the sheet's order of first appearance.
  const groups = new Map<string, { name: string; lines: AgingLine[] }>();
  // Invoice sheets repeat each name on many rows: each distinct spelling is normalised and
  // matched to its group once, then found by its text alone.
  const groupOfSpelling = new Map<string, { name: string; lines: AgingLine[] }>();
  for (const line of aging.lines) {
    let g = groupOfSpelling.get(line.customer);
    if (g === undefined) {
      const key = customerKey(line.customer);
      g = groups.get(key);
      if (!g) groups.set(key, (g = { name: line.customer, lines: [] }));
      groupOfSpelling.set(line.customer, g);
    }
    g.lines.push(line);
  }
  const callsByKey = new Map<string, CallRecord[]>();
  for (const r of log.records) {
    if (!groups.has(r.key)) {
      issues.push({ table: 'callLog', row: r.row, column: 'Customer', code: 'unknown-customer', message: say(M.unknownCustomer, language, { row: r.row, customer: r.customer }) });
      continue;
    }
    let list = callsByKey.get(r.key);
    if (!list) callsByKey.set(r.key, (list = []));
    list.push(r);
  }

  const calendar = workCalendar(settings.holidays);
  const zoneOf = (facts: DebtorFacts | undefined): string =>
    facts?.timeZone ?? (facts?.country ? zoneForCountry(facts.country) : null) ?? settings.defaultDebtorTimeZone ?? settings.collectorTimeZone;

  // Reachability learnt from the whole log, in each debtor's own local time.
  const allReach = emptyCounts();
  const ownReach = new Map<string, ReachCounts>();
  for (const [key, records] of callsByKey) {
    const zone = zoneOf(aging.facts.get(key));
    const own = emptyCounts();
    for (const r of records) {
      if (r.at.getTime() > asOf.getTime()) continue;
      addCall(own, r, zone);
      addCall(allReach, r, zone);
    }
    ownReach.set(key, own);
  }

  const debtors: DebtorPlan[] = [];
  for (const [key, group] of groups) {
    debtors.push(
      planDebtor(group.name, group.lines, {
        settings,
        asOf,
        today,
        layout: aging.layout,
        facts: aging.facts.get(key),
        records: callsByKey.get(key) ?? [],
        calendar,
        zone: zoneOf(aging.facts.get(key)),
        reach: { own: ownReach.get(key), all: allReach },
        issues,
      }),
    );
  }
  // Ties keep a stable, locale-independent order (code-unit order of the names).
  debtors.sort((a, b) => b.priority - a.priority || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));

  const queue = debtors
    .filter((d) => d.nextCall && !d.doNotCall && d.priority > 0 && wallTimeOf(d.nextCall.start, settings.collectorTimeZone).day === today)
    .slice(0, settings.dailyCapacity)
    .map((d) => d.customer);

  return { debtors, queue, issues, layout: aging.layout, settings, language };
}

interface DebtorContext {
  readonly settings: Settings;
  readonly asOf: Date;
  readonly today: number;
  readonly layout: PlanResult['layout'];
  readonly facts: DebtorFacts | undefined;
  readonly records: readonly CallRecord[];
  readonly calendar: ReturnType<typeof workCalendar>;
  readonly zone: string;
  readonly reach: { own: ReachCounts | undefined; all: ReachCounts };
  readonly issues: InputIssue[];
}

function planDebtor(name: string, allLines: readonly AgingLine[], c: DebtorContext): DebtorPlan {
  const { settings, asOf, today, facts } = c;
  const language = settings.language;
  const money = (x: number) => formatMoney(x, language, currency);

  // Never add up different currencies: keep the first one and report the rest.
  const currencies = currenciesOf(allLines);
  const currency = currencies[0] ?? null;
  const lines = currencies.length > 1 ? allLines.filter((l) => !l.currency || l.currency === currency) : allLines;
  if (currencies.length > 1) {
    c.issues.push({
      table: 'aging',
      row: allLines.find((l) => l.currency && l.currency !== currency)!.row,
      column: 'Currency',
      code: 'mixed-currency',
      message: say(M.mixedCurrency, language, { customer: name, currencies: currencies.join(', '), used: currency ?? '' }),
    });
  }

  const m = debtorMoney(lines, c.layout, today, settings.defaultTermsDays);
  const log = debtorLog(c.records, asOf, today, m.balance);
  const h = log.history;
  const consumer = facts?.consumer ?? settings.policy !== 'b2b';
  const disputed = (facts?.disputed ?? false) || h.disputeLogged;
  const doNotCall = facts?.doNotCall ?? false;
  const { trend } = paymentTrend(m.settled, facts?.avgDaysLate ?? null);
  const possibleDispute = trend === 'punctual' && m.daysPastDue > 15 && m.overdue > 0 && !disputed;

  // Risk and collectability.
  const factors = riskFactors({
    daysPastDue: m.daysPastDue,
    overdue: m.overdue,
    brokenPromises: h.brokenPromises,
    trend,
    refusals: h.refusals,
    unreachableStreak: h.unreachableStreak,
    wrongNumber: h.lastCall?.outcome === 'wrong number',
  });
  const factor = factors.reduce((p, f) => p * f.factor, 1);
  const base = collectability(m.daysPastDue);
  const adjusted = Math.round(base * factor * 1000) / 1000;
  const risk = riskClass(m.daysPastDue, m.overdue, adjusted);

  // Escalation: a dispute freezes the stage where it was when the dispute was raised.
  const disputeRecord = h.disputeLogged ? [...log.records].reverse().find((r) => r.outcome === 'dispute') ?? null : null;
  const stageAsOf = disputeRecord ? disputeRecord.at : asOf;
  const stageDay = disputeRecord ? wallTimeOf(disputeRecord.at, settings.collectorTimeZone).day : today;
  const dueStart = m.oldestDueDay !== null ? instantOf({ day: m.oldestDueDay, minutes: 0 }, settings.collectorTimeZone).getTime() : Infinity;
  const conversationsSinceDue = log.conversations.filter((t) => t.getTime() >= dueStart && t.getTime() <= stageAsOf.getTime()).length;
  const stageResult = escalationStage({
    daysPastDue: m.daysPastDue - (today - stageDay),
    overdue: m.overdue,
    conversationsSinceDue,
    brokenPromises: log.promises.filter((p) => p.status === 'broken' && p.date < stageDay).length,
    consequenceDue: !disputeRecord && h.consequenceDue !== null,
    refusals: log.records.filter((r) => r.outcome === 'refused' && r.at <= stageAsOf).length,
    allowedConsequences: settings.allowedConsequences,
  });
  const stage = stageResult.stage;

  // Priority.
  const lastBroken = log.lastPromise?.status === 'broken' ? log.lastPromise : null;
  // The instants behind the history's ISO texts, rather than parsing those texts back.
  const callbackDue = log.callbackAt !== null && log.callbackAt.getTime() <= asOf.getTime() + DAY_MS;
  const lastConversation = log.conversations.at(-1);
  const daysSinceConversation = lastConversation ? (asOf.getTime() - lastConversation.getTime()) / DAY_MS : null;
  const dueSoon = m.nextDueDay !== null && m.nextDueDay - today <= 2 ? m.nextDueAmount : 0;
  const pr = callPriority({
    overdue: m.overdue,
    daysPastDue: m.daysPastDue,
    riskFactor: factor,
    brokenPromiseDaysAgo: lastBroken ? today - lastBroken.date : null,
    partialToChase: h.partialToChase,
    consequenceDue: h.consequenceDue !== null,
    callbackDue,
    openPromiseAhead: h.openPromise !== null,
    disputed,
    daysSinceConversation,
    doNotCall,
    dueSoon,
  });
  const nothingOwed = m.balance <= 0;
  const priority = nothingOwed ? 0 : pr.value;

  const { nextCall, nextCallWhy, callNowBlocked } = planNextCall({
    asOf,
    settings,
    calendar: c.calendar,
    facts,
    zone: c.zone,
    consumer,
    doNotCall,
    nothingOwed,
    money: m,
    log,
    urgent: lastBroken !== null || h.consequenceDue !== null || h.partialToChase !== null || callbackDue,
    reach: c.reach,
  });

  // Reasons, in plain words.
  const reasons: string[] = [];
  if (nothingOwed) reasons.push(say(M.nothingOwed, language));
  else if (m.overdue > 0) reasons.push(say(M.age, language, { days: m.daysPastDue, amount: money(m.overdue) }));
  else if (m.nextDueDay !== null) reasons.push(say(M.notDue, language, { amount: money(m.nextDueAmount), date: isoDay(m.nextDueDay) }));
  if (m.overdue > 0) {
    const why = factors.map((f) => say(M[f.why], language, { n: f.why === 'broken-promises' ? h.brokenPromises : h.unreachableStreak })).join(', ');
    reasons.push(say(M.collectability, language, { pct: Math.round(adjusted * 1000) / 10, adjusted: why ? say(M.adjusted, language, { why }) : '' }));
  }
  if (possibleDispute) reasons.push(say(M.possibleDispute, language));
  if (lastBroken) reasons.push(say(M.brokenPromise, language, { amount: money(lastBroken.record.promisedAmount ?? lastBroken.record.balanceAtCall ?? m.overdue), date: isoDay(lastBroken.date) }));
  if (h.openPromise) reasons.push(say(M.openPromise, language, { amount: money(h.openPromise.amount ?? m.balance), date: h.openPromise.date }));
  if (h.consequenceDue) reasons.push(say(M.actNow, language, { what: h.consequenceDue.consequence, date: h.consequenceDue.date }));
  const ageLoss = pr.terms.find((t) => t.term === 'age-loss')?.amount ?? 0;
  const raised = pr.terms.filter((t) => t.amount > 0 && t.term !== 'age-loss').map((t) => say(M[`term-${t.term}`], language));
  const lowered = pr.terms.filter((t) => t.amount < 0 || t.term === 'do-not-call').map((t) => say(M[`term-${t.term}`], language));
  if (!nothingOwed && m.overdue <= 0 && !raised.length) {
    reasons.push(say(M.priorityNotDue, language, { value: money(priority) }));
  } else if (!nothingOwed) {
    reasons.push(
      say(M.priority, language, { value: money(priority), loss: money(ageLoss), extra: raised.length ? say(M.plus, language, { what: raised.join(', ') }) : '' }) +
        (lowered.length ? ` ${lowered.join('; ')}.` : ''),
    );
  }
  reasons.push(
    say(M.stage, language, {
      stage,
      name: say(STAGE_NAMES[stage], language),
      why: stageResult.because.map((b) => say(M[`stage-${b}`], language, { n: conversationsSinceDue })).join(', '),
    }),
  );
  if (disputed) reasons.push(say(M.disputePaused, language));
  reasons.push(nextCallWhy);

  // The invoice list is built when first read (the desk, JSON for a sidebar): the spreadsheet
  // functions and the queue never read it, and a big sheet has one entry per row.
  let invoices: InvoiceView[] | null = null;
  const invoiceViews = (): InvoiceView[] =>
    (invoices ??= m.open.map((line, i) => ({
      row: line.row,
      invoice: line.invoice,
      dueDate: line.dueDate !== null ? isoDay(line.dueDate) : null,
      documentDate: line.documentDate !== null ? isoDay(line.documentDate) : null,
      openBalance: line.openBalance,
      daysPastDue: m.openAges[i] ?? null,
    })));
  const who = askFor(facts, consumer);

  return {
    customer: name,
    rows: allLines.map((l) => l.row),
    currency,
    balance: m.balance,
    overdue: m.overdue,
    notDue: m.notDue,
    daysPastDue: m.daysPastDue,
    riskClass: risk,
    riskName: say(RISK_NAMES[risk], language),
    collectability: m.overdue > 0 ? adjusted : base,
    priority,
    nextCall,
    nextCallWhy,
    stage,
    stageName: say(STAGE_NAMES[stage], language),
    actNow: h.consequenceDue !== null,
    askFor: who,
    askForText: say(ASK_FOR[who], language),
    contact: facts?.contact ?? null,
    phone: facts?.phone ?? null,
    companySize: facts?.companySize ?? null,
    timeZone: c.zone,
    consumer,
    disputed,
    doNotCall,
    possibleDispute,
    get invoices() {
      return invoiceViews();
    },
    history: h,
    callNowBlocked,
    reasons,
  };
}
