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
  findTrackerFiles,
  require_picomatch,
  wantsPageFacts
} from "./chunk-55ZRO2DC.js";
import {
  InputError,
  readTrackerFile
} from "./chunk-7PO57XKM.js";
import {
  __toESM
} from "./chunk-3Y2NLIWH.js";

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

// src/action/tracker-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { realpath } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
function normalizePattern(pattern) {
  return pattern.replace(/^\.\//, "");
}
function matchTrackerPaths(paths, patterns) {
  const normalized = patterns.map(normalizePattern);
  const isMatch = (0, import_picomatch.default)(normalized, { dot: false });
  const literal = new Set(normalized.filter((p) => !import_picomatch.default.scan(p).isGlob));
  return paths.filter((path) => literal.has(path) || isMatch(path));
}
async function workspaceTrackerPaths(workspace, patterns) {
  return findTrackerFiles(patterns.map(normalizePattern), workspace);
}
function isInside(root, absolute) {
  const rel = relative(root, absolute);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
async function workspacePath(workspace, path) {
  const root = resolve(workspace);
  const absolute = resolve(root, path);
  if (!isInside(root, absolute)) throw new InputError(`${path}: outside the workspace`);
  let real;
  try {
    real = await realpath(absolute);
  } catch (error) {
    if (error.code === "ENOENT") return absolute;
    throw error;
  }
  if (!isInside(await realpath(root), real)) throw new InputError(`${path}: a symbolic link that leads outside the workspace; refusing to read it`);
  return real;
}
async function readWorkspaceTracker(workspace, path) {
  try {
    return await readTrackerFile(await workspacePath(workspace, path));
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.message.replace(join(resolve(workspace), "/"), ""));
    throw error;
  }
}
async function readTrackerAtRef(octokit, repo, path, ref) {
  const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path, ref });
  return file?.content ?? null;
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
    import("./check-links-BV2I7KJL.js"),
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
  matchTrackerPaths,
  workspaceTrackerPaths,
  workspacePath,
  readWorkspaceTracker,
  readTrackerAtRef,
  linkScopeFor,
  DEFAULT_LINK_BUDGET_MS,
  checkOccurrences
};
