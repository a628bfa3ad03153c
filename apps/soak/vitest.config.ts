import { defineConfig } from 'vitest/config';

/**
 * The short soak and its parts: the short soak starts the real server as a child process on a
 * fresh PostgreSQL database and kills it twice, so it runs alone, in one forked process.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/report.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
  },
});
