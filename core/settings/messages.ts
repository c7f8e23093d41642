import type { Texts } from '../i18n/texts';
import { textsOf } from '../i18n/catalog';

export const SETTINGS_MESSAGES = /* @__PURE__ */ textsOf('settings');

/** What a valid value of each setting looks like, shown after a bad value. */
export const SETTING_HINTS: Readonly<Record<string, Texts>> = /* @__PURE__ */ textsOf('settings.hint');
