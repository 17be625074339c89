// Action adapter › GitHub API layer: reads a file at a ref (the config from the PR's base branch, the tracker
// itself) and commits a new version of it (`sort: commit`, `/tracker-bot fix`) through the contents API.
import { GitHubApiError, callApi, isNotFoundError } from './errors.js';
import type { GitHubClient } from './octokit.js';

export interface RepoFile {
  path: string;
  content: string;
  /** Blob sha: pass it back to commitFile to update this exact version. */
  sha: string;
}

export interface ReadFileParams {
  owner: string;
  repo: string;
  path: string;
  /** Branch, tag or commit sha; the default branch when omitted. */
  ref?: string;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The file's UTF-8 text at `ref`, or null when it (or the ref) does not exist. */
export async function readFile(octokit: GitHubClient, params: ReadFileParams): Promise<RepoFile | null> {
  const route = `/repos/${params.owner}/${params.repo}/contents/${encodePath(params.path)}`;
  let data: unknown;
  try {
    const response = await callApi('GET', route, () =>
      octokit.rest.repos.getContent({
        owner: params.owner,
        repo: params.repo,
        path: params.path,
        ...(params.ref === undefined ? {} : { ref: params.ref }),
      }),
    );
    data = response.data;
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
  if (Array.isArray(data)) throw new GitHubApiError('GET', route, null, `${params.path} is a directory, not a file`);
  const entry = data as { type?: string; content?: string; encoding?: string; sha: string; path: string };
  if (entry.type !== 'file') {
    throw new GitHubApiError('GET', route, null, `${params.path} is a ${entry.type ?? 'non-file entry'}, not a file`);
  }
  if (entry.encoding === 'base64' && typeof entry.content === 'string') {
    return { path: entry.path, content: Buffer.from(entry.content, 'base64').toString('utf8'), sha: entry.sha };
  }
  // Files over 1 MB come without content; the blob API serves them up to 100 MB.
  const blobRoute = `/repos/${params.owner}/${params.repo}/git/blobs/${entry.sha}`;
  const blob = await callApi('GET', blobRoute, () =>
    octokit.rest.git.getBlob({ owner: params.owner, repo: params.repo, file_sha: entry.sha }),
  );
  const text =
    blob.data.encoding === 'base64' ? Buffer.from(blob.data.content, 'base64').toString('utf8') : blob.data.content;
  return { path: entry.path, content: text, sha: entry.sha };
}

export interface CommitFileParams {
  owner: string;
  repo: string;
  branch: string;
  path: string;
  content: string;
  message: string;
  /** Blob sha of the version being replaced (required to update an existing file; omit to create). */
  sha?: string;
}

export interface CommittedFile {
  commitSha: string;
  /** New blob sha of the file. */
  contentSha: string;
  commitUrl: string;
}

/**
 * Writes `content` to `path` on `branch` as one commit. GitHub refuses (409) when `sha` is no longer the
 * file's current version, so a concurrent push is never overwritten.
 */
export async function commitFile(octokit: GitHubClient, params: CommitFileParams): Promise<CommittedFile> {
  const route = `/repos/${params.owner}/${params.repo}/contents/${encodePath(params.path)}`;
  const response = await callApi('PUT', route, () =>
    octokit.rest.repos.createOrUpdateFileContents({
      owner: params.owner,
      repo: params.repo,
      path: params.path,
      branch: params.branch,
      message: params.message,
      content: Buffer.from(params.content, 'utf8').toString('base64'),
      ...(params.sha === undefined ? {} : { sha: params.sha }),
    }),
  );
  const { commit, content } = response.data;
  return { commitSha: commit.sha ?? '', contentSha: content?.sha ?? '', commitUrl: commit.html_url ?? '' };
}
