import type { Consequence } from '../calllog/schema';
import { say, type Texts } from '../i18n/texts';
import { isoDay, isoWeekday, parseIsoDay } from '../model/day';
import { callerName, CONSUMER_TEXTS, owesCollectorDisclosure } from './consumer-conduct';
import { CONSEQUENCE_ACTIONS, debtorValues, money, sayDay, type CallSetting, type ScriptDebtor } from './debtor-values';

export const PAYMENT_METHODS = ['bank transfer', 'card', 'cheque', 'cash'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_WORDS: Readonly<Record<PaymentMethod, Texts>> = {
  'bank transfer': { en: 'bank transfer', 'zh-CN': '银行转账', pl: 'przelew' },
  card: { en: 'card', 'zh-CN': '刷卡', pl: 'karta' },
  cheque: { en: 'cheque', 'zh-CN': '支票', pl: 'czek' },
  cash: { en: 'cash', 'zh-CN': '现金', pl: 'gotówka' },
};

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

const T = {
  opening: { en: 'Dear {contact},', 'zh-CN': '尊敬的{contact}：', pl: '{pan:Szanowny Panie,|Szanowna Pani,|Szanowni Państwo,}' },
  openingNoName: { en: 'Hello,', 'zh-CN': '尊敬的客户：', pl: 'Szanowni Państwo,' },
  thanks: { en: 'Thank you for our call today.', 'zh-CN': '您好！感谢您今天抽空接听电话。', pl: 'Dziękuję za dzisiejszą rozmowę.' },
  agreed: {
    en: 'As agreed, you will pay {amount} {dateBy}, by {method}.',
    'zh-CN': '按照电话中的约定，贵公司将于{dateBy}以{method}方式支付 {amount}。',
    pl: 'Zgodnie z ustaleniami zapłata {amount} nastąpi {dateBy}, sposób zapłaty: {method}.',
  },
  agreedPlan: {
    en: 'As agreed, you will pay {amount} in {count} instalments, by {method}:',
    'zh-CN': '按照电话中的约定，贵公司将以{method}方式分 {count} 期支付 {amount}：',
    pl: 'Zgodnie z ustaleniami zapłata {amount} nastąpi w {count} ratach ({method}):',
  },
  instalment: { en: '- {date}: {amount}', 'zh-CN': '· {date}：{amount}', pl: '- {date}: {amount}' },
  missedInstalment: {
    en: 'If an instalment has not arrived by its date, I will call you the working day after.',
    'zh-CN': '如某期款项到期仍未到账，我将于次一个工作日致电贵公司。',
    pl: 'Jeśli rata nie wpłynie w terminie, zadzwonię następnego dnia roboczego.',
  },
  rest: {
    en: 'The remaining {remaining} stays due. We will agree its date when we next speak.',
    'zh-CN': '剩余的 {remaining} 仍需支付，付款日期我们下次通话时再确定。',
    pl: 'Pozostałe {remaining} nadal jest wymagalne. Termin ustalimy w następnej rozmowie.',
  },
  missed: {
    en: 'If the payment has not arrived by then, I will call you {followUpOn}.',
    'zh-CN': '如届时款项仍未到账，我将于{followUpOn}致电贵公司。',
    pl: 'Jeśli do tego dnia wpłata nie dotrze, zadzwonię {followUpOn} rano.',
  },
  consequence: {
    en: 'As we discussed, {consequenceFrom} {consequenceAction}.',
    'zh-CN': '如电话中所说，{consequenceFrom}我们将{consequenceAction}。',
    pl: 'Zgodnie z naszą rozmową {consequenceFrom} {consequenceAction}.',
  },
  changes: {
    en: 'Please call me {dateOn} to confirm the payment has gone out, or sooner if anything changes.',
    'zh-CN': '请于付款当天，即{dateOn}，来电确认，或将转账回单拍照通过微信发给我；如有任何变化，请提前告知。',
    pl: 'Proszę o telefon {dateOn} z potwierdzeniem, że przelew wyszedł, a gdyby coś się zmieniło — wcześniej.',
  },
  regards: { en: 'Kind regards,\n{collector}', 'zh-CN': '此致\n敬礼！\n\n{collector}', pl: 'Z poważaniem\n{collector}' },
} as const satisfies Record<string, Texts>;

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
