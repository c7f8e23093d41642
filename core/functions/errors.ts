/**
 * Spreadsheet error codes the function layer can return. Each host renders them its own way:
 * Excel as `#VALUE!` / `#N/A` / `#NUM!` with the message on hover (Polish Excel shows `#ARG!`),
 * Sheets as `#ERROR!` with the message.
 */
export type FnErrorCode = 'VALUE' | 'NA' | 'NUM';

/** An error returned as a value, never thrown: one bad row must not take the whole spill down. */
export interface FnError {
  readonly kind: 'fn-error';
  readonly code: FnErrorCode;
  readonly message: string;
}

export function fnError(code: FnErrorCode, message: string): FnError {
  return { kind: 'fn-error', code, message };
}

export function isFnError(value: unknown): value is FnError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'fn-error';
}

const DISPLAY: Readonly<Record<FnErrorCode, string>> = { VALUE: '#VALUE!', NA: '#N/A', NUM: '#NUM!' };

/**
 * The error as cell text, for hosts that cannot put an error value inside a spilled array
 * (Apps Script): `#N/A: no open balance for "Acme"`.
 */
export function fnErrorText(error: FnError): string {
  return `${DISPLAY[error.code]} ${error.message}`;
}
