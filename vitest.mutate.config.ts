import { defineConfig } from 'vitest/config';

/**
 * The suites mutation testing runs: the pure core's. Browser, Excel and Sheets suites test the
 * shells, start Chromium, and kill no mutant of the folders `npm run mutate` covers.
 */
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/coerce/**/*.test.ts', 'test/aging/**/*.test.ts', 'test/desk/**/*.test.ts'],
    maxWorkers: 1,
    testTimeout: 120_000,
  },
});
