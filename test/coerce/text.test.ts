import { describe, expect, it } from 'vitest';
import { cellText, isEmptyCell, parseFlag, parseHoursRange, parseTimeOfDay } from '../../core/coerce/text';

describe('the text of a cell', () => {
  it('is trimmed, and numbers show without float noise or exponent', () => {
    expect(cellText('  Acme  ')).toBe('Acme');
    expect(cellText(7900770)).toBe('7900770');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(1e21)).toBe('1000000000000000000000');
    expect(cellText(1.5e-7)).toBe('0.00000015');
    expect(cellText(Number.NaN)).toBe('');
  });

  it('dates show as ISO days, booleans as TRUE/FALSE, empty as empty', () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 5, 10)))).toBe('2026-03-05');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });

  it('knows the empty cells of both hosts', () => {
    expect([null, '', ' ', '\u00a0', '\u3000'].every(isEmptyCell)).toBe(true);
    expect([0, false, 'x'].some(isEmptyCell)).toBe(false);
  });
});

describe('yes/no flags', () => {
  it('in English, Chinese and Polish, and the hosts\' booleans', () => {
    for (const yes of ['yes', 'Y', 'TRUE', 'x', '1', '是', '有', 'Tak', true, 1]) expect(parseFlag(yes), String(yes)).toBe(true);
    for (const no of ['no', 'N', 'false', '0', '否', '无', 'nie', false, 0]) expect(parseFlag(no), String(no)).toBe(false);
  });

  it('empty is null and anything else is reported as invalid, never guessed', () => {
    expect(parseFlag('')).toBeNull();
    expect(parseFlag('maybe')).toBe('invalid');
    expect(parseFlag(2)).toBe('invalid');
  });
});

describe('hours', () => {
  it('ranges with hyphen, en dash, full-width tilde, whole hours', () => {
    expect(parseHoursRange('09:00-17:30')).toEqual({ start: 540, end: 1050 });
    expect(parseHoursRange('9-17')).toEqual({ start: 540, end: 1020 });
    expect(parseHoursRange('9:00–17:00')).toEqual({ start: 540, end: 1020 });
    expect(parseHoursRange('08:00～18:00')).toEqual({ start: 480, end: 1080 });
    expect(parseHoursRange('17:00-09:00')).toBeNull();
    expect(parseHoursRange('all day')).toBeNull();
  });

  it('times of day', () => {
    expect(parseTimeOfDay('09:30')).toBe(570);
    expect(parseTimeOfDay('9:30 PM')).toBe(1290);
    expect(parseTimeOfDay('14.30')).toBe(870);
    expect(parseTimeOfDay('０９:００')).toBe(540);
    expect(parseTimeOfDay('25:00')).toBeNull();
  });
});
