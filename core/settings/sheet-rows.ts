import type { Cell, Language } from '../model/cell';
import { say, type Texts } from '../i18n/texts';
import { DEFAULT_SETTINGS } from './defaults';
import { settingText } from './read-settings';
import { SETTING_KEYS, type SettingKey, type Settings } from './schema';
import { textsOf } from '../i18n/catalog';

const SHEET = /* @__PURE__ */ textsOf('settings.sheet');

const HEADER: readonly Texts[] = [SHEET.setting, SHEET.value, SHEET.meaning];

const ABOUT: Readonly<Record<SettingKey, Texts>> = /* @__PURE__ */ textsOf('settings.about');

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
