// Action adapter › config sources: `.tracker-bot.yml` from the workspace (through the CLI's loader), or — on
// pull requests — from the base branch through the contents API, so a pull request cannot relax the rules it
// is checked against. settings.ts merges the chosen config with the inputs (withConfig).
import { DEFAULT_CONFIG_PATH, defaultConfig, loadConfigFile, parseConfig } from '../config/load.js';
import type { Config } from '../core/options.js';
import { readFile } from './api/file-contents.js';
import type { GitHubClient } from './api/octokit.js';
import { withConfig, type RepoRef, type Settings } from './settings.js';

function repositoryPath(path: string): string {
  return path.replace(/^\.\//, '');
}

/** The workspace config, through the CLI's loader; a missing file is fine only for the default path. */
export async function loadWorkspaceConfig(workspace: string, path: string): Promise<Config> {
  const optional = repositoryPath(path) === DEFAULT_CONFIG_PATH;
  return (await loadConfigFile(path, { root: workspace, optional, missingHint: '(input "config")' })).config;
}

/** The config as the base branch has it, or null when the base branch has no config file. */
export async function loadBaseBranchConfig(octokit: GitHubClient, repo: RepoRef, path: string, baseRef: string, label: string): Promise<Config | null> {
  const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path: repositoryPath(path), ref: baseRef });
  return file === null ? null : parseConfig(file.content, `${repositoryPath(path)} (base branch ${label})`);
}

/** Where a pull request's config came from: the base branch's file, or the built-in defaults. */
export interface PullRequestConfig {
  config: Config;
  origin: 'base-branch' | 'defaults';
}

/**
 * The config a pull request is checked against: the base branch's file at baseSha, or the built-in defaults
 * when the base branch has none. Never the pull request's own copy, which could relax the rules or allow
 * private hosts. Throws ConfigError for a broken base config, GitHubApiError when the API fails.
 */
export async function loadPullRequestConfig(octokit: GitHubClient, repo: RepoRef, path: string, baseSha: string, baseRef: string): Promise<PullRequestConfig> {
  const base = await loadBaseBranchConfig(octokit, repo, path, baseSha, baseRef);
  return base ? { config: base, origin: 'base-branch' } : { config: defaultConfig(), origin: 'defaults' };
}

/**
 * `settings` (or a run context) with the pull request's config — the base branch's at `base.sha`, else the
 * built-in defaults — merged with the inputs by settings.withConfig. Throws ConfigError or GitHubApiError.
 */
export async function withPullRequestConfig<T extends Settings>(settings: T, octokit: GitHubClient, base: { sha: string; ref: string }): Promise<T> {
  const chosen = await loadPullRequestConfig(octokit, settings.repo, settings.inputs.config, base.sha, base.ref);
  return { ...settings, ...withConfig(settings, chosen.config, chosen.origin) };
}
