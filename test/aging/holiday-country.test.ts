import { describe, expect, it } from 'vitest';
import { readSettings } from '../../core/settings/read-settings';

/** The holiday country as the Settings sheet's one row gives it. */
const holidayCountry = (value: string) => {
  const read = readSettings([['Setting', 'Value'], ['holidayCountry', value]]);
  return { country: read.settings.holidayCountry, issues: read.issues };
};

describe('holidayCountry accepts codes, names and aliases', () => {
  it.each([
    ['GB', 'GB'], ['gb', 'GB'], ['UK', 'GB'], ['United Kingdom', 'GB'], ['Poland', 'PL'], ['Polska', 'PL'], ['PL', 'PL'],
    ['中国', 'CN'], ['China', 'CN'], ['USA', 'US'], ['Deutschland', 'DE'], ['EL', 'GR'], ['Wielka Brytania', 'GB'],
  ] as const)('%s → %s', (value, code) => {
    const r = holidayCountry(value);
    expect(r.country).toBe(code);
    expect(r.issues).toEqual([]);
  });

  it('a country it does not know is reported, never taken as written', () => {
    for (const value of ['XX', 'Atlantis', 'Mars', 'U']) {
      const r = holidayCountry(value);
      expect(r.country, value).not.toBe(value.toUpperCase());
      expect(r.issues.map((i) => i.code), value).toEqual(['bad-setting']);
      expect(r.issues[0]!.message, value).toContain(value);
    }
  });
});

describe('a Settings sheet that writes UK', () => {
  it('plans with the British holidays', async () => {
    const { ukOffice } = await import('../fixtures/settings/uk-office');
    const read = readSettings(ukOffice);
    expect(read.settings.holidayCountry).toBe('GB');
    expect(read.issues).toEqual([]);
  });
});
