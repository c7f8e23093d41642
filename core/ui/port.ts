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
  /**
   * Who sits at the desk: the name asked for, else the one the host remembers for this user. The
   * queue then follows that collector's agenda.
   */
  readonly collector?: string | null;
}

/** What the desk asks for when it reads the workbook. Hosts pass it on to the snapshot. */
export interface ContextRequest {
  /** Set when the collector switched the desk's language. */
  readonly language?: Language;
  /** Set when the collector opened a debtor in the desk (the queue, Next, after logging a call). */
  readonly customer?: string;
  /** Set when the collector said who they are; the host remembers it for this user. */
  readonly collector?: string;
}

/**
 * The host's definite answer to one `logCall`: the only states a desk can be told. A promise that
 * rejects instead means the answer is unknown (the host failed part-way, the answer was lost on
 * the way back): the call may or may not be in the log, and only a retry with the same request id
 * can tell.
 * - `written`: this call is now in the log, at `row` (1-based sheet row).
 * - `duplicate`: a row with this request id was already there, at `row`: the call is logged, once.
 * - `refused`: nothing was written, and the message says what to fix.
 * - `confirm`: nothing was written; the collector must confirm (LogOptions) before it is.
 */
export type LogResult =
  | { readonly status: 'written'; readonly row: number }
  | { readonly status: 'duplicate'; readonly row: number }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'confirm'; readonly reason: 'unknown-customer'; readonly message: string };

/** What the collector confirmed when the host asked (`status: 'confirm'`). */
export interface LogOptions {
  /** The customer is not on the aging sheet, and the call is to be logged anyway. */
  readonly customerConfirmed?: boolean;
}

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
  /**
   * Appends exactly one call-log row, once per request id however often it is sent. Never
   * overwrites or reorders existing rows. Resolves only with a definite answer; rejects when the
   * outcome is unknown.
   */
  logCall(entry: CallLogEntry, requestId: string, options?: LogOptions): Promise<LogResult>;
  /** Moves the host's selection to the customer's first aging row (optional: the preview and Excel do). */
  selectCustomer?(customer: string): Promise<void>;
  /** Subscribes to selection changes in the host; returns the unsubscribe function. */
  onSelectionChange?(listener: () => void): () => void;
  /** Language the host suggests before Settings are read. */
  readonly hostLanguage?: Language;
}
