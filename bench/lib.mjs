// Benchmark support shared by bench/*.mjs: child-process timing with peak RSS, medians, the machine
// line every report starts with, and interleaved runs (one run of each tool per round, so load from
// other processes on this machine hits every tool alike and the ratios stay comparable).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Median of a non-empty list (the mean of the middle two for even lengths). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Variables left out of every timed child's environment. NODE_EXTRA_CA_CERTS makes Node 20 read and
 * parse the whole certificate file while it starts, before any script runs: 60–90 ms a process on
 * the sandbox this project is built in, which sets it for every process. Added to the floor and to
 * every tool alike, that constant made each ratio look smaller than the tools' own work (Node 24
 * reads the file lazily). None of the benchmarks uses TLS: the link servers are plain HTTP on
 * loopback.
 */
export const DROPPED_VARIABLES = ['NODE_EXTRA_CA_CERTS'];

/** process.env without DROPPED_VARIABLES, plus `extra`: the environment every timed child gets. */
export function childEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const name of DROPPED_VARIABLES) delete env[name];
  return env;
}

/** One line naming the date, CPU, core count, memory, Node version and the load average (1 min), and any variable dropped from the children's environment. */
export function machineLine() {
  const cpu = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? 'unknown CPU';
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}${droppedNote()}`;
}

function droppedNote() {
  const dropped = DROPPED_VARIABLES.filter((name) => process.env[name] !== undefined);
  return dropped.length === 0 ? '' : `; left out of the children's environment: ${dropped.join(', ')}`;
}

/**
 * Runs a command once. Resolves { seconds (wall), cpuSeconds (user + system, NaN without
 * /usr/bin/time; load from other processes disturbs it much less than wall time), rssMb (peak resident set, via /usr/bin/time -v when
 * present, else /proc VmHWM polling; `env` defaults to childEnv()), exit, stdout, stderr, timedOut }. The child runs in its own
 * process group and is killed with SIGKILL after `timeoutS`.
 */
export function measure(command, args, { cwd, env, timeoutS = Infinity, stdout: keepStdout = false } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const viaTime = TIME !== null;
    const child = spawn(viaTime ? TIME : command, viaTime ? ['-v', command, ...args] : args, {
      cwd,
      env: env ?? childEnv(),
      stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    let timedOut = false;
    let cpuSeconds = NaN;
    // Decoded as a stream: a multi-byte character split across two chunks stays whole.
    child.stdout?.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = Number.isFinite(timeoutS)
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            child.kill('SIGKILL');
          }
        }, timeoutS * 1000)
      : null;
    const poll = viaTime
      ? null
      : setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
          } catch {
            // the process has exited
          }
        }, 20);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let exit = code;
      if (viaTime) {
        const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
        const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
        if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
        const status = /Exit status: (\d+)/.exec(stderr);
        peakKb = kb ? Number(kb[1]) : NaN;
        if (status) exit = Number(status[1]);
      }
      resolve({ seconds, cpuSeconds, rssMb: peakKb / 1024, exit, stdout, stderr, timedOut });
    });
  });
}

/**
 * Interleaved runs: `rounds` rounds, each running every tool once in order. A tool is
 * { name, command, args, runs?, timeoutS?, env?, cwd? }; `runs` below `rounds` drops it from later
 * rounds (slow peers). Resolves Map(tool → list of measure() results). `onRun` sees each result.
 */
export async function interleave(tools, rounds, onRun = () => {}) {
  const samples = new Map(tools.map((t) => [t, []]));
  for (let round = 0; round < rounds; round++) {
    for (const tool of tools) {
      if (round >= (tool.runs ?? rounds)) continue;
      const list = samples.get(tool);
      if (list.some((r) => r.timedOut)) continue;
      const result = await measure(tool.command, tool.args, tool);
      list.push(result);
      onRun(tool, result, round);
    }
  }
  return samples;
}

/** Median wall seconds, CPU seconds and peak RSS of a sample list; `timedOut` when any run was stopped. */
export function summarize(results) {
  return {
    seconds: median(results.map((r) => r.seconds)),
    cpuSeconds: median(results.map((r) => r.cpuSeconds)),
    rssMb: median(results.map((r) => r.rssMb)),
    runs: results.length,
    timedOut: results.some((r) => r.timedOut),
    exit: results[0]?.exit,
  };
}

/**
 * Per-round ratios of two interleaved sample lists (same length, same rounds): `results[i]` over
 * `reference[i]` for wall seconds. A round runs its tools back to back, so a phase in which this
 * machine runs slower for a while (it has them: docs/benchmarks.md) slows both runs of a round alike
 * and cancels in the ratio, where a ratio of two medians may take them from different phases.
 * Resolves { median, q1, q3 } (the middle half of the rounds lies between q1 and q3), or null when
 * the lists do not pair up.
 */
export function pairedRatios(results, reference) {
  if (results.length === 0 || results.length !== reference.length) return null;
  const ratios = results.map((r, i) => r.seconds / reference[i].seconds).sort((a, b) => a - b);
  const at = (q) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))];
  return { median: median(ratios), q1: at(0.25), q3: at(0.75) };
}

/** Reads `--name value` from argv, else the fallback. */
export function flag(name, fallback) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf(`--${name}`);
  return at !== -1 && at + 1 < argv.length ? argv[at + 1] : fallback;
}
