// Action adapter › GitHub API layer: the files a pull request changes, and which new-side lines its diff
// covers — the PR bot reports only on changed lines and may only attach review comments inside a hunk.
import { callApi } from './errors.js';
import type { GitHubClient } from './octokit.js';

/** Inclusive range of line numbers on the new (RIGHT) side of a diff. */
export interface LineRange {
  start: number;
  end: number;
}

export interface PatchLines {
  /** New-side line numbers that the patch adds or changes ('+' lines), ascending. */
  addedLines: number[];
  /** New-side line ranges of every hunk (context + added lines): where a review comment may go. */
  hunks: LineRange[];
}

export type PullRequestFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullRequestFile extends PatchLines {
  path: string;
  /** Former path of a renamed file. */
  previousPath?: string;
  status: PullRequestFileStatus;
  /** Unified-diff hunks as GitHub sends them; absent for binary or very large diffs. */
  patch?: string;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Parses a GitHub `patch` (hunks only, no file headers) into new-side added lines and hunk ranges. */
export function parsePatch(patch: string): PatchLines {
  const addedLines: number[] = [];
  const hunks: LineRange[] = [];
  let newLine = 0;
  let oldRemaining = 0;
  let newRemaining = 0;
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      const newStart = Number(header[3]);
      const newCount = header[4] === undefined ? 1 : Number(header[4]);
      oldRemaining = header[2] === undefined ? 1 : Number(header[2]);
      newRemaining = newCount;
      newLine = newStart;
      if (newCount > 0) hunks.push({ start: newStart, end: newStart + newCount - 1 });
      continue;
    }
    if (oldRemaining <= 0 && newRemaining <= 0) continue;
    const marker = line[0];
    if (marker === '\\') continue;
    if (marker === '+') {
      addedLines.push(newLine);
      newLine += 1;
      newRemaining -= 1;
    } else if (marker === '-') {
      oldRemaining -= 1;
    } else {
      // Context line (' '), or an empty context line whose leading space was stripped in transit.
      newLine += 1;
      newRemaining -= 1;
      oldRemaining -= 1;
    }
  }
  return { addedLines, hunks: mergeRanges(hunks) };
}

/** True when `line` (new side) lies in one of the hunks, i.e. a review comment may be attached to it. */
export function isLineInDiff(hunks: readonly LineRange[], line: number): boolean {
  return hunks.some((range) => line >= range.start && line <= range.end);
}

function mergeRanges(ranges: LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: LineRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

/** Lists every file of a pull request (all pages; GitHub caps the list at 3000 files). */
export async function listPullRequestFiles(octokit: GitHubClient, pr: PullRequestRef): Promise<PullRequestFile[]> {
  const path = `/repos/${pr.owner}/${pr.repo}/pulls/${pr.pullNumber}/files`;
  const files = await callApi('GET', path, () =>
    octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.pullNumber,
      per_page: 100,
    }),
  );
  return files.map((file) => {
    const lines = file.patch === undefined ? { addedLines: [], hunks: [] } : parsePatch(file.patch);
    return {
      path: file.filename,
      ...(file.previous_filename === undefined ? {} : { previousPath: file.previous_filename }),
      status: file.status,
      ...(file.patch === undefined ? {} : { patch: file.patch }),
      ...lines,
    };
  });
}
