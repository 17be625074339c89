// End-to-end (bundled dist/cli.js): a large report through a pipe whose reader is slow arrives whole
// and the process exits; a reader that closes early leaves the exit code as the findings set it.
// check waits for stdout's 'drain' between 64 KB blocks (a pipe is asynchronous in Node), so the
// reader's pace decides how much is queued, never the report's size. A file or /dev/null is written
// directly (src/cli/stdout.ts); the same bytes arrive, and a full disk is one line and exit code 2.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY, tempDir } from '../support/cli-run.js';

/**
 * A tracker of `rows` rows, each link carrying a tracking parameter (one warning per row); with
 * `errors`, each row's date is not a calendar date too (one error per row).
 */
function trackerWithFindings(rows: number, errors = false): string {
  const lines = ['## 工具 "A"', '', '|资料链接|来源|发布时间点|内容概述|', '|---|---|---|---|'];
  const date = errors ? '2023-02-30' : '2023-01-01';
  for (let i = 0; i < rows; i++) lines.push(`|[条目 ${i}](https://www.bilibili.com/video/BV${i}?spm_id_from=333.1)|B站|${date}|概述 ${i}|`);
  return lines.join('\n') + '\n';
}

describe('check writing a large report into a pipe', () => {
  it('writes the same report as to a file, and exits', async () => {
    const dir = tempDir('pipe');
    writeFileSync(join(dir, 'README.md'), trackerWithFindings(4000));
    const args = [CLI_ENTRY, 'check', '--format', 'json', 'README.md'];
    const env = { ...process.env, NO_COLOR: '1' };

    const toFile = join(dir, 'report.json');
    const fd = openSync(toFile, 'w');
    const direct = spawnSync(process.execPath, args, { cwd: dir, env, stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    const expected = readFileSync(toFile, 'utf8');
    expect(expected.length).toBeGreaterThan(1_000_000);

    const piped = await new Promise<{ code: number | null; stdout: string }>((done, fail) => {
      const child = spawn(process.execPath, args, { cwd: dir, env });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      // Take one chunk at a time, yielding to the event loop between them.
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        child.stdout.pause();
        setImmediate(() => child.stdout.resume());
      });
      child.once('error', fail);
      child.once('close', (code) => done({ code, stdout }));
    });
    expect(piped.code).toBe(direct.status);
    expect(piped.stdout).toBe(expected);
    expect(JSON.parse(piped.stdout).summary.warnings).toBeGreaterThanOrEqual(4000);
  });

  it('writes every streamed format to a file byte for byte as to a pipe, and to /dev/null without error', () => {
    const dir = tempDir('file-vs-pipe');
    writeFileSync(join(dir, 'README.md'), trackerWithFindings(3000, true));
    const env = { ...process.env, NO_COLOR: '1' };
    for (const format of ['json', 'text', 'github', 'markdown']) {
      const args = [CLI_ENTRY, 'check', '--format', format, 'README.md'];
      const toFile = join(dir, `report.${format}`);
      const fd = openSync(toFile, 'w');
      const direct = spawnSync(process.execPath, args, { cwd: dir, env, stdio: ['ignore', fd, 'pipe'] });
      closeSync(fd);
      const piped = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
      const nullFd = openSync('/dev/null', 'w');
      const discarded = spawnSync(process.execPath, args, { cwd: dir, env, stdio: ['ignore', nullFd, 'pipe'] });
      closeSync(nullFd);
      expect({ format, file: direct.status, pipe: piped.status, null: discarded.status }).toEqual({ format, file: 1, pipe: 1, null: 1 });
      expect(readFileSync(toFile, 'utf8') === piped.stdout).toBe(true);
      expect(piped.stdout.length).toBeGreaterThan(40_000);
      expect(`${direct.stderr}${discarded.stderr}`).toBe('');
    }
  });

  it.runIf(existsSync('/dev/full'))('reports a full disk behind stdout in one line with exit code 2, in every format', () => {
    const dir = tempDir('full-disk');
    writeFileSync(join(dir, 'README.md'), trackerWithFindings(200));
    for (const format of ['json', 'text', 'github', 'markdown']) {
      const fd = openSync('/dev/full', 'w');
      const run = spawnSync(process.execPath, [CLI_ENTRY, 'check', '--format', format, 'README.md'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      expect({ format, status: run.status, stderr: run.stderr }).toEqual({ format, status: 2, stderr: 'tracker-bot: stdout: cannot write the output (no space left on device, ENOSPC)\n' });
    }
  });

  it('keeps the findings exit code when the reader closes the pipe early (`| head`), in every streamed format', async () => {
    const dir = tempDir('pipe-closed');
    writeFileSync(join(dir, 'README.md'), trackerWithFindings(4000, true));
    for (const format of ['json', 'text', 'github']) {
      const code = await new Promise<number | null>((done, fail) => {
        const child = spawn(process.execPath, [CLI_ENTRY, 'check', '--format', format, 'README.md'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
        // Read the first chunk, then close our end: the report (over 1 MB) is far from written.
        child.stdout.once('data', () => child.stdout.destroy());
        child.once('error', fail);
        child.once('close', (exit) => done(exit));
      });
      expect({ format, code }).toEqual({ format, code: 1 });
    }
  });
});

describe('writeChunksDirectly (src/cli/stdout.ts)', () => {
  it('writes chunks of any length as UTF-8, byte for byte as Buffer.from would, lone surrogates as U+FFFD', async () => {
    const { writeChunksDirectly } = await import('../../src/cli/stdout.js');
    const dir = tempDir('direct-write');
    // One chunk far over the 64 KiB buffer (3 bytes a character), astral characters that straddle
    // the buffer's end, a lone surrogate, then many small chunks.
    const chunks = ['资'.repeat(70_000), '😀'.repeat(40_000), 'a\ud800b', ...Array.from({ length: 5_000 }, (_, i) => `行 ${i}\n`)];
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    writeChunksDirectly(fd, chunks);
    closeSync(fd);
    expect(readFileSync(file).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
  });

  it('fails with one line naming the cause when the write fails', async () => {
    const { writeChunksDirectly } = await import('../../src/cli/stdout.js');
    const dir = tempDir('direct-write-ro');
    const file = join(dir, 'out.txt');
    writeFileSync(file, '');
    const fd = openSync(file, 'r');
    try {
      expect(() => writeChunksDirectly(fd, ['x'])).toThrow(/^stdout: cannot write the output \(bad file descriptor, EBADF\)$/);
    } finally {
      closeSync(fd);
    }
  });
});
