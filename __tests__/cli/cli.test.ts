// End-to-end tests of the bundled CLI (dist/cli.js), run as a user runs it.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, REPO_ROOT, runCliSync } from '../support/cli-run.js';
import { SEED_PATH } from '../support/seed.js';

const root = REPO_ROOT;
const cli = CLI_ENTRY;
const seed = SEED_PATH;

const run = (args: string[], cwd = root, input?: string) => runCliSync(args, cwd, input);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tb-cli-'));
}

const CLEAN = `## Tools
|Link|Source|Date|Summary|Rating|Difficulty|Notes|
|---|---|---|---|---|---|---|
|[A](https://a.example/x)|me|2023-01-02|first|⭐⭐⭐|❗||
`;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
});

describe('tracker-bot check', () => {
  it('exits 0 on the bundled example (npm start)', () => {
    const r = run(['check', 'examples/README.md']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('reads README.md by default and exits 0 when clean', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), CLEAN);
    const r = run(['check'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No problems found.');
  });

  it('exits 1 on errors and prints file:line:col severity message [rule]', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'list.md'), CLEAN.replace('2023-01-02', '2023-02-30'));
    const r = run(['check', 'list.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^list\.md:4:\d+ {2}error {2}.+ {2}\[date-format\]$/m);
  });

  it('decides hard link cells with remark, which the bundle loads only for them', () => {
    const dir = tempDir();
    const hard = CLEAN + '|[**Bold** label](https://a.example/y)|me|2023-01-03|second|⭐⭐|❗||\n|[B](https://a.example/z) and [C](https://a.example/w)|me|2023-01-04|third|⭐|❗||\n';
    writeFileSync(join(dir, 'list.md'), hard);
    // A configured single-link column (at zero config, a column with several links per cell is read as `links`).
    writeFileSync(join(dir, '.tracker-bot.yml'), 'columns:\n  - {name: Link, type: link}\n  - {name: Source}\n  - {name: Date, type: date}\n  - {name: Summary}\n  - {name: Rating, type: rating}\n  - {name: Difficulty, type: rating, symbol: ❗, min: 1, max: 3}\n  - {name: Notes}\n');
    const r = run(['check', 'list.md', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { files: { diagnostics: { rule: string; line: number }[] }[] };
    expect(report.files[0]!.diagnostics.map((d) => [d.rule, d.line])).toEqual([['link-cell', 6]]);
  });

  it('prints github annotations', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), CLEAN.replace('2023-01-02', '2023-02-30'));
    const r = run(['check', '--format', 'github'], dir);
    expect(r.stdout).toMatch(/^::error file=README\.md,line=4,col=\d+,endColumn=\d+,title=tracker-bot%3A Dates are real dates in the column's format \(default YYYY-MM-DD\)::/m);
  });

  it('prints the markdown report', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), CLEAN.replace('2023-01-02', '2023-1-2'));
    const r = run(['check', '--format', 'markdown'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('### tracker-bot report');
    expect(r.stdout).toContain('**1 warning**');
    expect(r.stdout).not.toContain('date-format');
  });

  it('answers bad input with one line and exit 2', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x7c, 0xe9, 0x7c, 0x0a]));
    writeFileSync(join(dir, 'bad.yml'), 'lang: [');
    const cases: [string[], RegExp][] = [
      [['check', 'missing.md'], /missing\.md: no such file/],
      [['check', 'folder'], /folder: is a directory/],
      [['check', 'binary.md'], /binary\.md: binary file/],
      [['check', 'latin1.md'], /latin1\.md: not valid UTF-8/],
      [['check', '--config', 'bad.yml', 'latin1.md'], /bad\.yml:\d+:\d+: invalid YAML/],
      [['check', '--format', 'xml'], /argument 'xml' is invalid/],
      [['frobnicate'], /unknown command/],
    ];
    for (const [args, message] of cases) {
      const r = run(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a file over 50 MB', () => {
    const dir = tempDir();
    const big = join(dir, 'huge.md');
    writeFileSync(big, '');
    // A sparse file: the size check must happen before reading.
    const fd = openSync(big, 'r+');
    ftruncateSync(fd, 51 * 1024 * 1024);
    closeSync(fd);
    const r = run(['check', 'huge.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/huge\.md: file is 51 MB, over the 50 MB limit/);
  });

  it('shows help with examples and exit codes', () => {
    const r = run(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exit codes: 0 no errors, 1 errors or dead links found, 2 usage');
  });
});

describe('tracker-bot fix', () => {
  it('--dry-run prints a unified diff, exits 1, and writes nothing', () => {
    const dir = tempDir();
    const text = CLEAN.replace('2023-01-02', '2023-1-2');
    writeFileSync(join(dir, 'README.md'), text);
    const r = run(['fix', '--dry-run'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- a/README.md');
    expect(r.stdout).toContain('+|[A](https://a.example/x)|me|2023-01-02|');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(text);
  });

  it('fixes in place, then has nothing left to do', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), CLEAN.replace('2023-01-02', '2023-1-2'));
    expect(run(['fix'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(CLEAN);
    expect(run(['fix', '--dry-run'], dir).code).toBe(0);
  });
});

describe.skipIf(seed === '')('the real tracker', () => {
  it('reports the known problems and is clean of fixable ones after fix', () => {
    const dir = tempDir();
    copyFileSync(seed, join(dir, 'README.md'));
    // shared/ is laid out read-only (as on CI), and copyFileSync keeps the mode; a maintainer's tracker is writable.
    chmodSync(join(dir, 'README.md'), 0o644);
    const before = JSON.parse(run(['check', '--format', 'json'], dir).stdout);
    const diagnostics = before.files[0].diagnostics as { rule: string; line: number }[];
    const lines = (rule: string) => diagnostics.filter((d) => d.rule === rule).map((d) => d.line);
    expect(lines('cell-count')).toEqual([24]);
    expect(lines('date-format')).toEqual([18]);
    expect(lines('rating-normalize')).toEqual([22, 26, 27]);
    expect(lines('url-secret-params')).toContain(51);
    expect(lines('url-tracking-params')).toEqual(expect.arrayContaining([18, 19, 21, 26, 32]));
    expect(lines('sort-order').length).toBe(2);
    expect(lines('required-cell')).toEqual([]);

    const original = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(run(['fix'], dir).code).toBe(0);
    const after = run(['check', '--format', 'json'], dir);
    expect(after.code).toBe(0);
    const report = JSON.parse(after.stdout);
    expect(report.summary.fixable).toBe(0);
    expect(report.summary.errors).toBe(0);
    const fixed = readFileSync(join(dir, 'README.md'), 'utf8');
    const titles = (text: string) => [...text.matchAll(/^\|\s*\[(.+?)\]\(/gm)].map((m) => m[1]).sort();
    expect(titles(fixed)).toEqual(titles(original));
    expect(fixed.split('\n').length).toBe(original.split('\n').length);
  });
});

describe('tracker-bot init', () => {
  it('infers the seed-format schema and refuses to overwrite', () => {
    const dir = tempDir();
    copyFileSync(join(root, 'examples/README.md'), join(dir, 'README.md'));
    expect(run(['init'], dir).code).toBe(0);
    const config = readFileSync(join(dir, '.tracker-bot.yml'), 'utf8');
    expect(config).toContain('{ name: 整体推荐指数, type: rating, symbol: ⭐, min: 1, max: 5 }');
    expect(config).toContain('{ name: 技术难度指数, type: rating, symbol: ❗, min: 1, max: 3 }');
    expect(run(['check'], dir).code).toBe(0);
    const again = run(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('describes an empty header by position, one schema per header shape, and its own file passes', () => {
    const dir = tempDir();
    const tracker = [
      '# Models',
      '',
      '| Sponsor | Site |',
      '|---|---|',
      '| Acme | [acme](https://acme.example/) |',
      '',
      '## Open',
      '',
      '| | Model | Released |',
      '|---|---|---|',
      '| 1 | [One](https://one.example/) | 2023-06 |',
      '| 2 | [Two](https://two.example/) | 2023-05 |',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'README.md'), tracker);
    expect(run(['init'], dir).code).toBe(0);
    const config = readFileSync(join(dir, '.tracker-bot.yml'), 'utf8');
    expect(config).toContain('{ name: "", index: 1, type: text }');
    expect(config).toContain('{ name: Released, type: date, format: YYYY-MM }');
    expect(config.match(/- columns:/g)).toHaveLength(2);
    const check = run(['check'], dir);
    expect(check.stdout).toContain('No problems found');
    expect(check.code).toBe(0);
  });
});

describe('a config that recognises no table', () => {
  it('says so once and suggests init, instead of a wall of errors', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), CLEAN);
    writeFileSync(join(dir, 'other.yml'), 'tables:\n  - columns: [{name: Paper, type: link}, {name: Venue}]\n');
    const r = run(['check', '-c', 'other.yml', 'README.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      'tracker-bot: README.md: no table matches the configured columns, so none was checked; run `tracker-bot init README.md --stdout` to see a config that describes them',
    ]);
  });
});

describe('the terminal', () => {
  const noisy = () => {
    const dir = tempDir();
    const rows = Array.from({ length: 3000 }, (_, i) => `|[条目${i}](https://a.example/${i})|来源|2023-1-${(i % 28) + 1}|概述|⭐⭐|❗||`);
    writeFileSync(join(dir, 'README.md'), `## 工具\n|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`);
    return dir;
  };

  it('`help` and `help <command>` exit 0', () => {
    const general = run(['help']);
    expect(general.code).toBe(0);
    expect(general.stdout).toContain('Commands:');
    const check = run(['help', 'check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Usage: tracker-bot check');
  });

  it('respects FORCE_COLOR on a pipe and NO_COLOR', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), CLEAN.replace('2023-01-02', '2023-1-2'));
    const colour = (env: Record<string, string>) =>
      spawnSync(process.execPath, [cli, 'check'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } }).stdout;
    expect(colour({ FORCE_COLOR: '1' })).toContain('\u001b[');
    expect(colour({})).not.toContain('\u001b[');
    expect(colour({ FORCE_COLOR: '0' })).not.toContain('\u001b[');
  });

  it('stops quietly when the reader closes the pipe (check | head)', () => {
    const dir = noisy();
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" check README.md | head -n 1`], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('fix reports in the tracker language with a correct plural', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), `## 工具\n|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n|---|---|---|---|---|---|---|\n|[甲](https://a.example/1)|来源|2023-1-2|概述|⭐⭐|❗||\n`);
    const zh = run(['fix'], dir);
    expect(zh.stderr).toBe('README.md：已应用 1 处修复\n');
    writeFileSync(join(dir, 'README.md'), CLEAN.replace('2023-01-02', '2023-1-2'));
    expect(run(['fix'], dir).stderr).toBe('README.md: applied 1 fix\n');
  });
});
