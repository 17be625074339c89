// Action adapter › run: the one place an Action run is assembled and finished. Settings once (settings.ts),
// the run's kind (plan.ts), its executor loaded on demand, the one failure policy and the one place the step
// outputs are set. Exit code: the executor's (1 when findings fail per `fail-on`), 2 for a config, input, API
// or shard-merge failure, reported as one line. Only the chosen executor's modules are loaded, and Octokit
// (with @actions/github and its plugins) only when the run may call the API: a push run that checks no links
// never loads either.
import * as core from '@actions/core';
import { ConfigError } from '../config/load.js';
import { InputError } from '../io/read-tracker.js';
import { GitHubApiError } from './api/errors.js';
import type { EventHandler, Octokit } from './context.js';
import { RunOutputs } from './outputs.js';
import { needsApi, runKindOf, SUPPORTED_EVENTS, type RunKind } from './plan.js';
import { buildSettings } from './settings.js';

/** Exit code of a run that could not do its job (bad input or config, an API failure after retries). */
export const EXIT_FAILURE = 2;

/** Testing knobs: shrink API retry back-off and write spacing (milliseconds) for end-to-end tests. */
function envMs(name: string): number | undefined {
  const value = process.env[name];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
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

/** The executor of a plan kind, its module loaded on demand. */
async function executorFor(kind: RunKind): Promise<EventHandler> {
  switch (kind) {
    case 'publish-report':
      return (await import('./publish-report.js')).runPublishReport;
    case 'pull-request':
      return (await import('./pull-request.js')).runPullRequest;
    case 'push':
      return (await import('./push.js')).runPush;
    case 'fix-command':
      return (await import('./issue-comment.js')).runIssueComment;
    case 'schedule':
      return (await import('./scheduled.js')).runScheduledScan;
  }
}

/** The failures a user can act on (bad input — shard reports included —, config, API); anything else is a bug. */
function isExpectedFailure(error: unknown): error is Error {
  return error instanceof InputError || error instanceof ConfigError || error instanceof GitHubApiError;
}

function describeFailure(error: unknown): string {
  if (isExpectedFailure(error)) return error.message.split('\n')[0]!;
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected failure: ${message.split('\n')[0]}`;
}

/** The one failure policy: one line on the log, the stack only in step-debug logs for a bug, exit code 2. */
function fail(error: unknown): void {
  if (!isExpectedFailure(error) && error instanceof Error && error.stack) core.debug(error.stack);
  core.error(`tracker-bot: ${describeFailure(error)}`);
  process.exitCode = EXIT_FAILURE;
}

async function execute(outputs: RunOutputs): Promise<number> {
  const settings = await buildSettings();
  if (settings.inputs.githubToken) core.setSecret(settings.inputs.githubToken);
  const kind = runKindOf(settings);
  if (!kind) {
    core.warning(`tracker-bot: event "${settings.eventName}" is not supported (${SUPPORTED_EVENTS})`);
    return 0;
  }
  const octokit = needsApi(settings) ? await loadOctokit(settings.inputs.githubToken) : null;
  const executor = await executorFor(kind);
  return executor({ ...settings, octokit, outputs });
}

/** Runs the Action: settings, plan, executor; then sets the outputs collected, even after a failure. */
export async function run(): Promise<void> {
  const outputs = new RunOutputs();
  try {
    process.exitCode = await execute(outputs);
  } catch (error) {
    fail(error);
  }
  try {
    outputs.flush();
  } catch (error) {
    fail(error);
  }
}
