import type { WireDebtor } from '../../desk/context';
import { formatMoney, say } from '../../i18n/texts';
import type { Language } from '../../model/cell';
import { RISK_NAMES, STAGE_NAMES } from '../../plan/messages';
import { consequenceWord, OUTCOME_WORDS } from '../../calllog/schema';
import { whomToAskFor } from '../../playbook/ask-for';
import { sayDay } from '../../playbook/debtor-values';
import { h, uid } from './dom';
import { L } from './labels';

/** Wall time now in the debtor's zone, `Tue 09:12`; the zone name when the browser lacks it. */
function theirNow(now: Date, zone: string, language: Language): string {
  try {
    return new Intl.DateTimeFormat(language, { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false }).format(now);
  } catch {
    return zone;
  }
}

/** Only digits, spaces and `+` go into a tel: link; the number is shown as typed. */
function telHref(phone: string): string {
  return 'tel:' + phone.replace(/[^\d+]/g, '');
}

function row(label: string, value: string, className?: string) {
  return [h('dt', {}, label), h('dd', className ? { class: className } : {}, value)];
}

function localTime(iso: string, language: Language): string {
  const [date, time] = iso.split(' ');
  return date ? `${sayDay(date, language)} ${time ?? ''}`.trim() : iso;
}

const INSTALMENT_STATES = { kept: L.instalmentKept, due: L.instalmentDue, missed: L.instalmentMissed } as const;

/**
 * The current payment plan: a table of its instalments with the state of each in words (the colour
 * only repeats it), under a heading that names the plan; the caption counts kept, due and missed.
 */
function paymentPlan(d: WireDebtor, l: Language, m: (v: number) => string): HTMLElement | null {
  const plan = d.history.plan;
  if (!plan) return null;
  const headingId = uid('plan');
  const heading = say(L.plan, l, { date: sayDay(plan.agreedAt.slice(0, 10), l) });
  return h('section', { class: 'cd-plan', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, heading),
    h('table', { class: 'cd-instalments' },
      // The counts first, so a screen reader entering the table hears where the plan stands.
      h('caption', { class: 'cd-plan-summary' }, say(L.planSummary, l, { count: plan.instalments.length, kept: plan.kept, due: plan.due, missed: plan.missed }), ' · ', m(plan.total)),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, say(L.instalmentDate, l)), h('th', { scope: 'col', class: 'num' }, say(L.instalmentAmount, l)), h('th', { scope: 'col' }, say(L.instalmentState, l)))),
      h('tbody', {}, plan.instalments.map((i) =>
        h('tr', { class: `cd-instalment cd-${i.status}`, 'data-status': i.status },
          h('th', { scope: 'row' }, sayDay(i.date, l)),
          h('td', { class: 'num' }, m(i.amount)),
          h('td', {}, say(INSTALMENT_STATES[i.status], l)))))));
}

/** A call the collector's agenda holds for this debtor: its collector-local time and the debtor's then. */
export interface AgendaSlot {
  readonly time: string;
  readonly debtorLocal: string | null;
}

/**
 * The debtor card: who, how much, how risky, when to call and what happened before. With an
 * agenda slot the card leads with the agenda's time (the call the day is planned around), the slot
 * search's best time following it.
 */
export function debtorCard(d: WireDebtor, language: Language, now: Date, agenda: AgendaSlot | null = null): HTMLElement {
  const l = language;
  const m = (v: number) => formatMoney(v, l, d.currency);
  const titleId = uid('debtor');
  const who = whomToAskFor(d.askFor, l);

  const warnings = [
    d.callNowBlocked ? h('p', { class: 'cd-warning', role: 'note' }, '⚠ ', say(L.blocked, l, { why: d.callNowBlocked })) : null,
    d.actNow
      ? h('p', { class: 'cd-warning cd-act' }, '⚑ ', d.history.consequenceDue
          ? say(L.actNowWhat, l, { what: consequenceWord(d.history.consequenceDue.consequence, l), date: sayDay(d.history.consequenceDue.date, l) })
          : say(L.actNow, l))
      : null,
  ];

  const onAgenda = agenda
    ? h('p', { class: 'cd-agenda-time' }, h('strong', {}, say(L.agendaTime, l, { time: localTime(agenda.time, l) })),
        agenda.debtorLocal ? [h('br'), say(L.theirTime, l, { time: localTime(agenda.debtorLocal.replace(/ \(.*\)$/, ''), l), zone: d.timeZone })] : null)
    : null;
  const next = d.nextCall
    ? h('p', { class: 'cd-next' },
        h('strong', {}, say(L.yourTime, l, { time: localTime(d.nextCall.collectorLocal, l) })),
        h('br'),
        say(L.theirTime, l, { time: localTime(d.nextCall.debtorLocal.replace(/ \(.*\)$/, ''), l), zone: d.nextCall.debtorTimeZone }))
    : h('p', { class: 'cd-next' }, say(L.noSlot, l));

  const invoices = h('table', { class: 'cd-invoices' },
    h('caption', {}, say(L.invoices, l)),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, say(L.invoice, l)), h('th', { scope: 'col' }, say(L.due, l)), h('th', { scope: 'col', class: 'num' }, say(L.open, l)), h('th', { scope: 'col', class: 'num' }, say(L.days, l)))),
    h('tbody', {}, d.invoices.map((i) => {
      const notYet = (i.daysPastDue ?? 0) <= 0;
      return h('tr', notYet ? { class: 'cd-not-due' } : {},
        h('td', {}, i.invoice ?? '—'),
        h('td', {}, i.dueDate ?? '—'),
        h('td', { class: 'num' }, m(i.openBalance)),
        h('td', { class: 'num' }, notYet ? say(L.notYetDue, l) : String(i.daysPastDue ?? '')));
    })));

  const status = { open: L.open_, kept: L.kept, broken: L.broken } as const;
  const history = h('div', { class: 'cd-history' },
    h('h3', {}, say(L.history, l)),
    d.history.recentCalls.length === 0 && d.history.promises.length === 0
      ? h('p', {}, say(L.noCalls, l))
      : h('ul', {},
          d.history.promises.slice(0, 3).map((p) =>
            h('li', { class: `cd-promise cd-${p.status}` }, say(L.promised, l, { amount: p.amount === null ? '—' : m(p.amount), date: sayDay(p.date, l), status: say(status[p.status], l) }))),
          d.history.recentCalls.slice(0, 4).map((c) =>
            h('li', {}, h('span', { class: 'cd-when' }, c.at.slice(0, 10)), ' ', OUTCOME_WORDS[c.outcome][l], c.notes ? ` — ${c.notes}` : ''))));

  return h('section', { class: 'cd-card', 'aria-labelledby': titleId },
    h('h2', { id: titleId, class: 'cd-customer' }, d.customer),
    h('p', { class: 'cd-meta' },
      d.contact ? [say(L.contact, l), ': ', d.contact] : null,
      d.contact && d.phone ? ' · ' : null,
      d.phone ? h('a', { href: telHref(d.phone) }, d.phone) : null),
    warnings,
    h('dl', { class: 'cd-figures' },
      row(say(L.askFor, l), who.who),
      row(say(L.balance, l), m(d.balance), 'num'),
      row(say(L.overdue, l), m(d.overdue), 'num strong'),
      row(say(L.notDue, l), m(d.notDue), 'num'),
      row(say(L.daysPastDue, l), String(Math.max(0, d.daysPastDue))),
      row(say(L.risk, l), say(RISK_NAMES[d.riskClass], l), `cd-risk cd-risk-${d.riskClass}`),
      row(say(L.stage, l), `${d.stage} · ${say(STAGE_NAMES[d.stage], l)}`),
      row(say(L.priority, l), d.priority.toFixed(2), 'num')),
    h('p', { class: 'cd-askwhy' }, who.why),
    h('h3', {}, say(L.nextCall, l)),
    onAgenda,
    next,
    h('p', { class: 'cd-their-now' }, say(L.theirNow, l, { time: theirNow(now, d.timeZone, l) })),
    h('details', { class: 'cd-why' }, h('summary', {}, say(L.why, l)), h('ul', {}, d.reasons.map((r) => h('li', {}, r)), h('li', {}, d.nextCallWhy))),
    invoices,
    paymentPlan(d, l, m),
    history);
}
