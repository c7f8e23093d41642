import type { Consequence } from '../calllog/schema';
import { say, type Texts } from '../i18n/texts';
import { isoDay, isoWeekday, parseIsoDay } from '../model/day';
import { callerName, CONSUMER_TEXTS, owesCollectorDisclosure } from './consumer-conduct';
import { CONSEQUENCE_ACTIONS, debtorValues, money, sayDay, type CallSetting, type ScriptDebtor } from './debtor-values';
import { textsOf } from '../i18n/catalog';

export const PAYMENT_METHODS = ['bank transfer', 'card', 'cheque', 'cash'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_WORDS: Readonly<Record<PaymentMethod, Texts>> = /* @__PURE__ */ textsOf('confirmation.method');

export interface AgreedPayment {
  readonly amount: number;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly method: PaymentMethod;
  readonly partial: boolean;
  /** The consequence announced on the call, if any; left out of the letter unless the firm allows it. */
  readonly consequence: Consequence | null;
  readonly consequenceDate: string | null;
  /**
   * A payment plan's instalments (`YYYY-MM-DD`, amount), oldest first: the letter lists them, and
   * `amount` and `date` are then the plan's total and first date.
   */
  readonly instalments?: readonly { readonly date: string; readonly amount: number }[];
}

const T = /* @__PURE__ */ textsOf('confirmation');

/** The working day after the promised day: when to call if the money is not there. */
function followUpDay(isoDate: string): string {
  let day = parseIsoDay(isoDate)!;
  do day += 1;
  while (isoWeekday(day) > 5);
  return isoDay(day);
}

/**
 * The written confirmation of a promise or a payment plan, to send after the call: amount, date
 * (or each instalment's date and amount), method, and what happens if it is missed. Short sentences, one idea a paragraph. A consequence appears only when
 * it was announced and the firm allows it.
 */
export function confirmationMessage(debtor: ScriptDebtor, setting: CallSetting, agreed: AgreedPayment): string {
  const l = setting.language;
  const v = {
    ...debtorValues(debtor, setting),
    amount: money(agreed.amount, debtor, l),
    dateBy: sayDay(agreed.date, l, 'by'),
    dateOn: sayDay(agreed.date, l, 'on'),
    method: say(PAYMENT_METHOD_WORDS[agreed.method], l),
    remaining: money(Math.max(0, debtor.overdue - agreed.amount), debtor, l),
    followUpOn: sayDay(followUpDay(agreed.date), l, 'on'),
  };
  const plan = agreed.instalments && agreed.instalments.length > 0 ? agreed.instalments : null;
  const paragraphs = [say(v.contact ? T.opening : T.openingNoName, l, v), say(T.thanks, l, v)];
  if (plan) {
    // One line an instalment, the agreement and its list in one paragraph.
    const lines = plan.map((i) => say(T.instalment, l, { date: sayDay(i.date, l), amount: money(i.amount, debtor, l) }));
    paragraphs.push([say(T.agreedPlan, l, { ...v, count: plan.length }), ...lines].join('\n'));
  } else paragraphs.push(say(T.agreed, l, v));
  if ((agreed.partial || plan) && debtor.overdue - agreed.amount > 0) paragraphs.push(say(T.rest, l, v));
  paragraphs.push(say(plan ? T.missedInstalment : T.missed, l, v));
  if (agreed.consequence && agreed.consequenceDate && setting.allowedConsequences.includes(agreed.consequence)) {
    paragraphs.push(say(T.consequence, l, { consequenceAction: say(CONSEQUENCE_ACTIONS[agreed.consequence], l), consequenceFrom: sayDay(agreed.consequenceDate, l, 'from') }));
  }
  // For a plan, the call to confirm is asked for the first instalment's day.
  paragraphs.push(say(T.changes, l, v));
  if (owesCollectorDisclosure(debtor, setting)) paragraphs.push(say(CONSUMER_TEXTS.letterDisclosure, l));
  paragraphs.push(say(T.regards, l, { ...v, collector: callerName(setting) }));
  return paragraphs.join('\n\n');
}

export const CONFIRMATION_TEXTS: readonly Texts[] = Object.values(T);
