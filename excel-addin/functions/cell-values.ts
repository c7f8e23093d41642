/**
 * What a custom-function argument cell can be besides a string, number or boolean, and the plain
 * value the core reads instead.
 *
 * functions.json sets `allowErrorForDataTypeAny` and `allowCustomDataForDataTypeAny`, so Excel
 * runs the functions over ranges that hold errors and data types, and hands those cells over as
 * objects of the Excel JavaScript API's cell-value schema:
 * - errors, because of allowErrorForDataTypeAny ("allows a custom function to process errors as
 *   input values": https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany,
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs),
 *   as `Excel.ErrorCellValue` objects: `{ type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }`
 *   (https://learn.microsoft.com/javascript/api/excel/excel.errorcellvalue);
 * - data types, because of allowCustomDataForDataTypeAny ("custom functions use the same JSON schema
 *   for data types as the Excel JavaScript API":
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts), as
 *   `Excel.CellValue` objects with a `type` and a `basicValue`: a formatted number
 *   `{ type: "FormattedNumber", basicValue: 1234.5, numberFormat: "#,##0.00" }`, a double, string
 *   or boolean, an entity `{ type: "Entity", text: "Acme Tools Inc", properties: {…} }`
 *   (https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue).
 *
 * An error becomes its literal text (`#N/A`, `#REF!`, …): the core reports a cell holding one as
 * that row's issue, so a lookup that failed in one row never stops the others. An entity becomes
 * the text the cell shows: its `basicValue` is `#VALUE!` by the schema (what `Range.values` gives),
 * which would turn a customer kept as a data type into a bad row. Everything else with a
 * `basicValue` becomes that value.
 */

/** The literal Excel shows for each `Excel.ErrorCellValueType`, in the en-US locale (the schema's `basicValue`). */
export const ERROR_LITERALS: Readonly<Record<string, string>> = {
  Blocked: '#BLOCKED!',
  Busy: '#BUSY!',
  Calc: '#CALC!',
  Connect: '#CONNECT!',
  Div0: '#DIV/0!',
  External: '#EXTERNAL!',
  Field: '#FIELD!',
  GettingData: '#GETTING_DATA',
  NotAvailable: '#N/A',
  Name: '#NAME?',
  Null: '#NULL!',
  Num: '#NUM!',
  Placeholder: '#BUSY!',
  Python: '#PYTHON!',
  Ref: '#REF!',
  Spill: '#SPILL!',
  Timeout: '#TIMEOUT!',
  Value: '#VALUE!',
};

/** `CustomFunctions.ErrorCode` names, for a runtime that hands an error over in that shape. */
const ERROR_CODE_LITERALS: Readonly<Record<string, string>> = {
  divisionByZero: '#DIV/0!',
  invalidName: '#NAME?',
  invalidNumber: '#NUM!',
  invalidReference: '#REF!',
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  nullReference: '#NULL!',
};

type Plain = string | number | boolean | null;

function isPlain(v: unknown): v is Plain {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function errorLiteral(v: Record<string, unknown>): string {
  if (typeof v.basicValue === 'string' && v.basicValue.startsWith('#')) return v.basicValue;
  if (typeof v.errorType === 'string' && ERROR_LITERALS[v.errorType]) return ERROR_LITERALS[v.errorType]!;
  return '#VALUE!';
}

/**
 * One argument cell as the core reads it.
 *
 * @example
 * plainCell({ type: 'Error', errorType: 'NotAvailable', basicValue: '#N/A' }) // → '#N/A'
 * plainCell({ type: 'FormattedNumber', basicValue: 1234.5, numberFormat: '#,##0.00' }) // → 1234.5
 * plainCell({ type: 'Entity', text: 'Acme Tools Inc', properties: {} }) // → 'Acme Tools Inc'
 */
export function plainCell(v: unknown): Plain {
  if (isPlain(v)) return v;
  if (v === undefined) return null;
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  const type = typeof o.type === 'string' ? o.type : '';
  if (type === 'Error' || (type === '' && typeof o.errorType === 'string')) return errorLiteral(o);
  // A CustomFunctions.Error-like object: { code: '#N/A' } or { code: 'notAvailable' }.
  if (type === '' && typeof o.code === 'string') return o.code.startsWith('#') ? o.code : (ERROR_CODE_LITERALS[o.code] ?? '#VALUE!');
  if (type === 'Entity' || type === 'LinkedEntity') {
    if (typeof o.text === 'string') return o.text;
    return typeof o.basicValue === 'string' ? o.basicValue : '#VALUE!';
  }
  if (type === 'Empty') return '';
  if (isPlain(o.basicValue)) return o.basicValue;
  return '#VALUE!';
}

/**
 * The argument with every object cell replaced by its plain value. Arguments without objects (the
 * usual case) are returned as they are, so the function layer's memo sees Excel's own arrays.
 */
export function plainArgument(arg: unknown): unknown {
  if (Array.isArray(arg)) {
    let changed: unknown[][] | null = null;
    for (let r = 0; r < arg.length; r++) {
      const row = arg[r];
      if (!Array.isArray(row)) {
        if (isPlain(row)) continue;
        changed ??= arg.slice();
        changed[r] = plainCell(row) as never;
        continue;
      }
      let newRow: unknown[] | null = null;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (isPlain(cell)) continue;
        newRow ??= row.slice();
        newRow[c] = plainCell(cell);
      }
      if (newRow) {
        changed ??= arg.slice();
        changed[r] = newRow;
      }
    }
    return changed ?? arg;
  }
  return isPlain(arg) || arg === undefined ? arg : plainCell(arg);
}
