import { defineConfig } from 'vitest/config';

/**
 * The suites mutation testing runs: the pure core's. Browser, Excel and Sheets suites test the
 * shells, start Chromium, and kill no mutant of the folders `npm run mutate` covers.
 * MUTATE_TESTS (comma-separated globs) narrows them to a folder's own suites: a quick first pass
 * whose score is a lower bound of the full one, since fewer tests can only kill fewer mutants.
 */
const own = process.env.MUTATE_TESTS?.split(',').filter(Boolean);
export default defineConfig({
  test: {
    include: own?.length ? own : ['test/core/**/*.test.ts', 'test/coerce/**/*.test.ts', 'test/aging/**/*.test.ts', 'test/desk/**/*.test.ts'],
    maxWorkers: 1,
    testTimeout: 120_000,
  },
});
