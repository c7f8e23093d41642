import type { Texts } from '../i18n/texts';

/**
 * Every message the aging reader writes, in the three languages. Each says what is wrong, quotes
 * the cell, says what to do, and what happened to the row ({effect}: one of AGING_EFFECTS).
 */
export const AGING_MESSAGES = {
  noHeader: {
    en: 'No header row found in the first {rows} rows. The aging sheet needs a row naming the customer column and an amount column (e.g. Customer, Due date, Amount).',
    'zh-CN': '前 {rows} 行中未找到表头。账龄表需要一行表头，包含客户列和金额列（如：客户名称、到期日、金额）。',
    pl: 'W pierwszych {rows} wierszach nie ma nagłówka. Zestawienie potrzebuje wiersza z kolumną kontrahenta i kwoty (np. Kontrahent, Termin płatności, Kwota).',
  },
  noAmountColumn: {
    en: 'The header row names a customer column but no amount, balance or age-bucket column (e.g. Amount, Open balance, Current, 1 - 30). Add or rename the money column.',
    'zh-CN': '表头中有客户列，但没有金额、余额或账龄段列（如：金额、余额、未到期、1～30天）。请添加或重命名金额列。',
    pl: 'Nagłówek ma kolumnę kontrahenta, ale brak kolumny kwoty, salda lub przedziałów wiekowania (np. Kwota, Do zapłaty, 1-30 dni). Dodaj lub nazwij kolumnę kwoty.',
  },
  noCustomerColumn: {
    en: 'The header row names amounts but no customer column. Name the column with the customer names Customer (or Client, Kontrahent, 客户名称).',
    'zh-CN': '表头中有金额列，但没有客户列。请把客户名称所在列命名为"客户名称"（或 Customer、Kontrahent）。',
    pl: 'Nagłówek ma kolumny kwot, ale brak kolumny kontrahenta. Nazwij kolumnę z nazwami kontrahentów „Kontrahent” (lub Customer, 客户名称).',
  },
  badDate: {
    en: 'Row {row}, "{column}": "{value}" is not a date. Use a date like 2026-02-28. {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"不是有效日期，请使用如 2026-02-28 的日期。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest datą. Użyj daty w formie 2026-02-28. {effect}',
  },
  ambiguousDate: {
    en: 'Row {row}, "{column}": "{value}" could be month/day or day/month. Set dateOrder (MDY or DMY) in Settings, or write the date as 2026-03-05. {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"无法判断是月/日还是日/月。请在设置中填写 dateOrder（MDY 或 DMY），或写成 2026-03-05。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” może oznaczać miesiąc/dzień lub dzień/miesiąc. Ustaw dateOrder (MDY lub DMY) w Ustawieniach albo zapisz datę jako 2026-03-05. {effect}',
  },
  badAmount: {
    en: 'Row {row}, "{column}": "{value}" is not an amount. Use a number like 1234.50. {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"不是有效金额，请使用如 1234.50 的数字。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest kwotą. Użyj liczby, np. 1234,50. {effect}',
  },
  missingAmount: {
    en: 'Row {row}, "{column}": the amount is empty. Type what is still owed (0 when paid). {effect}',
    'zh-CN': '第{row}行"{column}"：金额为空。请填写未收金额（已付清填 0）。{effect}',
    pl: 'Wiersz {row}, „{column}”: brak kwoty. Wpisz kwotę do zapłaty (0, gdy zapłacono). {effect}',
  },
  missingCustomer: {
    en: 'Row {row}, "{column}": the customer is empty (merged cells read as empty). Type the customer name on every invoice row. {effect}',
    'zh-CN': '第{row}行"{column}"：客户为空（合并单元格会被读成空）。请在每一张发票行填写客户名称。{effect}',
    pl: 'Wiersz {row}, „{column}”: brak kontrahenta (scalone komórki są odczytywane jako puste). Wpisz nazwę kontrahenta w każdym wierszu faktury. {effect}',
  },
  badDays: {
    en: 'Row {row}, "{column}": "{value}" is not a number of days. Use a whole number like 45. {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"不是天数，请使用如 45 的整数。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest liczbą dni. Użyj liczby całkowitej, np. 45. {effect}',
  },
  badTimeZone: {
    en: 'Row {row}, "{column}": "{value}" is not a time zone. Use an IANA name like Europe/Warsaw or America/New_York. {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"不是有效时区，请使用 IANA 名称，如 Asia/Shanghai。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest strefą czasową. Użyj nazwy IANA, np. Europe/Warsaw. {effect}',
  },
  badCountry: {
    en: 'Row {row}, "{column}": "{value}" is not a country we know. Use a two-letter code like PL, US or CN, or add a Time zone column. {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"不是可识别的国家，请使用两位代码如 CN、US、PL，或添加时区列。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest znanym krajem. Użyj dwuliterowego kodu, np. PL, US, CN, albo dodaj kolumnę strefy czasowej. {effect}',
  },
  badHours: {
    en: 'Row {row}, "{column}": "{value}" is not a range of hours. Use a range like 09:00-17:30. {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"不是有效时间段，请使用如 09:00-17:30 的格式。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest przedziałem godzin. Użyj zapisu 09:00-17:30. {effect}',
  },
  badPayday: {
    en: 'Row {row}, "{column}": "{value}" is not a day of the month. Use a number from 1 to 31. {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"不是每月的日期，请填写 1 到 31 的数字。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest dniem miesiąca. Użyj liczby od 1 do 31. {effect}',
  },
  badFlag: {
    en: 'Row {row}, "{column}": "{value}" is not yes or no. Use yes/no (or consumer/business). {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"不是"是/否"，请填写 是/否（或 个人/企业）。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” to nie tak/nie. Użyj tak/nie (lub konsument/firma). {effect}',
  },
  badCompanySize: {
    en: 'Row {row}, "{column}": "{value}" is not a company size. Use small, medium, large or a number of employees. {effect}',
    'zh-CN': '第{row}行"{column}"："{value}"不是企业规模，请填写 小、中、大 或员工人数。{effect}',
    pl: 'Wiersz {row}, „{column}”: „{value}” nie jest wielkością firmy. Użyj: mała, średnia, duża lub liczby pracowników. {effect}',
  },
  totalMismatch: {
    en: 'Row {row}, "{column}": the buckets add up to {sum} but the row total says {value}. The buckets were used; check the row.',
    'zh-CN': '第{row}行"{column}"：各账龄段合计 {sum}，但本行合计为 {value}。已按账龄段计算，请检查该行。',
    pl: 'Wiersz {row}, „{column}”: przedziały sumują się do {sum}, a suma wiersza wynosi {value}. Użyto przedziałów; sprawdź wiersz.',
  },
  unlabelledSum: {
    en: 'Row {row}, "{column}": {value} stands on a row with no customer, invoice number or date, and it is not the sum of the rows above. Type the customer on the row, or delete the row if it is a total. {effect}',
    'zh-CN': '第{row}行"{column}"：{value} 所在行没有客户、发票号或日期，也不等于上方各行之和。请在该行填写客户；如为合计行请删除。{effect}',
    pl: 'Wiersz {row}, „{column}”: {value} stoi w wierszu bez kontrahenta, numeru faktury i daty i nie jest sumą wierszy powyżej. Wpisz kontrahenta albo usuń wiersz, jeśli to suma. {effect}',
  },
  totalRowMismatch: {
    en: 'Row {row}, "{column}": this row reads as a total, but {value} is neither the sum of the rows since the last total ({sum}) nor of the whole sheet ({all}). It was not counted; if it is a customer, give it an invoice number or date, else check the rows above it.',
    'zh-CN': '第{row}行"{column}"：该行被视为合计行，但 {value} 既不等于上一合计以来各行之和（{sum}），也不等于全表之和（{all}）。该行未计入；如为客户，请填写发票号或日期，否则请检查上方各行。',
    pl: 'Wiersz {row}, „{column}”: wiersz wygląda na sumę, ale {value} nie jest sumą wierszy od poprzedniej sumy ({sum}) ani całego arkusza ({all}). Nie policzono go; jeśli to kontrahent, podaj numer faktury lub datę, w przeciwnym razie sprawdź wiersze powyżej.',
  },
  errorCell: {
    en: 'Row {row}, "{column}": the cell shows the error {value} (a formula that failed or a broken link). Fix the formula or type the value. {effect}',
    'zh-CN': '第{row}行"{column}"：单元格显示错误值 {value}（公式出错或链接失效）。请修正公式或直接填写数值。{effect}',
    pl: 'Wiersz {row}, „{column}”: komórka pokazuje błąd {value} (błędna formuła lub zerwane łącze). Popraw formułę albo wpisz wartość. {effect}',
  },
  currencyConflict: {
    en: 'Row {row}, "{column}": the row names two currencies, {first} and {second}. Amounts in different currencies are never added together; correct the currency or the amount. {effect}',
    'zh-CN': '第{row}行"{column}"：该行出现两种币种：{first} 和 {second}。不同币种的金额不会相加；请更正币种或金额。{effect}',
    pl: 'Wiersz {row}, „{column}”: wiersz podaje dwie waluty: {first} i {second}. Kwot w różnych walutach nigdy się nie sumuje; popraw walutę lub kwotę. {effect}',
  },
  noDataRows: {
    en: 'No invoice was read: all {count} rows under the header (row {header}) were taken for totals, titles or blank rows. Check that each invoice row has its customer and amount under the header\'s columns ({found}).',
    'zh-CN': '未读取到任何发票：表头（第{header}行）下方的 {count} 行都被视为合计、标题或空行。请检查每一行发票的客户和金额是否位于表头对应的列中（{found}）。',
    pl: 'Nie odczytano żadnej faktury: wszystkie {count} wiersze pod nagłówkiem (wiersz {header}) uznano za sumy, tytuły lub puste wiersze. Sprawdź, czy każdy wiersz faktury ma kontrahenta i kwotę w kolumnach nagłówka ({found}).',
  },
} as const satisfies Record<string, Texts>;

/** What became of the row, appended to a cell message. */
export const AGING_EFFECTS = {
  rowDropped: {
    en: 'The row was left out of the totals.',
    'zh-CN': '该行未计入合计。',
    pl: 'Wiersz pominięto w sumach.',
  },
  cellIgnored: {
    en: 'The cell was ignored; the row still counts.',
    'zh-CN': '已忽略该单元格，该行仍计入合计。',
    pl: 'Komórkę pominięto; wiersz nadal się liczy.',
  },
} as const satisfies Record<string, Texts>;

export type AgingMessage = keyof typeof AGING_MESSAGES;
export type AgingEffect = keyof typeof AGING_EFFECTS;
