// Test support: how every fast-check property in the suite is run. `npm test` uses one fixed seed,
// so a run is reproducible and cannot fail by luck; `npm run fuzz` (scripts/fuzz.mjs) sets
// FUZZ_SEED to a random seed and FUZZ_MS to a time budget per property, and prints the seed of any
// failure. Loaded for every test file by vitest.config.ts (setupFiles).
import fc from 'fast-check';

/** The seed `npm test` runs every property with. Change it only together with the regression fixtures. */
export const DEFAULT_SEED = 20261130;

const fuzzSeed = process.env.FUZZ_SEED;
/** Per-property time budget in fuzz mode (ms), or 0 in the default suite. */
export const FUZZ_MS = fuzzSeed === undefined ? 0 : Math.max(1, Number(process.env.FUZZ_MS ?? 10_000));
export const PROPERTY_SEED = fuzzSeed === undefined ? DEFAULT_SEED : Number(fuzzSeed) | 0;

fc.configureGlobal({ seed: PROPERTY_SEED });

/**
 * fast-check parameters for a property: `numRuns` runs in `npm test`; in fuzz mode, as many runs as
 * fit in FUZZ_MS (an interrupted run is not a failure). Seed and path stay reproducible either way.
 */
export function runs(numRuns: number): fc.Parameters<unknown> {
  if (FUZZ_MS === 0) return { seed: PROPERTY_SEED, numRuns };
  return { seed: PROPERTY_SEED, numRuns: 1_000_000_000, interruptAfterTimeLimit: FUZZ_MS, markInterruptAsFailure: false };
}
