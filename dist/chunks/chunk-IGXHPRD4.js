import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  requireChunkOnFirstUse
} from "./chunk-7XZYIZTT.js";
import {
  GitHubApiError,
  callApi,
  isNotFoundError
} from "./chunk-LTZVS2E3.js";

// src/io/read-tracker.ts
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readFileSync, statSync } from "node:fs";
var MAX_TRACKER_BYTES = 50 * 1024 * 1024;
var InputError = class extends Error {
  name = "InputError";
};
function decodeTrackerBytes(bytes, path) {
  if (bytes.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes), expected Markdown text`);
  if (!isUtf8(bytes)) throw new InputError(`${path}: not valid UTF-8 text`);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
async function readTrackerFile(path, maxBytes = MAX_TRACKER_BYTES) {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw readError(path, error);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a Markdown file`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > maxBytes) {
    const mb = (n) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new InputError(`${path}: file is ${mb(info.size)}, over the ${mb(maxBytes)} limit`);
  }
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw readError(path, error);
  }
  try {
    return decodeTrackerBytes(readFileSync(fd), path);
  } finally {
    closeSync(fd);
  }
}
function readError(path, error) {
  const code = error.code;
  if (code === "ENOENT") return new InputError(`${path}: no such file`);
  if (code === "EACCES") return new InputError(`${path}: permission denied`);
  return new InputError(`${path}: cannot read (${code ?? "unknown error"})`);
}

// src/io/workspace-path.ts
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
function isInside(root, absolute) {
  const rel = relative(root, absolute);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
async function workspacePath(root, path) {
  const base = resolve(root);
  const absolute = resolve(base, path);
  if (!isInside(base, absolute)) throw new InputError(`${path}: outside the workspace`);
  let real;
  try {
    real = realpathSync.native(absolute);
  } catch (error) {
    if (error.code === "ENOENT") return absolute;
    throw error;
  }
  if (!isInside(realpathSync.native(base), real)) throw new InputError(`${path}: a symbolic link that leads outside the workspace; refusing to read it`);
  return real;
}

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
import { join as join2, resolve as resolve2 } from "node:path";

// scripts/shims/picomatch.mjs
var load = requireChunkOnFirstUse("picomatch.cjs");
function picomatch(...args) {
  return load()(...args);
}
picomatch.scan = (...args) => load().scan(...args);

// src/io/find-files.ts
import { readdir } from "node:fs/promises";
import { join, relative as relative2 } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var PLAIN_PATH = /^(?!\.\/)(?!.*\/\/)(?!.*\/$)[\p{L}\p{N}\p{M} _.\-~#%&=;:,<>/]+$/u;
function isPlainPath(pattern) {
  return PLAIN_PATH.test(pattern);
}
function isGlobPattern(pattern) {
  return !isPlainPath(pattern) && picomatch.scan(pattern).isGlob;
}
function splitPatterns(input) {
  return input.split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
}
async function walk(root, dir, out) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(root, join(dir, entry.name), out);
    } else if (entry.isFile()) {
      out.push(relative2(root, join(dir, entry.name)).split("\\").join("/"));
    }
  }
}
async function listFiles(root, options = {}) {
  const all = [];
  try {
    await walk(root, root, all);
  } catch (error) {
    if (!options.missingOk) throw error;
  }
  return all.sort();
}
async function findTrackerFiles(patterns, root = ".") {
  const literal = patterns.filter((p) => !isGlobPattern(p));
  const globs = patterns.filter(isGlobPattern);
  const found = new Set(literal);
  if (globs.length > 0) {
    const isMatch = picomatch(globs, { dot: false });
    for (const file of await listFiles(root)) if (isMatch(file)) found.add(file);
  }
  return [...found];
}

// src/action/tracker-files.ts
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
    if (error instanceof InputError) throw new InputError(error.message.replace(join2(resolve2(workspace), "/"), ""));
    throw error;
  }
}
async function readTrackerAtRef(octokit, repo, path, ref) {
  const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path, ref });
  return file?.content ?? null;
}

// src/report/line-link.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
function diffAnchor(path) {
  const { createHash } = requireBuiltin("node:crypto");
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
  InputError,
  workspacePath,
  picomatch,
  isPlainPath,
  splitPatterns,
  listFiles,
  readFile,
  commitFile,
  matchTrackerPaths,
  workspaceTrackerPaths,
  readWorkspaceTracker,
  readTrackerAtRef,
  workflowRunUrl,
  lineLinker
};
