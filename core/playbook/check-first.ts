import { say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { debtorValues, type CallSetting, type ScriptDebtor } from './debtor-values';

/**
 * What to look at before dialling. Payment behaviour tells the cause: a punctual payer now late
 * probably has a grievance (resolve it, then collect); broken promises call for firmness.
 */
const NOTES = {
  possibleDispute: {
    en: 'Always paid on time, now late: ask about a problem before asking for money.',
    'zh-CN': '一向按时付款，这次却逾期了：先问是不是出了什么问题，再谈钱。',
    pl: 'Zawsze płacił w terminie, teraz się spóźnia: zanim poprosisz o pieniądze, zapytaj o problem.',
  },
  disputed: {
    en: 'Open dispute: resolve it before collecting; ask only for the undisputed part.',
    'zh-CN': '有没解决的争议：先把争议处理好，只催没有争议的部分。',
    pl: 'Otwarty spór: najpierw go wyjaśnij; proś tylko o część bezsporną.',
  },
  broken: {
    en: '{broken, plural, one {# broken promise} other {# broken promises}}; last: {promise}.',
    'zh-CN': '已有 {broken} 次承诺没兑现；最近一次：{promise}。',
    pl: 'Niedotrzymane obietnice: {broken}; ostatnia: {promise}.',
  },
  partial: {
    en: 'Part was paid: thank them, then ask when the remaining {rest} comes.',
    'zh-CN': '已经付了一部分：先道谢，再问剩下的 {rest} 哪天付。',
    pl: 'Część wpłynęła: podziękuj i zapytaj, kiedy reszta, {rest}.',
  },
  upcoming: {
    en: 'Also open, not yet due: {upcoming}.',
    'zh-CN': '另外还有没到期的：{upcoming}。',
    pl: 'Otwarte, jeszcze przed terminem: {upcoming}.',
  },
} as const satisfies Record<string, Texts>;

/**
 * The likely cause of the lateness, of the four a collector tells apart (seed 002): a grievance,
 * deliberate non-payment, tight funds, or simple oversight, read from the payment history.
 */
export type LikelyCause = 'grievance' | 'deliberate' | 'cash' | 'oversight';

const CAUSES: Readonly<Record<LikelyCause, Texts>> = {
  grievance: {
    en: 'Likely cause: a grievance. Find out what went wrong and put it right; the money follows.',
    'zh-CN': '可能原因：对货或服务有意见。先弄清哪里出了问题、解决掉，款自然就来了。',
    pl: 'Prawdopodobna przyczyna: niezadowolenie. Ustal, co poszło nie tak, i napraw to; zapłata przyjdzie potem.',
  },
  deliberate: {
    en: 'Likely cause: deliberate delay (promises broken or payment refused). Be brief and firm, and move to the announced consequences.',
    'zh-CN': '可能原因：故意拖欠（多次失信或拒付）。少说多问、态度坚决，按已告知的措施推进。',
    pl: 'Prawdopodobna przyczyna: celowe zwlekanie (złamane obietnice lub odmowa). Krótko i stanowczo, przejdź do zapowiedzianych konsekwencji.',
  },
  cash: {
    en: 'Likely cause: tight funds (each invoice paid later than the last). Ask for the full amount first; a plan only if that is truly impossible.',
    'zh-CN': '可能原因：资金紧张（一张比一张付得晚）。先要全额，确实付不了再谈分期。',
    pl: 'Prawdopodobna przyczyna: brak gotówki (każda faktura płacona później niż poprzednia). Najpierw poproś o całość; harmonogram dopiero, gdy to naprawdę niemożliwe.',
  },
  oversight: {
    en: 'Likely cause: an oversight. A friendly reminder; check the invoice reached the right person.',
    'zh-CN': '可能原因：忘了。友好提醒一下，顺便确认发票送到了该收的人手里。',
    pl: 'Prawdopodobna przyczyna: przeoczenie. Uprzejme przypomnienie; sprawdź, czy faktura trafiła do właściwej osoby.',
  },
};

/** The likely cause from what the history shows; a dispute outweighs the rest, then broken word, then the trend. */
export function likelyCause(debtor: ScriptDebtor): LikelyCause {
  if (debtor.disputed || debtor.possibleDispute) return 'grievance';
  if (debtor.history.brokenPromises >= 2 || (debtor.history.refusals ?? 0) > 0) return 'deliberate';
  if (debtor.behaviour?.trend === 'lengthening') return 'cash';
  return 'oversight';
}

export function checkFirst(debtor: ScriptDebtor, setting: CallSetting): string[] {
  const l: Language = setting.language;
  const v = debtorValues(debtor, setting);
  const out: string[] = [];
  if (debtor.overdue > 0) out.push(say(CAUSES[likelyCause(debtor)], l, v));
  if (debtor.disputed) out.push(say(NOTES.disputed, l, v));
  else if (debtor.possibleDispute) out.push(say(NOTES.possibleDispute, l, v));
  if (debtor.history.brokenPromises > 0) out.push(say(NOTES.broken, l, { ...v, broken: debtor.history.brokenPromises }));
  if (debtor.history.partialToChase) out.push(say(NOTES.partial, l, v));
  if (debtor.overdue > 0 && debtor.notDue > 0) out.push(say(NOTES.upcoming, l, v));
  return out;
}

export const CHECK_FIRST_TEXTS: readonly Texts[] = [...Object.values(NOTES), ...Object.values(CAUSES)];
