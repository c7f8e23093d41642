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

void Office.onReady((info) => {
  // The "Log call" ribbon button runs in this same runtime: open the pane and show the log form.
  Office.actions.associate('showLogForm', (event: Office.AddinCommands.Event) => {
    Office.addin
      .showAsTaskpane()
      .then(() => deskReady)
      // Re-read first: the form belongs to the debtor of the row selected now.
      .then(async (desk) => {
        await desk.refresh();
        desk.showLogForm();
      })
      .catch((error: unknown) => showStatus(error instanceof Error ? error.message : String(error), true))
      .finally(() => event.completed());
  });
  start(info).catch((error: unknown) => showStatus(error instanceof Error ? error.message : String(error), true));
});
