import type { CallLogEntry } from '../../calllog/entry';
import { callLogRow, validateCallLogEntry } from '../../calllog/write-row';
import { buildDeskContext, firstRowOf, type DeskContext } from '../../desk/context';
import { languageFromLocale } from '../../i18n/texts';
import type { Cell, Language } from '../../model/cell';
import { readSettings } from '../../settings/read-settings';
import { checkAgainstAging } from '../../calllog/aging-check';
import type { CallDeskPort, LogOptions, LogResult } from '../port';

/** A workbook held in memory: the same three tables a host reads from its sheets. */
export interface MemoryWorkbook {
  aging: Cell[][];
  callLog: Cell[][];
  settings: Cell[][];
}

export interface MemoryPortOptions {
  readonly now: () => Date;
  readonly hostLocale?: string | null;
  readonly hostTimeZone?: string | null;
  /** Simulated host round trip, so a pending state can be seen. */
  readonly latencyMs?: number;
  /** A host refusal to simulate on the next writes (a protected sheet): nothing is written, and the host says so. */
  readonly hostError?: () => string | null | undefined;
  /**
   * A fault whose outcome the desk cannot know, on the next writes: `fail-before` rejects without
   * writing (the host call timed out before it ran), `lose-answer` writes the row and then rejects
   * (the answer was lost on the way back).
   */
  readonly fault?: () => MemoryFault | null | undefined;
  /** A failure to simulate when the desk next reads the workbook (after a call was logged, say). */
  readonly contextError?: () => string | null | undefined;
}

export interface MemoryPort extends CallDeskPort {
  /** Sheet row (1-based, header = row 1) of the aging table now selected, if any. */
  selectedRow(): number | null;
  /** What a user clicking a row does in the host: moves the selection and tells the desk. */
  selectRow(row: number | null): void;
  /** Called after every change to the workbook (a call logged) or the selection. */
  onChange(listener: () => void): () => void;
}

export type MemoryFault = 'fail-before' | 'lose-answer';

/** What a cell shows after a host took the value: both Excel and Sheets drop one leading apostrophe. */
function asStored(cell: Cell): Cell {
  return typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The call desk's port over an in-memory workbook, behaving as Excel and Sheets do: a logged
 * call is validated, turned into a row by the core (`callLogRow`) and appended — never inserted
 * or overwritten — and a request id seen before is not written twice.
 */
export function createMemoryPort(book: MemoryWorkbook, options: MemoryPortOptions): MemoryPort {
  let selectedRow: number | null = null;
  const seen = new Map<string, number>();
  const selectionListeners = new Set<() => void>();
  const changeListeners = new Set<() => void>();
  let lastContext: DeskContext | null = null;
  /** Who sits at the desk, remembered for the page's one user as a host remembers it per user. */
  let deskCollector: string | null = null;
  const notify = (set: Set<() => void>) => set.forEach((l) => l());
  const latency = () => (options.latencyMs ? wait(options.latencyMs) : Promise.resolve());
  const settingsNow = () => readSettings(book.settings, { hostTimeZone: options.hostTimeZone ?? null }).settings;

  const port: MemoryPort = {
    hostLanguage: languageFromLocale(options.hostLocale) ?? undefined,
    async getContext(request) {
      await latency();
      if (request?.collector !== undefined) deskCollector = request.collector;
      const failure = options.contextError?.();
      if (failure) throw new Error(failure);
      lastContext = buildDeskContext({
        language: request?.language ?? null,
        customer: request?.customer ?? null,
        collector: deskCollector,
        aging: book.aging,
        callLog: book.callLog,
        settings: book.settings,
        asOf: options.now(),
        selectedRow,
        hostLocale: options.hostLocale ?? null,
        hostTimeZone: options.hostTimeZone ?? null,
      });
      return lastContext;
    },
    async logCall(entry: CallLogEntry, requestId: string, logOptions?: LogOptions): Promise<LogResult> {
      await latency();
      const fault = options.fault?.();
      if (fault === 'fail-before') throw new Error('The host did not answer in time.');
      const refusal = options.hostError?.();
      if (refusal) return { status: 'refused', message: refusal };
      const already = seen.get(requestId);
      if (already !== undefined) {
        if (fault === 'lose-answer') throw new Error('The answer from the host was lost.');
        return { status: 'duplicate', row: already };
      }
      const settings = settingsNow();
      const language: Language = settings.language;
      const check = validateCallLogEntry(entry, language, { allowedConsequences: settings.allowedConsequences, now: options.now() });
      if (!check.ok) return { status: 'refused', message: check.message };
      const onAging = checkAgainstAging(check.entry, book.aging, { language, dateOrder: settings.dateOrder, customerConfirmed: logOptions?.customerConfirmed });
      if (!onAging.ok) return onAging.kind === 'confirm' ? { status: 'confirm', reason: 'unknown-customer', message: onAging.message } : { status: 'refused', message: onAging.message };
      book.callLog.push(callLogRow(check.entry, { dates: 'serial', timeZone: settings.collectorTimeZone, language }).map(asStored));
      const row = book.callLog.length;
      seen.set(requestId, row);
      notify(changeListeners);
      if (fault === 'lose-answer') throw new Error('The answer from the host was lost.');
      return { status: 'written', row };
    },
    async selectCustomer(customer: string) {
      const row = firstRowOf(lastContext, customer);
      if (row === undefined) return;
      selectedRow = row;
      notify(changeListeners);
    },
    onSelectionChange(listener) {
      selectionListeners.add(listener);
      return () => selectionListeners.delete(listener);
    },
    selectedRow: () => selectedRow,
    selectRow(row) {
      selectedRow = row;
      notify(changeListeners);
      notify(selectionListeners);
    },
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
  };
  return port;
}
