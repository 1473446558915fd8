import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's Chromium (Playwright) and Firefox ESR (puppeteer-core); each test
// launches its own browser, so one worker at a time suits a 2-core machine.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder at start; keep it apart from the unit-test report beside it.
  outputDir: 'test-results/playwright',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list']],
});
