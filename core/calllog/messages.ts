import type { Texts } from '../i18n/texts';

export const CALL_LOG_MESSAGES = {
  notAnEntry: { en: 'The call could not be read. Reload the call desk and try again.', 'zh-CN': '无法读取这次通话记录。请重新打开催收面板后再试。', pl: 'Nie udało się odczytać rozmowy. Otwórz panel ponownie i spróbuj jeszcze raz.' },
  missingCustomer: { en: 'Choose the customer this call was with.', 'zh-CN': '请选择本次通话的客户。', pl: 'Wybierz kontrahenta, z którym była rozmowa.' },
  badOutcome: { en: '"{value}" is not an outcome. Choose one from the list.', 'zh-CN': '"{value}"不是有效的通话结果，请从列表中选择。', pl: '„{value}” nie jest wynikiem rozmowy. Wybierz z listy.' },
  badTime: { en: 'The {field} "{value}" is not a date and time.', 'zh-CN': '{field}"{value}"不是有效的日期时间。', pl: '{field} „{value}” nie jest datą i godziną.' },
  badDay: { en: 'The {field} "{value}" is not a date. Use a date like 2026-11-27.', 'zh-CN': '{field}"{value}"不是有效日期，请按 2026-11-27 的格式填写。', pl: '{field} „{value}” nie jest datą. Użyj formatu 2026-11-27.' },
  badAmount: { en: 'The {field} "{value}" is not an amount of money.', 'zh-CN': '{field}"{value}"不是有效金额。', pl: '{field} „{value}” nie jest kwotą.' },
  promiseNeedsDate: { en: 'A promise needs the date they will pay: ask "Can you pay today?" and note the date.', 'zh-CN': '承诺付款必须有日期：请问"今天能付吗？"并记下日期。', pl: 'Obietnica wymaga daty zapłaty: zapytaj „Czy może Pan zapłacić dziś?” i wpisz datę.' },
  partialNeedsAmount: { en: 'A partial payment promise needs the amount.', 'zh-CN': '承诺部分付款必须填写金额。', pl: 'Obietnica częściowej zapłaty wymaga kwoty.' },
  callbackNeedsTime: { en: 'A call-back request needs the time they asked to be called.', 'zh-CN': '要求回电必须填写回电时间。', pl: 'Prośba o oddzwonienie wymaga godziny.' },
  consequenceNotAllowed: { en: '"{value}" is not among the consequences your firm carries out (Settings: allowedConsequences). Never announce it.', 'zh-CN': '"{value}"不在贵公司会执行的后果之列（设置：allowedConsequences），请勿告知。', pl: '„{value}” nie należy do konsekwencji, które firma wyciąga (Ustawienia: allowedConsequences). Nie zapowiadaj jej.' },
  consequenceNeedsDate: { en: 'An announced consequence needs the date it takes effect.', 'zh-CN': '告知的后果必须填写生效日期。', pl: 'Zapowiedziana konsekwencja wymaga daty.' },
  tooLong: { en: 'The {field} is longer than {max} characters.', 'zh-CN': '{field}超过 {max} 个字符。', pl: '{field} ma więcej niż {max} znaków.' },
} as const satisfies Record<string, Texts>;

export const FIELD_NAMES: Readonly<Record<string, Texts>> = {
  time: { en: 'call time', 'zh-CN': '通话时间', pl: 'Czas rozmowy' },
  promisedDate: { en: 'promised date', 'zh-CN': '承诺日期', pl: 'Obiecana data' },
  callbackAt: { en: 'call-back time', 'zh-CN': '回电时间', pl: 'Termin oddzwonienia' },
  consequenceDate: { en: 'consequence date', 'zh-CN': '后果日期', pl: 'Data konsekwencji' },
  promisedAmount: { en: 'promised amount', 'zh-CN': '承诺金额', pl: 'Obiecana kwota' },
  balanceAtCall: { en: 'balance at call', 'zh-CN': '通话时余额', pl: 'Saldo' },
  notes: { en: 'notes', 'zh-CN': '备注', pl: 'Notatki' },
  excuse: { en: 'excuse', 'zh-CN': '借口', pl: 'Wymówka' },
  collector: { en: 'collector', 'zh-CN': '催收员', pl: 'Windykator' },
  customer: { en: 'customer', 'zh-CN': '客户', pl: 'Kontrahent' },
};
