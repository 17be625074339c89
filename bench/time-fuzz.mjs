// Time fuzz target (not part of `npm test`): crafted and random inputs at doubling sizes, linted the way the
// CLI and the Action do (parse, rules, fixes, the sort diff and the `fix --dry-run` diff), timed once each.
// Linear time means doubling the input about doubles the time; the target is ≤ 2 s for any input ≤ 1 MB.
// Prints one line per input family and size, the ratio t(2n)/t(n), and a verdict; exits 1 when a target is
// missed. The core is bundled from src with esbuild, as in bench/core.mjs.
// Usage: node bench/time-fuzz.mjs [--max-kb 1024] [--random 12] [--seed N] [--only NAME-PART]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const MAX_BYTES = arg('--max-kb', 1024) * 1024;
const RANDOM_CASES = arg('--random', 12);
const SEED = arg('--seed', Date.now() % 100000);
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const LIMIT_S = 2;
const RATIO_LIMIT = 3;

mkdirSync(OUT, { recursive: true });
const entry = join(OUT, 'time-fuzz-core.mjs');
const script = join(OUT, 'time-fuzz-entry.mjs');
writeFileSync(
  script,
  [
    `import { analyzeSource } from '${join(ROOT, 'src/app/analyze.ts')}';`,
    `import { defaultConfig } from '${join(ROOT, 'src/config/defaults.ts')}';`,
    `import { fixSource } from '${join(ROOT, 'src/core/fix.ts')}';`,
    `import { sortDiffBlock, sortSource } from '${join(ROOT, 'src/action/sort.ts')}';`,
    `import { dryRunDiff } from '${join(ROOT, 'src/cli/fix.ts')}';`,
    `const config = defaultConfig();`,
    `const now = new Date('2024-06-01T00:00:00Z');`,
    `export function lintAll(source) {`,
    `  const file = analyzeSource('README.md', source, { config, now });`,
    `  const fixed = fixSource(source, { config, lang: file.lang, now });`,
    `  const sorted = sortSource(source, config, file.lang, now);`,
    `  if (sorted !== source) sortDiffBlock('README.md', source, sorted, file.lang);`,
    `  if (fixed.output !== source) dryRunDiff('README.md', source, fixed.output);`,
    `  return file.diagnostics.length;`,
    `}`,
  ].join('\n'),
);
const built = spawnSync(join(ROOT, 'node_modules/.bin/esbuild'), [script, '--bundle', '--platform=node', '--format=esm', `--outfile=${entry}`, '--log-level=error', "--banner:js=import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"], { cwd: ROOT, encoding: 'utf8' });
if (built.status !== 0) throw new Error(built.stderr);
const { lintAll } = await import(pathToFileURL(entry).href);

const HEADER = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n| :-----| :-----| :-----| :-----| :-----| :-----| :-----|\n';
const table = (rows) => `# 列表\n\n## 技术原理\n\n${HEADER}${rows.join('\n')}\n`;
const rowWith = (cells) => `|${cells.join('|')}|`;
const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));

/** Input families: each builds a tracker of about `bytes` bytes around one crafted shape. */
const FAMILIES = {
  'heading: backtick runs of growing length': (bytes) => {
    let text = '';
    for (let k = 1; text.length < bytes; k++) text += '`'.repeat(k % 200 + 1) + 'a';
    return `# ${text}\n\n${HEADER}${rowWith(['[a](https://a.example/)', 'x', '2023-01-01', 'x', '⭐', '❗', ''])}\n`;
  },
  'link cell: nested brackets': (bytes) => table([rowWith([fill('[', bytes / 2) + fill(']', bytes / 2), 'x', '2023-01-01', 'x', '⭐', '❗', ''])]),
  'link cell: [a]( without a closing paren': (bytes) => table([rowWith([fill('[a](x ', bytes), 'x', '2023-01-01', 'x', '⭐', '❗', ''])]),
  'title cell: <a<a<a, <!--, <http:, &a': (bytes) => table([rowWith(['[a](https://a.example/)', fill('<a<!--<http:&a', bytes), '2023-01-01', 'x', '⭐', '❗', ''])]),
  'title cell: underscore runs': (bytes) => table([rowWith(['[a](https://a.example/)', fill('a' + '_'.repeat(500), bytes), '2023-01-01', 'x', '⭐', '❗', ''])]),
  'heading: [[[ and ](': (bytes) => `# ${fill('[x](', bytes / 2)}${fill('[', bytes / 2)}\n\n${HEADER}`,
  'link cells: many just under the remark cap': (bytes) => {
    const cell = ('[a](<`*_' + '['.repeat(400) + ']'.repeat(400)).slice(0, 990);
    const rows = [];
    for (let size = 0; size < bytes; size += cell.length + 30) rows.push(rowWith([cell, 'x', '2023-01-01', 'x', '⭐', '❗', '']));
    return table(rows);
  },
  'link cells: many at both remark caps (40 punctuation, 1,000 characters)': (bytes) => {
    const cell = ('[a](<`' + '[]*_'.repeat(8) + 'word '.repeat(200)).slice(0, 990);
    const rows = [];
    for (let size = 0; size < bytes; size += cell.length + 30) rows.push(rowWith([cell, 'x', '2023-01-01', 'x', '⭐', '❗', '']));
    return table(rows);
  },
  // Plain link cells with neither `&` nor `;` anywhere: a scan for either that is not bounded by its
  // cell reads on to the end of the file from every row. A draft of LinkColumn.readInline did; it
  // passed at 1 MB (0.45 s) and showed with --max-kb 4096 (6.2 s, t(2n)/t(n) 3.7); 100k rows took 12 s.
  'link cells: plain links, no & or ; in the file': (bytes) => {
    const rows = [];
    for (let i = 0, size = 0; size < bytes; i++) {
      const row = rowWith([`[条目 ${i}](https://a.example/p/${i})`, 'x', '2023-01-01', 'x', '⭐', '❗', '']);
      rows.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    return table(rows);
  },
  'URL: 100k tracking parameters': (bytes) => {
    const params = [];
    for (let i = 0, size = 0; size < bytes; i++) {
      params.push(`utm_x${i}=1`);
      size += 12;
    }
    return table([rowWith([`[a](https://a.example/?${params.join('&')})`, 'x', '2023-01-01', 'x', '⭐', '❗', ''])]);
  },
  'sort: unsorted rows (sort diff)': (bytes) => {
    const rows = [];
    for (let i = 0, size = 0; size < bytes; i++) {
      const row = rowWith([`[t${i}](https://a.example/${i})`, 'x', `20${10 + (i * 7919) % 14}-0${1 + (i % 9)}-1${i % 10}`, 'x', '⭐'.repeat(1 + ((i * 31) % 5)), '❗', '']);
      rows.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    return table(rows);
  },
  'fix: every row fixable (dry-run diff)': (bytes) => {
    const rows = [];
    for (let i = 0, size = 0; size < bytes; i++) {
      const row = rowWith([`[t${i}](https://a.example/${i}?utm_source=x)`, 'x', `2023-1-${1 + (i % 9)}`, 'x', '⭐ ⭐', '❗', '']);
      rows.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    return table(rows);
  },
};

/** Random Markdown-ish rows from a fixed alphabet of risky pieces (mulberry32; the seed is printed). */
function randomFamily(seed) {
  const PIECES = ['[', ']', '(', ')', '`', '``', '\\', '*', '_', '~', '<', '>', '<!--', '-->', '&', '&amp;', '!', '#', 'http://', 'www.', ' ', 'a', '资', '⭐', '|', '\\|', '"', '2023-1-1'];
  return (bytes) => {
    let state = seed >>> 0;
    const next = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const rowLength = 64 + Math.floor(next() * 20000);
    const rows = [];
    for (let size = 0; size < bytes; ) {
      let row = '|';
      while (row.length < rowLength && size + row.length < bytes) row += PIECES[Math.floor(next() * PIECES.length)];
      rows.push(row + '|x|2023-01-01|x|⭐|❗||');
      size += Buffer.byteLength(row) + 20;
    }
    return (next() < 0.5 ? '# ' + rows[0] + '\n\n' : '') + table(rows);
  };
}

function time(source) {
  const start = process.hrtime.bigint();
  lintAll(source);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const sizes = [];
for (let bytes = 64 * 1024; bytes <= MAX_BYTES; bytes *= 2) sizes.push(bytes);
const families = Object.entries(FAMILIES);
for (let i = 0; i < RANDOM_CASES; i++) families.push([`random #${i} (seed ${SEED + i})`, randomFamily(SEED + i)]);

let failed = 0;
process.stdout.write(`time fuzz: sizes ${sizes.map((b) => `${b / 1024} KB`).join(', ')}; target ≤ ${LIMIT_S} s at ≤ 1 MB, t(2n)/t(n) ≤ ${RATIO_LIMIT}\n`);
for (const [name, build] of families) {
  if (ONLY && !name.includes(ONLY)) continue;
  const times = [];
  for (const bytes of sizes) {
    const seconds = time(build(bytes));
    times.push(seconds);
    if (seconds > LIMIT_S * 4) break;
  }
  const ratios = times.slice(1).map((t, i) => t / Math.max(times[i], 0.05));
  const worst = Math.max(0, ...ratios.filter((_, i) => times[i + 1] > 0.05));
  const ok = times.length === sizes.length && times.at(-1) <= LIMIT_S && worst <= RATIO_LIMIT;
  if (!ok) failed++;
  process.stdout.write(`${ok ? 'ok  ' : 'SLOW'} ${name}: ${times.map((t) => `${t.toFixed(3)} s`).join(', ')}; worst ratio ${worst.toFixed(2)}\n`);
}
process.stdout.write(failed === 0 ? 'all inputs linear and under the target\n' : `${failed} input families missed the target\n`);
process.exitCode = failed === 0 ? 0 : 1;
