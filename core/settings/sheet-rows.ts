import type { Cell, Language } from '../model/cell';
import { say, type Texts } from '../i18n/texts';
import { DEFAULT_SETTINGS } from './defaults';
import { settingText } from './read-settings';
import { SETTING_KEYS, type SettingKey, type Settings } from './schema';

const HEADER: readonly Texts[] = [
  { en: 'Setting', 'zh-CN': '设置项', pl: 'Ustawienie' },
  { en: 'Value', 'zh-CN': '值', pl: 'Wartość' },
  { en: 'What it means', 'zh-CN': '说明', pl: 'Znaczenie' },
];

const ABOUT: Readonly<Record<SettingKey, Texts>> = {
  policy: { en: 'Calling rules: b2b, us-consumer (Regulation F) or cn-consumer.', 'zh-CN': '拨打规则：b2b、us-consumer（美国 F 条例）或 cn-consumer。', pl: 'Zasady dzwonienia: b2b, us-consumer (Regulation F) lub cn-consumer.' },
  collectorTimeZone: { en: 'Your time zone; call times are shown in it.', 'zh-CN': '您所在的时区，拨打时间按此显示。', pl: 'Twoja strefa czasowa; w niej pokazujemy godziny połączeń.' },
  collectorHours: { en: 'The hours you make calls.', 'zh-CN': '您拨打电话的时段。', pl: 'Godziny, w których dzwonisz.' },
  workingHours: { en: 'Debtors’ business hours, their local time (when the aging sheet gives none).', 'zh-CN': '债务人的营业时间（当地时间，账龄表未提供时使用）。', pl: 'Godziny pracy dłużników, ich czas lokalny (gdy zestawienie ich nie podaje).' },
  lunch: { en: 'Debtors’ lunch break to avoid, or none.', 'zh-CN': '需避开的债务人午休时间，或 none。', pl: 'Przerwa obiadowa dłużników do ominięcia lub none.' },
  workingDays: { en: 'Days debtors work: Mon-Fri, or numbers 1 (Mon) to 7 (Sun).', 'zh-CN': '债务人的工作日：Mon-Fri，或 1（周一）到 7（周日）。', pl: 'Dni pracy dłużników: Mon-Fri lub liczby 1 (pon.) do 7 (niedz.).' },
  dayRanking: { en: 'Best days: fri-thu-tue, or tue-thu.', 'zh-CN': '最佳拨打日：fri-thu-tue 或 tue-thu。', pl: 'Najlepsze dni: fri-thu-tue lub tue-thu.' },
  dateOrder: { en: 'How to read 03/05/2026: MDY, DMY or YMD; empty = decide from the sheet.', 'zh-CN': '03/05/2026 的读法：MDY、DMY 或 YMD；留空则按表格判断。', pl: 'Jak czytać 03/05/2026: MDY, DMY lub YMD; puste = ustal z arkusza.' },
  language: { en: 'Language of texts and messages: en, zh-CN or pl.', 'zh-CN': '文字和提示的语言：en、zh-CN 或 pl。', pl: 'Język tekstów i komunikatów: en, zh-CN lub pl.' },
  dailyCapacity: { en: 'Calls one collector makes well in a day.', 'zh-CN': '一名催收员每天能做好的通话数。', pl: 'Ile rozmów jeden windykator dobrze przeprowadzi dziennie.' },
  holidayCountry: { en: 'Two-letter country code whose public holidays are skipped.', 'zh-CN': '跳过哪个国家的法定节假日（两位代码）。', pl: 'Dwuliterowy kod kraju, którego święta pomijamy.' },
  holidays: { en: 'Extra closed days, e.g. 2026-12-24, 2026-12-31.', 'zh-CN': '额外的休息日，例如 2026-12-24, 2026-12-31。', pl: 'Dodatkowe dni wolne, np. 2026-12-24, 2026-12-31.' },
  defaultDebtorTimeZone: { en: 'Debtors’ time zone when the sheet gives none.', 'zh-CN': '表格未提供时的债务人时区。', pl: 'Strefa czasowa dłużników, gdy arkusz jej nie podaje.' },
  allowedConsequences: { en: 'Consequences your firm will really carry out; no other is ever announced.', 'zh-CN': '贵公司确实会执行的后果；不会告知其他后果。', pl: 'Konsekwencje, które firma naprawdę zastosuje; innych nie zapowiadamy.' },
  horizonDays: { en: 'How many days ahead to look for a call slot.', 'zh-CN': '向后查找拨打时段的天数。', pl: 'Ile dni naprzód szukać terminu rozmowy.' },
  firmName: { en: 'Your firm’s name: the greeting and letters name it.', 'zh-CN': '贵公司名称：问候语和信函中会提及。', pl: 'Nazwa Twojej firmy: podajemy ją w powitaniu i listach.' },
  collectorRole: { en: 'creditor (collecting your own invoices) or agency (collecting for others; US consumers then hear the debt-collector disclosure).', 'zh-CN': 'creditor（催收本公司账款）或 agency（代他人催收；对美国个人债务人须作催收声明）。', pl: 'creditor (własne faktury) lub agency (windykacja na zlecenie; konsumenci w USA słyszą wtedy pouczenie windykatora).' },
  defaultTermsDays: { en: 'Payment terms assumed when the sheet has only invoice dates.', 'zh-CN': '表格只有开票日期时假定的账期（天）。', pl: 'Termin płatności (dni) przyjmowany, gdy arkusz ma tylko daty wystawienia.' },
};

/**
 * The rows of a new Settings sheet: a header, then every key with its default value and a line
 * saying what it means. Values are text so the sheet never turns `09:00-17:30` into a time.
 */
export function settingsSheetRows(language: Language = 'en', overrides: Partial<Settings> = {}): Cell[][] {
  const settings: Settings = { ...DEFAULT_SETTINGS, language, ...overrides };
  return [
    HEADER.map((h) => say(h, language)),
    ...SETTING_KEYS.map((key) => [key, settingText(key, settings), say(ABOUT[key], language)]),
  ];
}
