import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/reporters/summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each file starts real servers on port 0; two workers suit the 2-core machines we run on.
    maxWorkers: 2,
  },
});
