/**
 * Where a formula's references point, so a test can tell whether a formula refers to its own cell:
 * Excel reports "a circular reference" for a formula that refers to the cell it is in, directly or
 * through a range that contains it ("Remove or allow a circular reference",
 * https://support.microsoft.com/office/remove-or-allow-a-circular-reference-in-excel-8540bd0f-6e97-4483-bcf7-1b49cd50d123),
 * and Google Sheets shows #REF! "Circular dependency detected".
 *
 * Modelled: A1 references and ranges with or without a sheet and `$`, whole columns (`A:M`),
 * named ranges, and Excel structured references (https://support.microsoft.com/office/use-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e):
 * `T[#All]`, `T[[#All],[A]:[B]]`, `T[[#All],[A]]`, `T[A]` (the column's data), `[@A]` and `T[@A]`
 * (this row's cell). Text in quotes and function names are skipped.
 */

export interface Cell {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
}

/** A block of cells, 0-based and inclusive; `bottom` is Infinity for whole columns. */
export interface Area {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface TableModel {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly columns: readonly string[];
  /** Last data row, 0-based. */
  readonly lastRow: number;
}

export interface WorkbookModel {
  readonly tables: readonly TableModel[];
  readonly names: Readonly<Record<string, Area>>;
}

const colIndex = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** `'Call plan'!A3`, `Aging!$I$2` or `K1` (on `defaultSheet`) as a cell. */
export function parseCell(text: string, defaultSheet = ''): Cell {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^'!\s]+))!)?\$?([A-Z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a cell reference`);
  return { sheet: (m[1]?.replace(/''/g, "'") ?? m[2] ?? defaultSheet), row: Number(m[4]) - 1, col: colIndex(m[3]!) };
}

function unescapeColumn(name: string): string {
  return name.replace(/'(.)/g, '$1');
}

function tableArea(t: TableModel, inner: string, at: Cell): Area {
  const all = { sheet: t.sheet, top: t.headerRow, bottom: t.lastRow, left: t.firstCol, right: t.firstCol + t.columns.length - 1 };
  const col = (name: string) => {
    const i = t.columns.indexOf(unescapeColumn(name));
    if (i < 0) throw new Error(`table ${t.name} has no column "${name}"`);
    return t.firstCol + i;
  };
  const s = inner.trim();
  if (s === '#All') return all;
  if (s === '#Data' || s === '') return { ...all, top: t.headerRow + 1 };
  if (s === '#Headers') return { ...all, bottom: t.headerRow };
  // [@Col] / [@[Col]]: this row's cell of the column.
  const thisRow = /^@\[?((?:[^\]']|'.)+)\]?$/.exec(s);
  if (thisRow) return { sheet: t.sheet, top: at.row, bottom: at.row, left: col(thisRow[1]!), right: col(thisRow[1]!) };
  const parts = [...s.matchAll(/\[((?:[^\]']|'.)*)\]/g)].map((m) => m[1]!);
  if (parts.length === 0) return { ...all, top: t.headerRow + 1, left: col(s), right: col(s) };
  let rows = { top: t.headerRow + 1, bottom: t.lastRow };
  const cols: number[] = [];
  for (const p of parts) {
    if (p === '#All') rows = { top: t.headerRow, bottom: t.lastRow };
    else if (p === '#Headers') rows = { top: t.headerRow, bottom: t.headerRow };
    else if (p === '#Data') rows = { top: t.headerRow + 1, bottom: t.lastRow };
    else cols.push(col(p));
  }
  return { sheet: t.sheet, ...rows, left: cols.length ? Math.min(...cols) : all.left, right: cols.length ? Math.max(...cols) : all.right };
}

/** The bracketed text starting at `open` (an index of "["), brackets nested, `'` escaping. */
function bracketed(text: string, open: number): { inner: string; end: number } {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === '[') depth++;
    if (ch === ']' && --depth === 0) return { inner: text.slice(open + 1, i), end: i + 1 };
  }
  throw new Error(`unbalanced brackets in ${text}`);
}

/**
 * The names a formula binds with LET (`LET(x, A1:A9, k, …, result)`): every argument but the last
 * at an even position. They refer to what they are bound to, which is read where it is written.
 */
function letNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/\bLET\(/gi)) {
    const args: string[] = [];
    let depth = 0;
    let start = m.index + m[0].length;
    for (let i = start; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"') i = text.indexOf('"', i + 1);
      else if (ch === '(' || ch === '[') depth++;
      else if ((ch === ')' || ch === ']') && depth > 0) depth--;
      else if (ch === ')' || (ch === ',' && depth === 0)) {
        args.push(text.slice(start, i).trim());
        start = i + 1;
        if (ch === ')') break;
      }
    }
    for (let a = 0; a < args.length - 1; a += 2) names.add(args[a]!);
  }
  return names;
}

/** Every area a formula typed in `at` refers to. Throws on a name it cannot resolve. */
export function referencedAreas(formula: string, at: Cell, model: WorkbookModel): Area[] {
  const areas: Area[] = [];
  const text = formula.replace(/^=/, '');
  const bound = letNames(text);
  const ref = /(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!(\$?[A-Z]{1,3}\$?\d*)(?::(\$?[A-Z]{1,3}\$?\d*))?|(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![\w(])|(\$?[A-Z]{1,3}):(\$?[A-Z]{1,3})(?![\w(])/y;
  const cellOf = (s: string, sheet: string): { row: number | null; col: number } => {
    const m = /^\$?([A-Z]{1,3})\$?(\d*)$/.exec(s)!;
    return { col: colIndex(m[1]!), row: m[2] ? Number(m[2]) - 1 : null };
  };
  const block = (sheet: string, a: string, b?: string): Area => {
    const p = cellOf(a, sheet);
    const q = b ? cellOf(b, sheet) : p;
    const whole = p.row === null || q.row === null;
    return { sheet, top: whole ? 0 : Math.min(p.row!, q.row!), bottom: whole ? Infinity : Math.max(p.row!, q.row!), left: Math.min(p.col, q.col), right: Math.max(p.col, q.col) };
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '"') {
      i = text.indexOf('"', i + 1) + 1;
      continue;
    }
    if (ch === '[') {
      // [@Col] with no table name: the table the formula is in.
      const { inner, end } = bracketed(text, i);
      const own = model.tables.find((t) => t.sheet === at.sheet && at.row > t.headerRow && at.row <= t.lastRow && at.col >= t.firstCol && at.col < t.firstCol + t.columns.length);
      if (!own) throw new Error(`[${inner}] outside a table`);
      areas.push(tableArea(own, inner, at));
      i = end;
      continue;
    }
    ref.lastIndex = i;
    const r = /[A-Za-z_$']/.test(ch) && (i === 0 || !/[\w.]/.test(text[i - 1]!)) ? ref.exec(text) : null;
    if (r) {
      if (r[3] !== undefined) areas.push(block(r[1]?.replace(/''/g, "'") ?? r[2]!, r[3], r[4]));
      else if (r[5] !== undefined) areas.push(block(at.sheet, r[5], r[6]));
      else areas.push(block(at.sheet, r[7]!, r[8]));
      i = ref.lastIndex;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(text.slice(i));
    if (word && (i === 0 || !/[\w.]/.test(text[i - 1]!))) {
      const name = word[0];
      const after = i + name.length;
      if (text[after] === '(') {
        i = after; // a function
        continue;
      }
      const table = model.tables.find((t) => t.name === name);
      if (table && text[after] === '[') {
        const { inner, end } = bracketed(text, after);
        areas.push(tableArea(table, inner, at));
        i = end;
        continue;
      }
      if (model.names[name]) {
        areas.push(model.names[name]!);
        i = after;
        continue;
      }
      if (/^(TRUE|FALSE)$/i.test(name) || bound.has(name)) {
        i = after;
        continue;
      }
      throw new Error(`"${name}" in ${formula} is neither a function, a table nor a named range of the model`);
    }
    i++;
  }
  return areas;
}

export function contains(area: Area, cell: Cell): boolean {
  return area.sheet === cell.sheet && cell.row >= area.top && cell.row <= area.bottom && cell.col >= area.left && cell.col <= area.right;
}

/** The areas of `formula` typed in `at` that contain `at` itself: empty for a formula that is not circular. */
export function selfReferences(formula: string, at: Cell, model: WorkbookModel): Area[] {
  return referencedAreas(formula, at, model).filter((a) => contains(a, at));
}
