import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  info,
  warning
} from "./chunk-233KTPYA.js";
import {
  GitHubApiError,
  callApi,
  isNotFoundError
} from "./chunk-LTZVS2E3.js";
import {
  wantsPageFacts
} from "./chunk-LC77XD5H.js";

// src/action/api/file-contents.ts
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
async function readFile(octokit, params) {
  const route = `/repos/${params.owner}/${params.repo}/contents/${encodePath(params.path)}`;
  let data;
  try {
    const response = await callApi(
      "GET",
      route,
      () => octokit.rest.repos.getContent({
        owner: params.owner,
        repo: params.repo,
        path: params.path,
        ...params.ref === void 0 ? {} : { ref: params.ref }
      })
    );
    data = response.data;
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
  if (Array.isArray(data)) throw new GitHubApiError("GET", route, null, `${params.path} is a directory, not a file`);
  const entry = data;
  if (entry.type !== "file") {
    throw new GitHubApiError("GET", route, null, `${params.path} is a ${entry.type ?? "non-file entry"}, not a file`);
  }
  if (entry.encoding === "base64" && typeof entry.content === "string") {
    return { path: entry.path, content: Buffer.from(entry.content, "base64").toString("utf8"), sha: entry.sha };
  }
  const blobRoute = `/repos/${params.owner}/${params.repo}/git/blobs/${entry.sha}`;
  const blob = await callApi(
    "GET",
    blobRoute,
    () => octokit.rest.git.getBlob({ owner: params.owner, repo: params.repo, file_sha: entry.sha })
  );
  const text = blob.data.encoding === "base64" ? Buffer.from(blob.data.content, "base64").toString("utf8") : blob.data.content;
  return { path: entry.path, content: text, sha: entry.sha };
}
async function commitFile(octokit, params) {
  const route = `/repos/${params.owner}/${params.repo}/contents/${encodePath(params.path)}`;
  const response = await callApi(
    "PUT",
    route,
    () => octokit.rest.repos.createOrUpdateFileContents({
      owner: params.owner,
      repo: params.repo,
      path: params.path,
      branch: params.branch,
      message: params.message,
      content: Buffer.from(params.content, "utf8").toString("base64"),
      ...params.sha === void 0 ? {} : { sha: params.sha }
    })
  );
  const { commit, content } = response.data;
  return { commitSha: commit.sha ?? "", contentSha: content?.sha ?? "", commitUrl: commit.html_url ?? "" };
}

// src/action/links.ts
function linkScopeFor(mode, event) {
  if (mode !== "auto") return mode;
  return event === "pull_request" ? "changed" : event === "schedule" ? "all" : "none";
}
var DEFAULT_LINK_BUDGET_MS = { pull_request: 10 * 6e4, push: 10 * 6e4, schedule: 60 * 6e4 };
async function checkOccurrences(occurrences, config, octokit, event) {
  if (occurrences.length === 0) return /* @__PURE__ */ new Map();
  info(`tracker-bot: checking ${occurrences.length} links`);
  const [{ checkTrackerLinks }, { createGitHubRepositoryChecker }, { checkRepositories }] = await Promise.all([
    import("./check-links-UY24XUJC.js"),
    import("./github-LFTRIX2R.js"),
    import("./repositories-2STFU46N.js")
  ]);
  const checkers = octokit ? [
    createGitHubRepositoryChecker(
      (repos) => checkRepositories(octokit, repos, {
        onFallback: (error) => warning(`tracker-bot: GitHub GraphQL repository check failed (${error.message}); using REST instead.`)
      })
    )
  ] : [];
  const result = await checkTrackerLinks(occurrences, config.links, { checkers, facts: wantsPageFacts(config), budgetMs: config.links.budget ?? DEFAULT_LINK_BUDGET_MS[event] });
  for (const warning2 of result.warnings) warning(`tracker-bot: ${warning2}`);
  return result.verdicts;
}

export {
  readFile,
  commitFile,
  linkScopeFor,
  DEFAULT_LINK_BUDGET_MS,
  checkOccurrences
};
