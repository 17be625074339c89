// Action adapter › tracker files: which files the `files` input selects (among a PR's changed paths, or in
// the workspace) and reading them — from the workspace checkout, or through the contents API at a ref.
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { findTrackerFiles } from '../io/find-files.js';
import { InputError, readTrackerFile } from '../io/read-tracker.js';
import { readFile, type GitHubClient } from './api/index.js';
import type { RepoRef } from './context.js';

function normalizePattern(pattern: string): string {
  return pattern.replace(/^\.\//, '');
}

/** The paths (repository-relative, as the PR files API lists them) that the `files` patterns select. */
export function matchTrackerPaths(paths: readonly string[], patterns: readonly string[]): string[] {
  const normalized = patterns.map(normalizePattern);
  const isMatch = picomatch(normalized, { dot: false });
  const literal = new Set(normalized.filter((p) => !picomatch.scan(p).isGlob));
  return paths.filter((path) => literal.has(path) || isMatch(path));
}

/** Tracker files in the workspace selected by the patterns (a literal path must exist). */
export async function workspaceTrackerPaths(workspace: string, patterns: readonly string[]): Promise<string[]> {
  return findTrackerFiles(patterns.map(normalizePattern), workspace);
}

/** Resolves a repository-relative path inside the workspace, refusing one that escapes it. */
export function workspacePath(workspace: string, path: string): string {
  const absolute = resolve(workspace, path);
  const rel = relative(resolve(workspace), absolute);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new InputError(`${path}: outside the workspace`);
  return absolute;
}

export async function readWorkspaceTracker(workspace: string, path: string): Promise<string> {
  try {
    return await readTrackerFile(workspacePath(workspace, path));
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
