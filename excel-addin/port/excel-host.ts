/// <reference types="office-js" />

/** How the Excel shell reaches the workbook: `Excel.run` in the add-in, a mock in tests. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Runs a batch on an existing context (to remove an event handler registered in it). */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export const officeExcelHost: ExcelHost = {
  run: (batch) => Excel.run(batch),
  runIn: (context, batch) => Excel.run(context, batch),
};

/** True when a cell as Excel returns it holds nothing. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}
