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
      callback(info);
      return info;
    }),
  actions: { associate: (name: string, fn: (event: { completed: () => void }) => void) => (actions[name] = fn) },
  addin: { showAsTaskpane: () => Promise.resolve() },
};
page.Excel = {
  run: (a: unknown, b?: unknown) => (typeof a === 'function' ? wb.host.run(a as never) : wb.host.runIn(a as never, b as never)),
};
page.CustomFunctions = {
  associate: (id: string) => functions.push(id),
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
};
page.__excel = { wb, actions, functions, customers: book.aging.slice(1).map((r) => String(r[0])) };
