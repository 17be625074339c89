// Line links: the one place that builds a URL opening a tracker file at a line on GitHub (and the link to
// the workflow run). Used by the pull-request comment, every job summary and the tracking issue. GitHub renders `.md` blobs and then
// ignores `#L34`, so a blob link asks for the source view (`?plain=1`); a line the pull request changed
// links into the PR's own diff, where the reviewer can comment on it.
import { createRequire } from 'node:module';

// node:crypto is loaded on the first diff anchor, not at start-up: importing it took about 8 ms of
// an Action run on Node 24, and most runs (push, scheduled) never link into a pull request's diff.
const requireBuiltin = createRequire(import.meta.url);

/** Where the links point: a repository at a commit, and optionally the pull request whose diff shows some lines. */
export interface LineLinkTarget {
  /** GITHUB_SERVER_URL, e.g. `https://github.com` (a trailing slash is ignored). */
  serverUrl: string;
  owner: string;
  repo: string;
  /** Commit the blob links pin (40 hex digits on GitHub; any ref works). */
  sha: string;
  pullRequest?: {
    number: number;
    /** True when the pull request adds or changes `line` (1-based, head side) of `path`. */
    isChanged: (path: string, line: number) => boolean;
  };
}

export type LineLinker = (path: string, line: number) => string;

/** What a renderer is given to link lines: a LineLinker, or a function that may have no URL for a line. */
export type LineUrl = (path: string, line: number) => string | undefined;

/**
 * The anchor GitHub gives a file in a pull request's "Files changed" tab: `diff-` and the SHA-256 hex
 * digest of the repository-relative path (UTF-8). Source: the anchors github.com renders on /pull/N/files.
 */
export function diffAnchor(path: string): string {
  const { createHash } = requireBuiltin('node:crypto') as typeof import('node:crypto');
  return `diff-${createHash('sha256').update(path, 'utf8').digest('hex')}`;
}

/** Each segment URL-encoded, and `()'!*` too, so the URL is safe as a Markdown link destination. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

function repositoryUrl(target: Pick<LineLinkTarget, 'serverUrl' | 'owner' | 'repo'>): string {
  return `${target.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
}

/** The page of a workflow run: `{server}/{owner}/{repo}/actions/runs/{runId}` (GITHUB_RUN_ID), segments URL-encoded. */
export function workflowRunUrl(target: Pick<LineLinkTarget, 'serverUrl' | 'owner' | 'repo'>, runId: string): string {
  return `${repositoryUrl(target)}/actions/runs/${encodeURIComponent(runId)}`;
}

/**
 * Returns a function (path, 1-based line) → URL:
 * - a changed line of the pull request: `{server}/{owner}/{repo}/pull/{N}/files#diff-{sha256(path)}R{line}`;
 * - any other line: `{server}/{owner}/{repo}/blob/{sha}/{path}?plain=1#L{line}`, path segments URL-encoded.
 */
export function lineLinker(target: LineLinkTarget): LineLinker {
  const base = repositoryUrl(target);
  const pr = target.pullRequest;
  return (path, line) => {
    if (pr && pr.isChanged(path, line)) return `${base}/pull/${pr.number}/files#${diffAnchor(path)}R${line}`;
    return `${base}/blob/${encodeURIComponent(target.sha)}/${encodePath(path)}?plain=1#L${line}`;
  };
}
