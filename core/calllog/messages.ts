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
  planNeedsInstalments: {
    en: 'A payment plan needs its instalments: the amount, the first date, how many and how often.',
    'zh-CN': '分期付款必须填写分期：每期金额、首期日期、期数和间隔。',
    pl: 'Plan spłaty wymaga rat: kwoty, daty pierwszej raty, liczby rat i odstępu.',
  },
  badPlan: { en: 'This payment plan cannot be logged: {why}.', 'zh-CN': '无法记录此分期付款：{why}。', pl: 'Nie można zapisać tego planu spłaty: {why}.' },
  callbackNeedsTime: { en: 'A call-back request needs the time they asked to be called.', 'zh-CN': '要求回电必须填写回电时间。', pl: 'Prośba o oddzwonienie wymaga godziny.' },
  consequenceNotAllowed: { en: '"{value}" is not among the consequences your firm carries out (Settings: allowedConsequences). Never announce it.', 'zh-CN': '"{value}"不在贵公司会执行的后果之列（设置：allowedConsequences），请勿告知。', pl: '„{value}” nie należy do konsekwencji, które firma wyciąga (Ustawienia: allowedConsequences). Nie zapowiadaj jej.' },
  consequenceNeedsDate: { en: 'An announced consequence needs the date it takes effect.', 'zh-CN': '告知的后果必须填写生效日期。', pl: 'Zapowiedziana konsekwencja wymaga daty.' },
  timeOutOfRange: {
    en: 'The {field} {value} is not a plausible time for this call: use one between {from} and {to}.',
    'zh-CN': '{field} {value} 不是这次通话的合理时间：请填写 {from} 至 {to} 之间的时间。',
    pl: '{field} {value} nie jest wiarygodnym terminem dla tej rozmowy: podaj termin od {from} do {to}.',
  },
  amountTooLarge: {
    en: 'The {field} {value} is larger than any amount this log can hold ({max}). Check the number.',
    'zh-CN': '{field} {value} 超出通话记录可接受的最大金额（{max}），请核对数字。',
    pl: '{field} {value} przekracza największą kwotę, jaką przyjmuje dziennik ({max}). Sprawdź liczbę.',
  },
  aboveBalance: {
    en: 'The promised amount {value} is far above what {customer} owes ({balance}). Check the amount; nothing was written.',
    'zh-CN': '承诺金额 {value} 远高于 {customer} 的欠款（{balance}）。请核对金额；未写入任何内容。',
    pl: 'Obiecana kwota {value} znacznie przekracza dług kontrahenta {customer} ({balance}). Sprawdź kwotę; nic nie zapisano.',
  },
  unknownCustomer: {
    en: '"{customer}" is not on the aging sheet. Log this call anyway? It will not count for any debtor until the name matches a row of the aging sheet.',
    'zh-CN': '“{customer}”不在账龄表中。仍要记录这次通话吗？在名称与账龄表中的某一行一致之前，它不会计入任何债务人。',
    pl: '„{customer}” nie występuje w zestawieniu należności. Zapisać mimo to? Rozmowa nie będzie przypisana żadnemu dłużnikowi, dopóki nazwa nie zgodzi się z wierszem zestawienia.',
  },
  tooLong: { en: 'The {field} is longer than {max} characters.', 'zh-CN': '{field}超过 {max} 个字符。', pl: '{field} ma więcej niż {max} znaków.' },
} as const satisfies Record<string, Texts>;

/** Why a log cannot take a new row as it stands (LogProblem); each says that nothing was written and what to do. */
export const LOG_PROBLEM_MESSAGES = {
  renamedRequestId: {
    en: 'Column {column} of the "{sheet}" sheet holds the call desk’s request ids, but its header now reads "{header}". Nothing was written: rename that header back to "Request id" (without it a retried call could be logged twice), then log the call again.',
    'zh-CN': '“{sheet}”工作表的 {column} 列保存着催收台的请求编号，但其表头现在是“{header}”。未写入任何内容：请把该表头改回“Request id”（否则重试的通话可能被记录两次），然后再次记录。',
    pl: 'Kolumna {column} arkusza „{sheet}” zawiera identyfikatory rozmów panelu, ale jej nagłówek brzmi teraz „{header}”. Nic nie zapisano: przywróć nagłówek „Request id” (bez niego ponowiona rozmowa mogłaby zapisać się dwa razy) i zapisz rozmowę jeszcze raz.',
  },
  totalLine: {
    en: 'The "{sheet}" sheet ends with a total line (row {row}: "{label}"). Nothing was written: a call below it would be left out of your sums, and one above it would move your line. Move the total above the header or to another sheet, then log the call again.',
    'zh-CN': '“{sheet}”工作表末尾有一行合计（第 {row} 行：“{label}”）。未写入任何内容：写在其下方的通话不会计入您的合计，写在其上方则会移动该行。请把合计移到表头上方或其他工作表，然后再次记录。',
    pl: 'Arkusz „{sheet}” kończy się wierszem sumy (wiersz {row}: „{label}”). Nic nie zapisano: rozmowa pod nim nie weszłaby do Twoich sum, a nad nim przesunęłaby ten wiersz. Przenieś sumę nad nagłówek lub do innego arkusza i zapisz rozmowę ponownie.',
  },
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
  instalments: { en: 'first instalment date', 'zh-CN': '首期日期', pl: 'Data pierwszej raty' },
};
