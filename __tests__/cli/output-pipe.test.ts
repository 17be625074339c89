// End-to-end (bundled dist/cli.js): a large report through a pipe whose reader is slow arrives whole
// and the process exits; a reader that closes early leaves the exit code as the findings set it.
// check waits for stdout's 'drain' between 64 KB blocks (a pipe is asynchronous in Node), so the
// reader's pace decides how much is queued, never the report's size.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
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
