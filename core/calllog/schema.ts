import type { Language } from '../model/cell';

/**
 * The call log's columns, in the order the shells create them. The English header is what a new
 * sheet gets; the Chinese and Polish headers (and a few synonyms) are accepted when reading, so a
 * log kept by hand in another language still feeds the plan.
 */
export const CALL_LOG_COLUMNS = [
  { key: 'time', en: 'Time', 'zh-CN': '时间', pl: 'Czas', synonyms: ['date', 'called at', '通话时间', 'data'] },
  { key: 'customer', en: 'Customer', 'zh-CN': '客户', pl: 'Kontrahent', synonyms: ['debtor', '客户名称', 'klient', 'dłużnik'] },
  { key: 'collector', en: 'Collector', 'zh-CN': '催收员', pl: 'Windykator', synonyms: ['agent', 'caller', '催收人'] },
  { key: 'outcome', en: 'Outcome', 'zh-CN': '结果', pl: 'Wynik', synonyms: ['result', '通话结果', 'rezultat'] },
  { key: 'promisedAmount', en: 'Promised amount', 'zh-CN': '承诺金额', pl: 'Obiecana kwota', synonyms: ['promise amount'] },
  { key: 'promisedDate', en: 'Promised date', 'zh-CN': '承诺日期', pl: 'Obiecana data', synonyms: ['promise date', 'data obietnicy'] },
  { key: 'callbackAt', en: 'Callback at', 'zh-CN': '回电时间', pl: 'Oddzwonić', synonyms: ['call back at', 'callback', 'oddzwonić o'] },
  { key: 'excuse', en: 'Excuse', 'zh-CN': '借口', pl: 'Wymówka', synonyms: ['objection', '理由'] },
  { key: 'consequence', en: 'Consequence', 'zh-CN': '告知后果', pl: 'Konsekwencja', synonyms: ['consequence announced', '后果'] },
  { key: 'consequenceDate', en: 'Consequence date', 'zh-CN': '后果日期', pl: 'Data konsekwencji', synonyms: [] },
  { key: 'balanceAtCall', en: 'Balance at call', 'zh-CN': '通话时余额', pl: 'Saldo w dniu rozmowy', synonyms: ['balance'] },
  { key: 'notes', en: 'Notes', 'zh-CN': '备注', pl: 'Notatki', synonyms: ['note', 'comments', 'uwagi'] },
  // A payment plan's instalments (core/calllog/instalments.ts says the cell's forms). Last, so a log
  // made before plans existed gains it at its right edge and keeps every column where it was.
  { key: 'instalments', en: 'Instalments', 'zh-CN': '分期', pl: 'Raty', synonyms: ['installments', 'instalment plan', '分期计划', 'harmonogram spłat'] },
] as const satisfies readonly ({ key: string; synonyms: readonly string[] } & Record<Language, string>)[];

export type CallLogKey = (typeof CALL_LOG_COLUMNS)[number]['key'];

/** The header row a shell writes when it creates the Call Log sheet. */
export function callLogHeaders(language: Language = 'en'): string[] {
  return CALL_LOG_COLUMNS.map((c) => c[language]);
}

const HEADER_KEYS: ReadonlyMap<string, CallLogKey> = new Map(
  CALL_LOG_COLUMNS.flatMap((c) => [c.en, c['zh-CN'], c.pl, ...c.synonyms].map((h) => [h.toLowerCase(), c.key as CallLogKey] as const)),
);

/** Which call-log column a header names, in any of the three languages or a synonym; null for none. */
export function callLogKeyOfHeader(header: string): CallLogKey | null {
  return HEADER_KEYS.get(header.trim().toLowerCase()) ?? null;
}

/** Columns holding text a person typed: shells format them as plain text. */
export const CALL_LOG_TEXT_COLUMNS: readonly CallLogKey[] = ['customer', 'collector', 'outcome', 'excuse', 'consequence', 'notes', 'instalments'];
/** Columns holding a date and time (shells give them a date-time number format). */
export const CALL_LOG_DATETIME_COLUMNS: readonly CallLogKey[] = ['time', 'callbackAt'];
/** Columns holding a calendar date. */
export const CALL_LOG_DATE_COLUMNS: readonly CallLogKey[] = ['promisedDate', 'consequenceDate'];
/** Columns holding money. */
export const CALL_LOG_MONEY_COLUMNS: readonly CallLogKey[] = ['promisedAmount', 'balanceAtCall'];

export const OUTCOMES = [
  'no answer',
  'voicemail',
  'wrong number',
  'not decision maker',
  'callback requested',
  'promise to pay',
  'partial payment promised',
  'payment plan',
  'paid',
  'dispute',
  'refused',
  'cease request',
  'attorney',
  'bankruptcy',
] as const;

export type Outcome = (typeof OUTCOMES)[number];

/** The outcome words in each language; reading accepts any of them, writing uses the log's language. */
export const OUTCOME_WORDS: Readonly<Record<Outcome, Readonly<Record<Language, string>>>> = {
  'no answer': { en: 'no answer', 'zh-CN': '无人接听', pl: 'brak odpowiedzi' },
  voicemail: { en: 'voicemail', 'zh-CN': '语音信箱', pl: 'poczta głosowa' },
  'wrong number': { en: 'wrong number', 'zh-CN': '号码错误', pl: 'błędny numer' },
  'not decision maker': { en: 'not decision maker', 'zh-CN': '非决策人', pl: 'nie decydent' },
  'callback requested': { en: 'callback requested', 'zh-CN': '要求回电', pl: 'prośba o oddzwonienie' },
  'promise to pay': { en: 'promise to pay', 'zh-CN': '承诺付款', pl: 'obietnica zapłaty' },
  'partial payment promised': { en: 'partial payment promised', 'zh-CN': '承诺部分付款', pl: 'obietnica częściowej zapłaty' },
  // Instalments agreed on the call; the row's Instalments cell holds them.
  'payment plan': { en: 'payment plan', 'zh-CN': '分期付款', pl: 'plan spłaty' },
  paid: { en: 'paid', 'zh-CN': '已付款', pl: 'zapłacono' },
  dispute: { en: 'dispute', 'zh-CN': '有争议', pl: 'spór' },
  refused: { en: 'refused', 'zh-CN': '拒绝付款', pl: 'odmowa' },
  // The three that stop calls (core/history/call-stop.ts says how and until when).
  'cease request': { en: 'cease request', 'zh-CN': '要求停止来电', pl: 'żądanie zaprzestania kontaktu' },
  attorney: { en: 'attorney', 'zh-CN': '已委托律师', pl: 'pełnomocnik' },
  bankruptcy: { en: 'bankruptcy', 'zh-CN': '破产', pl: 'upadłość' },
};

/**
 * Outcomes where someone on the debtor's side was reached. Regulation F's seven-day rule counts
 * "telephone conversations"; an answered call with a gatekeeper who is not the decision maker is
 * still a conversation about the debt with the debtor's side, so we count it conservatively.
 */
export const CONVERSATION_OUTCOMES: ReadonlySet<Outcome> = new Set<Outcome>([
  'not decision maker',
  'callback requested',
  'promise to pay',
  'partial payment promised',
  'payment plan',
  'paid',
  'dispute',
  'refused',
  'cease request',
  'attorney',
  'bankruptcy',
]);

/** Outcomes where nobody was reached. */
export const UNANSWERED_OUTCOMES: ReadonlySet<Outcome> = new Set<Outcome>(['no answer', 'voicemail', 'wrong number']);

const OUTCOME_LOOKUP: ReadonlyMap<string, Outcome> = new Map(
  OUTCOMES.flatMap((o) => Object.values(OUTCOME_WORDS[o]).map((w) => [w.toLowerCase(), o] as const)),
);

/** Reads an outcome word in any of the three languages; null when it is none of them. */
export function parseOutcome(text: string): Outcome | null {
  return OUTCOME_LOOKUP.get(text.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** What a collector may announce; the Settings sheet lists which of these the firm will carry out. */
export const CONSEQUENCES = ['stop supply', 'final notice', 'late interest', 'credit hold', 'collection agency', 'court'] as const;
export type Consequence = (typeof CONSEQUENCES)[number];

export const CONSEQUENCE_WORDS: Readonly<Record<Consequence, Readonly<Record<Language, string>>>> = {
  'stop supply': { en: 'stop supply', 'zh-CN': '停止供货', pl: 'wstrzymanie dostaw' },
  'final notice': { en: 'final notice', 'zh-CN': '最后通知函', pl: 'ostateczne wezwanie' },
  'late interest': { en: 'late interest', 'zh-CN': '逾期利息', pl: 'odsetki za zwłokę' },
  'credit hold': { en: 'credit hold', 'zh-CN': '冻结信用额度', pl: 'blokada kredytu kupieckiego' },
  'collection agency': { en: 'collection agency', 'zh-CN': '委托专业催收', pl: 'firma windykacyjna' },
  court: { en: 'court', 'zh-CN': '诉讼', pl: 'sąd' },
};

/** A consequence as logged (in any language) in the given language; unknown words as typed. */
export function consequenceWord(logged: string, language: Language): string {
  const typed = logged.trim().toLowerCase();
  const known = CONSEQUENCES.find((c) => Object.values(CONSEQUENCE_WORDS[c]).some((w) => w.toLowerCase() === typed));
  return known ? CONSEQUENCE_WORDS[known][language] : logged;
}
