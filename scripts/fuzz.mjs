#!/usr/bin/env node
// Random exploration for the property tests (not part of `npm test`, which uses one fixed seed).
// Runs every test file that calls fc.assert with a fresh random seed per round, each property for as
// many runs as fit in its share of the budget, until the budget is spent; on a failure prints the seed
// and the command that reproduces it, and exits 1.
//
//   npm run fuzz                      # 120 s budget
//   npm run fuzz -- --budget 600      # seconds
//   npm run fuzz -- --round 20        # seconds per property per round (default 15)
//   npm run fuzz -- --seed 12345      # replay one seed for one round
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    budget: { type: 'string', default: '120' },
    round: { type: 'string', default: '15' },
    seed: { type: 'string' },
  },
});
const budgetMs = Number(values.budget) * 1000;
const roundMs = Number(values.round) * 1000;
if (!(budgetMs > 0) || !(roundMs > 0)) {
  console.error('fuzz: --budget and --round take a positive number of seconds');
  process.exit(2);
}

function propertyFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return propertyFiles(path);
    return entry.name.endsWith('.test.ts') && readFileSync(path, 'utf8').includes('fc.assert(') ? [relative(root, path)] : [];
  });
}

const files = propertyFiles(join(root, '__tests__'));
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const started = Date.now();
let rounds = 0;
for (;;) {
  const left = budgetMs - (Date.now() - started);
  if (left <= 0 || (values.seed !== undefined && rounds === 1)) break;
  const seed = values.seed !== undefined ? Number(values.seed) | 0 : randomInt(0, 2 ** 31);
  // Each property gets a slice of the round; files run two at a time.
  const perProperty = Math.max(1000, Math.min(roundMs, left / 2));
  console.log(`fuzz: round ${rounds + 1}, seed ${seed}, up to ${Math.round(perProperty / 1000)} s per property`);
  const result = spawnSync(process.execPath, [vitest, 'run', '--testTimeout', String(perProperty * 4 + 60_000), ...files], {
    cwd: root,
    env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_MS: String(perProperty) },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  rounds++;
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    console.error(`\nfuzz: FAILED with seed ${seed} (round ${rounds}).`);
    console.error(`fuzz: reproduce with  FUZZ_SEED=${seed} FUZZ_MS=${perProperty} npx vitest run ${files.join(' ')}`);
    console.error('fuzz: or use the seed and path fast-check printed above in fc.assert parameters, then add the shrunk input as a named regression fixture.');
    process.exit(1);
  }
}
console.log(`fuzz: ${rounds} round(s) in ${Math.round((Date.now() - started) / 1000)} s over ${files.length} file(s), no failure.`);
