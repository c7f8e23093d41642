import { CONSEQUENCE_WORDS, type Consequence } from '../calllog/schema';
import { formatMoney, say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { isoWeekday, parseIsoDay } from '../model/day';
import type { AskFor, Stage } from '../plan/types';
import type { CollectorRole, PolicyName } from '../settings/schema';
import { wallTimeOf } from '../time/zone';
import { textsOf } from '../i18n/catalog';

/**
 * What the playbook needs to know about a debtor. Both a `DebtorPlan` and its JSON form in the
 * desk context fit: every date here is already a string.
 */
export interface ScriptDebtor {
  readonly customer: string;
  readonly contact: string | null;
  /** The contact's title or gender when the sheet has such a column (`Pan`, `Pani`, `Mrs`, `女士`, `M`/`F`). */
  readonly contactTitle?: string | null;
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
    readonly refusals?: number;
    /** ISO instant of the last conversation; null = we have never spoken with them. */
    readonly lastConversation?: string | null;
  };
  /** What the payment history says, when known: its trend tells tight funds from oversight. */
  readonly behaviour?: { readonly trend: 'lengthening' | 'shortening' | 'steady' | 'unknown' };
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

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
/** Short weekday names for dates in running text. */
const WEEKDAY = /* @__PURE__ */ textsOf('date.weekday');
/** The weekday after "by" / "do": Polish needs the genitive (`do środy`). */
const WEEKDAY_BY = /* @__PURE__ */ textsOf('date.weekdayBy');
/** The weekday with its preposition, for the day something happens: Polish `w poniedziałek`, `we wtorek`. */
const WEEKDAY_ON = /* @__PURE__ */ textsOf('date.weekdayOn');
const MONTH = /* @__PURE__ */ textsOf('date.month');
/** The month after the day: Polish needs the genitive (`16 listopada`). */
const MONTH_OF = /* @__PURE__ */ textsOf('date.monthOf');
/** The date phrase of each form; a language puts the words in its own order (`2026年11月9日（周一）前`). */
const DATE_PHRASE: Readonly<Record<DayForm, Texts>> = /* @__PURE__ */ textsOf('date');

/**
 * How a date stands in a sentence: on its own (`plain`, for lists and tables), as the day
 * something happens (`on`), the day by which (`by`), or the day from which (`from`). Polish
 * changes the weekday's case with each (`w poniedziałek`, `do poniedziałku`), so a template
 * takes the whole phrase rather than putting a preposition before a bare date.
 */
export type DayForm = 'plain' | 'on' | 'by' | 'from';

/**
 * `2026-11-09` as people say it: `Mon 9 Nov 2026`, `2026年11月9日（周一）`, `pon. 9 lis 2026`;
 * with a form, the phrase: `by Mon 9 Nov 2026`, `w poniedziałek 9 listopada 2026 r.`,
 * `do poniedziałku 9 listopada 2026 r.`, `2026年11月9日（周一）前`.
 */
export function sayDay(iso: string, language: Language, form: DayForm = 'plain'): string {
  const day = parseIsoDay(iso);
  if (day === null) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const w = WEEKDAY_KEYS[isoWeekday(day) - 1]!;
  const month = MONTH_KEYS[m - 1]!;
  return say(DATE_PHRASE[form], language, {
    weekday: say(WEEKDAY[w], language), weekdayBy: say(WEEKDAY_BY[w], language), weekdayOn: say(WEEKDAY_ON[w], language),
    day: d, month: say(MONTH[month], language), monthOf: say(MONTH_OF[month], language), monthNumber: m, year: y,
  });
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
  return say(WEEKDAY_BY[WEEKDAY_KEYS[isoWeekday(day) - 1]!], language);
}

const VALUE = /* @__PURE__ */ textsOf('values');

const LIST_SEPARATOR: Texts = VALUE.listSeparator;
/** Between invoice lines: a Chinese line has commas inside, so lines are set apart by `；`. */
const INVOICE_SEPARATOR: Texts = VALUE.invoiceSeparator;

const OR: Texts = VALUE.or;
const NONE: Texts = VALUE.none;
// Read aloud in one breath: no brackets inside brackets, no code where a word is said.
const INVOICE_LINE: Texts = VALUE.invoiceLine;
const NO_NUMBER: Texts = VALUE.noNumber;
const PROMISE_LINE: Texts = VALUE.promiseLine;
const PROMISE_STATUS: Readonly<Record<'open' | 'kept' | 'broken', Texts>> = /* @__PURE__ */ textsOf('values.promiseStatus');

/**
 * What the firm will do, as the collector says it: a verb phrase, not a label (`we will charge
 * late-payment interest`, `加收逾期利息`, `naliczymy odsetki za opóźnienie w transakcjach
 * handlowych`, the Polish statutory term between businesses).
 */
export const CONSEQUENCE_ACTIONS: Readonly<Record<Consequence, Texts>> = /* @__PURE__ */ textsOf('values.consequence');

/** The actions joined as alternatives: `we will stop supplying you or we will send …`. */
export function consequenceActions(consequences: readonly Consequence[], language: Language): string {
  if (consequences.length === 0) return say(NONE, language);
  const words = consequences.map((c) => say(CONSEQUENCE_ACTIONS[c], language));
  if (words.length === 1) return words[0]!;
  return words.slice(0, -1).join(say(LIST_SEPARATOR, language)) + say(OR, language) + words[words.length - 1];
}

/** Titles that say how to address the contact: 0 a man (Pan), 1 a woman (Pani). */
const MAN = new Set(['pan', 'p', 'mr', 'mr.', 'sir', 'm', 'male', 'man', 'mężczyzna', 'mezczyzna', '先生', '男']);
const WOMAN = new Set(['pani', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'f', 'k', 'female', 'woman', 'kobieta', '女士', '小姐', '女']);

/**
 * How Polish addresses the contact: 0 Pan, 1 Pani, 2 Państwo (the neutral plural, when neither a
 * title column nor a title written before the name tells). Never guessed from the first name:
 * a wrong Pan/Pani offends more than a polite plural.
 */
export function polishAddress(debtor: Pick<ScriptDebtor, 'contact' | 'contactTitle'>): 0 | 1 | 2 {
  const title = debtor.contactTitle?.trim().toLowerCase();
  if (title && MAN.has(title)) return 0;
  if (title && WOMAN.has(title)) return 1;
  const first = debtor.contact?.trim().split(/\s+/)[0]?.toLowerCase();
  if (first === 'pan' || first === 'mr' || first === 'mr.') return 0;
  if (first === 'pani' || first === 'mrs' || first === 'mrs.' || first === 'ms' || first === 'ms.' || first === 'miss') return 1;
  if (debtor.contact && /先生$/.test(debtor.contact.trim())) return 0;
  if (debtor.contact && /(女士|小姐)$/.test(debtor.contact.trim())) return 1;
  return 2;
}

/** The contact's name without a title written before it (`Pani Anna Nowak` → `Anna Nowak`). */
export function contactName(contact: string): string {
  return contact.trim().replace(/^(pan|pani|mr\.?|mrs\.?|ms\.?|miss)\s+/i, '');
}

/**
 * A Polish name in the instrumental, after `z` (`z Janem Kowalskim`, `z Anną Nowak`), for a man
 * (0) or a woman (1). The regular endings only; a name that is not Latin letters is left as it is.
 */
export function polishInstrumental(name: string, address: 0 | 1): string {
  return name.split(/(\s+|-)/).map((w) => {
    if (!/^\p{Lu}?\p{Ll}+$/u.test(w) || w.length < 2) return w;
    if (address === 1) return w.endsWith('a') ? `${w.slice(0, -1)}ą` : w;
    if (/(ski|cki|dzki|y|i)$/.test(w)) return `${w}m`;
    if (w.endsWith('a')) return `${w.slice(0, -1)}ą`;
    if (w.endsWith('ek')) return `${w.slice(0, -2)}kiem`;
    if (/[kg]$/.test(w)) return `${w}iem`;
    if (w.endsWith('o')) return `${w.slice(0, -1)}em`;
    return `${w}em`;
  }).join('');
}

/** Amounts as said aloud: Chinese reads yuan as `元` after the number, not a code. */
export function money(value: number, debtor: Pick<ScriptDebtor, 'currency'>, language: Language): string {
  if (language === 'zh-CN' && debtor.currency && /^(cny|rmb)$/i.test(debtor.currency)) return `${formatMoney(value, language, null)}元`;
  return formatMoney(value, language, debtor.currency);
}

export function consequenceList(consequences: readonly Consequence[], language: Language): string {
  if (consequences.length === 0) return say(NONE, language);
  const words = consequences.map((c) => CONSEQUENCE_WORDS[c][language]);
  if (words.length === 1) return words[0]!;
  return words.slice(0, -1).join(say(LIST_SEPARATOR, language)) + say(OR, language) + words[words.length - 1];
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
  const pan = polishAddress(debtor);
  // A consumer's name is the customer's; a firm with no contact on file is greeted without a name.
  const contact = contactName(debtor.contact ?? (debtor.consumer ? debtor.customer : ''));
  return {
    name: debtor.customer,
    contact,
    pan,
    /** Polish asks `czy rozmawiam z panem Janem Kowalskim`, or, not knowing Pan from Pani, `czy przy telefonie Jan Kowalski`. */
    contactQuestion: pan === 2 ? `czy przy telefonie ${contact}` : `czy rozmawiam z ${pan === 0 ? 'panem' : 'panią'} ${polishInstrumental(contact, pan)}`,
    collector: setting.collector,
    firm: setting.firmName?.trim() ?? '',
    balance: money(debtor.balance, debtor, l),
    overdue: money(debtor.overdue, debtor, l),
    notDue: money(debtor.notDue, debtor, l),
    days: Math.max(0, debtor.daysPastDue),
    brokenCount: debtor.history.brokenPromises,
    invoices: overdue.map(line).join(say(INVOICE_SEPARATOR, l)) || say(NONE, l),
    upcoming: upcoming.map(line).join(say(INVOICE_SEPARATOR, l)) || say(NONE, l),
    nextDue: nextDue ? sayDay(nextDue, l) : say(NONE, l),
    nextDueOn: nextDue ? sayDay(nextDue, l, 'on') : say(NONE, l),
    promise: lastPromise
      ? say(PROMISE_LINE, l, { amount: lastPromise.amount === null ? money(debtor.overdue, debtor, l) : money(lastPromise.amount, debtor, l), date: sayDay(lastPromise.date, l, 'by'), status: say(PROMISE_STATUS[lastPromise.status], l) })
      : say(NONE, l),
    broken: String(debtor.history.brokenPromises),
    rest: money(debtor.history.partialToChase ?? debtor.overdue, debtor, l),
    deadline: byWeekday(deadline, l),
    consequences: consequenceActions(setting.allowedConsequences, l),
  };
}
