// Action adapter › config: `.tracker-bot.yml` from the workspace, or — on pull requests — from the base
// branch through the contents API, so a pull request cannot relax the rules it is checked against.
import { readFile as readFs } from 'node:fs/promises';
import { ConfigError, DEFAULT_CONFIG_PATH, parseConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { readFile, type GitHubClient } from './api/index.js';
import type { RepoRef } from './context.js';
import { workspacePath } from './tracker-files.js';

function repositoryPath(path: string): string {
  return path.replace(/^\.\//, '');
}

/** The workspace config; a missing file is fine only for the default path. */
export async function loadWorkspaceConfig(workspace: string, path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFs(await workspacePath(workspace, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && repositoryPath(path) === DEFAULT_CONFIG_PATH) return parseConfig('{}', path);
    if (code === 'ENOENT') throw new ConfigError(`${path}: config file not found (input "config")`);
    if (code === 'EISDIR') throw new ConfigError(`${path}: is a directory, not a config file`);
    if (error instanceof Error && error.name === 'InputError') throw new ConfigError(error.message);
    throw new ConfigError(`${path}: cannot read config (${code ?? 'unknown error'})`);
  }
  return parseConfig(text, path);
}

/** The config as the base branch has it, or null when the base branch has no config file. */
export async function loadBaseBranchConfig(octokit: GitHubClient, repo: RepoRef, path: string, baseRef: string, label: string): Promise<Config | null> {
  const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path: repositoryPath(path), ref: baseRef });
  return file === null ? null : parseConfig(file.content, `${repositoryPath(path)} (base branch ${label})`);
}

/** Input overrides that apply whatever config was chosen. */
export function applyInputOverrides(config: Config, overrides: { allowPrivateHosts: boolean; sortOff: boolean }): Config {
  const next: Config = { ...config, links: { ...config.links }, rules: { ...config.rules } };
  if (overrides.allowPrivateHosts) next.links.allowPrivateHosts = true;
  if (overrides.sortOff) next.rules['sort-order'] = 'off';
  return next;
}
