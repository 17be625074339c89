// Action adapter › links: which links a run checks (`check-links` by event) and checking them through the
// application service (GitHub repository links through the API), with its warnings sent to the log.
// The link engine (undici and the rest) is loaded only when a run has links to check.
import * as core from '@actions/core';
import { wantsPageFacts } from '../app/analyze.js';
import type { Config } from '../config/schema.js';
import type { LinkOccurrence, LinkVerdict } from '../core/types.js';
import type { GitHubClient } from './api/octokit.js';
import type { CheckLinksMode } from './inputs.js';

export type LinkScope = 'changed' | 'all' | 'none';

/** `auto` means: changed rows on pull requests, every link on schedule/dispatch, none on push. */
export function linkScopeFor(mode: CheckLinksMode, event: 'pull_request' | 'push' | 'schedule'): LinkScope {
  if (mode !== 'auto') return mode;
  return event === 'pull_request' ? 'changed' : event === 'schedule' ? 'all' : 'none';
}

/** Default `links.budget` by event: a pull request's check should not stall; a scan may take an hour. */
export const DEFAULT_LINK_BUDGET_MS = { pull_request: 10 * 60_000, push: 10 * 60_000, schedule: 60 * 60_000 } as const;

/**
 * Checks the occurrences' links. The workflow token never goes with a link check: GitHub repository links are
 * judged by the API checker (Octokit, on the configured API base URL); every other URL, github.com ones
 * included, is fetched anonymously. Budget: `links.budget`, else DEFAULT_LINK_BUDGET_MS for the event.
 */
export async function checkOccurrences(
  occurrences: LinkOccurrence[],
  config: Config,
  octokit: GitHubClient | null,
  event: keyof typeof DEFAULT_LINK_BUDGET_MS,
): Promise<Map<string, LinkVerdict>> {
  if (occurrences.length === 0) return new Map();
  core.info(`tracker-bot: checking ${occurrences.length} links`);
  const [{ checkTrackerLinks }, { createGitHubRepositoryChecker }, { checkRepositories }] = await Promise.all([
    import('../app/check-links.js'),
    import('../links/checkers/github.js'),
    import('./api/repositories.js'),
  ]);
  const checkers = octokit
    ? [
        createGitHubRepositoryChecker((repos) =>
          checkRepositories(octokit, repos, {
            onFallback: (error) => core.warning(`tracker-bot: GitHub GraphQL repository check failed (${error.message}); using REST instead.`),
          }),
        ),
      ]
    : [];
  const result = await checkTrackerLinks(occurrences, config.links, { checkers, facts: wantsPageFacts(config), budgetMs: config.links.budget ?? DEFAULT_LINK_BUDGET_MS[event] });
  for (const warning of result.warnings) core.warning(`tracker-bot: ${warning}`);
  return result.verdicts;
}
