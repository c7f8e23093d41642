import type { Consequence } from '../calllog/schema';
import { say, type Texts } from '../i18n/texts';
import type { Stage } from '../plan/types';
import { consequenceList, debtorValues, type CallSetting, type ScriptDebtor } from './debtor-values';
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

const GREETING: Texts = {
  en: 'Hello, may I speak with {askFor}? … This is {collector}, calling about your account with us. Is this a good moment for two minutes?',
  'zh-CN': '您好，请问{askFor}在吗？……我是{collector}，关于贵方在我司的账款给您打电话。现在方便占用您两分钟吗？',
  pl: 'Dzień dobry, czy mogę rozmawiać z osobą decydującą o płatnościach ({askFor})? … Mówi {collector}, dzwonię w sprawie Państwa rozliczeń z nami. Czy to dobry moment na dwie minuty?',
};
const GREETING_CONSUMER: Texts = {
  en: 'Hello, am I speaking with {contact}? Before saying why you call, make sure it is {contact} in person; if anyone else answers, leave only your name and number.',
  'zh-CN': '您好，请问是{contact}本人吗？说明来意前先确认是本人接听；如是他人接听，只留下您的姓名和电话。',
  pl: 'Dzień dobry, czy rozmawiam z {contact}? Zanim powiesz, w jakiej sprawie dzwonisz, upewnij się, że to {contact} osobiście; jeśli odbierze ktoś inny, zostaw tylko imię i numer.',
};

const PURPOSE: Readonly<Record<'overdue' | 'overdueOnly' | 'reminder', Texts>> = {
  overdueOnly: {
    en: 'I am calling about {overdue} that is overdue: {invoices}. The oldest is {days} days late.',
    'zh-CN': '我打电话是关于已逾期的 {overdue}：{invoices}。最早一笔已逾期 {days} 天。',
    pl: 'Dzwonię w sprawie zaległych {overdue}: {invoices}. Najstarsza jest {days} dni po terminie.',
  },
  overdue: {
    en: 'I am calling about {overdue} that is overdue: {invoices}. The oldest is {days} days late. Not yet due: {upcoming}.',
    'zh-CN': '我打电话是关于已逾期的 {overdue}：{invoices}。最早一笔已逾期 {days} 天。尚未到期：{upcoming}。',
    pl: 'Dzwonię w sprawie zaległych {overdue}: {invoices}. Najstarsza jest {days} dni po terminie. Jeszcze niewymagalne: {upcoming}.',
  },
  reminder: {
    en: 'A courtesy call before the due date: {upcoming}. Nothing is overdue.',
    'zh-CN': '到期前的提醒电话：{upcoming}。目前没有逾期款项。',
    pl: 'Telefon przypominający przed terminem: {upcoming}. Nic nie jest jeszcze zaległe.',
  },
};

const THEME: Readonly<Record<Stage, Texts>> = {
  0: {
    en: 'Check the invoice arrived, is correct and is approved, so it can be paid on {nextDue}.',
    'zh-CN': '确认发票已收到、内容无误并已审批，以便在{nextDue}按时付款。',
    pl: 'Upewnij się, że faktura doszła, jest poprawna i zatwierdzona, żeby mogła być zapłacona {nextDue}.',
  },
  1: {
    en: 'Make them aware: perhaps it was overlooked. Ask whether they have the invoice and whether anything about it is wrong.',
    'zh-CN': '让对方知悉欠款：也许只是疏忽。询问是否收到发票、发票是否有问题。',
    pl: 'Uświadom dług: może po prostu umknął. Zapytaj, czy mają fakturę i czy coś jest z nią nie tak.',
  },
  2: {
    en: 'Be firm and calm: this is not the first reminder, and the calls stop only when the payment arrives. Last promise: {promise}.',
    'zh-CN': '态度坚定、语气平和：这已不是第一次提醒，只有收到付款，电话才会停止。上次承诺：{promise}。',
    pl: 'Stanowczo i spokojnie: to nie pierwsze przypomnienie, a telefony ustaną dopiero, gdy wpłynie zapłata. Ostatnia obietnica: {promise}.',
  },
  3: {
    en: 'Describe plainly what follows if payment does not arrive by {deadline}: {consequences}. Say only what the firm will really do.',
    'zh-CN': '平实说明如果{deadline}前仍未付款将会怎样：{consequences}。只说公司确实会执行的措施。',
    pl: 'Powiedz rzeczowo, co nastąpi, jeśli zapłata nie wpłynie do {deadline}: {consequences}. Mów tylko o tym, co firma naprawdę zrobi.',
  },
  4: {
    en: 'The last call before the next step: {consequences}, unless {overdue} is paid by {deadline}.',
    'zh-CN': '这是下一步措施前的最后一次通话：除非在{deadline}前付清 {overdue}，否则将执行：{consequences}。',
    pl: 'Ostatni telefon przed kolejnym krokiem: {consequences}, chyba że {overdue} wpłynie do {deadline}.',
  },
  5: {
    en: 'Tell them the account is about to go to {consequences}, and that paying {overdue} by {deadline} still stops it.',
    'zh-CN': '告知对方该账户即将转交：{consequences}；若在{deadline}前付清 {overdue}，仍可停止。',
    pl: 'Poinformuj, że sprawa wkrótce trafi do: {consequences}, a zapłata {overdue} do {deadline} nadal to zatrzyma.',
  },
};

/** When the firm allows no consequence fitting the stage, the script names none. */
const THEME_NO_CONSEQUENCE: Texts = {
  en: 'Explain calmly that the account is now with your manager, that it cannot stay open like this, and that paying today settles it. Announce no consequence: your firm has none set for this stage.',
  'zh-CN': '平静说明该账户已提交主管处理，不能再拖下去，今天付款即可了结。不要宣布任何后果：公司未为此阶段设定后果。',
  pl: 'Spokojnie wyjaśnij, że sprawą zajmuje się już przełożony, że nie może tak zostać, a zapłata dziś ją zamyka. Nie zapowiadaj żadnych konsekwencji: firma nie ustaliła ich dla tego etapu.',
};

const CONSEQUENCES_OF_STAGE: Readonly<Record<3 | 4 | 5, readonly Consequence[]>> = {
  3: ['late interest', 'stop supply', 'credit hold', 'final notice'],
  4: ['final notice', 'stop supply', 'credit hold'],
  5: ['collection agency', 'court'],
};

const ASK: Readonly<Record<'overdue' | 'reminder', Texts>> = {
  overdue: {
    en: 'Can you pay the {overdue} today? If today is impossible: will it be with us by {deadline}?',
    'zh-CN': '今天能付清 {overdue} 吗？如果今天不行：{deadline}之前能到账吗？',
    pl: 'Czy może Pan dziś zapłacić {overdue}? Jeśli dziś się nie da: czy wpłynie do nas do {deadline}?',
  },
  reminder: {
    en: 'Is anything stopping payment on {nextDue}?',
    'zh-CN': '{nextDue}付款有什么障碍吗？',
    pl: 'Czy coś stoi na przeszkodzie zapłacie {nextDue}?',
  },
};

const COMMITMENT: Texts = {
  en: 'End with one of these, in this order: full payment today; else a dated promise of the full amount; else a dated partial payment and the date of the rest; else a call-back at a set day and hour.',
  'zh-CN': '按以下顺序取得其中一项承诺：今天全额付款；否则约定日期全额付款；否则约定日期先付部分并约定余款日期；否则约定具体回电日期和时间。',
  pl: 'Zakończ jednym z tych, w tej kolejności: pełna zapłata dziś; inaczej obietnica całej kwoty z datą; inaczej wpłata częściowa z datą i termin reszty; inaczej telefon w ustalonym dniu i godzinie.',
};
const COMMITMENT_PARTIAL: Texts = {
  en: 'Thank them for the part paid, then ask at once when the remaining {rest} will come.',
  'zh-CN': '感谢对方已付的部分，然后马上问清剩余 {rest} 何时付清。',
  pl: 'Podziękuj za wpłaconą część i od razu zapytaj, kiedy wpłynie pozostałe {rest}.',
};

const SUMMARY: Texts = {
  en: 'Read the agreement back: amount, date, method. Ask them to call you on that day if anything changes, and say a written confirmation follows today.',
  'zh-CN': '复述约定：金额、日期、付款方式。请对方如有变化当天主动来电，并说明今天会发书面确认。',
  pl: 'Powtórz ustalenia: kwota, data, sposób zapłaty. Poproś o telefon w tym dniu, gdyby coś się zmieniło, i zapowiedz dzisiejsze potwierdzenie na piśmie.',
};

const CLOSE: Texts = {
  en: 'Thank you, {contact}. Have a good day.',
  'zh-CN': '谢谢您，{contact}。祝您工作顺利。',
  pl: 'Dziękuję, {contact}. Miłego dnia.',
};
const CLOSE_NO_NAME: Texts = { en: 'Thank you. Have a good day.', 'zh-CN': '谢谢您。祝您工作顺利。', pl: 'Dziękuję. Miłego dnia.' };

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
  const add = (step: ScriptStep, texts: Texts, extra: Record<string, string> = {}) =>
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
    add('greeting', GREETING, { collector: caller });
  }
  add('purpose', reminder ? PURPOSE.reminder : debtor.notDue > 0 ? PURPOSE.overdue : PURPOSE.overdueOnly);
  if (debtor.stage >= 3) {
    const stage = debtor.stage as 3 | 4 | 5;
    const fitting = CONSEQUENCES_OF_STAGE[stage].filter((c) => setting.allowedConsequences.includes(c));
    if (fitting.length === 0) add('theme', THEME_NO_CONSEQUENCE);
    else add('theme', THEME[stage], { consequences: consequenceList(fitting, l) });
  } else {
    // "The calls stop only when payment arrives" is pressure a consumer must not hear.
    add('theme', debtor.consumer && debtor.stage === 2 ? CONSUMER_TEXTS.firmTheme : THEME[debtor.stage]);
  }
  add('ask', reminder ? ASK.reminder : ASK.overdue);
  add('commitment', debtor.history.partialToChase ? COMMITMENT_PARTIAL : COMMITMENT);
  add('summary', SUMMARY);
  add('close', values.contact ? CLOSE : CLOSE_NO_NAME);
  return lines;
}

/** Every text template of the scripts, for the conduct checks. */
export const SCRIPT_TEXTS: readonly Texts[] = [
  GREETING, GREETING_CONSUMER, ...Object.values(PURPOSE), ...Object.values(THEME), THEME_NO_CONSEQUENCE, ...Object.values(ASK),
  COMMITMENT, COMMITMENT_PARTIAL, SUMMARY, CLOSE, CLOSE_NO_NAME, ...Object.values(CONSUMER_TEXTS),
];
