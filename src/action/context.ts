// Action adapter: everything one run needs, gathered once by main.ts and handed to the event
// handlers (pull-request.ts, push, issue-comment, scheduled.ts). Handlers return an exit code.
import type { Config } from '../config/schema.js';
import type { createOctokit } from './api/octokit.js';
import type { ActionInputs } from './inputs.js';

export type Octokit = ReturnType<typeof createOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ActionRunContext {
  inputs: ActionInputs;
  /** Null only when no token is available (annotations and the job summary still work). */
  octokit: Octokit | null;
  repo: RepoRef;
  eventName: string;
  /** The parsed event payload (GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>;
  /** GITHUB_WORKSPACE: the checkout the tracker files are read from. */
  workspace: string;
  sha: string;
  /** GITHUB_SERVER_URL, for blob links in comments. */
  serverUrl: string;
  /** Config loaded from the workspace (PR handlers may replace it with the base branch's). */
  config: Config;
  /** Reference "today" for date rules. */
  now: Date;
}

export type EventHandler = (ctx: ActionRunContext) => Promise<number>;
