// Action adapter › run: the one place an Action run is assembled and finished — inputs, the run context
// (Octokit on GITHUB_API_URL, the event payload, the workspace config), dispatch by event, and the exit
// code: 1 when findings fail per `fail-on`, 2 for config/input/API failures, reported as one line.
// Only the chosen handler's modules are loaded, and Octokit (with @actions/github and its plugins)
// only when the run may call the API: a push run that checks no links never loads either.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { ConfigError, validateConfig } from '../config/load.js';
import { InputError } from '../io/read-tracker.js';
import { GitHubApiError } from './api/errors.js';
import { loadWorkspaceConfig } from './config.js';
import type { ActionRunContext, EventHandler, Octokit } from './context.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { linkScopeFor } from './links.js';

export const EXIT_FAILURE = 2;

/** Testing knobs: shrink API retry back-off and write spacing (milliseconds) for end-to-end tests. */
function envMs(name: string): number | undefined {
  const value = process.env[name];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

function isPullRequestEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new InputError(`${name} is not set; tracker-bot runs as a GitHub Action step`);
  return value;
}

async function readPayload(): Promise<Record<string, unknown>> {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`cannot read the event payload at GITHUB_EVENT_PATH (${path})`);
  }
  try {
    const payload: unknown = JSON.parse(text);
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  } catch {
    throw new InputError('the event payload at GITHUB_EVENT_PATH is not valid JSON');
  }
}

/** Octokit on GITHUB_API_URL with retries and throttling, loaded on first use (null without a token). */
async function loadOctokit(token: string): Promise<Octokit | null> {
  if (!token) return null;
  const { createOctokit } = await import('./api/octokit.js');
  const retryBaseMs = envMs('TRACKER_BOT_API_RETRY_BASE_MS');
  const writeIntervalMs = envMs('TRACKER_BOT_API_WRITE_INTERVAL_MS');
  return createOctokit(token, {
    log: { debug: core.debug, info: core.debug, warn: (m) => core.warning(m), error: (m) => core.error(m) },
    ...(retryBaseMs === undefined ? {} : { retryBaseMs }),
    ...(writeIntervalMs === undefined ? {} : { writeIntervalMs }),
  });
}

/** A push run talks to the API only to check GitHub repository links; every other handler needs it; ignored events do not. */
function needsApi(eventName: string, inputs: ActionInputs): boolean {
  if (!handlerFor({ eventName, inputs })) return false;
  return inputs.reportFrom !== '' || eventName !== 'push' || linkScopeFor(inputs.checkLinks, 'push') !== 'none';
}

async function buildContext(): Promise<ActionRunContext> {
  const inputs = readInputs();
  const [owner = '', repo = ''] = required('GITHUB_REPOSITORY').split('/');
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  return {
    inputs,
    octokit: needsApi(eventName, inputs) ? await loadOctokit(inputs.githubToken) : null,
    repo: { owner, repo },
    eventName,
    payload: await readPayload(),
    workspace,
    sha: process.env['GITHUB_SHA'] ?? '',
    serverUrl: process.env['GITHUB_SERVER_URL'] || 'https://github.com',
    // On a pull request the workspace is the PR's checkout: its config is never read (the base branch's is).
    config: isPullRequestEvent(eventName) && !inputs.reportFrom ? validateConfig({}, 'built-in defaults') : await loadWorkspaceConfig(workspace, inputs.config),
    now: new Date(),
  };
}

/** The handler for a run, its module loaded on demand; null for events the Action ignores. */
export function handlerFor(ctx: Pick<ActionRunContext, 'eventName' | 'inputs'>): (() => Promise<EventHandler>) | null {
  if (ctx.inputs.reportFrom) return async () => (await import('./publish-report.js')).runPublishReport;
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return async () => (await import('./pull-request.js')).runPullRequest;
    case 'push':
      return async () => (await import('./push.js')).runPush;
    case 'issue_comment':
      return async () => (await import('./issue-comment.js')).runIssueComment;
    case 'schedule':
    case 'workflow_dispatch':
      return async () => (await import('./scheduled.js')).runScheduledScan;
    default:
      return null;
  }
}

function isExpectedFailure(error: unknown): error is Error {
  return error instanceof InputError || error instanceof ConfigError || error instanceof GitHubApiError;
}

function describeFailure(error: unknown): string {
  if (isExpectedFailure(error)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected failure: ${message.split('\n')[0]}`;
}

export async function run(): Promise<void> {
  try {
    const ctx = await buildContext();
    const loadHandler = handlerFor(ctx);
    if (!loadHandler) {
      core.warning(`tracker-bot: event "${ctx.eventName}" is not supported (pull_request, pull_request_target, push, issue_comment, schedule, workflow_dispatch, or report-from)`);
      process.exitCode = 0;
      return;
    }
    const handler = await loadHandler();
    process.exitCode = await handler(ctx);
  } catch (error) {
    // A bug, not a user error: keep its stack for step-debug logs only.
    if (!isExpectedFailure(error) && error instanceof Error && error.stack) core.debug(error.stack);
    core.error(`tracker-bot: ${describeFailure(error)}`);
    process.exitCode = EXIT_FAILURE;
  }
}
