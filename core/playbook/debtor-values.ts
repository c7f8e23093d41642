import { CONSEQUENCE_WORDS, type Consequence } from '../calllog/schema';
import { formatMoney, say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { isoWeekday, parseIsoDay } from '../model/day';
import type { AskFor, Stage } from '../plan/types';
import type { CollectorRole, PolicyName } from '../settings/schema';
import { wallTimeOf } from '../time/zone';

/**
 * What the playbook needs to know about a debtor. Both a `DebtorPlan` and its JSON form in the
 * desk context fit: every date here is already a string.
 */
export interface ScriptDebtor {
  readonly customer: string;
  readonly contact: string | null;
  readonly currency: string | null;
  readonly balance: number;
  readonly overdue: number;
  readonly notDue: number;
  readonly daysPastDue: number;
  readonly stage: Stage;
  readonly askFor: AskFor;
  readonly consumer: boolean;
  /** The rule set binding calls to the debtor (DebtorPlan.rules); absent = not known. */
  readonly rules?: PolicyName;
  readonly disputed: boolean;
  readonly possibleDispute: boolean;
  readonly invoices: readonly {
    readonly invoice: string | null;
    readonly dueDate: string | null;
    readonly openBalance: number;
    readonly daysPastDue: number | null;
  }[];
  readonly history: {
    readonly promises: readonly { readonly amount: number | null; readonly date: string; readonly status: 'open' | 'kept' | 'broken' }[];
    readonly brokenPromises: number;
    readonly partialToChase: number | null;
    /** ISO instant of the last conversation; null = we have never spoken with them. */
    readonly lastConversation?: string | null;
  };
}

/** Who is calling, when, and what the firm allows: the call's circumstances, not the debtor's. */
export interface CallSetting {
  readonly language: Language;
  readonly collector: string;
  /** ISO instant of the call. */
  readonly asOf: string;
  readonly collectorTimeZone: string;
  readonly allowedConsequences: readonly Consequence[];
  /** Settings: the caller's firm (empty = not named) and whose invoices it collects. */
  readonly firmName?: string;
  readonly collectorRole?: CollectorRole;
}

/** Short weekday names for dates in running text. */
const WEEKDAYS_SHORT: Readonly<Record<Language, readonly string[]>> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  pl: ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'],
};
/** The weekday after "by" / "do": Polish needs the genitive (`do środy`). */
const WEEKDAYS_BY: Readonly<Record<Language, readonly string[]>> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  pl: ['poniedziałku', 'wtorku', 'środy', 'czwartku', 'piątku', 'soboty', 'niedzieli'],
};
const MONTHS: Readonly<Record<'en' | 'pl', readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  pl: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
};

/** `2026-11-09` as people say it: `Mon 9 Nov 2026`, `2026年11月9日（周一）`, `pon. 9 lis 2026`. */
export function sayDay(iso: string, language: Language): string {
  const day = parseIsoDay(iso);
  if (day === null) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS_SHORT[language][isoWeekday(day) - 1]!;
  if (language === 'zh-CN') return `${y}年${m}月${d}日（${weekday}）`;
  if (language === 'pl') return `${weekday} ${d} ${MONTHS.pl[m - 1]} ${y}`;
  return `${weekday} ${d} ${MONTHS.en[m - 1]} ${y}`;
}

/** The calendar day of the call in the collector's zone, as `YYYY-MM-DD`. */
export function callDay(setting: CallSetting): number {
  return wallTimeOf(new Date(setting.asOf), setting.collectorTimeZone).day;
}

/** Two working days after the call: the controlled time frame a collector offers ("by Wednesday?"). */
export function shortDeadline(setting: CallSetting): number {
  let day = callDay(setting);
  for (let added = 0; added < 2; ) {
    day += 1;
    if (isoWeekday(day) <= 5) added++;
  }
  return day;
}

/** The weekday as it reads after "by": `Wednesday`, `周三`, `środy`. */
export function byWeekday(day: number, language: Language): string {
  return WEEKDAYS_BY[language][isoWeekday(day) - 1]!;
}

const LIST_SEPARATOR: Readonly<Record<Language, string>> = { en: ', ', 'zh-CN': '、', pl: ', ' };
const OR: Texts = { en: ' or ', 'zh-CN': '或', pl: ' lub ' };
const NONE: Texts = { en: 'none', 'zh-CN': '无', pl: 'brak' };
const INVOICE_LINE: Texts = { en: '{no} ({amount}, due {due})', 'zh-CN': '{no}（{amount}，{due}到期）', pl: '{no} ({amount}, termin {due})' };
const NO_NUMBER: Texts = { en: 'without number', 'zh-CN': '无编号', pl: 'bez numeru' };
const PROMISE_LINE: Texts = {
  en: '{amount} by {date} ({status})',
  'zh-CN': '{date}前付 {amount}（{status}）',
  pl: '{amount} do {date} ({status})',
};
const PROMISE_STATUS: Readonly<Record<'open' | 'kept' | 'broken', Texts>> = {
  open: { en: 'still open', 'zh-CN': '尚未到期', pl: 'jeszcze otwarta' },
  kept: { en: 'kept', 'zh-CN': '已兑现', pl: 'dotrzymana' },
  broken: { en: 'broken', 'zh-CN': '未兑现', pl: 'niedotrzymana' },
};

export function money(value: number, debtor: Pick<ScriptDebtor, 'currency'>, language: Language): string {
  return formatMoney(value, language, debtor.currency);
}

export function consequenceList(consequences: readonly Consequence[], language: Language): string {
  if (consequences.length === 0) return say(NONE, language);
  const words = consequences.map((c) => CONSEQUENCE_WORDS[c][language]);
  if (words.length === 1) return words[0]!;
  return words.slice(0, -1).join(LIST_SEPARATOR[language]) + say(OR, language) + words[words.length - 1];
}

/**
 * Every placeholder a script, rebuttal or confirmation may use, filled from the debtor. Invoice
 * lists name the overdue ones and, separately, those not yet due, so nothing open is forgotten.
 */
export function debtorValues(debtor: ScriptDebtor, setting: CallSetting) {
  const l = setting.language;
  const line = (i: ScriptDebtor['invoices'][number]) =>
    say(INVOICE_LINE, l, { no: i.invoice ?? say(NO_NUMBER, l), amount: money(i.openBalance, debtor, l), due: i.dueDate ? sayDay(i.dueDate, l) : '?' });
  const open = debtor.invoices.filter((i) => i.openBalance > 0);
  const overdue = open.filter((i) => (i.daysPastDue ?? 0) > 0);
  const upcoming = open.filter((i) => (i.daysPastDue ?? 0) <= 0);
  const lastPromise = debtor.history.promises[0];
  const nextDue = upcoming.map((i) => i.dueDate).filter((d): d is string => !!d).sort()[0];
  const deadline = shortDeadline(setting);
  return {
    name: debtor.customer,
    // A consumer's name is the customer's; a firm with no contact on file is greeted without a name.
    contact: debtor.contact ?? (debtor.consumer ? debtor.customer : ''),
    collector: setting.collector,
    balance: money(debtor.balance, debtor, l),
    overdue: money(debtor.overdue, debtor, l),
    notDue: money(debtor.notDue, debtor, l),
    days: String(Math.max(0, debtor.daysPastDue)),
    invoices: overdue.map(line).join(LIST_SEPARATOR[l]) || say(NONE, l),
    upcoming: upcoming.map(line).join(LIST_SEPARATOR[l]) || say(NONE, l),
    nextDue: nextDue ? sayDay(nextDue, l) : say(NONE, l),
    promise: lastPromise
      ? say(PROMISE_LINE, l, { amount: lastPromise.amount === null ? money(debtor.overdue, debtor, l) : money(lastPromise.amount, debtor, l), date: sayDay(lastPromise.date, l), status: say(PROMISE_STATUS[lastPromise.status], l) })
      : say(NONE, l),
    broken: String(debtor.history.brokenPromises),
    rest: money(debtor.history.partialToChase ?? debtor.overdue, debtor, l),
    deadline: byWeekday(deadline, l),
    consequences: consequenceList(setting.allowedConsequences, l),
  };
}
