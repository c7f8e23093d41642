/**
 * Fakes of the Apps Script services AR CallDesk's Code.js uses, with the semantics it relies on
 * taken from the Apps Script reference (cited at each behaviour). Anything the fakes do not model
 * throws, so a call the add-on should not make fails the test instead of passing silently.
 *
 * Every execution (a custom-function recalculation, a menu click, one google.script.run call) is
 * a fresh global scope in Apps Script, so each gets its own vm context; the spreadsheet, the lock
 * and the UI are shared state, as they are between executions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantToSerial, serialToInstant, wallMs } from './zone-clock';

export type Scalar = string | number | boolean;

export interface StoredCell {
  /** Text, number or boolean; for a date, its serial (days since 1899-12-30, spreadsheet wall clock). */
  value: Scalar | null;
  isDate: boolean;
  formula: string | null;
  format: string;
}

/** An embedded chart as inserted: its type (Charts.ChartType name), data ranges, anchor and options. */
export interface ChartState {
  type: 'BAR' | 'COLUMN';
  ranges: Box[];
  numHeaders: number | null;
  position: { row: number; column: number; offsetX: number; offsetY: number } | null;
  options: Record<string, unknown>;
}

export interface SheetState {
  charts: ChartState[];
  name: string;
  id: number;
  maxRows: number;
  maxColumns: number;
  cells: Map<string, StoredCell>;
  hiddenColumns: Set<number>;
  frozenRows: number;
}

export interface Box {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** What the fakes record and what tests may arrange. */
export interface SpreadsheetState {
  timeZone: string;
  locale: string;
  scriptTimeZone: string;
  userLocale: string;
  sheets: SheetState[];
  namedRanges: Map<string, Box>;
  activeSheetId: number;
  active: Box | null;
  /** Execution id holding the document lock, or null. */
  lockHolder: string | null;
  /**
   * Menus added to the UI: `top-level` from Ui.createMenu (its caption in the menu bar), `add-on`
   * from Ui.createAddonMenu (under Extensions, captioned by Sheets with the add-on's name).
   */
  menus: { kind: 'top-level' | 'add-on'; caption: string; items: { caption: string; functionName: string }[] }[];
  /** What ScriptApp.getInstallationSource() answers: NONE unless installed as an add-on; `unavailable` makes it throw. */
  installationSource: 'NONE' | 'WEB_STORE_ADD_ON' | 'APPS_MARKETPLACE_DOMAIN_ADD_ON' | 'unavailable';
  /** Utilities.formatDate calls made so far, and a fault to inject: every call throws. */
  formatDateCalls: number;
  formatDateFails: boolean;
  sidebars: { title: string; content: string }[];
  alerts: string[];
  flushes: number;
  /** Called before every fake method call: lets a test interleave a second execution. */
  onCall: ((execution: string, method: string) => void) | null;
  nextSheetId: number;
  /** Fake methods (e.g. 'Sheet.insertChart') that throw on their next call, as a host failure would. */
  faults: Set<string>;
}

/** How an execution runs: a menu or sidebar call (full), a custom function (read only), or onOpen before authorisation. */
export type ExecutionMode = 'full' | 'custom-function' | 'no-auth';

/** Constructors of the execution's own realm: values handed to the script must come from it. */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
}

export function newSpreadsheet(options: { timeZone: string; locale?: string }): SpreadsheetState {
  return {
    timeZone: options.timeZone,
    locale: options.locale ?? 'en_GB',
    scriptTimeZone: 'Etc/UTC',
    userLocale: 'en',
    sheets: [],
    namedRanges: new Map(),
    activeSheetId: 0,
    active: null,
    lockHolder: null,
    menus: [],
    installationSource: 'NONE',
    formatDateCalls: 0,
    formatDateFails: false,
    sidebars: [],
    alerts: [],
    flushes: 0,
    onCall: null,
    nextSheetId: 1001,
    faults: new Set(),
  };
}

export function addSheet(state: SpreadsheetState, name: string, maxRows = 1000, maxColumns = 26): SheetState {
  // Spreadsheet.insertSheet(sheetName): "Sheet names must be unique" — it throws on a taken name.
  if (state.sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  const sheet: SheetState = { charts: [], name, id: state.nextSheetId++, maxRows, maxColumns, cells: new Map(), hiddenColumns: new Set(), frozenRows: 0 };
  state.sheets.push(sheet);
  state.activeSheetId = sheet.id;
  return sheet;
}

const key = (row: number, column: number) => `${row},${column}`;

export function cellAt(sheet: SheetState, row: number, column: number): StoredCell | undefined {
  return sheet.cells.get(key(row, column));
}

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * Puts a table into a sheet as a user would have typed it, from A1. `dateColumns` (0-based) hold
 * Excel-style serials that the sheet shows as dates.
 */
export function fillSheet(sheet: SheetState, table: readonly (readonly unknown[])[], dateColumns: readonly number[] = []): void {
  table.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === '' || v === null || v === undefined) return;
      const isDate = dateColumns.includes(c) && typeof v === 'number' && r > 0;
      sheet.cells.set(key(r + 1, c + 1), { value: v as Scalar, isDate, formula: null, format: isDate ? 'yyyy-mm-dd hh:mm' : 'General' });
    }),
  );
}

/** Last row / column with content (Sheet.getLastRow: "the position of the last row that has content"). */
function lastUsed(sheet: SheetState, axis: 0 | 1): number {
  let last = 0;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === null && cell.formula === null) continue;
    const n = Number(k.split(',')[axis]);
    if (n > last) last = n;
  }
  return last;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Text entered through setValue/setValues is read as if typed into the cell
 * (Range.setValue: "If the value starts with '=' it is interpreted as a formula"). In a plain-text
 * ("@") cell nothing typed is interpreted: the text is kept exactly, a leading apostrophe included
 * (the pessimistic reading: Google documents no apostrophe rule for plain-text cells, and the
 * add-on writes none there). Elsewhere a leading apostrophe marks text and is not kept, and
 * numbers, TRUE/FALSE and ISO or slashed dates are recognised as a user's typing would be.
 */
function entered(raw: unknown, format: string, zone: string): Pick<StoredCell, 'value' | 'isDate' | 'formula'> {
  if (raw === null || raw === undefined || raw === '') return { value: null, isDate: false, formula: null };
  if (isDateValue(raw)) return { value: instantToSerial(raw.getTime(), zone), isDate: true, formula: null };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw, isDate: false, formula: null };
  if (typeof raw !== 'string') throw new Error(`Exception: Unsupported value type: ${Object.prototype.toString.call(raw)}`);
  if (format === '@') return { value: raw, isDate: false, formula: null };
  if (raw.startsWith("'")) return { value: raw.slice(1), isDate: false, formula: null };
  if (raw.startsWith('=')) return { value: null, isDate: false, formula: raw };
  if (/^[+-]?\d+(\.\d+)?$/.test(raw.trim())) return { value: Number(raw), isDate: false, formula: null };
  if (/^(true|false)$/i.test(raw.trim())) return { value: raw.trim().toLowerCase() === 'true', isDate: false, formula: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.trim());
  const slashed = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(raw.trim());
  if (iso || slashed) {
    const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [Number(slashed![3] ?? 2026), Number(slashed![1]), Number(slashed![2])];
    return { value: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000, isDate: true, formula: null };
  }
  return { value: raw, isDate: false, formula: null };
}

export interface Execution {
  readonly id: string;
  readonly globals: Record<string, unknown>;
}

/**
 * Builds the service globals of one execution. `isLoading()` is true while Code.js is being
 * evaluated; `projectDir` holds the project's HTML files (the built dist/sheets).
 */
export function services(state: SpreadsheetState, realm: Realm, execution: string, mode: ExecutionMode, isLoading: () => boolean, projectDir: string): Record<string, unknown> {
  const strict = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(t, p, receiver) {
        if (typeof p === 'symbol') return Reflect.get(t, p, receiver);
        if (!(p in t)) throw new Error(`${name}.${String(p)} is not modelled by the Apps Script fakes.`);
        const member = Reflect.get(t, p, receiver);
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => {
          // Global code runs on every execution, in onOpen's restricted mode too: no service at load time.
          if (isLoading()) throw new Error(`${name}.${String(p)}() was called while Code.js was loading.`);
          state.onCall?.(execution, `${name}.${String(p)}`);
          if (state.faults.delete(`${name}.${String(p)}`)) throw new Error(`Exception: Service Spreadsheets failed while accessing document (${name}.${String(p)}).`);
          return member.apply(t, args);
        };
      },
    });

  const readOnly = (method: string) => {
    // Custom functions: "Spreadsheet — Read only (can use most get*() methods, but not set*())"
    // (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
    if (mode === 'custom-function') throw new Error(`Exception: You do not have permission to call ${method}`);
  };
  const needsAuth = (method: string) => {
    // AuthMode.NONE (an add-on's onOpen before it is used in this file): no access to the document
    // (https://developers.google.com/apps-script/guides/triggers#restrictions, add-on authorization lifecycle).
    if (mode === 'no-auth') throw new Error(`Exception: You do not have permission to call ${method}`);
  };
  const realmTable = (rows: unknown[][]) => realm.Array.from(rows, (r) => realm.Array.from(r));
  const sheetById = (id: number) => {
    const s = state.sheets.find((x) => x.id === id);
    if (!s) throw new Error('Exception: The sheet has been deleted.');
    return s;
  };

  function range(box: Box): object {
    const sheet = sheetById(box.sheetId);
    const each = (fn: (r: number, c: number, i: number, j: number) => void) => {
      for (let i = 0; i < box.numRows; i++) for (let j = 0; j < box.numColumns; j++) fn(box.row + i, box.column + j, i, j);
    };
    // Range.setValues / setNumberFormats: "The size of the two-dimensional array must match the size of the range."
    const checkShape = (data: unknown) => {
      if (!Array.isArray(data)) throw new Error('Exception: The parameters (String) don\'t match the method signature.');
      if (data.length !== box.numRows) throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${box.numRows}.`);
      for (const row of data) {
        if (!Array.isArray(row) || row.length !== box.numColumns) {
          throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${box.numColumns}.`);
        }
      }
    };
    const write = (r: number, c: number, raw: unknown) => {
      const old = sheet.cells.get(key(r, c));
      const format = old?.format ?? 'General';
      sheet.cells.set(key(r, c), { ...entered(raw, format, state.timeZone), format });
    };
    const read = (r: number, c: number): unknown => {
      const cell = sheet.cells.get(key(r, c));
      if (!cell) return '';
      if (cell.formula !== null) throw new Error(`The fakes do not compute formulas (${cell.formula} in ${sheet.name}).`);
      if (cell.value === null) return '';
      // Range.getValues: date cells come back as Date objects.
      return cell.isDate ? new realm.Date(serialToInstant(cell.value as number, state.timeZone)) : cell.value;
    };
    const self = {
      getRow: () => box.row,
      getColumn: () => box.column,
      getNumRows: () => box.numRows,
      getNumColumns: () => box.numColumns,
      getLastRow: () => box.row + box.numRows - 1,
      getLastColumn: () => box.column + box.numColumns - 1,
      getSheet: () => sheetObject(sheet),
      getValues: () => {
        const rows: unknown[][] = [];
        for (let i = 0; i < box.numRows; i++) {
          const row: unknown[] = [];
          for (let j = 0; j < box.numColumns; j++) row.push(read(box.row + i, box.column + j));
          rows.push(row);
        }
        return realmTable(rows);
      },
      getValue: () => read(box.row, box.column),
      setValues: (data: unknown[][]) => {
        readOnly('setValues');
        checkShape(data);
        each((r, c, i, j) => write(r, c, data[i]![j]));
        return proxy;
      },
      setValue: (value: unknown) => {
        readOnly('setValue');
        each((r, c) => write(r, c, value));
        return proxy;
      },
      setFormula: (formula: string) => {
        readOnly('setFormula');
        each((r, c) => {
          const old = sheet.cells.get(key(r, c));
          sheet.cells.set(key(r, c), { value: null, isDate: false, formula, format: old?.format ?? 'General' });
        });
        return proxy;
      },
      getFormula: () => sheet.cells.get(key(box.row, box.column))?.formula ?? '',
      setNumberFormat: (format: string) => {
        readOnly('setNumberFormat');
        each((r, c) => {
          const old = sheet.cells.get(key(r, c));
          sheet.cells.set(key(r, c), { value: old?.value ?? null, isDate: old?.isDate ?? false, formula: old?.formula ?? null, format });
        });
        return proxy;
      },
      setNumberFormats: (formats: string[][]) => {
        readOnly('setNumberFormats');
        checkShape(formats);
        each((r, c, i, j) => {
          const old = sheet.cells.get(key(r, c));
          sheet.cells.set(key(r, c), { value: old?.value ?? null, isDate: old?.isDate ?? false, formula: old?.formula ?? null, format: formats[i]![j]! });
        });
        return proxy;
      },
      getNumberFormats: () => {
        const rows: string[][] = [];
        for (let i = 0; i < box.numRows; i++) {
          const row: string[] = [];
          for (let j = 0; j < box.numColumns; j++) row.push(sheet.cells.get(key(box.row + i, box.column + j))?.format ?? 'General');
          rows.push(row);
        }
        return realmTable(rows);
      },
    };
    const proxy: object = strict('Range', self);
    return proxy;
  }

  // EmbeddedChartBuilder (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder):
  // asBarChart/asColumnChart set the type, addRange takes a Range of this spreadsheet, setPosition an
  // anchor cell (1-based) and pixel offsets; build() returns the chart insertChart accepts.
  const builtCharts = new WeakMap<object, ChartState>();
  function chartBuilder(sheet: SheetState): object {
    const chart: ChartState = { type: 'COLUMN', ranges: [], numHeaders: null, position: null, options: {} };
    let typed = false;
    const self = {
      asBarChart: () => ((chart.type = 'BAR'), (typed = true), proxy),
      asColumnChart: () => ((chart.type = 'COLUMN'), (typed = true), proxy),
      addRange: (r: { getSheet(): { getSheetId(): number }; getRow(): number; getColumn(): number; getNumRows(): number; getNumColumns(): number }) => {
        chart.ranges.push({ sheetId: r.getSheet().getSheetId(), row: r.getRow(), column: r.getColumn(), numRows: r.getNumRows(), numColumns: r.getNumColumns() });
        return proxy;
      },
      setNumHeaders: (n: number) => {
        if (!Number.isInteger(n) || n < -1) throw new Error('Exception: Invalid argument: headers');
        chart.numHeaders = n;
        return proxy;
      },
      setPosition: (row: number, column: number, offsetX: number, offsetY: number) => {
        for (const n of [row, column, offsetX, offsetY]) if (!Number.isInteger(n) || n < 0) throw new Error('Exception: Cannot convert to an integer.');
        if (row < 1 || column < 1 || row > sheet.maxRows || column > sheet.maxColumns) throw new Error('Exception: The chart anchor is outside the sheet.');
        chart.position = { row, column, offsetX, offsetY };
        return proxy;
      },
      setOption: (option: string, value: unknown) => {
        chart.options[option] = value;
        return proxy;
      },
      build: () => {
        // Without a type, Sheets picks one; the add-on always names its own.
        if (!typed) throw new Error('The fakes expect the chart type to be set (asBarChart, asColumnChart).');
        const built = { modify: () => proxy };
        builtCharts.set(built, { ...chart, ranges: [...chart.ranges], options: { ...chart.options } });
        return built;
      },
    };
    const proxy: object = strict('EmbeddedChartBuilder', self);
    return proxy;
  }

  function sheetObject(sheet: SheetState): object {
    // Sheet.getRange(row, column, numRows, numColumns): 1-based; out-of-sheet coordinates throw.
    const boxOf = (row: number, column: number, numRows = 1, numColumns = 1): Box => {
      for (const n of [row, column, numRows, numColumns]) if (!Number.isInteger(n)) throw new Error('Exception: Cannot convert to an integer.');
      if (row < 1) throw new Error('Exception: The starting row of the range is too small.');
      if (column < 1) throw new Error('Exception: The starting column of the range is too small.');
      if (numRows < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
      if (numColumns < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
      if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
        throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
      }
      return { sheetId: sheet.id, row, column, numRows, numColumns };
    };
    const a1Box = (a1: string): Box => {
      const m = /^\$?([A-Z]+)\$?(\d+)?(?::\$?([A-Z]+)\$?(\d+)?)?$/.exec(a1.trim().toUpperCase());
      if (!m) throw new Error(`Exception: Range not found: ${a1}`);
      const c1 = columnNumber(m[1]!);
      const c2 = m[3] ? columnNumber(m[3]) : c1;
      const r1 = m[2] ? Number(m[2]) : 1;
      const r2 = m[4] ? Number(m[4]) : m[2] && !m[3] ? r1 : sheet.maxRows;
      return boxOf(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    };
    const self = {
      getName: () => sheet.name,
      getSheetId: () => sheet.id,
      getRange: (a: number | string, b?: number, c?: number, d?: number) => range(typeof a === 'string' ? a1Box(a) : boxOf(a, b!, c, d)),
      getLastRow: () => lastUsed(sheet, 0),
      getLastColumn: () => lastUsed(sheet, 1),
      getMaxRows: () => sheet.maxRows,
      getMaxColumns: () => sheet.maxColumns,
      // Sheet.insertRowsAfter(afterPosition, howMany): rows below move down; nothing is overwritten.
      insertRowsAfter: (after: number, howMany: number) => {
        readOnly('insertRowsAfter');
        const moved = new Map<string, StoredCell>();
        for (const [k, cell] of sheet.cells) {
          const [r, c] = k.split(',').map(Number) as [number, number];
          moved.set(r > after ? key(r + howMany, c) : k, cell);
        }
        sheet.cells = moved;
        sheet.maxRows += howMany;
        return proxy;
      },
      insertColumnsAfter: (after: number, howMany: number) => {
        readOnly('insertColumnsAfter');
        const moved = new Map<string, StoredCell>();
        for (const [k, cell] of sheet.cells) {
          const [r, c] = k.split(',').map(Number) as [number, number];
          moved.set(c > after ? key(r, c + howMany) : k, cell);
        }
        sheet.cells = moved;
        sheet.maxColumns += howMany;
        return proxy;
      },
      hideColumns: (column: number, howMany = 1) => {
        readOnly('hideColumns');
        for (let i = 0; i < howMany; i++) sheet.hiddenColumns.add(column + i);
      },
      setFrozenRows: (rows: number) => {
        readOnly('setFrozenRows');
        sheet.frozenRows = rows;
      },
      activate: () => {
        readOnly('activate');
        state.activeSheetId = sheet.id;
        return proxy;
      },
      // Sheet.newChart(): an EmbeddedChartBuilder; nothing is on the sheet until insertChart(builder.build()).
      newChart: () => chartBuilder(sheet),
      insertChart: (chart: object) => {
        readOnly('insertChart');
        const built = builtCharts.get(chart);
        if (!built) throw new Error('Exception: The parameters (Object) don\'t match the method signature for SpreadsheetApp.Sheet.insertChart.');
        if (!built.ranges.length) throw new Error('Exception: A chart needs at least one data range.');
        sheet.charts.push(built);
      },
      getCharts: () => realm.Array.from(sheet.charts, (c) => ({ getRanges: () => realm.Array.from(c.ranges, (b) => range(b)) })),
      setActiveRange: (r: { getRow(): number; getColumn(): number; getNumRows(): number; getNumColumns(): number }) => {
        readOnly('setActiveRange');
        state.activeSheetId = sheet.id;
        state.active = { sheetId: sheet.id, row: r.getRow(), column: r.getColumn(), numRows: r.getNumRows(), numColumns: r.getNumColumns() };
        return r;
      },
    };
    const proxy: object = strict('Sheet', self);
    return proxy;
  }

  const spreadsheet = strict('Spreadsheet', {
    getSpreadsheetTimeZone: () => state.timeZone,
    getSpreadsheetLocale: () => state.locale,
    getSheetByName: (name: string) => {
      const s = state.sheets.find((x) => x.name === name);
      return s ? sheetObject(s) : null;
    },
    getSheets: () => realm.Array.from(state.sheets, (s) => sheetObject(s)),
    getActiveSheet: () => sheetObject(sheetById(state.activeSheetId)),
    getActiveRange: () => (state.active ? range(state.active) : null),
    // Spreadsheet.getRangeByName: "Returns a named range, or null if no range with the given name is found."
    getRangeByName: (name: string) => {
      const box = state.namedRanges.get(name);
      return box ? range(box) : null;
    },
    setNamedRange: (name: string, r: { getSheet(): { getSheetId(): number }; getRow(): number; getColumn(): number; getNumRows(): number; getNumColumns(): number }) => {
      readOnly('setNamedRange');
      state.namedRanges.set(name, { sheetId: r.getSheet().getSheetId(), row: r.getRow(), column: r.getColumn(), numRows: r.getNumRows(), numColumns: r.getNumColumns() });
    },
    insertSheet: (name: string) => {
      readOnly('insertSheet');
      return sheetObject(addSheet(state, name));
    },
    // Spreadsheet.deleteSheet(sheet): removes that sheet.
    deleteSheet: (sheet: { getSheetId(): number }) => {
      readOnly('deleteSheet');
      const id = sheet.getSheetId();
      state.sheets = state.sheets.filter((s) => s.id !== id);
      if (state.activeSheetId === id) state.activeSheetId = state.sheets[0]?.id ?? 0;
    },
  });

  const menu = (kind: 'top-level' | 'add-on', caption: string) => {
    const items: { caption: string; functionName: string }[] = [];
    const builder: object = strict('Menu', {
      addItem: (itemCaption: string, functionName: string) => {
        items.push({ caption: itemCaption, functionName });
        return builder;
      },
      addSeparator: () => builder,
      addToUi: () => {
        state.menus.push({ kind, caption, items });
      },
    });
    return builder;
  };

  const ui = strict('Ui', {
    // Ui.createMenu(caption): a menu in the editor's menu bar, for bound scripts and unpublished
    // add-ons; Ui.createAddonMenu(): the add-on's submenu under Extensions, which a published editor
    // add-on must use (https://developers.google.com/workspace/add-ons/concepts/menus).
    createMenu: (caption: string) => menu('top-level', caption),
    createAddonMenu: () => menu('add-on', ''),
    showSidebar: (output: { getTitle(): string; getContent(): string }) => {
      readOnly('showSidebar');
      state.sidebars.push({ title: output.getTitle(), content: output.getContent() });
    },
    alert: (message: string) => {
      readOnly('alert');
      state.alerts.push(message);
      return 'OK';
    },
  });

  const htmlOutput = (content: string) => {
    let title = '';
    let body = content;
    const output: object = strict('HtmlOutput', {
      setTitle: (t: string) => {
        title = t;
        return output;
      },
      getTitle: () => title,
      append: (more: string) => {
        body += more;
        return output;
      },
      getContent: () => body,
    });
    return output;
  };

  return {
    SpreadsheetApp: strict('SpreadsheetApp', {
      getActive: () => {
        needsAuth('SpreadsheetApp.getActive');
        return spreadsheet;
      },
      getActiveSpreadsheet: () => {
        needsAuth('SpreadsheetApp.getActiveSpreadsheet');
        return spreadsheet;
      },
      // SpreadsheetApp.flush: "Applies all pending Spreadsheet changes."
      flush: () => {
        readOnly('flush');
        state.flushes++;
      },
      getUi: () => {
        readOnly('getUi');
        return ui;
      },
    }),
    HtmlService: strict('HtmlService', {
      // HtmlService.createHtmlOutputFromFile(filename): served as is, no scriptlets evaluated.
      createHtmlOutputFromFile: (name: string) => {
        readOnly('createHtmlOutputFromFile');
        let content: string;
        try {
          content = readFileSync(join(projectDir, `${name}.html`), 'utf8');
        } catch {
          throw new Error(`Exception: No HTML file named ${name} was found.`);
        }
        return htmlOutput(content);
      },
    }),
    LockService: strict('LockService', {
      // LockService.getDocumentLock: one lock per document, shared by every execution; tryLock
      // returns false when another execution still holds it after the wait; releaseLock frees it.
      getDocumentLock: () => {
        readOnly('LockService.getDocumentLock');
        needsAuth('LockService.getDocumentLock');
        return strict('Lock', {
          tryLock: (_timeoutMs: number) => {
            if (state.lockHolder === null || state.lockHolder === execution) {
              state.lockHolder = execution;
              return true;
            }
            return false;
          },
          waitLock: (_timeoutMs: number) => {
            if (state.lockHolder !== null && state.lockHolder !== execution) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
            state.lockHolder = execution;
          },
          hasLock: () => state.lockHolder === execution,
          releaseLock: () => {
            if (state.lockHolder === execution) state.lockHolder = null;
          },
        });
      },
    }),
    Session: strict('Session', {
      getScriptTimeZone: () => state.scriptTimeZone,
      getActiveUserLocale: () => state.userLocale,
    }),
    ScriptApp: strict('ScriptApp', {
      // Enums are objects whose text is their name (ScriptApp.AuthMode, ScriptApp.InstallationSource).
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
      InstallationSource: { NONE: 'NONE', WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON', APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON' },
      // ScriptApp.getInstallationSource(): "how the script came to be installed as an add-on for the
      // current user"; NONE: "Script is not running as an add-on"
      // (https://developers.google.com/apps-script/reference/script/installation-source).
      getInstallationSource: () => {
        if (state.installationSource === 'unavailable') throw new Error('Exception: You do not have permission to call ScriptApp.getInstallationSource');
        return state.installationSource;
      },
    }),
    Utilities: strict('Utilities', {
      // Utilities.formatDate(date, timeZone, format): "Formats date according to specification
      // described in Java SE SimpleDateFormat class"; pattern Z is the RFC 822 offset (-0800). Java
      // reads a zone id it does not know as GMT. Only Z is modelled.
      // (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String))
      formatDate: (date: Date, timeZone: string, format: string) => {
        if (format !== 'Z') throw new Error(`Utilities.formatDate pattern ${format} is not modelled by the Apps Script fakes.`);
        state.formatDateCalls++;
        if (state.formatDateFails) throw new Error('Exception: Service error: Utilities');
        let minutes = 0;
        try {
          minutes = Math.round((wallMs(date.getTime(), timeZone) - date.getTime()) / 60_000);
        } catch {
          minutes = 0;
        }
        const abs = Math.abs(minutes);
        return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
      },
    }),
    PropertiesService: strict('PropertiesService', {}),
    Logger: strict('Logger', {}),
  };
}
