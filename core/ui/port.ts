import type { CallLogEntry } from '../calllog/entry';
import type { Cell, Language } from '../model/cell';
import type { DeskContext } from '../desk/context';

/**
 * What a host reads from its workbook for the call desk. Shells fill it with plain range values
 * (dates as Excel serials in the collector's wall time, or `Date`), and core turns it into a
 * DeskContext: the shells never compute anything about a debtor.
 */
export interface DeskSnapshot {
  readonly aging: readonly (readonly Cell[])[];
  readonly callLog: readonly (readonly Cell[])[] | null;
  readonly settings: readonly (readonly Cell[])[] | null;
  readonly asOf: Date;
  /** Sheet row (1-based within the aging range) the user has selected, if any. */
  readonly selectedRow: number | null;
  /** The host's display language (Office display language, Sheets locale), e.g. `pl-PL`. */
  readonly hostLocale: string | null;
  /** The workbook's or spreadsheet's time zone, used when Settings names none. */
  readonly hostTimeZone: string | null;
  /** The language the collector picked in the desk: overrides Settings and host for every text. */
  readonly language?: Language | null;
  /** The customer the collector opened in the desk: wins over the selected row. */
  readonly customer?: string | null;
}

/** What the desk asks for when it reads the workbook. Hosts pass it on to the snapshot. */
export interface ContextRequest {
  /** Set when the collector switched the desk's language. */
  readonly language?: Language;
  /** Set when the collector opened a debtor in the desk (the queue, Next, after logging a call). */
  readonly customer?: string;
}

/** The result of appending one call. A repeated request id is not written twice. */
export type LogResult =
  | { readonly status: 'written'; readonly row: number }
  | { readonly status: 'duplicate'; readonly row: number | null };

/**
 * The one interface between the shared sidebar and its host. Excel's task pane, the Sheets
 * sidebar (over google.script.run) and the local preview each implement it. Methods reject with an
 * Error whose message is shown to the collector as is, so it must say what to do.
 */
export interface CallDeskPort {
  /**
   * Reads the workbook and returns the computed desk for the current selection, or for
   * `request.customer` when given. A host passes `request.language` and `request.customer` on as
   * `DeskSnapshot.language` and `DeskSnapshot.customer`.
   */
  getContext(request?: ContextRequest): Promise<DeskContext>;
  /** Appends exactly one call-log row. Never overwrites or reorders existing rows. */
  logCall(entry: CallLogEntry, requestId: string): Promise<LogResult>;
  /** Moves the host's selection to the customer's first aging row (optional: the preview and Excel do). */
  selectCustomer?(customer: string): Promise<void>;
  /** Subscribes to selection changes in the host; returns the unsubscribe function. */
  onSelectionChange?(listener: () => void): () => void;
  /** Language the host suggests before Settings are read. */
  readonly hostLanguage?: Language;
}
