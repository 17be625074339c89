// Core benchmark: `tracker-bot check --format json` on generated 10k- and 100k-row trackers, wall
// time and peak RSS, side by side with markdownlint-cli2 running only MD055+MD056 on the same
// files, plus parseTracker alone (bundled from src with esbuild). Prints a table, the linearity
// ratio t(100k)/t(10k) and whether the targets hold (10k ≤ 0.5 s; 100k ≤ 5 s and ≤ 500 MB).
// Usage: node bench/core.mjs [--skip-peers] [--sizes 10000,100000] [--runs 5] [--peer-timeout 300]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTracker } from './generate-tracker.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const args = process.argv.slice(2);
const skipPeers = args.includes('--skip-peers');
const sizesArg = args.indexOf('--sizes');
const sizes = sizesArg !== -1 ? args[sizesArg + 1].split(',').map(Number) : [10_000, 100_000];
const runsArg = args.indexOf('--runs');
/** Our own tools run this many times (median reported); the much slower peers run once. */
const RUNS = runsArg !== -1 ? Number(args[runsArg + 1]) : 5;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Median wall time and peak RSS over `runs` runs. */
async function measureMedian(command, commandArgs, runs, timeoutS) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measure(command, commandArgs, timeoutS));
  return { ...all[0], seconds: median(all.map((r) => r.seconds)), rssMb: median(all.map((r) => r.rssMb)), runs };
}

/** Run a command; resolve wall seconds and peak RSS in MB (via /usr/bin/time -v, else /proc VmHWM polling). */
/** Peers that run past this many seconds are stopped and reported as "> limit". */
const timeoutArg = args.indexOf('--peer-timeout');
const PEER_TIMEOUT_S = timeoutArg !== -1 ? Number(args[timeoutArg + 1]) : 300;

function measure(command, commandArgs, timeoutS = Infinity) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    let timedOut = false;
    const arm = (child) => {
      if (!Number.isFinite(timeoutS)) return;
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, timeoutS * 1000);
      child.on('close', () => clearTimeout(timer));
    };
    if (TIME) {
      const child = spawn(TIME, ['-v', command, ...commandArgs], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
      arm(child);
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        const exit = /Exit status: (\d+)/.exec(stderr);
        resolve({ seconds, rssMb: kb ? Number(kb[1]) / 1024 : NaN, exit: exit ? Number(exit[1]) : code, stderr, timedOut });
      });
      return;
    }
    const child = spawn(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    arm(child);
    let stderr = '';
    let peakKb = 0;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process has exited
      }
    }, 20);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, rssMb: peakKb / 1024, exit: code, stderr, timedOut });
    });
  });
}

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
  if (!existsSync(cli)) console.error('dist/cli.js is missing (the lead builds it): skipping tracker-bot check.');

  const results = [];
  for (const rows of sizes) {
    const file = join(OUT, `tracker-${rows}.md`);
    writeFileSync(file, generateTracker(rows));
    const megabytes = readFileSync(file).length / 1e6;
    const tools = [];
    if (existsSync(cli)) tools.push(['tracker-bot check --format json', process.execPath, [cli, 'check', '--format', 'json', file], RUNS]);
    if (parser) tools.push(['parseTracker only (node + bundle)', process.execPath, [parser, file], RUNS]);
    if (!skipPeers) tools.push(['markdownlint-cli2 MD055+MD056', join(ROOT, 'node_modules/.bin/markdownlint-cli2'), ['--config', markdownlintConfig, file], 1]);
    for (const [name, command, commandArgs, runs] of tools) {
      process.stderr.write(`${rows} rows (${megabytes.toFixed(1)} MB): ${name} ×${runs} … `);
      const r = await measureMedian(command, commandArgs, runs, name.startsWith('markdownlint') ? PEER_TIMEOUT_S : Infinity);
      const parseMs = /parse-ms=([\d.]+)/.exec(r.stderr);
      process.stderr.write(r.timedOut ? `stopped after ${PEER_TIMEOUT_S} s\n` : `${r.seconds.toFixed(2)} s, ${r.rssMb.toFixed(0)} MB, exit ${r.exit}${parseMs ? `, parseTracker ${parseMs[1]} ms` : ''}\n`);
      results.push({ rows, name, ...r, parseMs: parseMs ? Number(parseMs[1]) : null });
    }
  }

  const cpu = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? 'unknown CPU';
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`);
  console.log('\n| tool | rows | runs | median wall (s) | peak RSS (MB) | exit | in-process parse (ms) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const wall = r.timedOut ? `> ${PEER_TIMEOUT_S} (stopped)` : r.seconds.toFixed(2);
    const rss = r.timedOut || Number.isNaN(r.rssMb) ? '–' : r.rssMb.toFixed(0);
    console.log(`| ${r.name} | ${r.rows} | ${r.runs} | ${wall} | ${rss} | ${r.timedOut ? '–' : r.exit} | ${r.parseMs ?? ''} |`);
  }
  const names = [...new Set(results.map((r) => r.name))];
  console.log('');
  for (const name of names) {
    const small = results.find((r) => r.name === name && r.rows === 10_000);
    const large = results.find((r) => r.name === name && r.rows === 100_000);
    if (small && large && !small.timedOut && !large.timedOut) console.log(`${name}: linearity t(100k)/t(10k) = ${(large.seconds / small.seconds).toFixed(1)}`);
  }
  const check = (rows) => results.find((r) => r.name.startsWith('tracker-bot') && r.rows === rows);
  const small = check(10_000);
  const large = check(100_000);
  if (small) console.log(`target 10k ≤ 0.5 s: ${small.seconds <= 0.5 ? 'met' : 'NOT met'} (${small.seconds.toFixed(2)} s)`);
  if (large) {
    const ok = large.seconds <= 5 && large.rssMb <= 500;
    console.log(`target 100k ≤ 5 s and ≤ 500 MB: ${ok ? 'met' : 'NOT met'} (${large.seconds.toFixed(2)} s, ${large.rssMb.toFixed(0)} MB)`);
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
