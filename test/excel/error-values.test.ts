import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fnError } from '../../core/functions/errors';
import { excelError } from '../../excel-addin/functions/call-function';
import { ERROR_LITERALS, plainArgument, plainCell } from '../../excel-addin/functions/cell-values';

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

describe('error and data-type cells as Excel hands them to a custom function', () => {
  // Shapes from the Excel JavaScript API's cell-value schema, which custom functions share
  // (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts,
  // https://learn.microsoft.com/javascript/api/excel/excel.errorcellvalue).
  const errors: [string, string][] = [
    ['NotAvailable', '#N/A'], ['Value', '#VALUE!'], ['Ref', '#REF!'], ['Div0', '#DIV/0!'], ['Num', '#NUM!'],
    ['Name', '#NAME?'], ['Null', '#NULL!'], ['Spill', '#SPILL!'], ['Calc', '#CALC!'], ['GettingData', '#GETTING_DATA'],
    ['Busy', '#BUSY!'], ['Connect', '#CONNECT!'], ['Blocked', '#BLOCKED!'], ['Field', '#FIELD!'], ['External', '#EXTERNAL!'],
  ];

  it('every error type becomes its literal, from basicValue or, when absent, from errorType', () => {
    for (const [errorType, literal] of errors) {
      expect(plainCell({ type: 'Error', basicType: 'Error', basicValue: literal, errorType })).toBe(literal);
      expect(plainCell({ type: 'Error', errorType })).toBe(literal);
      expect(ERROR_LITERALS[errorType]).toBe(literal);
    }
    // A localised basicValue (valuesAsJsonLocal) is kept as Excel wrote it.
    expect(plainCell({ type: 'Error', basicValue: '#ARG!', errorType: 'Value' })).toBe('#ARG!');
    expect(plainCell({ type: 'Error', errorType: 'SomethingNew' })).toBe('#VALUE!');
  });

  it('an error in the CustomFunctions.Error shape becomes its literal too', () => {
    expect(plainCell({ code: '#N/A' })).toBe('#N/A');
    expect(plainCell({ code: 'invalidReference' })).toBe('#REF!');
  });

  it('data types become their basic value; an entity the text it shows', () => {
    expect(plainCell({ type: 'FormattedNumber', basicValue: 1234.5, numberFormat: '#,##0.00' })).toBe(1234.5);
    expect(plainCell({ type: 'Double', basicValue: 46349.5, numberFormat: 'yyyy-mm-dd' })).toBe(46349.5);
    expect(plainCell({ type: 'String', basicValue: 'Acme' })).toBe('Acme');
    expect(plainCell({ type: 'Boolean', basicValue: true })).toBe(true);
    expect(plainCell({ type: 'Empty', basicValue: '' })).toBe('');
    expect(plainCell({ type: 'Entity', text: 'Acme Tools Inc', basicValue: '#VALUE!', properties: { Phone: { type: 'String', basicValue: '+1' } } })).toBe('Acme Tools Inc');
    expect(plainCell({ type: 'LinkedEntity', text: 'Microsoft Corp', basicValue: '#VALUE!' })).toBe('Microsoft Corp');
    expect(plainCell({ type: 'WebImage', address: 'https://x/y.png', basicValue: '#VALUE!' })).toBe('#VALUE!');
    expect(plainCell({ type: 'Array', elements: [[1]], basicValue: '#VALUE!' })).toBe('#VALUE!');
  });

  it('a range without objects is passed on as the very same arrays; one with objects as a copy, the original untouched', () => {
    const plain = [['Customer', 'Amount'], ['Acme', 100]];
    expect(plainArgument(plain)).toBe(plain);
    const withError = [['Customer', 'Amount'], ['Acme', { type: 'Error', errorType: 'NotAvailable', basicValue: '#N/A' }], ['Beta', 5]];
    const out = plainArgument(withError) as unknown[][];
    expect(out).toEqual([['Customer', 'Amount'], ['Acme', '#N/A'], ['Beta', 5]]);
    expect(out[2]).toBe(withError[2]);
    expect(withError[1]![1]).toMatchObject({ type: 'Error' });
    expect(plainArgument({ type: 'Double', basicValue: 46349.25 })).toBe(46349.25);
    expect(plainArgument(undefined)).toBeUndefined();
    expect(plainArgument(null)).toBeNull();
  });
});
