// End-to-end (bundled dist/cli.js): `fix` writes only where it may — through a symbolic link only when the
// link's target is inside the project, never over a read-only file — and refuses with one line, exit 2.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliSync } from '../support/cli-run.js';

const FIXABLE = `## Tools
|Link|Source|Date|Summary|Rating|Difficulty|Notes|
|---|---|---|---|---|---|---|
|[A](https://a.example/x)|me|2023-1-2|first|⭐⭐⭐|❗||
`;

const run = (args: string[], cwd: string) => runCliSync(args, cwd);

function project(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'tb-sec-'));
  const dir = join(root, 'project');
  mkdirSync(dir);
  return { root, dir };
}

describe('tracker-bot fix and the files it writes', () => {
  it('refuses to write through a symbolic link to a file outside the project', () => {
    const { root, dir } = project();
    writeFileSync(join(root, 'outside.md'), FIXABLE);
    symlinkSync('../outside.md', join(dir, 'README.md'));
    const r = run(['fix', 'README.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('README.md: a symbolic link to a file outside');
    expect(readFileSync(join(root, 'outside.md'), 'utf8')).toBe(FIXABLE);
    expect(lstatSync(join(dir, 'README.md')).isSymbolicLink()).toBe(true);
  });

  it('writes through a symbolic link whose target is inside the project, keeping the link', () => {
    const { dir } = project();
    mkdirSync(join(dir, 'lists'));
    writeFileSync(join(dir, 'lists/real.md'), FIXABLE);
    symlinkSync('lists/real.md', join(dir, 'README.md'));
    const r = run(['fix', 'README.md'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'README.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'README.md'))).toBe('lists/real.md');
    expect(readFileSync(join(dir, 'lists/real.md'), 'utf8')).toContain('2023-01-02');
  });

  it('refuses a read-only file and changes no file at all', () => {
    const { dir } = project();
    writeFileSync(join(dir, 'a.md'), FIXABLE);
    writeFileSync(join(dir, 'b.md'), FIXABLE);
    chmodSync(join(dir, 'b.md'), 0o444);
    const r = run(['fix', 'a.md', 'b.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('tracker-bot: b.md: read-only file; not changed');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(FIXABLE);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(FIXABLE);
  });

  it('refuses a file with a NUL byte after the first 8 KB', () => {
    const { dir } = project();
    writeFileSync(join(dir, 'README.md'), FIXABLE + 'x'.repeat(9000) + '\u0000\n');
    const r = run(['check', 'README.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('README.md: binary file (contains NUL bytes)');
  });

  it('fix --dry-run with more changed lines than it shows: exit 1, a one-line note and no diff', () => {
    const { dir } = project();
    const rows = Array.from({ length: 700 }, (_, i) => `|[R${i}](https://a.example/${i})|me|2023-1-2|x|⭐⭐⭐|❗||`);
    writeFileSync(join(dir, 'README.md'), FIXABLE + rows.join('\n') + '\n');
    const r = run(['fix', '--dry-run', 'README.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('README.md: 701 fixes would change it; the diff is too large to show (over 500 changed lines)');
  });
});
