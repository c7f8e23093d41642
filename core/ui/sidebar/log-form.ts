import type { CallLogEntry } from '../../calllog/entry';
import { CONSEQUENCE_WORDS, OUTCOMES, OUTCOME_WORDS, type Consequence, type Outcome } from '../../calllog/schema';
import { instalmentsOf, planProblem, planTotal, type Interval, type InstalmentPlan } from '../../calllog/instalments';
import { CALL_LOG_MESSAGES } from '../../calllog/messages';
import { validateCallLogEntry } from '../../calllog/write-row';
import type { WireDebtor } from '../../desk/context';
import { formatMoney, say } from '../../i18n/texts';
import type { Language } from '../../model/cell';
import { isoDay, parseIsoDay } from '../../model/day';
import { PAYMENT_METHODS, PAYMENT_METHOD_WORDS, type AgreedPayment, type PaymentMethod } from '../../playbook/confirmation';
import { sayDay } from '../../playbook/debtor-values';
import { instantOf } from '../../time/zone';
import { h, uid } from './dom';
import { L } from './labels';

export type FormRead = { ok: true; entry: CallLogEntry; agreed: AgreedPayment | null } | { ok: false; message: string; field: HTMLElement | null };

/**
 * What pressing the button does: log a new call, send an unsure one again with its request id
 * (`retry`), or log one the host asked to confirm (`confirm`).
 */
export type FormMode = 'log' | 'retry' | 'confirm';

export interface LogForm {
  readonly element: HTMLElement;
  read(now: Date): FormRead;
  setPending(pending: boolean): void;
  setMode(mode: FormMode, notice?: string): void;
  setExcuse(text: string): void;
  /** The same debtor, re-planned: what the collector typed stays, the balance written follows the sheet. */
  update(debtor: WireDebtor): void;
  focus(): void;
}

const PROMISES: ReadonlySet<Outcome> = new Set(['promise to pay', 'partial payment promised']);

/** The intervals the form offers; a plan typed into the log may use any number of days, weeks or months. */
const EVERY = {
  month: { n: 1, unit: 'month' },
  week: { n: 1, unit: 'week' },
  '2weeks': { n: 2, unit: 'week' },
} as const satisfies Record<string, Interval>;
const EVERY_LABELS = { month: L.everyMonth, week: L.everyWeek, '2weeks': L.every2Weeks } as const;

function field(label: string, control: HTMLElement, id: string, className = 'cd-field'): HTMLElement {
  control.id = id;
  return h('div', { class: className }, h('label', { for: id }, label), control);
}

/** `2026-11-24T09:30` typed in the collector's zone → ISO instant; null when not a date-time. */
function instantFromLocal(value: string, zone: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  const day = m ? parseIsoDay(m[1]!) : null;
  if (!m || day === null) return null;
  return instantOf({ day, minutes: Number(m[2]) * 60 + Number(m[3]) }, zone).toISOString();
}

/** The call's outcome and what was agreed, checked by the same rules the host applies before writing. */
export function logForm(initial: WireDebtor, language: Language, collectorZone: string, allowed: readonly Consequence[], collector: string): LogForm {
  const l = language;
  let d = initial;
  const outcome = h('select', {}, OUTCOMES.map((o) => h('option', { value: o }, OUTCOME_WORDS[o][l])));
  const amount = h('input', { type: 'number', min: '0', step: '0.01', inputmode: 'decimal', value: d.overdue > 0 ? d.overdue.toFixed(2) : '' });
  const date = h('input', { type: 'date' });
  const method = h('select', {}, PAYMENT_METHODS.map((m) => h('option', { value: m }, say(PAYMENT_METHOD_WORDS[m], l))));
  const callback = h('input', { type: 'datetime-local' });
  const excuse = h('input', { type: 'text', maxlength: '2000' });
  const consequence = h('select', {}, h('option', { value: '' }, say(L.noConsequence, l)), allowed.map((c) => h('option', { value: c }, CONSEQUENCE_WORDS[c][l])));
  const consequenceDate = h('input', { type: 'date' });
  const notes = h('textarea', { rows: '2', maxlength: '2000' });
  const who = h('input', { type: 'text', autocomplete: 'name', value: collector, maxlength: '200' });
  const submit = h('button', { type: 'submit', class: 'cd-primary' }, say(L.logCall, l));
  const notice = h('p', { class: 'cd-notice', role: 'alert' });
  let mode: FormMode = 'log';
  const buttonText = () => say(mode === 'retry' ? L.checkAndLog : mode === 'confirm' ? L.logAnyway : L.logCall, l);

  const planAmount = h('input', { type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal' });
  const planFirst = h('input', { type: 'date' });
  const planCount = h('input', { type: 'number', min: '2', max: '120', step: '1', inputmode: 'numeric', value: '3' });
  const planEvery = h('select', {}, (Object.keys(EVERY) as (keyof typeof EVERY)[]).map((k) => h('option', { value: k }, say(EVERY_LABELS[k], l))));
  // The dates the plan will have, as the collector types: read out when they change.
  const planPreview = h('p', { class: 'cd-hint cd-plan-preview', 'aria-live': 'polite' });

  const promiseBox = h('div', { class: 'cd-group' },
    field(say(L.promisedAmount, l), amount, uid('amount')),
    field(say(L.promisedDate, l), date, uid('pdate')));
  const planBox = h('div', { class: 'cd-group cd-plan-fields' },
    field(say(L.planAmount, l), planAmount, uid('plan-amount')),
    field(say(L.planFirst, l), planFirst, uid('plan-first')),
    field(say(L.planCount, l), planCount, uid('plan-count')),
    field(say(L.planEvery, l), planEvery, uid('plan-every')),
    planPreview);
  const methodBox = field(say(L.method, l), method, uid('method'));

  /** The plan as typed, or null while a field is empty. */
  const typedPlan = (): InstalmentPlan | null => {
    if (planAmount.value.trim() === '' || !planFirst.value || planCount.value.trim() === '') return null;
    return { kind: 'schedule', count: Number(planCount.value), amount: Number(planAmount.value), every: EVERY[planEvery.value as keyof typeof EVERY], first: planFirst.value };
  };
  const showPreview = () => {
    const plan = typedPlan();
    const shown = plan && planProblem(plan) === null ? instalmentsOf(plan) : null;
    planPreview.textContent = shown
      ? say(L.planPreview, l, { list: shown.map((i) => `${sayDay(isoDay(i.day), l)} ${formatMoney(i.amount, l, d.currency)}`).join('; ') })
      : '';
  };
  for (const input of [planAmount, planFirst, planCount, planEvery]) input.addEventListener('input', showPreview);
  planEvery.addEventListener('change', showPreview);
  const callbackBox = h('div', { class: 'cd-group' }, field(say(L.callbackAt, l), callback, uid('callback')));
  const consequenceDateBox = field(say(L.consequenceDate, l), consequenceDate, uid('cdate'));

  const sync = () => {
    const o = outcome.value as Outcome;
    promiseBox.hidden = !PROMISES.has(o);
    planBox.hidden = o !== 'payment plan';
    methodBox.hidden = promiseBox.hidden && planBox.hidden;
    callbackBox.hidden = o !== 'callback requested' && o !== 'not decision maker';
    consequenceDateBox.hidden = consequence.value === '';
  };
  outcome.addEventListener('change', sync);
  consequence.addEventListener('change', sync);

  const element = h('form', { class: 'cd-log', novalidate: true },
    h('h3', {}, say(L.logTitle, l)),
    field(say(L.outcome, l), outcome, uid('outcome')),
    promiseBox,
    planBox,
    methodBox,
    callbackBox,
    field(say(L.excuse, l), excuse, uid('excuse')),
    field(say(L.consequence, l), consequence, uid('consequence')),
    consequenceDateBox,
    field(say(L.notes, l), notes, uid('notes')),
    field(say(L.collector, l), who, uid('collector')),
    notice,
    submit);
  sync();

  const read = (now: Date): FormRead => {
    const o = outcome.value as Outcome;
    const promise = PROMISES.has(o);
    const amountValue = amount.value.trim() === '' ? null : Number(amount.value);
    if (promise && (amountValue === null || !date.value)) return { ok: false, message: say(L.needAmountDate, l), field: amountValue === null ? amount : date };
    const callbackAt = callbackBox.hidden || !callback.value ? null : instantFromLocal(callback.value, collectorZone);
    if (o === 'callback requested' && !callbackAt) return { ok: false, message: say(L.needCallback, l), field: callback };
    const isPlan = o === 'payment plan';
    const plan = isPlan ? typedPlan() : null;
    if (isPlan && !plan) {
      const empty = planAmount.value.trim() === '' ? planAmount : !planFirst.value ? planFirst : planCount;
      return { ok: false, message: say(CALL_LOG_MESSAGES.planNeedsInstalments, l), field: empty };
    }
    const c = consequence.value as Consequence | '';
    if (c && !consequenceDate.value) return { ok: false, message: say(L.needConsequenceDate, l), field: consequenceDate };
    const raw = {
      time: now.toISOString(),
      customer: d.customer,
      collector: who.value,
      outcome: o,
      promisedAmount: promise ? amountValue : null,
      promisedDate: promise ? date.value : null,
      callbackAt,
      excuse: excuse.value,
      consequence: c ? CONSEQUENCE_WORDS[c][l] : '',
      consequenceDate: c ? consequenceDate.value : null,
      balanceAtCall: d.balance,
      notes: notes.value,
      instalments: plan,
    };
    const check = validateCallLogEntry(raw, l, { allowedConsequences: allowed, now });
    if (!check.ok) return { ok: false, message: check.message, field: isPlan ? planAmount : null };
    const consequenceAgreed = { consequence: c || null, consequenceDate: c ? consequenceDate.value : null };
    let agreed: AgreedPayment | null = null;
    if (promise) agreed = { amount: amountValue!, date: date.value, method: method.value as PaymentMethod, partial: o === 'partial payment promised', ...consequenceAgreed };
    else if (check.entry.instalments) {
      const list = instalmentsOf(check.entry.instalments);
      agreed = {
        amount: planTotal(list),
        date: isoDay(list[0]!.day),
        method: method.value as PaymentMethod,
        partial: false,
        ...consequenceAgreed,
        instalments: list.map((i) => ({ date: isoDay(i.day), amount: i.amount })),
      };
    }
    return { ok: true, entry: check.entry, agreed };
  };

  return {
    element,
    read,
    setPending(pending) {
      submit.disabled = pending;
      submit.setAttribute('aria-busy', String(pending));
      submit.textContent = pending ? say(L.logging, l) : buttonText();
    },
    setMode(next, text) {
      mode = next;
      notice.textContent = text ?? '';
      submit.textContent = buttonText();
      element.dataset.mode = next;
    },
    setExcuse(text) {
      excuse.value = text;
    },
    update(debtor) {
      d = debtor;
    },
    focus() {
      outcome.focus();
    },
  };
}
