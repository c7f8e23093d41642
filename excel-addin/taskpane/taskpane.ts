/// <reference types="office-js" />
/// <reference types="office-runtime" />
import { mountCallDesk } from '../../core/ui/sidebar/mount';
import { takeRuntime } from '../functions/runtime-exports';
import { askForAging } from './aging-chooser';
import { paneText } from './pane-texts';
import './taskpane.css';

type Desk = ReturnType<typeof mountCallDesk>;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The task pane page lacks #${id}.`);
  return found as T;
}

function showStatus(text: string, isError = false): void {
  const status = element('ar-status');
  status.textContent = text;
  status.classList.toggle('ar-error', isError);
}

function machineTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

let resolveDesk: (desk: Desk) => void = () => undefined;
const deskReady = new Promise<Desk>((resolve) => {
  resolveDesk = resolve;
});

async function start(info: { host: Office.HostType | null }): Promise<void> {
  const hostLocale = Office.context.displayLanguage || null;
  const { createExcelDeskPort, officeExcelHost } = takeRuntime();
  const port = createExcelDeskPort({
    host: officeExcelHost,
    now: () => new Date(),
    chooseAging: (candidates) => askForAging(element<HTMLFormElement>('ar-chooser'), element('ar-chooser-options'), candidates),
    hostLocale,
    hostTimeZone: machineTimeZone(),
  });
  const language = port.hostLanguage ?? 'en';
  document.documentElement.lang = language;
  if (info.host !== Office.HostType.Excel) {
    showStatus(paneText('notExcel', language), true);
    return;
  }
  element('ar-setup').textContent = paneText('setUp', language);
  element('ar-choose-aging').textContent = paneText('chooseAging', language);
  element('ar-chooser-legend').textContent = paneText('chooserLegend', language);
  element('ar-chooser-ok').textContent = paneText('ok', language);

  const desk = mountCallDesk(element('ar-desk'), port, { now: () => new Date(), language });
  resolveDesk(desk);

  element('ar-setup').addEventListener('click', () => {
    showStatus('');
    port.setUpCallPlan().then(
      (r) => showStatus([paneText(r.created ? 'planCreated' : 'planExists', language), r.dashboardCreated ? paneText('dashboardCreated', language) : ''].filter(Boolean).join(' ')),
      (error: unknown) => showStatus(error instanceof Error ? error.message : String(error), true),
    );
  });
  element('ar-choose-aging').addEventListener('click', () => {
    showStatus('');
    port.chooseAgingAgain().then(
      () => desk.refresh(),
      (error: unknown) => showStatus(error instanceof Error ? error.message : String(error), true),
    );
  });
}

/** True once Log call was pressed and its form is not yet on screen in a visible pane. */
let logFormPending = false;

/** Shows the log form; `seen` when the pane is known to be visible, which settles a pending press. */
async function openLogForm(seen: boolean): Promise<void> {
  const desk = await deskReady;
  if (seen) logFormPending = false;
  // Re-read first: the form belongs to the debtor of the row selected now.
  await desk.refresh();
  desk.showLogForm();
}

/**
 * The ribbon's Log call. Associated here, at the top level of the script, not inside
 * Office.onReady: a shared-runtime command whose first click only starts the runtime finds no
 * handler when the association waits for onReady (office-js issues #5176 and #3378, "Command
 * button does not work on first click in Excel"). The association needs Office.js loaded, not
 * initialised; taskpane.html loads office.js before this script.
 *
 * Office.addin.showAsTaskpane() opens the pane only for sideloaded and centrally deployed add-ins:
 * "As of February 23rd, 2026, the showAsTaskpane method no longer applies to add-ins published in
 * the Microsoft Marketplace. Calls to showAsTaskpane are ignored"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). So the press is
 * remembered: where the call is ignored, the pane opens on the log form as soon as Office shows it
 * (the Call desk button is a ShowTaskpane action, which Office carries out itself), and where the
 * pane is already open the form appears at once, with no call to showAsTaskpane needed.
 */
function onLogCall(event: Office.AddinCommands.Event): void {
  logFormPending = true;
  Office.addin
    .showAsTaskpane()
    .catch(() => undefined)
    // Shown at once; still pending until Office reports the pane visible, since an ignored
    // showAsTaskpane resolves like one that worked.
    .then(() => openLogForm(false))
    .catch((error: unknown) => showStatus(error instanceof Error ? error.message : String(error), true))
    .finally(() => event.completed());
}

Office.actions.associate('showLogForm', onLogCall);

void Office.onReady((info) => {
  // Showing the pane (by the Call desk button, or by the user after an ignored showAsTaskpane)
  // brings up the log form a Log call press left pending, for the row selected now.
  void Office.addin.onVisibilityModeChanged((args) => {
    if (String(args.visibilityMode) === 'Taskpane' && logFormPending) void openLogForm(true).catch((error: unknown) => showStatus(error instanceof Error ? error.message : String(error), true));
  });
  start(info).catch((error: unknown) => showStatus(error instanceof Error ? error.message : String(error), true));
});
