import { OfficeMockObject } from 'office-addin-mock';
import type { Cell } from '../../core/model/cell';
import type { ExcelHost } from '../../excel-addin/port/excel-host';

/**
 * A workbook for the Excel port's tests, built from office-addin-mock objects: every range, sheet,
 * table and setting is an OfficeMockObject, so a property read before `load` + `context.sync()`
 * yields office-addin-mock's "not loaded" error instead of data, as in Excel.
 *
 * office-addin-mock only models load/sync of given values; what Excel does with writes is modelled
 * here, after Microsoft's documentation:
 * - writes are applied at `context.sync()`, in the order they were queued; loads then see them;
 * - a text starting with an apostrophe is stored without it, as text (Excel's prefix character);
 *   any other text starting with "=" in a cell not formatted as text becomes a formula;
 * - values written directly below a table (no total row) grow the table, unless `autoExpand` is
 *   switched off (Excel's AutoCorrect option "include new rows and columns in table");
 * - `Range.insert('Down')` pushes the cells below down within the range's columns.
 * - `worksheet.charts.add(type, source, seriesBy)` records a chart over the source range's address;
 *   the type and series orientation must be names Excel knows (Excel.ChartType, Excel.ChartSeriesBy),
 *   and setPosition's cells must be A1 addresses. Charts are recorded when added, not at sync.
 * - Excel on the web's 5 MB limit on a batch's request and response ("Excel on the web has a payload
 *   size limit for requests and responses of 5MB", https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 *   a sync whose written values pass `payloadLimit` fails with `RequestPayloadSizeLimitExceeded` and
 *   writes nothing; one whose loaded values pass it fails with `ResponsePayloadSizeLimitExceeded`
 *   (the codes of https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
 *   Sizes are measured as the values' JSON in UTF-8; Excel does not document its own encoding.
 * Not modelled (and so not verified here): whether Excel re-applies an active filter to an
 * appended row, co-authoring merges, and recalculation of formulas.
 */

const NOT_SYNCED = 'Error, context.sync() was not called';
const jsonBytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

/** What Office.js throws for a failed batch: an OfficeExtension.Error with a code. */
export class PayloadError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(readonly code: 'RequestPayloadSizeLimitExceeded' | 'ResponsePayloadSizeLimitExceeded') {
    super(code === 'RequestPayloadSizeLimitExceeded' ? 'The request payload size has exceeded the limit.' : 'The response payload size has exceeded the limit.');
  }
}

type Value = string | number | boolean;

interface Geometry {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface FakeTable {
  name: string;
  readonly sheet: FakeSheet;
  headerRow: number;
  col: number;
  width: number;
  /** Last row of the table (the total row when there is one), 0-based. */
  lastRow: number;
  showTotals: boolean;
  filterOn: boolean;
}

/** A chart as Excel would hold it: what it plots and where it sits. */
export interface FakeChart {
  type: string;
  /** A1 address of the source range on the chart's sheet, e.g. `A5:B10`. */
  source: string;
  seriesBy: string;
  name: string;
  title: { text: string };
  legend: { visible: boolean };
  position: { start: string; end: string } | null;
}

/** A subset of Excel.ChartType: the names the add-in may use, checked so a typo fails the test. */
const CHART_TYPES = new Set(['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Line', 'LineMarkers', 'Pie', 'Doughnut', 'Area']);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);

export class FakeSheet {
  readonly charts: FakeChart[] = [];
  readonly values = new Map<string, Value>();
  readonly formats = new Map<string, string>();
  readonly formulas = new Map<string, string>();
  readonly hiddenColumns = new Set<number>();
  /** Rows an active filter hides (only recorded; see the class comment). */
  readonly filteredOut = new Set<number>();
  constructor(public name: string) {}

  get(row: number, col: number): Value {
    return this.values.get(`${row},${col}`) ?? '';
  }
  format(row: number, col: number): string {
    return this.formats.get(`${row},${col}`) ?? 'General';
  }
  put(row: number, col: number, value: Value): void {
    const key = `${row},${col}`;
    this.formulas.delete(key);
    if (typeof value === 'string' && value.startsWith("'")) value = value.slice(1);
    else if (typeof value === 'string' && value.startsWith('=') && this.format(row, col) !== '@') {
      this.formulas.set(key, value);
      value = '#FORMULA';
    }
    if (value === '') this.values.delete(key);
    else this.values.set(key, value);
  }
  block(g: Geometry, read: (r: number, c: number) => Value | string): (Value | string)[][] {
    return Array.from({ length: g.rows }, (_, i) => Array.from({ length: g.cols }, (_, j) => read(g.row + i, g.col + j)));
  }
  used(): Geometry | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const key of this.values.keys()) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
  /** Cells at or below `row` in columns [col, col+cols) move down by `count`. */
  shiftDown(row: number, col: number, cols: number, count: number): void {
    for (const map of [this.values, this.formats, this.formulas] as Map<string, unknown>[]) {
      const moved = [...map.entries()].filter(([k]) => {
        const [r, c] = k.split(',').map(Number) as [number, number];
        return r >= row && c >= col && c < col + cols;
      });
      for (const [k] of moved) map.delete(k);
      for (const [k, v] of moved) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        map.set(`${r + count},${c}`, v);
      }
    }
  }
  /** The sheet's values from A1 to the last used cell, as Excel returns them. */
  grid(): Value[][] {
    const u = this.used();
    if (!u) return [];
    return this.block({ row: 0, col: 0, rows: u.row + u.rows, cols: u.col + u.cols }, (r, c) => this.get(r, c)) as Value[][];
  }
}

interface Tracked {
  readonly mock: OfficeMockObject & Record<string, unknown>;
  readonly sheet: FakeSheet;
  readonly geometry: () => Geometry;
  readonly at: Geometry;
  readonly initial: Record<string, unknown>;
  /** Every array this fake handed out for the range: any other array found there was written by the code under test. */
  readonly delivered: Set<unknown>;
  readonly entireColumn?: boolean;
}

/** What a getItemOrNullObject call returns when nothing is there: loads are allowed and yield nothing. */
function nullObject(): { isNullObject: true; load: () => void } {
  return { isNullObject: true, load: () => undefined };
}

function letters(index: number): string {
  let n = index + 1, out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function parseAddress(address: string): Geometry {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.trim());
  if (!m) throw new Error(`Bad address ${address}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]) - 1, c1 = col(m[1]!);
  const r2 = m[4] ? Number(m[4]) - 1 : r1, c2 = m[3] ? col(m[3]) : c1;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly settings = new Map<string, string>();
  readonly calls: string[] = [];
  readonly selectionHandlers = new Set<() => Promise<void> | void>();
  selection: { sheet: string; row: number; col: number } = { sheet: '', row: 0, col: 0 };
  autoExpand = true;
  /** When set, the next `charts.add` fails with this message (a host that cannot make the chart). */
  failChartsAdd: string | null = null;
  /** Excel on the web's payload limit in bytes; null for the desktop, where none is documented. */
  payloadLimit: number | null = 5_000_000;
  /** Every sync refused for its size, by code. */
  readonly refused: string[] = [];
  private tracked: Tracked[] = [];
  private renames: { table: FakeTable; rename: { mock: Record<string, unknown>; initial: unknown } }[] = [];
  private others: OfficeMockObject[] = [];
  private geometryOf = new WeakMap<object, { sheet: FakeSheet; g: Geometry }>();

  /** The ExcelHost the port runs on: each run gets a fresh request context. */
  readonly host: ExcelHost = {
    run: (batch) => batch(this.context() as unknown as Excel.RequestContext),
    runIn: (context, batch) => batch(context),
  };

  addSheet(name: string, rows: readonly (readonly Cell[])[] = [], at: { row?: number; col?: number } = {}): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && v !== '' && sheet.values.set(`${(at.row ?? 0) + i},${(at.col ?? 0) + j}`, v instanceof Date ? v.toISOString() : v)));
    return sheet;
  }

  addTable(name: string, sheet: FakeSheet, at: { row: number; col: number; rows: number; cols: number }, options: { showTotals?: boolean } = {}): FakeTable {
    const table: FakeTable = { name, sheet, headerRow: at.row, col: at.col, width: at.cols, lastRow: at.row + at.rows - 1, showTotals: options.showTotals ?? false, filterOn: false };
    this.tables.push(table);
    return table;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  table(name: string): FakeTable {
    const t = this.tables.find((x) => x.name === name);
    if (!t) throw new Error(`no table ${name}`);
    return t;
  }

  async fireSelectionChanged(): Promise<void> {
    for (const h of this.selectionHandlers) await h();
  }

  // ---- the Office.js object model -------------------------------------------------------------

  private context(): Record<string, unknown> {
    const workbook = {
      worksheets: this.worksheetCollection(),
      tables: this.tableCollection(() => this.tables),
      settings: this.settingCollection(),
      getSelectedRange: () => {
        const sheet = this.sheet(this.selection.sheet);
        const range = this.range(sheet, () => ({ row: this.selection.row, col: this.selection.col, rows: 1, cols: 1 }));
        range.worksheet = this.sheetMock(sheet);
        return range;
      },
      onSelectionChanged: {
        add: (handler: () => Promise<void>) => {
          this.selectionHandlers.add(handler);
          return { context: ctx, remove: () => this.selectionHandlers.delete(handler) };
        },
      },
    };
    const ctx = { workbook, sync: () => this.sync() };
    return ctx;
  }

  private async sync(): Promise<void> {
    this.checkPayload();
    // Writes first, in the order they were queued; then every load sees the workbook after them.
    for (const { table, rename } of this.renames) {
      const name = rename.mock.name;
      if (typeof name === 'string' && name !== rename.initial && !name.startsWith('Error,')) {
        table.name = name;
        rename.initial = name;
      }
    }
    for (const t of this.tracked) this.flush(t);
    for (const t of this.tracked) this.refresh(t);
    for (const t of this.tracked) await t.mock.sync();
    for (const o of this.others) await o.sync();
  }

  /** Refuses a batch over `payloadLimit`, as Excel on the web does, before anything of it happens. */
  private checkPayload(): void {
    if (this.payloadLimit === null) return;
    const props = (t: Tracked) => (t.mock as unknown as { _properties: Map<string, { _loaded: boolean; _value: unknown }> })._properties;
    const writes = this.tracked.filter((t) => !t.entireColumn && (['values', 'formulas', 'numberFormat'] as const).some((k) => Array.isArray(t.mock[k]) && !t.delivered.has(t.mock[k])));
    const written = writes.reduce((n, t) => n + (['values', 'formulas', 'numberFormat'] as const).reduce((m, k) => m + (Array.isArray(t.mock[k]) && !t.delivered.has(t.mock[k]) ? jsonBytes(t.mock[k]) : 0), 0), 0);
    if (written > this.payloadLimit) {
      // The batch fails as a whole: its writes are dropped.
      for (const t of writes) for (const k of ['values', 'formulas', 'numberFormat'] as const) if (Array.isArray(t.mock[k])) t.delivered.add(t.mock[k]);
      this.refused.push('RequestPayloadSizeLimitExceeded');
      throw new PayloadError('RequestPayloadSizeLimitExceeded');
    }
    const reads = this.tracked.filter((t) => !t.entireColumn && props(t).get('values')?._loaded && props(t).get('values')?._value === NOT_SYNCED);
    const read = reads.reduce((n, t) => n + jsonBytes(t.sheet.block(t.geometry(), (r, c) => t.sheet.get(r, c))), 0);
    if (read > this.payloadLimit) {
      for (const t of reads) {
        const p = props(t).get('values')!;
        p._loaded = false;
        p._value = 'Error, property was not loaded';
      }
      this.tracked = this.tracked.filter((t) => !reads.includes(t));
      this.refused.push('ResponsePayloadSizeLimitExceeded');
      throw new PayloadError('ResponsePayloadSizeLimitExceeded');
    }
  }

  private flush(t: Tracked): void {
    const { mock, sheet, at } = t;
    if (t.entireColumn) {
      if (mock.columnHidden === true && t.initial.columnHidden !== true) {
        sheet.hiddenColumns.add(at.col);
        t.initial.columnHidden = true;
      }
      return;
    }
    const written = (key: string) => Array.isArray(mock[key]) && !t.delivered.has(mock[key]);
    if (written('numberFormat')) {
      (mock.numberFormat as string[][]).forEach((row, i) => row.forEach((f, j) => sheet.formats.set(`${at.row + i},${at.col + j}`, f)));
      t.delivered.add(mock.numberFormat);
    }
    if (written('formulas')) {
      (mock.formulas as string[][]).forEach((row, i) => row.forEach((f, j) => {
        sheet.formulas.set(`${at.row + i},${at.col + j}`, f);
        sheet.values.set(`${at.row + i},${at.col + j}`, '#FORMULA');
      }));
      t.delivered.add(mock.formulas);
    }
    if (written('values')) {
      (mock.values as Value[][]).forEach((row, i) => row.forEach((v, j) => sheet.put(at.row + i, at.col + j, v)));
      t.delivered.add(mock.values);
      for (const table of this.tables) {
        const below = at.row === table.lastRow + 1 && table.sheet === sheet && !table.showTotals;
        const overlaps = at.col < table.col + table.width && at.col + at.cols > table.col;
        if (below && overlaps && this.autoExpand) table.lastRow = at.row + at.rows - 1;
      }
    }
  }

  /** office-addin-mock holds a loaded value in `_valueBeforeLoaded` until sync: set it to the current cells. */
  private refresh(t: Tracked): void {
    if (t.entireColumn) return;
    const g = t.geometry();
    const props = (t.mock as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })._properties;
    const fresh: Record<string, unknown> = {
      values: t.sheet.block(g, (r, c) => t.sheet.get(r, c)),
      numberFormat: t.sheet.block(g, (r, c) => t.sheet.format(r, c)),
      formulas: t.sheet.block(g, (r, c) => t.sheet.formulas.get(`${r},${c}`) ?? t.sheet.get(r, c)),
      rowIndex: g.row,
      columnIndex: g.col,
      rowCount: g.rows,
      columnCount: g.cols,
      address: `${t.sheet.name}!${letters(g.col)}${g.row + 1}:${letters(g.col + g.cols - 1)}${g.row + g.rows}`,
    };
    for (const [key, value] of Object.entries(fresh)) {
      const p = props.get(key);
      if (!p) continue;
      p._valueBeforeLoaded = value;
      t.delivered.add(value);
    }
  }

  private range(sheet: FakeSheet, geometry: () => Geometry, options: { entireColumn?: boolean } = {}): OfficeMockObject & Record<string, any> {
    const g = geometry();
    const initial: Record<string, unknown> = {
      values: sheet.block(g, (r, c) => sheet.get(r, c)),
      numberFormat: sheet.block(g, (r, c) => sheet.format(r, c)),
      formulas: sheet.block(g, (r, c) => sheet.formulas.get(`${r},${c}`) ?? sheet.get(r, c)),
      rowIndex: g.row,
      columnIndex: g.col,
      rowCount: g.rows,
      columnCount: g.cols,
      address: '',
      columnHidden: sheet.hiddenColumns.has(g.col),
    };
    const mock = new OfficeMockObject({ ...initial }) as OfficeMockObject & Record<string, any>;
    // Loaded values are the very objects the fake hands out, so a write is told apart by identity.
    const props = (mock as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })._properties;
    for (const [k, v] of Object.entries(initial)) {
      const p = props.get(k);
      if (p) p._valueBeforeLoaded = v;
    }
    mock.isNullObject = false;
    mock.getRowsBelow = (n = 1) => {
      const now = geometry();
      return this.range(sheet, () => ({ row: now.row + now.rows, col: now.col, rows: n, cols: now.cols }));
    };
    mock.insert = (shift: string) => {
      if (shift !== 'Down') throw new Error(`insert(${shift}) is not modelled`);
      const now = geometry();
      this.calls.push(`insert ${sheet.name}!${letters(now.col)}${now.row + 1}`);
      sheet.shiftDown(now.row, now.col, now.cols, now.rows);
      for (const t of this.tables) if (t.sheet === sheet && t.headerRow >= now.row && t.col < now.col + now.cols && t.col + t.width > now.col) {
        t.headerRow += now.rows;
        t.lastRow += now.rows;
      }
      return this.range(sheet, () => now);
    };
    mock.getColumn = (i: number) => {
      const now = geometry();
      return this.range(sheet, () => ({ row: geometry().row, col: now.col + i, rows: geometry().rows, cols: 1 }));
    };
    mock.getRow = (i: number) => this.range(sheet, () => ({ row: geometry().row + i, col: geometry().col, rows: 1, cols: geometry().cols }));
    mock.getEntireColumn = () => this.range(sheet, () => ({ row: 0, col: g.col, rows: 1, cols: 1 }), { entireColumn: true });
    mock.select = () => {
      this.selection = { sheet: sheet.name, row: g.row, col: g.col };
      this.calls.push(`select ${sheet.name}!${letters(g.col)}${g.row + 1}`);
    };
    this.geometryOf.set(mock, { sheet, g });
    const delivered = new Set<unknown>([initial.values, initial.numberFormat, initial.formulas]);
    this.tracked.push({ mock, sheet, geometry, at: g, initial, delivered, entireColumn: options.entireColumn });
    return mock;
  }

  private sheetMock(sheet: FakeSheet): OfficeMockObject & Record<string, any> {
    const mock = new OfficeMockObject({ name: sheet.name }) as OfficeMockObject & Record<string, any>;
    this.others.push(mock);
    mock.isNullObject = false;
    mock.getRangeByIndexes = (row: number, col: number, rows: number, cols: number) => this.range(sheet, () => ({ row, col, rows, cols }));
    mock.getUsedRangeOrNullObject = () => {
      const u = sheet.used();
      return u ? this.range(sheet, () => sheet.used() ?? u) : nullObject();
    };
    mock.getUsedRange = () => this.range(sheet, () => sheet.used() ?? { row: 0, col: 0, rows: 1, cols: 1 });
    mock.tables = this.tableCollection(() => this.tables.filter((t) => t.sheet === sheet), sheet);
    mock.activate = () => this.calls.push(`activate ${sheet.name}`);
    mock.delete = () => {
      this.calls.push(`delete sheet ${sheet.name}`);
      const i = this.sheets.indexOf(sheet);
      if (i >= 0) this.sheets.splice(i, 1);
    };
    mock.charts = {
      add: (type: string, source: object, seriesBy: string) => {
        if (this.failChartsAdd) {
          const message = this.failChartsAdd;
          this.failChartsAdd = null;
          throw new Error(message);
        }
        if (!CHART_TYPES.has(type)) throw new Error(`InvalidArgument: ${type} is not an Excel.ChartType the fake knows`);
        if (!SERIES_BY.has(seriesBy)) throw new Error(`InvalidArgument: ${seriesBy} is not an Excel.ChartSeriesBy`);
        const found = this.geometryOf.get(source);
        if (!found || found.sheet !== sheet) throw new Error('charts.add needs a range of this sheet');
        const g = found.g;
        const chart: FakeChart = {
          type,
          source: `${letters(g.col)}${g.row + 1}:${letters(g.col + g.cols - 1)}${g.row + g.rows}`,
          seriesBy,
          name: `Chart ${sheet.charts.length + 1}`,
          title: { text: '' },
          legend: { visible: true },
          position: null,
        };
        sheet.charts.push(chart);
        this.calls.push(`add chart on ${sheet.name}`);
        return Object.assign(chart, {
          setPosition: (start: string, end: string) => {
            for (const cell of [start, end]) if (!/^[A-Z]+\d+$/.test(cell)) throw new Error(`setPosition: ${cell} is not a cell address`);
            chart.position = { start, end };
          },
        });
      },
    };
    return mock;
  }

  private worksheetCollection(): Record<string, unknown> {
    const collection: Record<string, unknown> = {
      items: [] as unknown[],
      load: () => {
        collection.items = this.sheets.map((s) => {
          const m = this.sheetMock(s);
          m.load('name');
          return m;
        });
      },
      getItemOrNullObject: (name: string) => {
        const s = this.sheets.find((x) => x.name === name);
        return s ? this.sheetMock(s) : nullObject();
      },
      getItem: (name: string) => this.sheetMock(this.sheet(name)),
      add: (name: string) => {
        if (this.sheets.some((s) => s.name === name)) throw new Error(`A sheet named ${name} exists`);
        this.calls.push(`add sheet ${name}`);
        return this.sheetMock(this.addSheet(name));
      },
    };
    return collection;
  }

  private tableMock(table: FakeTable): OfficeMockObject & Record<string, any> {
    const mock = new OfficeMockObject({ name: table.name, showTotals: table.showTotals }) as OfficeMockObject & Record<string, any>;
    this.others.push(mock);
    mock.isNullObject = false;
    mock.worksheet = this.sheetMock(table.sheet);
    const body = () => ({ row: table.headerRow + 1, col: table.col, rows: table.lastRow - table.headerRow - (table.showTotals ? 1 : 0), cols: table.width });
    mock.getRange = () => this.range(table.sheet, () => ({ row: table.headerRow, col: table.col, rows: table.lastRow - table.headerRow + 1, cols: table.width }));
    mock.getHeaderRowRange = () => this.range(table.sheet, () => ({ row: table.headerRow, col: table.col, rows: 1, cols: table.width }));
    mock.getDataBodyRange = () => this.range(table.sheet, body);
    mock.rows = {
      add: (_index: unknown, values: Value[][]) => {
        this.calls.push(`rows.add ${table.name}`);
        const at = body().row + body().rows;
        table.sheet.shiftDown(at, table.col, table.width, values.length);
        table.lastRow += values.length;
        const g = { row: at, col: table.col, rows: values.length, cols: table.width };
        const range = this.range(table.sheet, () => g);
        range.values = values;
        return { getRange: () => range };
      },
    };
    mock.columns = {
      add: (_index: unknown, _values: unknown, name: string) => {
        this.calls.push(`columns.add ${table.name}`);
        table.sheet.put(table.headerRow, table.col + table.width, name);
        table.width += 1;
      },
    };
    mock.resize = (address: string) => {
      this.calls.push(`resize ${table.name} ${address}`);
      const g = parseAddress(address);
      table.headerRow = g.row;
      table.lastRow = g.row + g.rows - 1;
      table.width = g.cols;
    };
    // A rename is a write: applied at sync like the others.
    const rename = { mock, initial: mock.name as unknown };
    this.renames.push({ table, rename });
    return mock;
  }

  private tableCollection(list: () => FakeTable[], sheet?: FakeSheet): Record<string, unknown> {
    const collection: Record<string, unknown> = {
      items: [] as unknown[],
      load: () => {
        collection.items = list().map((t) => {
          const m = this.tableMock(t);
          m.load('name,showTotals');
          m.worksheet.load('name');
          return m;
        });
      },
      getItemOrNullObject: (name: string) => {
        const t = list().find((x) => x.name === name);
        return t ? this.tableMock(t) : nullObject();
      },
      add: (where: unknown, hasHeaders: boolean) => {
        if (!sheet) throw new Error('add tables through a worksheet in these tests');
        const found = typeof where === 'string' ? { sheet, g: parseAddress(where) } : this.geometryOf.get(where as object);
        if (!found || !hasHeaders) throw new Error('tables.add needs a range with headers');
        this.calls.push(`add table on ${sheet.name}`);
        // Excel gives a new table one empty body row.
        const table = this.addTable(`Table${this.tables.length + 1}`, sheet, { row: found.g.row, col: found.g.col, rows: found.g.rows + 1, cols: found.g.cols });
        return this.tableMock(table);
      },
    };
    return collection;
  }

  private settingCollection(): Record<string, unknown> {
    return {
      getItemOrNullObject: (key: string) => {
        if (!this.settings.has(key)) return nullObject();
        const m = new OfficeMockObject({ value: this.settings.get(key)! }) as OfficeMockObject & Record<string, any>;
        this.others.push(m);
        m.isNullObject = false;
        m.delete = () => this.settings.delete(key);
        return m;
      },
      add: (key: string, value: string) => {
        this.settings.set(key, value);
      },
    };
  }
}
