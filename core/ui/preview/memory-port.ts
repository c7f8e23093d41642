import type { CallLogEntry } from '../../calllog/entry';
import { callLogRow, validateCallLogEntry } from '../../calllog/write-row';
import { buildDeskContext, firstRowOf, type DeskContext } from '../../desk/context';
import { languageFromLocale } from '../../i18n/texts';
import type { Cell, Language } from '../../model/cell';
import { readSettings } from '../../settings/read-settings';
import type { CallDeskPort, LogResult } from '../port';

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
  /** A host failure to simulate on the next writes (a protected sheet, a lost connection), if any. */
  readonly hostError?: () => string | null | undefined;
}

export interface MemoryPort extends CallDeskPort {
  /** Sheet row (1-based, header = row 1) of the aging table now selected, if any. */
  selectedRow(): number | null;
  /** What a user clicking a row does in the host: moves the selection and tells the desk. */
  selectRow(row: number | null): void;
  /** Called after every change to the workbook (a call logged) or the selection. */
  onChange(listener: () => void): () => void;
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
  const notify = (set: Set<() => void>) => set.forEach((l) => l());
  const latency = () => (options.latencyMs ? wait(options.latencyMs) : Promise.resolve());
  const settingsNow = () => readSettings(book.settings, { hostTimeZone: options.hostTimeZone ?? null }).settings;

  const port: MemoryPort = {
    hostLanguage: languageFromLocale(options.hostLocale) ?? undefined,
    async getContext(request) {
      await latency();
      lastContext = buildDeskContext({
        language: request?.language ?? null,
        customer: request?.customer ?? null,
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
    async logCall(entry: CallLogEntry, requestId: string): Promise<LogResult> {
      await latency();
      const failure = options.hostError?.();
      if (failure) throw new Error(failure);
      const already = seen.get(requestId);
      if (already !== undefined) return { status: 'duplicate', row: already };
      const settings = settingsNow();
      const language: Language = settings.language;
      const check = validateCallLogEntry(entry, language, { allowedConsequences: settings.allowedConsequences });
      if (!check.ok) throw new Error(check.message);
      book.callLog.push(callLogRow(check.entry, { dates: 'serial', timeZone: settings.collectorTimeZone, language }));
      const row = book.callLog.length;
      seen.set(requestId, row);
      notify(changeListeners);
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
