import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  readFile,
  workspacePath
} from "./chunk-CBHL6VKY.js";
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  parseConfig,
  validateConfig
} from "./chunk-7PO57XKM.js";

// src/action/config.ts
import { readFile as readFs } from "node:fs/promises";
function repositoryPath(path) {
  return path.replace(/^\.\//, "");
}
async function loadWorkspaceConfig(workspace, path) {
  let text;
  try {
    text = await readFs(await workspacePath(workspace, path), "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" && repositoryPath(path) === DEFAULT_CONFIG_PATH) return validateConfig({}, path);
    if (code === "ENOENT") throw new ConfigError(`${path}: config file not found (input "config")`);
    if (code === "EISDIR") throw new ConfigError(`${path}: is a directory, not a config file`);
    if (error instanceof Error && error.name === "InputError") throw new ConfigError(error.message);
    throw new ConfigError(`${path}: cannot read config (${code ?? "unknown error"})`);
  }
  return parseConfig(text, path);
}
async function loadBaseBranchConfig(octokit, repo, path, baseRef, label) {
  const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path: repositoryPath(path), ref: baseRef });
  return file === null ? null : parseConfig(file.content, `${repositoryPath(path)} (base branch ${label})`);
}
async function loadPullRequestConfig(octokit, repo, path, baseSha, baseRef) {
  const base = await loadBaseBranchConfig(octokit, repo, path, baseSha, baseRef);
  return base ? { config: base, origin: "base-branch" } : { config: validateConfig({}, "built-in defaults"), origin: "defaults" };
}
function applyInputOverrides(config, overrides) {
  const next = { ...config, links: { ...config.links }, rules: { ...config.rules } };
  if (overrides.allowPrivateHosts) next.links.allowPrivateHosts = true;
  if (overrides.sortOff) next.rules["sort-order"] = "off";
  return next;
}

export {
  loadWorkspaceConfig,
  loadPullRequestConfig,
  applyInputOverrides
};
