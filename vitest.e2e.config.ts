import { defineConfig } from 'vitest/config';

// End-to-end tests in real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
// `npm run test:e2e` builds first; one browser is shared by the whole suite.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
