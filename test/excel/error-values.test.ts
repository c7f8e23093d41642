import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fnError } from '../../core/functions/errors';
import { excelError } from '../../excel-addin/functions/call-function';

/** Excel's CustomFunctions.Error, as the runtime defines it: a code and an optional message. */
class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

beforeEach(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: RuntimeError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
  };
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

describe('core errors as Excel error values', () => {
  it('#VALUE! and #N/A carry the core’s message', () => {
    expect(excelError(fnError('VALUE', 'Row 6, "Amount": "abc" is not an amount'))).toEqual(new RuntimeError('#VALUE!', 'Row 6, "Amount": "abc" is not an amount'));
    expect(excelError(fnError('NA', '"Nobody Ltd" is not on the aging sheet.'))).toEqual(new RuntimeError('#N/A', '"Nobody Ltd" is not on the aging sheet.'));
  });

  it('#NUM! is returned without a message, which Excel does not accept for that code', () => {
    const error = excelError(fnError('NUM', 'too large'));
    expect(error).toEqual(new RuntimeError('#NUM!'));
    expect(error.message).toBeUndefined();
  });
});
