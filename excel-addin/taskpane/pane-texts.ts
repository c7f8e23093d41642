import type { Language } from '../../core/model/cell';

/** Words of the Excel pane's own buttons; the call desk brings its own. */
export const PANE_TEXTS = {
  setUp: { en: 'Set up call plan', 'zh-CN': '创建致电计划', pl: 'Utwórz plan rozmów' },
  chooseAging: { en: 'Change aging data', 'zh-CN': '更换账龄数据', pl: 'Zmień dane o należnościach' },
  chooserLegend: { en: 'Which table holds your aging data?', 'zh-CN': '哪个表格是您的账龄数据？', pl: 'Która tabela zawiera zestawienie należności?' },
  ok: { en: 'Use this', 'zh-CN': '使用', pl: 'Użyj' },
  planCreated: { en: 'The "Call plan" sheet is ready.', 'zh-CN': '"Call plan"工作表已创建。', pl: 'Arkusz „Call plan” jest gotowy.' },
  planExists: { en: 'The "Call plan" sheet already exists; it was left as it is.', 'zh-CN': '"Call plan"工作表已存在，未作改动。', pl: 'Arkusz „Call plan” już istnieje; pozostawiono go bez zmian.' },
  dashboardCreated: { en: 'The "Dashboard" sheet with the summary and its charts is ready.', 'zh-CN': '含汇总表和图表的"Dashboard"工作表已创建。', pl: 'Arkusz „Dashboard” z podsumowaniem i wykresami jest gotowy.' },
  notExcel: { en: 'AR CallDesk runs in Excel.', 'zh-CN': 'AR CallDesk 需在 Excel 中运行。', pl: 'AR CallDesk działa w Excelu.' },
} as const satisfies Record<string, Record<Language, string>>;

export function paneText(key: keyof typeof PANE_TEXTS, language: Language): string {
  return PANE_TEXTS[key][language];
}
