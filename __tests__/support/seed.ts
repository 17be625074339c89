// Test support: where the seed tracker is — the real tracker the project was born for, in shared/seed
// beside the main checkout (two levels up from a worktree under wt/). It is another project's text:
// tests read it, never commit it, and skip when it is absent (SEED_PATH is then '').
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export const SEED_PATH =
  [join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')]
    .map((dir) => join(dir, 'seed', '000_ab385d864dd7d294.txt'))
    .find((path) => existsSync(path)) ?? '';
