/// <reference types="google-apps-script" />
import { languageFromLocale, say, type Texts } from '../../core/i18n/texts';
import type { Language } from '../../core/model/cell';

export const MENU = {
  title: { en: 'Call Desk', 'zh-CN': '通话台', pl: 'Call Desk' },
  open: { en: 'Open call desk', 'zh-CN': '打开通话台', pl: 'Otwórz panel rozmów' },
  log: { en: 'Log a call', 'zh-CN': '记录通话', pl: 'Zapisz rozmowę' },
  asOf: { en: 'Plan as of now', 'zh-CN': '按当前时间计划', pl: 'Planuj na teraz' },
  setUp: { en: 'Set up', 'zh-CN': '设置', pl: 'Konfiguracja' },
} as const satisfies Record<string, Texts>;

/** The top-level functions the menu items call (declared in the pushed Code.js). */
export const MENU_HANDLERS = { open: 'openCallDesk', log: 'openLogForm', asOf: 'planAsOfNow', setUp: 'setUpWorkbook' } as const;

/** The HTML file of the sidebar in the pushed project (Sidebar.html). */
export const SIDEBAR_FILE = 'Sidebar';
/** Marks a sidebar opened by "Log a call": the page opens its log form first. */
export const START_WITH_LOG_FORM = '<meta name="ar-calldesk-start" content="log-form">';

/**
 * The menu language, from the user's Google account: onOpen may run before the add-on is allowed
 * to read the spreadsheet (AuthMode.NONE), so the Settings sheet cannot be asked.
 */
function menuLanguage(): Language {
  try {
    return languageFromLocale(Session.getActiveUserLocale()) ?? 'en';
  } catch {
    return 'en';
  }
}

/** Adds the Call Desk menu. It touches no data, so it works in every authorisation mode. */
export function buildMenu(): void {
  const language = menuLanguage();
  SpreadsheetApp.getUi()
    .createMenu(say(MENU.title, language))
    .addItem(say(MENU.open, language), MENU_HANDLERS.open)
    .addItem(say(MENU.log, language), MENU_HANDLERS.log)
    .addItem(say(MENU.asOf, language), MENU_HANDLERS.asOf)
    .addSeparator()
    .addItem(say(MENU.setUp, language), MENU_HANDLERS.setUp)
    .addToUi();
}

/** Opens the shared call desk in the sidebar (HtmlService serves it in its IFRAME sandbox). */
export function showSidebar(withLogForm: boolean): void {
  const language = menuLanguage();
  let page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(say(MENU.title, language));
  if (withLogForm) page = page.append(START_WITH_LOG_FORM);
  SpreadsheetApp.getUi().showSidebar(page);
}
