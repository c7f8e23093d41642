import type { Language } from '../../core/model/cell';
import { textsOf } from '../../core/i18n/catalog';

/** Words of the Excel pane's own buttons; the call desk brings its own. */
export const PANE_TEXTS = /* @__PURE__ */ textsOf('excel.pane');

export function paneText(key: keyof typeof PANE_TEXTS, language: Language): string {
  return PANE_TEXTS[key][language];
}
