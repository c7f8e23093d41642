/**
 * Stands in for Microsoft's office.js in the task pane test: Office.onReady, the ribbon's
 * Office.actions, CustomFunctions.associate (recorded) and Excel.run over the office-addin-mock
 * workbook of test/excel/fake-workbook.ts holding the sample workbook.
 */
import { sampleWorkbook } from '../../../core/sample/sample-workbook';
import { FakeWorkbook } from '../fake-workbook';

const asOf = new Date();
const book = sampleWorkbook(asOf);
const wb = new FakeWorkbook();
wb.addSheet('Aging', book.aging);
wb.addSheet('Call Log', book.callLog);
wb.addSheet('Settings', book.settings);
wb.selection = { sheet: 'Aging', row: 3, col: 0 };

const actions: Record<string, (event: { completed: () => void }) => void> = {};
/** The order the page did things in, to check that commands are associated before Office.onReady's callback. */
const timeline: string[] = [];
const visibilityHandlers: ((args: { visibilityMode: string }) => void)[] = [];
/**
 * How showAsTaskpane behaves: 'sideloaded' shows the pane and fires VisibilityModeChanged; 'marketplace'
 * ignores the call, as Office does for Marketplace add-ins since 2026-02-23
 * (https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in): it resolves, nothing shows.
 */
const distribution = { mode: 'sideloaded' as 'sideloaded' | 'marketplace', shows: 0 };
/** What Office does when the user presses a ShowTaskpane button (Call desk): it shows the pane itself. */
function userShowsPane(): void {
  for (const h of visibilityHandlers) h({ visibilityMode: 'Taskpane' });
}
const functions: string[] = [];

class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const page = globalThis as Record<string, unknown>;
page.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: 'en-GB' },
  onReady: (callback: (info: { host: string; platform: string }) => void) =>
    Promise.resolve().then(() => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      timeline.push('onReady callback');
      callback(info);
      return info;
    }),
  actions: {
    associate: (name: string, fn: (event: { completed: () => void }) => void) => {
      timeline.push(`associate ${name}`);
      actions[name] = fn;
    },
  },
  addin: {
    showAsTaskpane: () => {
      if (distribution.mode === 'sideloaded') {
        distribution.shows++;
        userShowsPane();
      }
      return Promise.resolve();
    },
    onVisibilityModeChanged: (handler: (args: { visibilityMode: string }) => void) => {
      visibilityHandlers.push(handler);
      return Promise.resolve(() => Promise.resolve());
    },
  },
};
page.Excel = {
  run: (a: unknown, b?: unknown) => (typeof a === 'function' ? wb.host.run(a as never) : wb.host.runIn(a as never, b as never)),
};
page.CustomFunctions = {
  associate: (id: string) => functions.push(id),
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
};
page.__excel = { wb, actions, functions, timeline, distribution, userShowsPane, customers: book.aging.slice(1).map((r) => String(r[0])) };
