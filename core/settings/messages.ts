import type { Texts } from '../i18n/texts';

export const SETTINGS_MESSAGES = {
  unknownKey: {
    en: 'Settings row {row}: "{key}" is not a setting. Known settings: {known}.',
    'zh-CN': '设置第{row}行："{key}"不是可用的设置项。可用设置：{known}。',
    pl: 'Ustawienia, wiersz {row}: „{key}” nie jest ustawieniem. Dostępne: {known}.',
  },
  badValue: {
    en: 'Settings row {row}, {key}: "{value}" is not valid. {hint} The default ({fallback}) is used.',
    'zh-CN': '设置第{row}行，{key}："{value}"无效。{hint}已使用默认值（{fallback}）。',
    pl: 'Ustawienia, wiersz {row}, {key}: „{value}” jest niepoprawne. {hint} Użyto wartości domyślnej ({fallback}).',
  },
  duplicateKey: {
    en: 'Settings row {row}: "{key}" is set twice; the later row wins.',
    'zh-CN': '设置第{row}行："{key}"重复设置，以后一行为准。',
    pl: 'Ustawienia, wiersz {row}: „{key}” ustawiono dwukrotnie; obowiązuje późniejszy wiersz.',
  },
} as const satisfies Record<string, Texts>;

/** What a valid value of each setting looks like, shown after a bad value. */
export const SETTING_HINTS: Readonly<Record<string, Texts>> = {
  policy: { en: 'Use b2b, us-consumer or cn-consumer.', 'zh-CN': '请填写 b2b、us-consumer 或 cn-consumer。', pl: 'Wpisz b2b, us-consumer lub cn-consumer.' },
  timeZone: { en: 'Use an IANA time zone such as Europe/Warsaw.', 'zh-CN': '请填写 IANA 时区，例如 Asia/Shanghai。', pl: 'Wpisz strefę IANA, np. Europe/Warsaw.' },
  hours: { en: 'Use hours like 09:00-17:30.', 'zh-CN': '请按 09:00-17:30 的格式填写。', pl: 'Wpisz godziny w formie 09:00-17:30.' },
  lunch: { en: 'Use hours like 12:00-13:30, or none.', 'zh-CN': '请按 12:00-13:30 的格式填写，或填 none。', pl: 'Wpisz godziny w formie 12:00-13:30 lub none.' },
  days: { en: 'Use days like Mon-Fri or 1,2,3,4,5.', 'zh-CN': '请填写如 Mon-Fri 或 1,2,3,4,5。', pl: 'Wpisz dni, np. Mon-Fri lub 1,2,3,4,5.' },
  dayRanking: { en: 'Use fri-thu-tue or tue-thu.', 'zh-CN': '请填写 fri-thu-tue 或 tue-thu。', pl: 'Wpisz fri-thu-tue lub tue-thu.' },
  dateOrder: { en: 'Use MDY, DMY or YMD, or leave empty.', 'zh-CN': '请填写 MDY、DMY 或 YMD，或留空。', pl: 'Wpisz MDY, DMY lub YMD albo zostaw puste.' },
  language: { en: 'Use en, zh-CN or pl.', 'zh-CN': '请填写 en、zh-CN 或 pl。', pl: 'Wpisz en, zh-CN lub pl.' },
  count: { en: 'Use a whole number from {min} to {max}.', 'zh-CN': '请填写 {min} 到 {max} 之间的整数。', pl: 'Wpisz liczbę całkowitą od {min} do {max}.' },
  country: { en: 'Use a two-letter country code such as PL, US or CN, or leave empty.', 'zh-CN': '请填写两位国家代码，如 CN、US、PL，或留空。', pl: 'Wpisz dwuliterowy kod kraju, np. PL, US, CN, albo zostaw puste.' },
  holidays: { en: 'Use dates like 2026-12-24, separated by commas.', 'zh-CN': '请填写日期，如 2026-12-24，用逗号分隔。', pl: 'Wpisz daty w formie 2026-12-24, oddzielone przecinkami.' },
  firmName: { en: 'Use the firm’s name on one line, at most 120 characters.', 'zh-CN': '请填写一行公司名称，不超过 120 个字符。', pl: 'Wpisz nazwę firmy w jednym wierszu, najwyżej 120 znaków.' },
  collectorRole: { en: 'Use creditor (your own invoices) or agency (collecting for others).', 'zh-CN': '请填写 creditor（催收本公司账款）或 agency（代他人催收）。', pl: 'Wpisz creditor (własne faktury) lub agency (windykacja na zlecenie).' },
  consequences: {
    en: 'Use any of: stop supply, final notice, late interest, credit hold, collection agency, court.',
    'zh-CN': '可填写：停止供货、最后通知函、逾期利息、冻结信用额度、委托专业催收、诉讼。',
    pl: 'Dozwolone: wstrzymanie dostaw, ostateczne wezwanie, odsetki za zwłokę, blokada kredytu kupieckiego, firma windykacyjna, sąd.',
  },
};
