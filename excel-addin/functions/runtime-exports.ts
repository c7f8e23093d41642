import { officeExcelHost, type ExcelHost } from '../port/excel-host';
import { createExcelDeskPort } from '../port/excel-port';

/**
 * functions.js is the add-in's one runtime bundle: the custom functions and the workbook port that
 * both need the planning core. The task pane page loads it before taskpane.js, which takes the port
 * from this global instead of bundling the core a second time.
 */
export interface ExcelRuntime {
  readonly createExcelDeskPort: typeof createExcelDeskPort;
  readonly officeExcelHost: ExcelHost;
}

export const RUNTIME_GLOBAL = 'ARCallDeskExcel';

export function exposeRuntime(): void {
  const runtime: ExcelRuntime = { createExcelDeskPort, officeExcelHost };
  (globalThis as Record<string, unknown>)[RUNTIME_GLOBAL] = runtime;
}

export function takeRuntime(): ExcelRuntime {
  const runtime = (globalThis as Record<string, unknown>)[RUNTIME_GLOBAL] as ExcelRuntime | undefined;
  if (!runtime) throw new Error('functions.js did not load, so AR CallDesk cannot read the workbook. Reload the add-in.');
  return runtime;
}
