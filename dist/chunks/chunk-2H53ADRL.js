import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  readFile
} from "./chunk-KNTYTWFO.js";
import {
  DEFAULT_CONFIG_PATH,
  loadConfigFile,
  parseConfig,
  validateConfig
} from "./chunk-C4OUAXN4.js";

// src/action/config.ts
function repositoryPath(path) {
  return path.replace(/^\.\//, "");
}
async function loadWorkspaceConfig(workspace, path) {
  const optional = repositoryPath(path) === DEFAULT_CONFIG_PATH;
  return (await loadConfigFile(path, { root: workspace, optional, missingHint: '(input "config")' })).config;
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
