import type { Consequence } from '../calllog/schema';
import { say, type Texts } from '../i18n/texts';
import type { Stage } from '../plan/types';
import { consequenceActions, debtorValues, type CallSetting, type ScriptDebtor } from './debtor-values';
import { whomToAskFor } from './ask-for';
import { callerName, CONSUMER_TEXTS, owesCollectorDisclosure } from './consumer-conduct';

/** The parts of every call, in order. One theme per call; every call ends with a commitment. What to check before dialling is in check-first.ts. */
export type ScriptStep = 'greeting' | 'disclosure' | 'purpose' | 'theme' | 'ask' | 'commitment' | 'summary' | 'close';

export interface ScriptLine {
  readonly step: ScriptStep;
  readonly title: string;
  readonly text: string;
}

export const STEP_TITLES: Readonly<Record<ScriptStep, Texts>> = {
  greeting: { en: 'Greeting', 'zh-CN': '问候', pl: 'Powitanie' },
  disclosure: { en: 'Disclosure', 'zh-CN': '法定声明', pl: 'Pouczenie' },
  purpose: { en: 'Purpose and amount', 'zh-CN': '来意与金额', pl: 'Cel i kwota' },
  theme: { en: 'Theme of this call', 'zh-CN': '本次通话主题', pl: 'Temat tej rozmowy' },
  ask: { en: 'The ask', 'zh-CN': '提出要求', pl: 'Prośba' },
  commitment: { en: 'Secure a commitment', 'zh-CN': '取得承诺', pl: 'Uzyskaj zobowiązanie' },
  summary: { en: 'Read it back', 'zh-CN': '复述确认', pl: 'Podsumuj' },
  close: { en: 'Close', 'zh-CN': '结束', pl: 'Zakończenie' },
};

// The greeting names the caller's firm when Settings give it, and the contact when the sheet has
// one; otherwise it asks for the role that decides payments.
const GREETING: Readonly<Record<'named' | 'role', Readonly<Record<'firm' | 'noFirm', Texts>>>> = {
  named: {
    firm: {
      en: 'Good morning, may I speak with {contact}? … This is {collector} from {firm}, calling about your account with us. Have you got two minutes?',
      'zh-CN': '您好，请问是{contact}吗？……我是{firm}的{collector}，想跟您说一下货款的事，您现在方便说两分钟吗？',
      pl: 'Dzień dobry, {contactQuestion}? … Mówi {collector} z firmy {firm}, dzwonię w sprawie płatności. {pan:Czy ma Pan dwie minuty|Czy ma Pani dwie minuty|Czy to dobry moment na dwie minuty}?',
    },
    noFirm: {
      en: 'Good morning, may I speak with {contact}? … This is {collector}, calling about your account with us. Have you got two minutes?',
      'zh-CN': '您好，请问是{contact}吗？……我是{collector}，想跟您说一下货款的事，您现在方便说两分钟吗？',
      pl: 'Dzień dobry, {contactQuestion}? … Mówi {collector}, dzwonię w sprawie płatności. {pan:Czy ma Pan dwie minuty|Czy ma Pani dwie minuty|Czy to dobry moment na dwie minuty}?',
    },
  },
  role: {
    firm: {
      en: 'Good morning, may I speak with {askFor}? … This is {collector} from {firm}, calling about your account with us. Have you got two minutes?',
      'zh-CN': '您好，麻烦找一下{askFor}。……您好，我是{firm}的{collector}，想跟您说一下货款的事，您现在方便说两分钟吗？',
      pl: 'Dzień dobry, czy mogę prosić {askFor}? … Mówi {collector} z firmy {firm}, dzwonię w sprawie płatności. Czy to dobry moment na dwie minuty?',
    },
    noFirm: {
      en: 'Good morning, may I speak with {askFor}? … This is {collector}, calling about your account with us. Have you got two minutes?',
      'zh-CN': '您好，麻烦找一下{askFor}。……您好，我是{collector}，想跟您说一下货款的事，您现在方便说两分钟吗？',
      pl: 'Dzień dobry, czy mogę prosić {askFor}? … Mówi {collector}, dzwonię w sprawie płatności. Czy to dobry moment na dwie minuty?',
    },
  },
};
const GREETING_CONSUMER: Texts = {
  en: 'Hello, am I speaking with {contact}? Before saying why you call, make sure it is {contact} in person; if anyone else answers, leave only your name and number.',
  'zh-CN': '您好，请问是{contact}本人吗？说明来意前先确认是本人接听；如果是别人接的，只留下您的姓名和电话。',
  pl: 'Dzień dobry, {contactQuestion}? Zanim powiesz, w jakiej sprawie dzwonisz, upewnij się, że to ta osoba; jeśli odbierze ktoś inny, zostaw tylko imię i numer.',
};

const PURPOSE: Readonly<Record<'overdue' | 'overdueOnly' | 'reminder', Texts>> = {
  overdueOnly: {
    en: 'I am calling about {overdue} that is overdue: {invoices}. The oldest is {days, plural, one {# day} other {# days}} late.',
    'zh-CN': '是这样，您这边有 {overdue} 货款已经逾期了，明细是：{invoices}。最早的一张已经超期 {days} 天。',
    pl: 'Dzwonię w sprawie zaległej płatności: {overdue}. Chodzi o: {invoices}. Najstarsza faktura jest przeterminowana o {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}.',
  },
  overdue: {
    en: 'I am calling about {overdue} that is overdue: {invoices}. The oldest is {days, plural, one {# day} other {# days}} late. Not yet due: {upcoming}.',
    'zh-CN': '是这样，您这边有 {overdue} 货款已经逾期了，明细是：{invoices}。最早的一张已经超期 {days} 天。另外还有没到期的：{upcoming}。',
    pl: 'Dzwonię w sprawie zaległej płatności: {overdue}. Chodzi o: {invoices}. Najstarsza faktura jest przeterminowana o {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}. Jeszcze przed terminem: {upcoming}.',
  },
  reminder: {
    en: 'A courtesy call before the due date: {upcoming}. Nothing is overdue.',
    'zh-CN': '提前跟您打个招呼，有款项快到期了：{upcoming}。目前没有逾期的。',
    pl: 'Dzwonię z uprzejmym przypomnieniem przed terminem: {upcoming}. Nic nie jest jeszcze zaległe.',
  },
};

const THEME: Readonly<Record<Stage, Texts>> = {
  0: {
    en: 'Check the invoice arrived, is correct and is approved, so it can be paid {nextDueOn}.',
    'zh-CN': '确认对方已收到发票、内容没问题、已经走完审批，{nextDueOn}能按时付款。',
    pl: 'Upewnij się, że faktura doszła, jest poprawna i zatwierdzona, żeby {nextDueOn} zapłata wyszła na czas.',
  },
  1: {
    en: 'Make them aware: perhaps it was overlooked. Ask whether they have the invoice and whether anything about it is wrong.',
    'zh-CN': '让对方知道有这笔欠款：也许只是忘了。问一下发票收到没有、有没有什么问题。',
    pl: 'Uświadom dług: może po prostu umknął. Zapytaj, czy mają fakturę i czy coś jest z nią nie tak.',
  },
  2: {
    en: 'Be firm and calm: this is not the first reminder, and the calls stop only when the payment arrives. Last promise: {promise}.',
    'zh-CN': '语气平和、态度坚定：这已经不是第一次提醒了，款不到，电话就不会停。上次的承诺：{promise}。',
    pl: 'Stanowczo i spokojnie: to nie pierwsze przypomnienie, a telefony ustaną dopiero, gdy wpłynie zapłata. Ostatnia obietnica: {promise}.',
  },
  3: {
    en: 'Say plainly what follows if payment has not arrived by {deadline}: {consequences}. Say only what the firm will really do.',
    'zh-CN': '直接讲清楚：如果{deadline}前款还没到，我们会{consequences}。只讲公司真会去做的。',
    pl: 'Powiedz rzeczowo, co nastąpi, jeśli zapłata nie wpłynie do {deadline}: {consequences}. Mów tylko o tym, co firma naprawdę zrobi.',
  },
  4: {
    en: 'The last call before the next step: unless {overdue} is paid by {deadline}, {consequences}.',
    'zh-CN': '这是采取下一步措施前的最后一次电话：{deadline}前付不清 {overdue}，我们就{consequences}。',
    pl: 'Ostatni telefon przed kolejnym krokiem: jeśli {overdue} nie wpłynie do {deadline}, {consequences}.',
  },
  5: {
    en: 'Tell them that unless {overdue} is paid by {deadline}, {consequences}; paying by then still stops it.',
    'zh-CN': '告诉对方：{deadline}前付不清 {overdue}，我们就{consequences}；在这之前付清，就不走这一步。',
    pl: 'Poinformuj, że jeśli {overdue} nie wpłynie do {deadline}, {consequences}; zapłata do tego dnia nadal to zatrzyma.',
  },
};

/** When the firm allows no consequence fitting the stage, the script names none. */
const THEME_NO_CONSEQUENCE: Texts = {
  en: 'Explain calmly that the account is now with your manager, that it cannot stay open like this, and that paying today settles it. Announce no consequence: your firm has none set for this stage.',
  'zh-CN': '平静地说明：这笔账已经报到主管那里了，不能再拖，今天付了就了结。不要提任何后果：公司没有为这一阶段设定后果。',
  pl: 'Spokojnie wyjaśnij, że sprawą zajmuje się już przełożony, że nie może tak zostać, a zapłata dziś ją zamyka. Nie zapowiadaj żadnych konsekwencji: firma nie ustaliła ich dla tego etapu.',
};

const CONSEQUENCES_OF_STAGE: Readonly<Record<3 | 4 | 5, readonly Consequence[]>> = {
  3: ['late interest', 'stop supply', 'credit hold', 'final notice'],
  4: ['final notice', 'stop supply', 'credit hold'],
  5: ['collection agency', 'court'],
};

// A closed question with a time frame, an either-or choice of how, then silence: the first to
// speak after the ask gives way.
const ASK: Readonly<Record<'overdue' | 'reminder', Texts>> = {
  overdue: {
    en: 'Can you pay the {overdue} today? If today is impossible: will it be with us by {deadline}? By transfer or by card? — Then stop talking and wait for the answer.',
    'zh-CN': '这笔 {overdue} 今天能付吗？是上午转还是下午转？今天实在不行的话，{deadline}前能到账吗？——问完就停下来，等对方先开口。',
    pl: '{pan:Czy może Pan|Czy może Pani|Czy mogą Państwo} dziś zapłacić {overdue}? Przelew wyjdzie przed południem czy po południu? Jeśli dziś się nie da: czy wpłynie do nas do {deadline}? — Potem zamilknij i poczekaj na odpowiedź.',
  },
  reminder: {
    en: 'Is anything stopping payment {nextDueOn}? — Then wait for the answer.',
    'zh-CN': '{nextDueOn}付款有没有什么问题？——问完等对方回答。',
    pl: 'Czy coś stoi na przeszkodzie, żeby {nextDueOn} zapłata wyszła w terminie? — Potem poczekaj na odpowiedź.',
  },
};

const COMMITMENT: Texts = {
  en: 'End with one of these, in this order: full payment today; else a dated promise of the full amount; else a dated partial payment and the date of the rest; else a call-back at a set day and hour. Never end with “I’ll call you back” without a day and hour.',
  'zh-CN': '按这个顺序争取一项承诺：今天全额付款；不行就约定日期全额付款；再不行就约定日期先付一部分，并定下余款日期；最后才是约好具体哪天几点回电。不要以“我再给您打”结束而不说具体时间。',
  pl: 'Zakończ jednym z tych, w tej kolejności: pełna zapłata dziś; inaczej obietnica całej kwoty z datą; inaczej wpłata częściowa z datą i termin reszty; inaczej telefon w ustalonym dniu i o ustalonej godzinie. Nigdy nie kończ słowami „oddzwonię” bez dnia i godziny.',
};
const COMMITMENT_PARTIAL: Texts = {
  en: 'Thank them for the part paid, then ask at once when the remaining {rest} will come.',
  'zh-CN': '先谢谢对方已经付的那部分，再马上问清剩下的 {rest} 哪天付。',
  pl: 'Podziękuj za wpłaconą część i od razu zapytaj, kiedy wpłynie pozostałe {rest}.',
};

// The summary restates the promise and, from stage 3 on, what follows if it is broken (seed 004),
// and asks the debtor to call on the day the money goes out.
const SUMMARY: Texts = {
  en: 'Read the agreement back: amount, date, method. Ask them to call you on the day they pay to confirm the transfer has gone, and say a written confirmation follows today.',
  'zh-CN': '把约定复述一遍：金额、日期、付款方式。请对方付款当天打个电话或发个微信，把转账回单拍照发过来；告诉对方今天会发书面确认。',
  pl: 'Powtórz ustalenia: kwota, data, sposób zapłaty. Poproś o telefon w dniu zapłaty z potwierdzeniem, że przelew wyszedł, i zapowiedz, że jeszcze dziś wyślesz potwierdzenie na piśmie.',
};
const SUMMARY_CONSEQUENCE: Texts = {
  en: 'Read the agreement back: amount, date, method, and what happens if it does not arrive: {consequences}. Ask them to call you on the day they pay to confirm the transfer has gone, and say a written confirmation follows today.',
  'zh-CN': '把约定复述一遍：金额、日期、付款方式，以及到时款没到会怎样：我们会{consequences}。请对方付款当天打个电话或发个微信，把转账回单拍照发过来；告诉对方今天会发书面确认。',
  pl: 'Powtórz ustalenia: kwota, data, sposób zapłaty i co nastąpi, jeśli pieniądze nie wpłyną: {consequences}. Poproś o telefon w dniu zapłaty z potwierdzeniem, że przelew wyszedł, i zapowiedz, że jeszcze dziś wyślesz potwierdzenie na piśmie.',
};

const CLOSE: Texts = {
  en: 'Thank you, {contact}. Goodbye.',
  'zh-CN': '好的，谢谢您，{contact}，再见。',
  pl: 'Dziękuję, do usłyszenia.',
};
const CLOSE_NO_NAME: Texts = { en: 'Thank you. Goodbye.', 'zh-CN': '好的，谢谢您，再见。', pl: 'Dziękuję, do usłyszenia.' };

/**
 * The script for the debtor's escalation stage, filled from the debtor's data: whom to ask for,
 * the exact amounts and invoices (also those not yet due), the last promise, the time frame to
 * offer, and only the consequences the firm allows.
 *
 * @example
 * stageScript(debtor, { language: 'en', collector: 'Alex', asOf, collectorTimeZone, allowedConsequences: ['final notice'] })
 * // → [{ step: 'greeting', … }, { step: 'purpose', text: 'I am calling about 2,475.00 that is overdue: …' }, …]
 */
export function stageScript(debtor: ScriptDebtor, setting: CallSetting): ScriptLine[] {
  const l = setting.language;
  const caller = callerName(setting);
  const values = { ...debtorValues(debtor, setting), askFor: whomToAskFor(debtor.askFor, l).who, caller };
  const lines: ScriptLine[] = [];
  const add = (step: ScriptStep, texts: Texts, extra: Record<string, string | number> = {}) =>
    lines.push({ step, title: say(STEP_TITLES[step], l), text: say(texts, l, { ...values, ...extra }) });

  const reminder = debtor.stage === 0 || debtor.overdue <= 0;
  if (debtor.consumer) {
    // Who calls and why is said to the consumer only, never to whoever answers.
    add('greeting', GREETING_CONSUMER);
    if (owesCollectorDisclosure(debtor, setting)) {
      add('disclosure', CONSUMER_TEXTS.miniMiranda);
      if (debtor.history.lastConversation === null) add('disclosure', CONSUMER_TEXTS.validationNotice);
    } else if (setting.firmName?.trim()) {
      add('greeting', CONSUMER_TEXTS.identify);
    }
  } else {
    add('greeting', GREETING[values.contact ? 'named' : 'role'][values.firm ? 'firm' : 'noFirm']);
  }
  add('purpose', reminder ? PURPOSE.reminder : debtor.notDue > 0 ? PURPOSE.overdue : PURPOSE.overdueOnly);
  let fitting: Consequence[] = [];
  if (debtor.stage >= 3) {
    const stage = debtor.stage as 3 | 4 | 5;
    fitting = CONSEQUENCES_OF_STAGE[stage].filter((c) => setting.allowedConsequences.includes(c));
    if (fitting.length === 0) add('theme', THEME_NO_CONSEQUENCE);
    else add('theme', THEME[stage], { consequences: consequenceActions(fitting, l) });
  } else {
    // "The calls stop only when payment arrives" is pressure a consumer must not hear.
    add('theme', debtor.consumer && debtor.stage === 2 ? CONSUMER_TEXTS.firmTheme : THEME[debtor.stage]);
  }
  add('ask', reminder ? ASK.reminder : ASK.overdue);
  add('commitment', debtor.history.partialToChase ? COMMITMENT_PARTIAL : COMMITMENT);
  if (fitting.length > 0 && !reminder) add('summary', SUMMARY_CONSEQUENCE, { consequences: consequenceActions(fitting, l) });
  else add('summary', SUMMARY);
  add('close', values.contact ? CLOSE : CLOSE_NO_NAME);
  return lines;
}

/** Every text template of the scripts, for the conduct checks. */
export const SCRIPT_TEXTS: readonly Texts[] = [
  ...Object.values(GREETING).flatMap((g) => Object.values(g)), GREETING_CONSUMER, ...Object.values(PURPOSE), ...Object.values(THEME),
  THEME_NO_CONSEQUENCE, ...Object.values(ASK), COMMITMENT, COMMITMENT_PARTIAL, SUMMARY, SUMMARY_CONSEQUENCE, CLOSE, CLOSE_NO_NAME,
  ...Object.values(CONSUMER_TEXTS),
];
