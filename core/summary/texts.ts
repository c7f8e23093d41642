import type { Texts } from '../i18n/texts';

/** Headings and row names of the summary table and charts, in the three languages of the product. */
export const SUMMARY_TEXTS = {
  currency: { en: 'Currency', 'zh-CN': '币种', pl: 'Waluta' },
  noCurrency: { en: 'not stated', 'zh-CN': '未注明', pl: 'nie podano' },
  riskClass: { en: 'Risk class', 'zh-CN': '风险等级', pl: 'Klasa ryzyka' },
  age: { en: 'Days past due', 'zh-CN': '逾期天数', pl: 'Dni po terminie' },
  balance: { en: 'Balance', 'zh-CN': '余额', pl: 'Saldo' },
  overdue: { en: 'Overdue', 'zh-CN': '逾期金额', pl: 'Przeterminowane' },
  debtors: { en: 'Debtors', 'zh-CN': '债务人数', pl: 'Dłużnicy' },
  fromDays: { en: 'From day', 'zh-CN': '起始天', pl: 'Od dnia' },
  toDays: { en: 'To day', 'zh-CN': '截止天', pl: 'Do dnia' },
  total: { en: 'Total', 'zh-CN': '合计', pl: 'Razem' },
  weekStart: { en: 'Week starting', 'zh-CN': '周起始日', pl: 'Tydzień od' },
  promised: { en: 'Promised', 'zh-CN': '承诺金额', pl: 'Obiecane' },
  later: { en: 'Later', 'zh-CN': '更晚', pl: 'Później' },
  promises: { en: 'Promises', 'zh-CN': '付款承诺', pl: 'Obietnice' },
  count: { en: 'Number', 'zh-CN': '数量', pl: 'Liczba' },
  kept: { en: 'kept', 'zh-CN': '已兑现', pl: 'dotrzymane' },
  broken: { en: 'broken', 'zh-CN': '已违约', pl: 'niedotrzymane' },
  open: { en: 'open', 'zh-CN': '未到期', pl: 'otwarte' },
  keptRate: { en: 'share kept', 'zh-CN': '兑现率', pl: 'odsetek dotrzymanych' },
  others: { en: 'Other currencies, not added above', 'zh-CN': '其他币种（未计入上表）', pl: 'Inne waluty, nie doliczone powyżej' },
  chartRisk: { en: 'Balance by risk class', 'zh-CN': '按风险等级的余额', pl: 'Saldo według klasy ryzyka' },
  chartAge: { en: 'Balance by days past due', 'zh-CN': '按逾期天数的余额', pl: 'Saldo według dni po terminie' },
  chartWeeks: { en: 'Promised cash by week', 'zh-CN': '每周承诺回款', pl: 'Obiecane wpłaty według tygodni' },
  dashboardNote: {
    en: 'The book as of the plan time on the "{plan}" sheet ({cell}); the charts follow the table below.',
    'zh-CN': '截至“{plan}”工作表计划时间（{cell}）的应收账款概况；图表随下表更新。',
    pl: 'Należności na czas planu z arkusza „{plan}” ({cell}); wykresy podążają za tabelą poniżej.',
  },
} as const satisfies Record<string, Texts>;
