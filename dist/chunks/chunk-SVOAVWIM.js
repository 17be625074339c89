import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  wantsPageFacts
} from "./chunk-MYP532LJ.js";
import {
  info,
  warning
} from "./chunk-6PBNNB3M.js";

// src/action/links.ts
async function checkOccurrences(occurrences, config, octokit, budgetMs) {
  if (occurrences.length === 0) return /* @__PURE__ */ new Map();
  info(`tracker-bot: checking ${occurrences.length} links`);
  const [{ checkTrackerLinks }, { createGitHubRepositoryChecker }, { checkRepositories }] = await Promise.all([
    import("./check-links-Q3KNF77D.js"),
    import("./github-UQZAC7LS.js"),
    import("./repositories-2STFU46N.js")
  ]);
  const checkers = octokit ? [
    createGitHubRepositoryChecker(
      (repos) => checkRepositories(octokit, repos, {
        onFallback: (error) => warning(`tracker-bot: GitHub GraphQL repository check failed (${error.message}); using REST instead.`)
      })
    )
  ] : [];
  const result = await checkTrackerLinks(occurrences, config.links, { checkers, facts: wantsPageFacts(config), budgetMs });
  for (const warning2 of result.warnings) warning(`tracker-bot: ${warning2}`);
  return result.verdicts;
}

export {
  checkOccurrences
};
