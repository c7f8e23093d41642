import type { Texts } from '../i18n/texts';

export const AGING_MESSAGES = {
  noHeader: {
    en: 'No header row found in the first {rows} rows. The aging sheet needs a row naming the customer column and an amount column (e.g. Customer, Due date, Amount).',
    'zh-CN': '前 {rows} 行中未找到表头。账龄表需要一行表头，包含客户列和金额列（如：客户名称、到期日、金额）。',
    pl: 'W pierwszych {rows} wierszach nie ma nagłówka. Zestawienie potrzebuje wiersza z kolumną kontrahenta i kwoty (np. Kontrahent, Termin płatności, Kwota).',
  },
  badDate: {
    en: 'Row {row}, "{column}": "{value}" is not a date. Use a date like 2026-02-28. The row was left out of the totals.',
    'zh-CN': '第{row}行"{column}"："{value}"不是有效日期，请使用如 2026-02-28 的日期。该行未计入合计。',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest datą. Użyj daty w formie 2026-02-28. Wiersz pominięto w sumach.',
  },
  ambiguousDate: {
    en: 'Row {row}, "{column}": "{value}" could be month/day or day/month. Set dateOrder (MDY or DMY) in Settings. The row was left out of the totals.',
    'zh-CN': '第{row}行"{column}"："{value}"无法判断是月/日还是日/月。请在设置中填写 dateOrder（MDY 或 DMY）。该行未计入合计。',
    pl: 'Wiersz {row}, „{column}”: „{value}” może oznaczać miesiąc/dzień lub dzień/miesiąc. Ustaw dateOrder (MDY lub DMY) w Ustawieniach. Wiersz pominięto w sumach.',
  },
  badAmount: {
    en: 'Row {row}, "{column}": "{value}" is not an amount. Use a number like 1234.50. The row was left out of the totals.',
    'zh-CN': '第{row}行"{column}"："{value}"不是有效金额，请使用如 1234.50 的数字。该行未计入合计。',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest kwotą. Użyj liczby, np. 1234,50. Wiersz pominięto w sumach.',
  },
  badValue: {
    en: 'Row {row}, "{column}": "{value}" could not be read and was ignored.',
    'zh-CN': '第{row}行"{column}"："{value}"无法识别，已忽略。',
    pl: 'Wiersz {row}, „{column}”: nie można odczytać „{value}”; pominięto.',
  },
  totalMismatch: {
    en: 'Row {row}: the buckets add up to {sum} but "{column}" says {total}. The buckets were used; check the row.',
    'zh-CN': '第{row}行：各账龄段合计 {sum}，但"{column}"为 {total}。已按账龄段计算，请检查该行。',
    pl: 'Wiersz {row}: przedziały sumują się do {sum}, a „{column}” wynosi {total}. Użyto przedziałów; sprawdź wiersz.',
  },
} as const satisfies Record<string, Texts>;
