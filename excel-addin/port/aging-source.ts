/// <reference types="office-js" />
import { readAging } from '../../core/aging/read-aging';
import { HEADER_SCAN_ROWS } from '../../core/aging/header';
import { say } from '../../core/i18n/texts';
import type { Language, Table } from '../../core/model/cell';
import { PORT_TEXTS } from './port-texts';
import { AGING_SOURCE_SETTING, OWN_SHEETS } from './workbook-names';

/** Where the aging data is: an Excel table, or the used range of a sheet. */
export type AgingSource = { readonly kind: 'table'; readonly table: string; readonly sheet: string } | { readonly kind: 'sheet'; readonly sheet: string };

export interface AgingCandidate {
  readonly source: AgingSource;
  /** What the collector sees when asked to choose, e.g. `Table "Aging" on sheet "AR"`. */
  readonly label: string;
}

/** Asks the collector which of several recognised tables is the aging data; null = no choice made. */
export type ChooseAging = (candidates: readonly AgingCandidate[]) => Promise<AgingCandidate | null>;

/** The located aging block: its sheet and 0-based position, so rows can be mapped to sheet rows. */
export interface AgingBlock {
  readonly source: AgingSource;
  readonly sheet: Excel.Worksheet;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The core decides whether a table looks like aging data: its header must be recognised. */
export function looksLikeAging(top: Table): boolean {
  return !readAging(top).issues.some((i) => i.code === 'no-header' || i.code === 'no-amount-column');
}

function labelOf(source: AgingSource, language: Language): string {
  return source.kind === 'table'
    ? say(PORT_TEXTS.tableLabel, language, { table: source.table, sheet: source.sheet })
    : say(PORT_TEXTS.sheetLabel, language, { sheet: source.sheet });
}

function parseRemembered(value: unknown): AgingSource | null {
  if (typeof value !== 'string') return null;
  try {
    const v = JSON.parse(value) as Partial<{ kind: string; table: string; sheet: string }>;
    if (v.kind === 'table' && typeof v.table === 'string' && typeof v.sheet === 'string') return { kind: 'table', table: v.table, sheet: v.sheet };
    if (v.kind === 'sheet' && typeof v.sheet === 'string') return { kind: 'sheet', sheet: v.sheet };
  } catch {
    // A setting someone edited by hand: treat as not remembered.
  }
  return null;
}

/** Finds the block of a source; null when its table or sheet no longer exists or is empty. */
export async function locateAging(context: Excel.RequestContext, source: AgingSource): Promise<AgingBlock | null> {
  if (source.kind === 'table') {
    const table = context.workbook.tables.getItemOrNullObject(source.table);
    await context.sync();
    if (table.isNullObject) return null;
    const range = table.getRange();
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    const sheet = table.worksheet;
    await context.sync();
    return { source, sheet, rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject(source.sheet);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return null;
  // From A1, so that row numbers in messages are the sheet's own row numbers.
  return { source, sheet, rowIndex: 0, columnIndex: 0, rowCount: used.rowIndex + used.rowCount, columnCount: used.columnIndex + used.columnCount };
}

/** Every table, and every sheet without tables, whose first rows the core reads as an aging header. */
export async function findAgingCandidates(context: Excel.RequestContext, language: Language): Promise<AgingCandidate[]> {
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  const sources: AgingSource[] = [];
  const sheetsWithTables = new Set<string>();
  for (const t of tables.items) {
    sheetsWithTables.add(t.worksheet.name);
    if (!OWN_SHEETS.includes(t.worksheet.name)) sources.push({ kind: 'table', table: t.name, sheet: t.worksheet.name });
  }
  for (const s of sheets.items) {
    if (!OWN_SHEETS.includes(s.name) && !sheetsWithTables.has(s.name)) sources.push({ kind: 'sheet', sheet: s.name });
  }

  const candidates: AgingCandidate[] = [];
  for (const source of sources) {
    const block = await locateAging(context, source);
    if (!block) continue;
    const top = block.sheet.getRangeByIndexes(block.rowIndex, block.columnIndex, Math.min(block.rowCount, HEADER_SCAN_ROWS + 5), block.columnCount);
    top.load('values');
    await context.sync();
    if (looksLikeAging(top.values as Table)) candidates.push({ source, label: labelOf(source, language) });
  }
  return candidates;
}

/**
 * The aging data of this workbook: the remembered choice while it still exists, else the one
 * recognised table, else the collector's choice among several (asked once, then remembered in the
 * workbook's settings so every collector of a shared workbook gets the same answer).
 */
export async function resolveAging(context: Excel.RequestContext, choose: ChooseAging, language: Language): Promise<AgingBlock> {
  const setting = context.workbook.settings.getItemOrNullObject(AGING_SOURCE_SETTING);
  setting.load('value');
  await context.sync();
  const remembered = setting.isNullObject ? null : parseRemembered(setting.value);
  if (remembered) {
    const block = await locateAging(context, remembered);
    if (block) return block;
  }

  const candidates = await findAgingCandidates(context, language);
  if (candidates.length === 0) {
    throw new Error(say(PORT_TEXTS.noAging, language));
  }
  const chosen = candidates.length === 1 ? candidates[0]! : await choose(candidates);
  if (!chosen) throw new Error(say(PORT_TEXTS.chooseAging, language));
  context.workbook.settings.add(AGING_SOURCE_SETTING, JSON.stringify(chosen.source));
  await context.sync();
  const block = await locateAging(context, chosen.source);
  if (!block) throw new Error(say(PORT_TEXTS.agingGone, language, { label: chosen.label }));
  return block;
}

/** Forgets the remembered choice, so the next read asks again. */
export async function forgetAgingChoice(context: Excel.RequestContext): Promise<void> {
  const setting = context.workbook.settings.getItemOrNullObject(AGING_SOURCE_SETTING);
  await context.sync();
  if (!setting.isNullObject) setting.delete();
  await context.sync();
}
