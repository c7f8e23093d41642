/**
 * Apps Script has no timers. A date library in the bundle keeps `setTimeout` as a fallback for
 * `setImmediate` at load time without ever calling it; esbuild injects this binding so that
 * loading the script does not fail with a ReferenceError, and any real call says why it cannot work.
 */
export function setTimeout(): never {
  throw new Error('setTimeout is not available in Apps Script.');
}
