// Action adapter › tracker files: which files the `files` input selects (among a PR's changed paths, or in
// the workspace) and reading them — from the workspace checkout, or through the contents API at a ref.
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { findTrackerFiles, isGlobPattern, isPlainPath } from '../io/find-files.js';
import { InputError, readTrackerFile } from '../io/read-tracker.js';
import { workspacePath } from '../io/workspace-path.js';
import { readFile } from './api/file-contents.js';
import type { GitHubClient } from './api/octokit.js';
import type { RepoRef } from './context.js';

function normalizePattern(pattern: string): string {
  return pattern.replace(/^\.\//, '');
}

/** The paths (repository-relative, as the PR files API lists them) that the `files` patterns select. */
export function matchTrackerPaths(paths: readonly string[], patterns: readonly string[]): string[] {
  const normalized = patterns.map(normalizePattern);
  // A plain path matches only itself, so picomatch (loaded on first use) sees only the other patterns.
  const others = normalized.filter((p) => !isPlainPath(p));
  const isMatch = others.length > 0 ? picomatch(others, { dot: false }) : () => false;
  const literal = new Set(normalized.filter((p) => !isGlobPattern(p)));
  return paths.filter((path) => literal.has(path) || isMatch(path));
}

/** Tracker files in the workspace selected by the patterns (a literal path must exist). */
export async function workspaceTrackerPaths(workspace: string, patterns: readonly string[]): Promise<string[]> {
  return findTrackerFiles(patterns.map(normalizePattern), workspace);
}

export async function readWorkspaceTracker(workspace: string, path: string): Promise<string> {
  try {
    return await readTrackerFile(await workspacePath(workspace, path));
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.message.replace(join(resolve(workspace), '/'), ''));
    throw error;
  }
}

/** A tracker's text at a ref through the contents API; null when the file is not there. */
export async function readTrackerAtRef(octokit: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<string | null> {
  const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path, ref });
  return file?.content ?? null;
}
