/**
 * What every fault-injection run of the call log must end with, whatever the host: written apart
 * from the code under test (it looks at the sheet's cells and at what the desk told the collector,
 * never at the port's internals).
 */
import { expect } from 'vitest';
import type { CallLogEntry } from '../../core/calllog/entry';
import { findLogHeader, LOG_COLUMNS } from '../../core/calllog/layout';
import { readCallLog } from '../../core/calllog/read-log';
import { OUTCOME_WORDS, parseOutcome } from '../../core/calllog/schema';
import type { Cell } from '../../core/model/cell';
import type { CallDeskPort } from '../../core/ui/port';
import { Submissions, type Told } from '../../core/ui/sidebar/submissions';

export interface Submitted {
  readonly collector: string;
  readonly entry: CallLogEntry;
  requestId: string | null;
  /** Everything the desk told the collector about this call, in order. */
  readonly told: Told[];
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c));

/** 0-based rows whose request-id cell holds `id`. */
function rowsOf(grid: readonly (readonly Cell[])[], id: string): number[] {
  const header = findLogHeader(grid);
  const column = header?.columns.get('requestId');
  if (!header || column === undefined) return [];
  const rows: number[] = [];
  for (let r = header.row + 1; r < grid.length; r++) if (text(grid[r]?.[column]) === id) rows.push(r);
  return rows;
}

/**
 * Presses "Log call" the way the sidebar does (the same Submissions rule), retrying an unsure
 * answer and confirming a customer the host asks about, until the desk says logged or not logged.
 */
export async function submitLikeTheDesk(port: CallDeskPort, submissions: Submissions, call: Submitted, maxPresses = 12): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    const attempt = submissions.begin(call.entry.customer, call.entry);
    call.requestId = attempt.requestId;
    const told = submissions.settle(
      attempt,
      await port.logCall(attempt.entry, attempt.requestId, attempt.options).then(
        (result) => ({ result }),
        (error: unknown) => ({ error: String((error as Error)?.message ?? error) }),
      ),
    );
    call.told.push(told);
    if (told.kind === 'logged' || told.kind === 'not-logged') return;
  }
}

export interface InvariantOptions {
  /** Rows may move down after they were reported (Excel: a co-author's insert above them). */
  readonly rowsMayMoveDown: boolean;
  /**
   * Excel inserts each new row: what stood below the log in its columns moves down one row per
   * call written, never overwritten. Sheets writes into the blank row under the lock: nothing moves.
   */
  readonly belowMovesDown: boolean;
  /** The log cannot take any call as it stands (a total line, a renamed id header): every call is refused. */
  readonly refusesAll?: boolean;
}

/**
 * - every call the desk said was logged is in the log exactly once, under the right headers;
 * - no call the desk said was not logged is there; no request id is in two rows;
 * - every cell that was there before is unchanged in place (rows below the header only grow);
 * - the plan reads exactly the calls that were there plus the ones written.
 */
export function checkLogInvariants(before: readonly (readonly Cell[])[], after: readonly (readonly Cell[])[], calls: readonly Submitted[], options: InvariantOptions): { logged: number; refused: number; unsure: number } {
  const header = findLogHeader(after);
  const counts = { logged: 0, refused: 0, unsure: 0 };
  // A call pressed again for a debtor whose last call is still unsure continues that call (same id).
  const ids = new Set(calls.flatMap((c) => (c.requestId ? [c.requestId] : [])));
  let present = 0;
  for (const id of ids) present += rowsOf(after, id).length;
  const beforeHeader = findLogHeader(before);
  const outcomeColumn = beforeHeader?.columns.get('outcome');
  let lastCall = beforeHeader?.row ?? before.length;
  if (beforeHeader && outcomeColumn !== undefined) before.forEach((row, r) => { if (r > beforeHeader.row && parseOutcome(text(row[outcomeColumn])) !== null) lastCall = r; });
  const logColumns = header ? [...header.columns.values()] : [];
  const [first, last] = [Math.min(...logColumns), Math.max(...logColumns)];
  before.forEach((row, r) => row.forEach((cell, c) => {
    if (text(cell) === '') return;
    const moved = options.belowMovesDown && r > lastCall && c >= first && c <= last ? present : 0;
    expect(after[r + moved]?.[c], `cell ${r + 1},${c + 1} kept${moved ? `, ${moved} row(s) down` : ''}`).toEqual(cell);
  }));
  for (const call of calls) {
    const final = call.told.at(-1);
    const rows = call.requestId ? rowsOf(after, call.requestId) : [];
    expect(rows.length, `request ${call.requestId} in at most one row`).toBeLessThanOrEqual(1);
    // "logged" never for a call that is not there; "not logged" never for one that is.
    for (const told of call.told) {
      if (told.kind === 'logged') expect(rows.length, `${call.requestId} told logged`).toBe(1);
    }
    if (final?.kind === 'not-logged') expect(rows, `${call.requestId} told not logged`).toEqual([]);
    if (options.refusesAll) expect(final?.kind === 'logged').toBe(false);
    if (final?.kind === 'logged') {
      counts.logged++;
      const row = rows[0]!;
      if (options.rowsMayMoveDown) expect(row + 1).toBeGreaterThanOrEqual(final.row);
      else expect(row + 1).toBe(final.row);
      const cells = after[row]!;
      const at = (key: (typeof LOG_COLUMNS)[number]) => text(cells[header!.columns.get(key)!]);
      expect(at('customer')).toBe(call.entry.customer);
      expect(at('notes')).toBe(call.entry.notes);
      expect(at('collector')).toBe(call.entry.collector);
      expect(Object.values(OUTCOME_WORDS[call.entry.outcome])).toContain(at('outcome'));
      if (call.entry.promisedAmount !== null) expect(Number(cells[header!.columns.get('promisedAmount')!])).toBe(call.entry.promisedAmount);
    } else if (final?.kind === 'not-logged') counts.refused++;
    else counts.unsure++;
  }
  if (present > 0) for (const key of LOG_COLUMNS) expect(header?.columns.has(key), `header ${key}`).toBe(true);
  const read = (grid: readonly (readonly Cell[])[]) => readCallLog(grid as Cell[][], { timeZone: 'Europe/London', language: 'en', dateOrder: null }).records.length;
  expect(read(after)).toBe(read(before) + present);
  return counts;
}
