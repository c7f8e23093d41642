import { agendaCollectors, ownerIndex } from '../agenda/collectors';
import type { AgendaInput } from '../agenda/candidates';
import { planAgenda } from '../agenda/plan-agenda';
import type { AgendaCall, AgendaDebtor } from '../agenda/types';
import { readAging } from '../aging/read-aging';
import { customerKey } from '../aging/customer-key';
import { zoneForCountry } from '../aging/country-zone';
import type { AgingLine, DebtorFacts } from '../aging/types';
import { workCalendar } from '../calendar/working-days';
import { readCallLog, type CallRecord } from '../calllog/read-log';
import { consequenceWord } from '../calllog/schema';
import { escalationStage } from '../escalation/stage';
import { callStopOf, callStopText } from '../history/call-stop';
import { debtorLog } from '../history/debtor-log';
import { formatMoney, languageFromLocale, say } from '../i18n/texts';
import { isoDay } from '../model/day';
import type { InputIssue } from '../model/issue';
import { callPriority } from '../priority/priority';
import { collectability, collectabilityAWeekOn, habitAge, LOOK_AHEAD_DAYS } from '../risk/collectability';
import { latenessBook, type LatenessSample } from '../behaviour/lateness-book';
import { promiseSlip } from '../behaviour/promise-slip';
import { paymentBehaviour } from '../behaviour/payment-behaviour';
import { riskClass, riskFactors } from '../risk/risk-class';
import { addCall, emptyCounts, type ReachCounts } from '../schedule/reachability';
import { readSettings } from '../settings/read-settings';
import { summarizeBook, type SummaryDebtor } from '../summary/summarize';
import type { Settings } from '../settings/schema';
import { instantOf, wallTimeOf } from '../time/zone';
import { ASK_FOR, M, RISK_NAMES, STAGE_NAMES } from './messages';
import { debtorMoney, lineAge } from './debtor-money';
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
  return planWithAgendaInput(input).plan;
}

/**
 * planCalls, together with what its agenda is planned from, so that another placement (the
 * greedy reference of the benchmark and the tests) can be measured on the very same day.
 */
export function planWithAgendaInput(input: PlanInput): { plan: PlanResult; agendaInput: AgendaInput } {
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

  // The book's payment habits, every debtor's own measured against them.
  const samples = new Map<string, LatenessSample>();
  for (const [key, group] of groups) samples.set(key, latenessSample(group.lines, aging.facts.get(key), settings.defaultTermsDays, aging.layout, today));
  const book = latenessBook(samples.values());

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
  // In the sheet's order, before the ranking: the summary's tie-break is the first currency seen.
  const summarySources: SummaryDebtor[] = [];
  const collectors = agendaCollectors(settings);
  const callable: AgendaDebtor[] = [];
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
        lateness: samples.get(key)!,
        book,
        issues,
        summary: summarySources,
        collectors,
        callable,
      }),
    );
  }
  // Ties keep a stable, locale-independent order (code-unit order of the names).
  debtors.sort((a, b) => b.priority - a.priority || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));

  const queue = debtors
    .filter((d) => d.nextCall && !d.doNotCall && d.priority > 0 && wallTimeOf(d.nextCall.start, settings.collectorTimeZone).day === today)
    .slice(0, settings.dailyCapacity)
    .map((d) => d.customer);

  const summary = summarizeBook(summarySources, { today, language });
  let agenda: AgendaCall[] | null = null;
  const agendaInput: AgendaInput = { asOf, settings, calendar, debtors: callable };
  const plan: PlanResult = {
    debtors,
    queue,
    // The day's agenda is planned when first read: the column functions never need it.
    get agenda() {
      return (agenda ??= planAgenda(agendaInput));
    },
    collectors,
    issues,
    layout: aging.layout,
    settings,
    language,
    summary,
  };
  return { plan, agendaInput };
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
  readonly lateness: LatenessSample;
  readonly book: ReturnType<typeof latenessBook>;
  readonly issues: InputIssue[];
  /** Where the debtor's figures for the book summary go. */
  readonly summary: SummaryDebtor[];
  readonly collectors: readonly string[];
  /** Collects the debtors worth a call, for the day's agenda. */
  readonly callable: AgendaDebtor[];
}

/**
 * Days late of each settled invoice, oldest due date first: settled date − due date (or − the
 * document date plus the default terms). Lines in any currency count: habit is about time.
 */
function latenessSample(lines: readonly AgingLine[], facts: DebtorFacts | undefined, termsDays: number, layout: PlanResult['layout'], today: number): LatenessSample {
  const paid: { due: number; late: number }[] = [];
  const open: number[] = [];
  for (const l of lines) {
    if (l.settledDate === null) {
      const age = l.openBalance > 0 ? lineAge(l, layout, today, termsDays) : null;
      if (age !== null && age > 0) open.push(age);
      continue;
    }
    const due = l.dueDate ?? (l.documentDate !== null ? l.documentDate + termsDays : null);
    if (due !== null) paid.push({ due, late: l.settledDate - due });
  }
  paid.sort((a, b) => a.due - b.due);
  return { days: paid.map((p) => p.late), average: facts?.avgDaysLate ?? null, open };
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
  // A cease request, an attorney or a bankruptcy in the log stops calls like the sheet's Do-not-call.
  const stop = callStopOf(log.records, consumer);
  const stopText = stop ? callStopText(stop, isoDay(wallTimeOf(stop.at, settings.collectorTimeZone).day), language) : null;
  const doNotCall = (facts?.doNotCall ?? false) || stop !== null;
  const behaviour = paymentBehaviour(c.lateness, c.book);
  const habit = behaviour.assumedDaysLate;
  const unusual = m.overdue > 0 && behaviour.unusual(m.daysPastDue);
  // Seed 000: always on time and now late beyond the usual spread — whatever the day count.
  const possibleDispute = behaviour.punctual && unusual && !disputed;
  const stillUnpaid = m.overdue > 0 || m.nextDueDay !== null ? behaviour.stillUnpaid(m.daysPastDue, LOOK_AHEAD_DAYS) : null;
  // The open line expected to be the most overdue a week on decides: an invoice falling due this
  // week to a payer who is always late can outweigh an old one about to be paid.
  const ageBeyondHabit = habitAge(m.daysPastDue, habit);

  // Risk and collectability.
  const factors = riskFactors({
    daysPastDue: m.daysPastDue,
    overdue: m.overdue,
    brokenPromises: h.brokenPromises,
    trend: behaviour.trend,
    refusals: h.refusals,
    unreachableStreak: h.unreachableStreak,
    wrongNumber: h.lastCall?.outcome === 'wrong number',
  });
  const factor = factors.reduce((p, f) => p * f.factor, 1);
  // With a payment history (seed 000: a debtor's own history says when it pays): money paid in the
  // coming week is collected in full; what is still overdue then is worth the age curve at its age
  // then. With no history anywhere: the age curve today.
  const week = stillUnpaid === null ? null : weekAhead(m, behaviour);
  const base = week === null ? collectability(m.daysPastDue) : collectabilityAWeekOn(week.overdue, week.ageIfUnpaid);
  const adjusted = Math.round(base * factor * 1000) / 1000;
  // The class reads what is alarming: the age beyond the debtor's own habit, with the same factors.
  const risk = riskClass(m.daysPastDue, m.overdue, Math.round(collectability(ageBeyondHabit) * factor * 1000) / 1000, ageBeyondHabit);

  // Escalation. A dispute freezes the stage where it was when the dispute was raised. A running
  // payment plan holds it where it stood before the call that agreed the plan: the plan takes the
  // place of the ladder, so neither the debt's age nor the calls made while it runs move the stage,
  // and each missed instalment moves it one step, exactly as a broken promise does.
  const disputeRecord = h.disputeLogged ? [...log.records].reverse().find((r) => r.outcome === 'dispute') ?? null : null;
  const planHold = !disputeRecord && log.plan?.running ? log.plan : null;
  const holdAt = disputeRecord?.at ?? planHold?.record.at ?? null;
  const stageAsOf = holdAt ?? asOf;
  const stageDay = holdAt ? wallTimeOf(holdAt, settings.collectorTimeZone).day : today;
  // The dispute call is a conversation of the stage it freezes; the call that agreed a plan is not.
  const beforeHold = (t: Date) => (planHold ? t.getTime() < stageAsOf.getTime() : t.getTime() <= stageAsOf.getTime());
  const dueStart = m.oldestDueDay !== null ? instantOf({ day: m.oldestDueDay, minutes: 0 }, settings.collectorTimeZone).getTime() : Infinity;
  const conversationsSinceDue = log.conversations.filter((t) => t.getTime() >= dueStart && beforeHold(t)).length;
  const missedInstalments = log.plan ? log.plan.instalments.filter((i) => i.status === 'missed' && (planHold !== null || i.day < stageDay)).length : 0;
  const heldDaysPastDue = m.daysPastDue - (today - stageDay);
  const stageResult = escalationStage({
    // A plan agreed before the money fell due holds the first overdue step, not the reminder.
    daysPastDue: planHold && m.daysPastDue > 0 ? Math.max(1, heldDaysPastDue) : heldDaysPastDue,
    overdue: m.overdue,
    conversationsSinceDue,
    brokenPromises: log.promises.filter((p) => p.status === 'broken' && p.date < stageDay).length + missedInstalments,
    consequenceDue: !disputeRecord && h.consequenceDue !== null,
    refusals: log.records.filter((r) => r.outcome === 'refused' && beforeHold(r.at)).length,
    allowedConsequences: settings.allowedConsequences,
  });
  const stage = stageResult.stage;

  // Priority.
  // A running plan is the agreement now: a promise broken or part paid before it is not chased.
  const supersededByPlan = (at: Date) => planHold !== null && at < planHold.record.at;
  const lastBroken = log.lastPromise?.status === 'broken' && !supersededByPlan(log.lastPromise.record.at) ? log.lastPromise : null;
  const partialToChase = log.lastPromise && supersededByPlan(log.lastPromise.record.at) ? null : h.partialToChase;
  // A missed instalment is followed up like a broken promise: the day after, at once.
  const lastMissed = planHold?.instalments.filter((i) => i.status === 'missed').at(-1) ?? null;
  const nextInstalment = planHold?.instalments.find((i) => i.status === 'due') ?? null;
  // A plan kept so far waits for its next instalment as an open promise waits for its date.
  const planKeptSoFar = planHold !== null && planHold.missed === 0;
  const brokenDaysAgo = [lastBroken ? today - lastBroken.date : null, lastMissed ? today - lastMissed.day : null].filter((d): d is number => d !== null);
  // The instants behind the history's ISO texts, rather than parsing those texts back.
  const callbackDue = log.callbackAt !== null && log.callbackAt.getTime() <= asOf.getTime() + DAY_MS;
  const lastConversation = log.conversations.at(-1);
  const daysSinceConversation = lastConversation ? (asOf.getTime() - lastConversation.getTime()) / DAY_MS : null;
  const dueSoon = m.nextDueDay !== null && m.nextDueDay - today <= 2 ? m.nextDueAmount : 0;
  const pr = callPriority({
    overdue: m.overdue,
    daysPastDue: m.daysPastDue,
    riskFactor: factor,
    brokenPromiseDaysAgo: brokenDaysAgo.length ? Math.min(...brokenDaysAgo) : null,
    partialToChase,
    consequenceDue: h.consequenceDue !== null,
    callbackDue,
    openPromiseAhead: h.openPromise !== null || planKeptSoFar,
    disputed,
    daysSinceConversation,
    doNotCall,
    dueSoon,
    stillUnpaid: stillUnpaid ?? 1,
    ageBeyondHabit,
  });
  const nothingOwed = m.balance <= 0;
  const priority = nothingOwed ? 0 : pr.value;

  const { nextCall, nextCallWhy, callNowBlocked, rules, ruleContext, intent } = planNextCall({
    asOf,
    settings,
    calendar: c.calendar,
    facts,
    zone: c.zone,
    consumer,
    doNotCall,
    stopText,
    nothingOwed,
    money: m,
    log,
    planWaitUntil: planKeptSoFar && nextInstalment ? nextInstalment.day + 1 : null,
    urgent: lastBroken !== null || lastMissed !== null || h.consequenceDue !== null || partialToChase !== null || callbackDue,
    reach: c.reach,
  });

  // An owner the Settings list does not know is reported even when nothing is owed today.
  const owner = facts?.collector ?? null;
  ownerIndex(owner, c.collectors, settings, { customer: name, row: allLines[0]?.row ?? 0, issues: c.issues });
  if (nextCall && !doNotCall && priority > 0) {
    c.callable.push({ customer: name, priority, currency, owner, row: allLines[0]?.row ?? 0, rules: ruleContext, intent, reach: c.reach });
  }

  // Reasons, in plain words.
  const reasons: string[] = [];
  if (nothingOwed) reasons.push(say(M.nothingOwed, language));
  else if (m.overdue > 0) reasons.push(say(M.age, language, { days: m.daysPastDue, amount: money(m.overdue) }));
  else if (m.nextDueDay !== null) reasons.push(say(M.notDue, language, { amount: money(m.nextDueAmount), date: isoDay(m.nextDueDay) }));
  if (m.overdue > 0) {
    const why = factors.map((f) => say(M[f.why], language, { n: f.why === 'broken-promises' ? h.brokenPromises : h.unreachableStreak })).join(', ');
    reasons.push(say(week === null ? M.collectability : M.collectabilityAhead, language, { pct: percent(adjusted, language), chance: Math.round((week?.overdue ?? 1) * 100), adjusted: why ? say(M.adjusted, language, { why }) : '' }));
  }
  const habitReason = behaviourReason(behaviour, m.overdue > 0 ? m.daysPastDue : null, unusual, language);
  if (habitReason) reasons.push(habitReason);
  if (possibleDispute) reasons.push(say(M.possibleDispute, language));
  if (lastBroken) reasons.push(say(M.brokenPromise, language, { amount: money(lastBroken.record.promisedAmount ?? lastBroken.record.balanceAtCall ?? m.overdue), date: isoDay(lastBroken.date) }));
  if (h.openPromise) reasons.push(say(M.openPromise, language, { amount: money(h.openPromise.amount ?? m.balance), date: h.openPromise.date }));
  if (log.plan) {
    const p = log.plan;
    const values = { date: isoDay(wallTimeOf(p.record.at, settings.collectorTimeZone).day), count: p.instalments.length, kept: h.plan!.kept, missed: p.missed };
    if (lastMissed) reasons.push(say(M.planMissed, language, { ...values, amount: money(lastMissed.amount), due: isoDay(lastMissed.day) }));
    else if (nextInstalment) reasons.push(say(M.planKept, language, { ...values, amount: money(nextInstalment.amount), due: isoDay(nextInstalment.day) }));
    else reasons.push(say(M.planDone, language, values));
  }
  const slip = slipOf(log.promises, lines, settings.collectorTimeZone);
  // One late settlement is an accident; two make a habit worth telling the collector.
  if (slip.promisesSettled >= 2 && slip.typicalPromiseSlipDays !== null && slip.typicalPromiseSlipDays >= 1) reasons.push(say(M.promiseSlip, language, { days: Math.round(slip.typicalPromiseSlipDays) }));
  if (h.consequenceDue) reasons.push(say(M.actNow, language, { what: consequenceWord(h.consequenceDue.consequence, language), date: h.consequenceDue.date }));
  const ageLoss = pr.terms.find((t) => t.term === 'age-loss')?.amount ?? 0;
  const raised = pr.terms.filter((t) => t.amount > 0 && t.term !== 'age-loss').map((t) => say(M[`term-${t.term}`], language));
  const lowered = pr.terms.filter((t) => t.amount < 0 || t.term === 'do-not-call').map((t) => say(M[`term-${t.term}`], language));
  if (!nothingOwed && m.overdue <= 0 && !raised.length) {
    reasons.push(say(M.priorityNotDue, language, { value: money(priority) }));
  } else if (!nothingOwed) {
    reasons.push(
      say(M.priority, language, { value: money(priority), loss: money(ageLoss), extra: raised.length ? say(M.plus, language, { what: raised.join(', ') }) : '' }) +
        (lowered.length ? ` ${sentenceStart(lowered.join('; '), language)}.` : ''),
    );
  }
  reasons.push(
    say(M.stage, language, {
      stage,
      name: say(STAGE_NAMES[stage], language),
      why: [...stageResult.because.map((b) => say(M[`stage-${b}`], language, { n: conversationsSinceDue })), ...(planHold ? [say(M['stage-plan'], language)] : [])].join(', '),
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
  c.summary.push({
    currency,
    riskClass: risk,
    balance: m.balance,
    overdue: m.overdue,
    lines: m.open,
    ages: m.openAges,
    promises: [
      ...log.promises.map((p) => ({ status: p.status, date: p.date, promisedAmount: p.record.promisedAmount, balanceAtCall: p.record.balanceAtCall, received: p.received })),
      // Each instalment is a promise of its amount: due ones are promised cash of their week.
      ...(log.plan?.instalments.map((i) => ({ status: INSTALMENT_AS_PROMISE[i.status], date: i.day, promisedAmount: i.amount, balanceAtCall: null, received: i.received })) ?? []),
    ],
  });

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
    contactTitle: facts?.contactTitle ?? null,
    phone: facts?.phone ?? null,
    companySize: facts?.companySize ?? null,
    timeZone: c.zone,
    consumer,
    disputed,
    doNotCall,
    callStop: stop ? { reason: stop.reason, row: stop.row, at: stop.at.toISOString(), notes: stop.notes } : null,
    possibleDispute,
    typicalDaysLate: behaviour.typicalDaysLate,
    expectedPaymentDay: expectedPaymentDay(behaviour, m, today),
    behaviour: {
      usual: behaviour.usual && { low: Math.round(behaviour.usual.low), high: Math.round(behaviour.usual.high) },
      paidInvoices: c.lateness.days.length,
      trend: behaviour.trend,
      punctual: behaviour.punctual,
      unusual,
      stillUnpaidInAWeek: stillUnpaid === null ? null : Math.round(stillUnpaid * 1000) / 1000,
      ...promiseReliability([...log.promises, ...(log.plan?.instalments.map((i) => ({ status: INSTALMENT_AS_PROMISE[i.status] })) ?? [])]),
      ...slip,
      overdueInAWeek: week === null ? null : Math.round(week.overdue * 1000) / 1000,
    },
    get invoices() {
      return invoiceViews();
    },
    history: h,
    callNowBlocked,
    rules,
    reasons,
  };
}

/** An instalment in the promises' words: a due one is an open promise, a missed one a broken promise. */
const INSTALMENT_AS_PROMISE = { kept: 'kept', due: 'open', missed: 'broken' } as const;

/** The ISO day the oldest overdue money is likely to be paid if nothing is done. */
function expectedPaymentDay(b: ReturnType<typeof paymentBehaviour>, m: ReturnType<typeof debtorMoney>, today: number): string | null {
  if (m.overdue <= 0) return null;
  const at = b.expectedPaymentAge(m.daysPastDue);
  return at === null ? null : isoDay(today + Math.max(0, Math.round(at - m.daysPastDue)));
}

/** The first letter in capitals: a phrase that opens a new sentence after a full stop. */
function sentenceStart(text: string, language: Settings['language']): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** A share as a percentage with one decimal, in the language's own decimal sign (72.5, 72,5). */
function percent(share: number, language: Settings['language']): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(Math.round(share * 1000) / 10);
}

/** How late promised money came, from the aging sheet's settlement days. */
function slipOf(promises: ReturnType<typeof debtorLog>['promises'], lines: readonly AgingLine[], zone: string): { typicalPromiseSlipDays: number | null; promisesSettled: number } {
  const settled = lines.flatMap((l) => (l.settledDate === null ? [] : [l.settledDate]));
  const s = promiseSlip(promises.map((p) => ({ made: wallTimeOf(p.record.at, zone).day, promised: p.date })), settled);
  return { typicalPromiseSlipDays: s.typicalSlipDays, promisesSettled: s.promisesSettled };
}

/** Kept ÷ judged promises, Laplace-smoothed so that one kept promise is not "always keeps its word". */
function promiseReliability(promises: readonly { status: 'open' | 'kept' | 'broken' }[]): { promiseReliability: number | null; promisesJudged: number } {
  let kept = 0;
  let judged = 0;
  for (const p of promises) {
    if (p.status === 'open') continue;
    judged++;
    if (p.status === 'kept') kept++;
  }
  return { promiseReliability: judged ? Math.round(((kept + 1) / (judged + 2)) * 1000) / 1000 : null, promisesJudged: judged };
}

/** The habit in words: what is normal for this debtor and whether today's lateness is. */
function behaviourReason(b: ReturnType<typeof paymentBehaviour>, daysLate: number | null, unusual: boolean, language: Settings['language']): string | null {
  if (b.typicalDaysLate === null) return null;
  const typical = Math.round(b.typicalDaysLate);
  const parts: string[] = [];
  if (b.punctual) {
    parts.push(daysLate !== null && unusual ? say(M.habitPunctualUnusual, language, { days: daysLate }) : say(M.habitPunctual, language));
  } else if (typical > PUNCTUAL_REASON_DAYS) {
    if (daysLate === null) parts.push(say(M.habitLate, language, { typical }));
    else parts.push(say(unusual ? M.habitLateBeyond : M.habitLateNormal, language, { typical, days: daysLate }));
  }
  if (b.trend === 'lengthening') parts.push(say(M.habitLengthening, language));
  return parts.length ? parts.join(' ') : null;
}

/** Below this habit the reasons do not dwell on it (a few days is how long a transfer takes). */
const PUNCTUAL_REASON_DAYS = 5;

/**
 * What a week without a call is expected to bring: the chance that some open line is overdue and
 * still unpaid a week on (lines paid meanwhile are collected in full), and the overdue age the
 * oldest of them then has. Each line's chance is the debtor's: P(paid later than age + 7 | not paid
 * by age); lines falling due after the week cannot be overdue by then.
 */
function weekAhead(m: ReturnType<typeof debtorMoney>, b: ReturnType<typeof paymentBehaviour>): { overdue: number; ageIfUnpaid: number } {
  let allPaid = 1;
  let oldest = 0;
  for (let i = 0; i < m.open.length; i++) {
    const age = m.openAges[i] ?? null;
    // Credits are not money to collect; lines falling due after the week cannot be overdue by then.
    if (age === null || m.open[i]!.openBalance <= 0 || age + LOOK_AHEAD_DAYS <= 0) continue;
    const p = b.stillUnpaid(age, LOOK_AHEAD_DAYS) ?? 1;
    // Lines taken as paid independently. A debtor that pays in monthly runs pays several at once,
    // so this overstates the chance for many lines; the largest single chance is the other bound.
    // On the replayed histories (README, Backtest) the two rank debtors within 0.002 AUC.
    allPaid *= 1 - p;
    oldest = Math.max(oldest, age + LOOK_AHEAD_DAYS);
  }
  return { overdue: 1 - allPaid, ageIfUnpaid: oldest };
}
