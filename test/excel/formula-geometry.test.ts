import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callLogHeaders } from '../../core/calllog/schema';
import { FUNCTIONS } from '../../core/functions/catalog';
import { sampleWorkbook } from '../../core/sample/sample-workbook';
import { REQUEST_ID_HEADER } from '../../core/workbook/names';
// @ts-expect-error: build steps are plain JavaScript without type declarations.
import { helpPage, PER_ROW_EXAMPLE } from '../../excel-addin/build/help-page.mjs';
import { createExcelDeskPort } from '../../excel-addin/port/excel-port';
import { FakeWorkbook } from './fake-workbook';
import { parseCell, referencedAreas, selfReferences, type WorkbookModel } from './formula-geometry';

/**
 * The workbook the README's and the help page's examples describe: an aging table `Aging` on the
 * sheet `Aging` (A to H, the per-row column Priority in I, 500 rows), the add-in's CallLog table,
 * and, for the Sheets examples, the named range `Aging` over whole columns A:H as Set up makes it.
 */
const AGING_COLUMNS = ['Customer', 'Invoice', 'Invoice date', 'Due date', 'Amount', 'Open balance', 'Time zone', 'Phone'];
const DOCUMENTED: WorkbookModel = {
  tables: [
    { name: 'Aging', sheet: 'Aging', headerRow: 0, firstCol: 0, columns: [...AGING_COLUMNS, 'Priority'], lastRow: 500 },
    { name: 'CallLog', sheet: 'Call Log', headerRow: 0, firstCol: 0, columns: [...callLogHeaders('en'), REQUEST_ID_HEADER], lastRow: 2000 },
  ],
  names: { Aging: { sheet: 'Aging', top: 0, bottom: Infinity, left: 0, right: AGING_COLUMNS.length - 1 } },
};

const NAMES = FUNCTIONS.map((f) => f.name).join('|');
const CELL_AT_END = /((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Z]{1,3}\$?\d+)$/;

interface Found {
  readonly formula: string;
  readonly cell: string | null;
  readonly line: string;
}

/** Every formula of a text with the cell written just before it (`Aging!I2: =…`, a table's first column, a code block's first field). */
function formulasIn(text: string): Found[] {
  const found: Found[] = [];
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(new RegExp(`=(?:AR\\.)?(?:${NAMES})\\(`, 'g'))) {
      let depth = 0;
      let end = -1;
      for (let i = m.index! + m[0].length - 1; i < line.length; i++) {
        if (line[i] === '(') depth++;
        if (line[i] === ')' && --depth === 0) {
          end = i + 1;
          break;
        }
      }
      const formula = end < 0 ? null : line.slice(m.index, end);
      // `=NEXTCALL(...)` and a bare `=AR.CALLPLAN(` name a function; they are not formulas to place.
      if (!formula || /\(\.\.\.\)$|\(…\)$/.test(formula)) continue;
      // A signature, `=AR.NEXTCALL(aging, [call_log], …)`, names parameters, not cells.
      if (/^=[\w.]+\([a-z_[\], ]*\)$/.test(formula)) continue;
      const before = line.slice(0, m.index).replace(/[\s:,`|]+$/, '');
      found.push({ formula, cell: CELL_AT_END.exec(before)?.[1] ?? null, line });
    }
  }
  return found;
}

function checkPlaced(found: readonly Found[], model: WorkbookModel): string[] {
  const problems: string[] = [];
  for (const f of found) {
    if (!f.cell) {
      // Only a formula that refers to no cell may go without one (=COLLECTIBILITY(90)).
      let refers = true;
      try {
        refers = referencedAreas(f.formula, { sheet: 'Nowhere', row: 0, col: 0 }, model).length > 0;
      } catch {
        refers = true;
      }
      if (refers) problems.push(`no cell given for ${f.formula}`);
      continue;
    }
    const at = parseCell(f.cell);
    const own = selfReferences(f.formula, at, model);
    if (own.length > 0) problems.push(`${f.cell}: ${f.formula} refers to its own cell`);
  }
  return problems;
}

describe('reference geometry (the model the checks below use)', () => {
  it('finds the circular reference of a per-row formula over the whole table it sits in', () => {
    const at = parseCell('Aging!I2');
    expect(selfReferences('=AR.CALLPRIORITY(Aging[#All], CallLog[#All], Settings!A1:B20, $K$1, [@Customer])', at, DOCUMENTED)).toHaveLength(1);
    expect(selfReferences('=AR.CALLPRIORITY(Aging[[#All],[Customer]:[Phone]], CallLog[#All], Settings!A1:B20, $K$1, [@Customer])', at, DOCUMENTED)).toEqual([]);
    expect(selfReferences('=AR.CALLPRIORITY(Aging[[#All],[Customer]:[Priority]], , , $K$1, [@Customer])', at, DOCUMENTED)).toHaveLength(1);
    expect(selfReferences('=CALLPRIORITY(Aging, , , $K$1, A2)', parseCell('Aging!H2'), DOCUMENTED)).toHaveLength(1);
    expect(selfReferences('=CALLPRIORITY(Aging, , , $K$1, A2)', parseCell('Aging!I2'), DOCUMENTED)).toEqual([]);
    expect(selfReferences("=NEXTCALL(Aging!A:H, 'Call Log'!A:M, , $K$1)", parseCell('Aging!H900'), DOCUMENTED)).toHaveLength(1);
    expect(selfReferences('=NEXTCALL(Aging!$A$1:$H$500, , , $K$1)', parseCell('Aging!K1'), DOCUMENTED)).toHaveLength(1);
    expect(selfReferences("=AR.CALLPLAN(Aging[#All], HSTACK(CallLog[[#All],[Time]:[Customer]], CallLog[[#All],[Outcome]]), 'Settings'!$A$1:$B$40, $B$1)", parseCell("'Call plan'!A3"), DOCUMENTED)).toEqual([]);
    expect(() => referencedAreas('=AR.CALLPLAN(Agin[#All])', parseCell('Aging!K2'), DOCUMENTED)).toThrow(/Agin/);
    // LET's names are not ranges; what they are bound to is.
    const coded = '=AR.CALLPLAN(Aging[#All], HSTACK(CallLog[[#All],[Time]], LET(x,CallLog[[#All],[Customer]],k,SEQUENCE(ROWS(x)),IF(k=1,x&"^",x))), , $B$1)';
    expect(referencedAreas(coded, parseCell("'Call plan'!A3"), DOCUMENTED)).toHaveLength(4);
    expect(() => referencedAreas('=LET(x,A1:A3,y)', parseCell('Aging!K2'), DOCUMENTED)).toThrow(/"y"/);
  });
});

describe('no formula the product shows or writes refers to its own cell', () => {
  it('the README: every formula names the cell it is typed in, and none is inside its own ranges', () => {
    const found = formulasIn(readFileSync('README.md', 'utf8'));
    expect(found.filter((f) => f.cell).length).toBeGreaterThanOrEqual(15);
    expect(checkPlaced(found, DOCUMENTED)).toEqual([]);
    // The per-row forms are among them.
    expect(found.some((f) => f.formula.includes('[@Customer]') && f.cell === 'Aging!I2')).toBe(true);
    expect(found.some((f) => f.formula.startsWith('=CALLPRIORITY(Aging,') && f.cell)).toBe(true);
  });

  it('the help page: every example with references is typed in a cell outside them, the per-row form too', () => {
    const html = (helpPage(FUNCTIONS) as string).replace(/<\/?code>/g, '`').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const found = formulasIn(html);
    expect(found.filter((f) => f.cell).length).toBe(FUNCTIONS.filter((f) => f.exampleCell).length + 1);
    expect(found.some((f) => f.cell === PER_ROW_EXAMPLE.cell && f.formula === PER_ROW_EXAMPLE.formula)).toBe(true);
    expect(checkPlaced(found, DOCUMENTED)).toEqual([]);
  });

  const asOf = new Date('2026-11-23T09:30:00Z');
  const book = sampleWorkbook(asOf);
  const setUp = async (wb: FakeWorkbook) => {
    await createExcelDeskPort({ host: wb.host, now: () => asOf, chooseAging: async () => null, hostLocale: 'en-GB', hostTimeZone: 'Europe/London' }).setUpCallPlan();
    const model: WorkbookModel = {
      tables: wb.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, headerRow: t.headerRow, firstCol: t.col, columns: Array.from({ length: t.width }, (_, i) => String(t.sheet.get(t.headerRow, t.col + i))), lastRow: t.lastRow })),
      names: {},
    };
    const written = wb.sheets.flatMap((s) => [...s.formulas.entries()].map(([k, f]) => ({ sheet: s.name, row: Number(k.split(',')[0]), col: Number(k.split(',')[1]), f })));
    return { model, written };
  };

  it('Set up over a plain aging sheet and over an aging table', async () => {
    const plain = new FakeWorkbook();
    plain.addSheet('Aging', book.aging);
    plain.addSheet('Call Log', book.callLog);
    plain.addSheet('Settings', book.settings);
    plain.selection = { sheet: 'Aging', row: 0, col: 0 };
    const table = new FakeWorkbook();
    const ar = table.addSheet('AR', book.aging);
    table.addTable('Aging', ar, { row: 0, col: 0, rows: book.aging.length, cols: book.aging[0]!.length });
    table.selection = { sheet: 'AR', row: 0, col: 0 };
    for (const wb of [plain, table]) {
      const { model, written } = await setUp(wb);
      expect(written.length).toBeGreaterThan(0);
      for (const w of written) expect(selfReferences(w.f, { sheet: w.sheet, row: w.row, col: w.col }, model), w.f).toEqual([]);
      // And the references resolve to the workbook's real blocks: the aging data is among them.
      expect(written.some((w) => referencedAreas(w.f, { sheet: w.sheet, row: w.row, col: w.col }, model).some((a) => a.sheet === (wb === plain ? 'Aging' : 'AR')))).toBe(true);
    }
  });
});
