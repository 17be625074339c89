import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { ACTION_INPUTS_MODULE, actionInputsModuleSource } from './scripts/action-inputs.mjs';

export default defineConfig({
  plugins: [
    {
      // The Action's input defaults, read from action.yml as the bundler does (scripts/action-inputs.mjs).
      name: 'action-inputs',
      resolveId: (id) => (id === ACTION_INPUTS_MODULE ? '\0' + ACTION_INPUTS_MODULE : undefined),
      load: (id) => (id === '\0' + ACTION_INPUTS_MODULE ? actionInputsModuleSource(resolve(import.meta.dirname, 'action.yml')) : undefined),
    },
  ],
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
