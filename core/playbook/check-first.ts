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
    'zh-CN': '一向按时付款，现在却逾期：先问是否出了问题，再谈钱。',
    pl: 'Zawsze płacił w terminie, teraz się spóźnia: zanim poprosisz o pieniądze, zapytaj o problem.',
  },
  disputed: {
    en: 'Open dispute: resolve it before collecting; ask only for the undisputed part.',
    'zh-CN': '有未解决的争议：先解决争议，只催收无争议部分。',
    pl: 'Otwarty spór: najpierw go wyjaśnij; proś tylko o część bezsporną.',
  },
  broken: {
    en: '{broken} broken promise(s); last: {promise}.',
    'zh-CN': '{broken} 次承诺未兑现；最近一次：{promise}。',
    pl: 'Niedotrzymane obietnice: {broken}; ostatnia: {promise}.',
  },
  partial: {
    en: 'Part was paid: thank them, then ask when the remaining {rest} comes.',
    'zh-CN': '已付部分款项：先致谢，再问剩余 {rest} 何时付。',
    pl: 'Część wpłynęła: podziękuj i zapytaj, kiedy reszta, {rest}.',
  },
  upcoming: {
    en: 'Also open, not yet due: {upcoming}.',
    'zh-CN': '另有未到期款项：{upcoming}。',
    pl: 'Otwarte, jeszcze niewymagalne: {upcoming}.',
  },
} as const satisfies Record<string, Texts>;

export function checkFirst(debtor: ScriptDebtor, setting: CallSetting): string[] {
  const l: Language = setting.language;
  const v = debtorValues(debtor, setting);
  const out: string[] = [];
  if (debtor.disputed) out.push(say(NOTES.disputed, l, v));
  else if (debtor.possibleDispute) out.push(say(NOTES.possibleDispute, l, v));
  if (debtor.history.brokenPromises > 0) out.push(say(NOTES.broken, l, v));
  if (debtor.history.partialToChase) out.push(say(NOTES.partial, l, v));
  if (debtor.overdue > 0 && debtor.notDue > 0) out.push(say(NOTES.upcoming, l, v));
  return out;
}

export const CHECK_FIRST_TEXTS: readonly Texts[] = Object.values(NOTES);
