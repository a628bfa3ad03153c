import { defineConfig } from 'vitest/config';

/**
 * The end-to-end specs: each file starts its own server on a fresh PGlite folder and drives
 * the built PWA in headless Chromium. One file at a time, in one forked process: the specs
 * share the machine's two cores with the server and the browser.
 */
export default defineConfig({
  test: {
    include: ['specs/**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/report.json' },
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
  },
});
