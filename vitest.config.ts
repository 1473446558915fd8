import { defineConfig } from 'vitest/config';

// Unit tests cover the pure modules only; the browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
