import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Fixed fast-check seed for every property (random ones only under `npm run fuzz`).
    setupFiles: ['__tests__/support/properties.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores on CI: keep parallelism modest so loopback servers and child processes stay responsive.
    maxWorkers: 2,
  },
});
