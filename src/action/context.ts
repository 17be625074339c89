// Action adapter › run context: the Settings of the run (settings.ts) plus what carries out its plan — the
// GitHub client and the outputs being collected. Handlers receive it and return an exit code.
import { InputError } from '../io/read-tracker.js';
import type { createOctokit } from './api/octokit.js';
import type { RunOutputs } from './outputs.js';
import type { RepoRef, Settings } from './settings.js';

export type Octokit = ReturnType<typeof createOctokit>;
export type { RepoRef };

export interface ActionRunContext extends Settings {
  /** Null only when no token is available (annotations and the job summary still work). */
  octokit: Octokit | null;
  /** The step outputs of this run; run.ts sets them, once, when the run ends (also after a failure). */
  outputs: RunOutputs;
}

export type EventHandler = (ctx: ActionRunContext) => Promise<number>;

/** The run's GitHub client; throws InputError when the event needs the API and no token was given. */
export function requireOctokit(ctx: Pick<ActionRunContext, 'octokit'>): Octokit {
  if (!ctx.octokit) throw new InputError('input github-token is empty; this event needs the GitHub API');
  return ctx.octokit;
}
