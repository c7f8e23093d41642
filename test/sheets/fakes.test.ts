/**
 * The fakes are only worth what they model: these pin down the Apps Script behaviours the add-on's
 * tests rely on, so a fake that drifts from the reference fails here first.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { addSheet, newSpreadsheet, services, type Realm } from './harness/fake-apps-script';
import { instantToSerial, serialOf, serialToInstant } from './harness/zone-clock';

function spreadsheetApp(mode: 'full' | 'custom-function' = 'full') {
  const state = newSpreadsheet({ timeZone: 'Europe/Warsaw' });
  addSheet(state, 'Sheet1', 20, 5);
  const realm = vm.runInContext('({ Array: Array, Date: Date })', vm.createContext({})) as Realm;
  const g = services(state, realm, 'execution-test', mode, () => false, '.') as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp; LockService: GoogleAppsScript.Lock.LockService };
  return { state, realm, app: g.SpreadsheetApp, g };
}

describe('the Apps Script fakes', () => {
  it('address ranges from 1 and refuse coordinates outside the sheet', () => {
    const sheet = spreadsheetApp().app.getActive().getSheetByName('Sheet1')!;
    expect(() => sheet.getRange(0, 1)).toThrow(/starting row of the range is too small/);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(/number of rows in the range must be at least 1/);
    expect(() => sheet.getRange(20, 5, 2, 1)).toThrow(/outside the dimensions of the sheet/);
    expect(sheet.getRange('B2:C4').getNumRows()).toBe(3);
    expect(sheet.getRange('A:C').getNumRows()).toBe(20);
  });

  it('refuse setValues data whose shape differs from the range', () => {
    const sheet = spreadsheetApp().app.getActive().getSheetByName('Sheet1')!;
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(/data has 1 but the range has 2/);
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(/columns.*data has 3 but the range has 2/);
  });

  it('report the last row with content, not the last formatted one', () => {
    const sheet = spreadsheetApp().app.getActive().getSheetByName('Sheet1')!;
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange(1, 1, 10, 1).setNumberFormat('@');
    sheet.getRange(3, 2).setValue('x');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
  });

  it('read typed text as Sheets does: "=" makes a formula unless the cell is plain text, an apostrophe keeps text', () => {
    const { state, app } = spreadsheetApp();
    const sheet = app.getActive().getSheetByName('Sheet1')!;
    sheet.getRange(1, 1, 1, 4).setValues([['=1+1', "'=1+1", '42', '3/4']]);
    const cells = state.sheets[0]!.cells;
    expect(cells.get('1,1')).toMatchObject({ formula: '=1+1', value: null });
    expect(cells.get('1,2')).toMatchObject({ formula: null, value: '=1+1' });
    expect(cells.get('1,3')).toMatchObject({ value: 42 });
    expect(cells.get('1,4')).toMatchObject({ isDate: true });
    sheet.getRange(2, 1, 1, 3).setNumberFormat('@').setValues([['=1+1', '42', '3/4']]);
    expect([cells.get('2,1')?.value, cells.get('2,2')?.value, cells.get('2,3')?.value]).toEqual(['=1+1', '42', '3/4']);
  });

  it('store dates as serials in the spreadsheet’s zone and give them back as Date objects of the script’s realm', () => {
    const { state, realm, app } = spreadsheetApp();
    const sheet = app.getActive().getSheetByName('Sheet1')!;
    // 09:00 in Warsaw on a summer day is 07:00Z.
    sheet.getRange(1, 1).setValue(new realm.Date('2026-07-01T07:00:00Z'));
    expect(state.sheets[0]!.cells.get('1,1')).toMatchObject({ isDate: true, value: serialOf(2026, 7, 1, 9, 0) });
    const back = sheet.getRange(1, 1).getValue() as Date;
    expect(back).toBeInstanceOf(realm.Date);
    expect(back.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(instantToSerial(serialToInstant(serialOf(2026, 3, 29, 2, 30), 'Europe/Warsaw'), 'Europe/Warsaw')).toBeCloseTo(serialOf(2026, 3, 29, 3, 30), 8);
  });

  it('let custom functions read but not write', () => {
    const sheet = spreadsheetApp('custom-function').app.getActive().getSheetByName('Sheet1')!;
    expect(sheet.getRange(1, 1).getValue()).toBe('');
    expect(() => sheet.getRange(1, 1).setValue(1)).toThrow(/You do not have permission to call setValue/);
  });

  it('give one document lock to one execution at a time', () => {
    const { state, realm } = spreadsheetApp();
    const a = services(state, realm, 'a', 'full', () => false, '.') as { LockService: GoogleAppsScript.Lock.LockService };
    const b = services(state, realm, 'b', 'full', () => false, '.') as { LockService: GoogleAppsScript.Lock.LockService };
    const lockA = a.LockService.getDocumentLock();
    expect(lockA.tryLock(1000)).toBe(true);
    expect(b.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    expect(() => b.LockService.getDocumentLock().waitLock(1000)).toThrow(/Lock timeout/);
    lockA.releaseLock();
    expect(b.LockService.getDocumentLock().tryLock(1000)).toBe(true);
  });

  it('fail on anything they do not model', () => {
    const { app } = spreadsheetApp();
    expect(() => (app as unknown as { openById(id: string): void }).openById('x')).toThrow(/not modelled/);
  });
});
