import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatMoney } from '../../core/i18n/texts';

test('amounts read as each language writes them, exactly as Intl would', () => {
  const locales = { en: 'en-US', 'zh-CN': 'zh-CN', pl: 'pl-PL' } as const;
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('en', 'zh-CN', 'pl'), (cents, language) => {
      const value = cents / 100;
      const intl = new Intl.NumberFormat(locales[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
      expect(formatMoney(value, language)).toBe(intl.replace('\u2212', '-'));
    }),
  );
  expect(formatMoney(-0.001, 'en')).toBe('0.00');
});
