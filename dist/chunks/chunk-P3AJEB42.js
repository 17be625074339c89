import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  GitHubApiError,
  callApi,
  isNotFoundError
} from "./chunk-LTZVS2E3.js";
import {
  findTrackerFiles,
  isGlobPattern,
  isPlainPath,
  picomatch
} from "./chunk-4E3DD2WW.js";
import {
  InputError,
  readTrackerFile,
  workspacePath
} from "./chunk-THUT5NSP.js";

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
import { join, resolve } from "node:path";
function normalizePattern(pattern) {
  return pattern.replace(/^\.\//, "");
}
function matchTrackerPaths(paths, patterns) {
  const normalized = patterns.map(normalizePattern);
  const others = normalized.filter((p) => !isPlainPath(p));
  const isMatch = others.length > 0 ? picomatch(others, { dot: false }) : () => false;
  const literal = new Set(normalized.filter((p) => !isGlobPattern(p)));
  return paths.filter((path) => literal.has(path) || isMatch(path));
}
async function workspaceTrackerPaths(workspace, patterns) {
  return findTrackerFiles(patterns.map(normalizePattern), workspace);
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

// src/report/line-link.ts
import { createHash } from "node:crypto";
function diffAnchor(path) {
  return `diff-${createHash("sha256").update(path, "utf8").digest("hex")}`;
}
function encodePath2(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function repositoryUrl(target) {
  return `${target.serverUrl.replace(/\/+$/, "")}/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
}
function workflowRunUrl(target, runId) {
  return `${repositoryUrl(target)}/actions/runs/${encodeURIComponent(runId)}`;
}
function lineLinker(target) {
  const base = repositoryUrl(target);
  const pr = target.pullRequest;
  return (path, line) => {
    if (pr && pr.isChanged(path, line)) return `${base}/pull/${pr.number}/files#${diffAnchor(path)}R${line}`;
    return `${base}/blob/${encodeURIComponent(target.sha)}/${encodePath2(path)}?plain=1#L${line}`;
  };
}

export {
  readFile,
  commitFile,
  matchTrackerPaths,
  workspaceTrackerPaths,
  readWorkspaceTracker,
  readTrackerAtRef,
  workflowRunUrl,
  lineLinker
};
