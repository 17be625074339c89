// Test support: runs the committed bundle dist/cli.js in a child process as a user runs it (NO_COLOR set),
// for the CLI's end-to-end tests. runCli is asynchronous, so a loopback server in the test's own process
// keeps answering while the CLI runs; runCliSync is for runs that need no server.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const CLI_ENTRY = join(REPO_ROOT, 'dist/cli.js');

export interface CliRun {
  /** Exit code; null if the process was killed by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
}

function cliEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1' };
}

/** Runs `tracker-bot ...args` in `cwd` and waits for it to exit. */
export function runCli(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd, env: cliEnv() });
    let stdout = '';
    let stderr = '';
    // Decoded as a stream, not chunk by chunk: a multi-byte character split across two chunks stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Runs `tracker-bot ...args` in `cwd` synchronously, with `input` on its standard input. */
export function runCliSync(args: string[], cwd: string, input?: string): CliRun {
  const result = spawnSync(process.execPath, [CLI_ENTRY, ...args], { cwd, encoding: 'utf8', input, env: cliEnv() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder under the system temp dir, named tracker-bot-<prefix>-…. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tracker-bot-${prefix}-`));
}
