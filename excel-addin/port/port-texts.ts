import type { Texts } from '../../core/i18n/texts';

/** What the Excel port tells the collector, in the three languages of the product. */
export const PORT_TEXTS = {
  tableLabel: { en: 'Table "{table}" on sheet "{sheet}"', 'zh-CN': '工作表"{sheet}"中的表格"{table}"', pl: 'Tabela „{table}” w arkuszu „{sheet}”' },
  rowTooLarge: {
    en: 'Row {row} of sheet "{sheet}" is larger than Excel can pass to an add-in at once (5 MB). Shorten its longest cells and open the call desk again.',
    'zh-CN': '工作表"{sheet}"的第 {row} 行超出 Excel 一次可传给加载项的大小（5 MB）。请缩短其中最长的单元格后重新打开催收台。',
    pl: 'Wiersz {row} arkusza „{sheet}” jest większy, niż Excel może naraz przekazać dodatkowi (5 MB). Skróć jego najdłuższe komórki i otwórz panel ponownie.',
  },
  sheetLabel: { en: 'Sheet "{sheet}"', 'zh-CN': '工作表"{sheet}"', pl: 'Arkusz „{sheet}”' },
  noAging: {
    en: 'No aging data found. Put your receivables on a sheet with a header row (for example Customer, Invoice, Due date, Amount) or as an Excel table, then open the call desk again.',
    'zh-CN': '未找到账龄数据。请把应收账款放在带表头行（例如 客户、发票、到期日、金额）的工作表或 Excel 表格中，然后重新打开催收台。',
    pl: 'Nie znaleziono zestawienia należności. Umieść należności w arkuszu z wierszem nagłówka (np. Kontrahent, Faktura, Termin płatności, Kwota) lub w tabeli Excela i otwórz panel ponownie.',
  },
  chooseAging: {
    en: 'Choose which table holds your aging data to open the call desk.',
    'zh-CN': '请选择哪个表格是您的账龄数据，以打开催收台。',
    pl: 'Wybierz tabelę z zestawieniem należności, aby otworzyć panel.',
  },
  agingGone: {
    en: '{label} is empty or no longer exists. Choose the aging data again.',
    'zh-CN': '{label}为空或已不存在。请重新选择账龄数据。',
    pl: '{label} jest pusty lub już nie istnieje. Wybierz dane ponownie.',
  },
  badRequestId: {
    en: 'This call has no valid request id; close and reopen the log form, then save again.',
    'zh-CN': '此通话缺少有效的请求编号；请关闭并重新打开记录表单后再保存。',
    pl: 'Ta rozmowa nie ma poprawnego identyfikatora żądania; zamknij i otwórz formularz ponownie, a potem zapisz.',
  },
  needsIdColumn: {
    en: 'The Call Log table needs the empty column {column} right of it to record each call’s request id. Move what is there, then log the call again.',
    'zh-CN': '通话记录表格右侧的 {column} 列需要为空，用于记录每次通话的请求编号。请移走其中的内容后再记录通话。',
    pl: 'Tabela dziennika rozmów potrzebuje pustej kolumny {column} po prawej stronie na identyfikatory rozmów. Przenieś jej zawartość i zapisz rozmowę ponownie.',
  },
  logNoHeader: {
    en: 'The "{sheet}" sheet has no header row with Customer and Outcome. Add those headers, or rename the sheet so AR CallDesk creates a new log.',
    'zh-CN': '"{sheet}"工作表没有包含"客户"和"结果"的表头行。请添加这些表头，或重命名该工作表以便 AR CallDesk 新建通话记录。',
    pl: 'Arkusz „{sheet}” nie ma wiersza nagłówka z „Kontrahent” i „Wynik”. Dodaj te nagłówki albo zmień nazwę arkusza, a AR CallDesk utworzy nowy dziennik.',
  },
} as const satisfies Record<string, Texts>;
