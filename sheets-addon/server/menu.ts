/// <reference types="google-apps-script" />
import { languageFromLocale, say } from '../../core/i18n/texts';
import type { Language } from '../../core/model/cell';
import { textsOf } from '../../core/i18n/catalog';

export const MENU = /* @__PURE__ */ textsOf('sheets.menu');

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

/**
 * Where the menu goes. A published editor add-on must put its menu under Extensions
 * (`Ui.createAddonMenu`, https://developers.google.com/workspace/add-ons/concepts/menus); a script
 * bound to the spreadsheet, or the add-on in a test deployment, may have a menu of its own in the
 * menu bar (`Ui.createMenu`). How the script runs says which:
 * - onOpen in `AuthMode.NONE` happens only to an add-on, installed but not yet used in this file
 *   (https://developers.google.com/apps-script/reference/script/auth-mode);
 * - `ScriptApp.getInstallationSource()` is `NONE` when the "script is not running as an add-on"
 *   (https://developers.google.com/apps-script/reference/script/installation-source), and names
 *   the Marketplace otherwise;
 * - when it cannot be asked, the add-on menu, which works for a bound script as well.
 */
export function menuPlacement(event: unknown): 'top-level' | 'add-on' {
  try {
    const mode = (event as { authMode?: unknown } | null | undefined)?.authMode;
    if (mode !== undefined && String(mode) === String(ScriptApp.AuthMode.NONE)) return 'add-on';
    return String(ScriptApp.getInstallationSource()) === String(ScriptApp.InstallationSource.NONE) ? 'top-level' : 'add-on';
  } catch {
    return 'add-on';
  }
}

/** Adds the Call Desk menu. It touches no data, so it works in every authorisation mode. */
export function buildMenu(event?: unknown): void {
  const language = menuLanguage();
  const ui = SpreadsheetApp.getUi();
  // An add-on menu carries the add-on's name from its Marketplace listing; only the items are ours.
  (menuPlacement(event) === 'top-level' ? ui.createMenu(say(MENU.title, language)) : ui.createAddonMenu())
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
