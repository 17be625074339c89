// Action adapter › links: checks a plan's link occurrences through the application service, GitHub
// repository links through the API (src/action/api/repositories.ts), with the engine's warnings sent to the
// log. The link engine (undici and the rest) is loaded only when a run has links to check.
import * as core from '@actions/core';
import { wantsPageFacts } from '../app/analyze.js';
import type { Config } from '../core/options.js';
import type { LinkOccurrence, LinkVerdict } from '../core/types.js';
import type { GitHubClient } from './api/octokit.js';

/**
 * Checks the occurrences' links within `budgetMs` (milliseconds, the plan's). The workflow token never goes
 * with a link check: GitHub repository links are judged by the API checker (Octokit, on the configured API
 * base URL); every other URL, github.com ones included, is fetched anonymously. Verdicts by canonical URL.
 */
export async function checkOccurrences(
  occurrences: LinkOccurrence[],
  config: Config,
  octokit: GitHubClient | null,
  budgetMs: number,
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
  const result = await checkTrackerLinks(occurrences, config.links, { checkers, facts: wantsPageFacts(config), budgetMs });
  for (const warning of result.warnings) core.warning(`tracker-bot: ${warning}`);
  return result.verdicts;
}
