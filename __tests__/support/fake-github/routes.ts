// Test support › fake GitHub: the REST endpoints tracker-bot calls, with GitHub's JSON shapes, status codes,
// validation errors and Link-header pagination.
import { executeGraphql } from './graphql.js';
import {
  blobSha,
  type FakeGitHubState,
  type FakeIssue,
  type FakeIssueComment,
  type FakeLabel,
  type FakePull,
  type FakeRepo,
  type FakeReview,
  type FakeReviewComment,
  type FakeUser,
} from './state.js';
import { parsePatchHunks } from './patch.js';

export const HTML_BASE = 'https://github.com';
const DOCS = 'https://docs.github.com/rest';
const BODY_LIMIT = 65536;

export interface RouteContext {
  state: FakeGitHubState;
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** Server root, e.g. http://127.0.0.1:1234 — API URLs in payloads are built from it. */
  apiBase: string;
  user: FakeUser;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const notFound = (): RouteResult => ({ status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });

function validationFailed(errors: unknown[], message = 'Validation Failed'): RouteResult {
  return { status: 422, body: { message, errors, documentation_url: DOCS, status: '422' } };
}

function unprocessable(...errors: string[]): RouteResult {
  return { status: 422, body: { message: 'Unprocessable Entity', errors, documentation_url: DOCS, status: '422' } };
}

/** A 422 whose message says what is wrong, as GitHub answers the git refs endpoints. */
function refProblem(message: string): RouteResult {
  return { status: 422, body: { message, documentation_url: DOCS, status: '422' } };
}

function ok(body: unknown, status = 200): RouteResult {
  return { status, body };
}

// ---------------------------------------------------------------- serializers

function userJson(ctx: RouteContext, user: FakeUser) {
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    type: user.type,
    site_admin: false,
    html_url: `${HTML_BASE}/${user.type === 'Bot' ? `apps/${user.login.replace(/\[bot\]$/, '')}` : user.login}`,
    url: `${ctx.apiBase}/users/${encodeURIComponent(user.login)}`,
  };
}

function repoJson(ctx: RouteContext, repo: FakeRepo) {
  const owner = ctx.state.user(repo.owner);
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: repo.fullName,
    owner: userJson(ctx, owner),
    private: repo.isPrivate,
    visibility: repo.isPrivate ? 'private' : 'public',
    fork: false,
    archived: repo.archived,
    disabled: false,
    default_branch: repo.defaultBranch,
    html_url: `${HTML_BASE}/${repo.fullName}`,
    url: `${ctx.apiBase}/repos/${repo.fullName}`,
  };
}

function labelJson(ctx: RouteContext, repo: FakeRepo, label: FakeLabel) {
  return {
    id: label.id,
    node_id: `LA_${label.id}`,
    url: `${ctx.apiBase}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: false,
  };
}

function issueJson(ctx: RouteContext, repo: FakeRepo, issue: FakeIssue) {
  const kind = issue.isPullRequest ? 'pull' : 'issues';
  return {
    id: issue.id,
    node_id: `I_${issue.id}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    user: userJson(ctx, issue.user),
    labels: issue.labels.map((label) => labelJson(ctx, repo, label)),
    state: issue.state,
    state_reason: issue.stateReason,
    locked: false,
    comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: issue.authorAssociation,
    url: `${ctx.apiBase}/repos/${repo.fullName}/issues/${issue.number}`,
    html_url: `${HTML_BASE}/${repo.fullName}/${kind}/${issue.number}`,
    ...(issue.isPullRequest
      ? {
          pull_request: {
            url: `${ctx.apiBase}/repos/${repo.fullName}/pulls/${issue.number}`,
            html_url: `${HTML_BASE}/${repo.fullName}/pull/${issue.number}`,
          },
        }
      : {}),
  };
}

function commentJson(ctx: RouteContext, repo: FakeRepo, comment: FakeIssueComment) {
  const issue = repo.issues.get(comment.issueNumber);
  const kind = issue?.isPullRequest ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    body: comment.body,
    user: userJson(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.authorAssociation,
    url: `${ctx.apiBase}/repos/${repo.fullName}/issues/comments/${comment.id}`,
    html_url: `${HTML_BASE}/${repo.fullName}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${ctx.apiBase}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
  };
}

function reviewCommentJson(ctx: RouteContext, repo: FakeRepo, comment: FakeReviewComment) {
  return {
    id: comment.id,
    node_id: `PRRC_${comment.id}`,
    pull_request_review_id: comment.reviewId,
    path: comment.path,
    line: comment.line,
    original_line: comment.originalLine,
    side: comment.side,
    start_line: null,
    original_start_line: null,
    start_side: null,
    position: comment.line,
    original_position: comment.originalLine,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    diff_hunk: comment.diffHunk,
    body: comment.body,
    user: userJson(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.createdAt,
    author_association: 'NONE',
    subject_type: 'line',
    url: `${ctx.apiBase}/repos/${repo.fullName}/pulls/comments/${comment.id}`,
    html_url: `${HTML_BASE}/${repo.fullName}/pull/${comment.pullNumber}#discussion_r${comment.id}`,
    pull_request_url: `${ctx.apiBase}/repos/${repo.fullName}/pulls/${comment.pullNumber}`,
  };
}

function reviewJson(ctx: RouteContext, repo: FakeRepo, review: FakeReview) {
  return {
    id: review.id,
    node_id: `PRR_${review.id}`,
    user: userJson(ctx, review.user),
    body: review.body,
    state: review.state,
    commit_id: review.commitId,
    submitted_at: review.submittedAt,
    author_association: 'NONE',
    html_url: `${HTML_BASE}/${repo.fullName}/pull/${review.pullNumber}#pullrequestreview-${review.id}`,
    pull_request_url: `${ctx.apiBase}/repos/${repo.fullName}/pulls/${review.pullNumber}`,
  };
}

function pullJson(ctx: RouteContext, repo: FakeRepo, pull: FakePull) {
  const issue = repo.issues.get(pull.number) as FakeIssue;
  const headRepo = pull.headRepoId === null ? undefined : ctx.state.repos.get(pull.headRepoId);
  const headSha = ctx.state.headCommit(repo, pull)?.sha ?? pull.mergeBaseSha;
  const baseSha = repo.branches.get(pull.baseRef) ?? pull.mergeBaseSha;
  const files = ctx.state.pullFiles(repo, pull);
  return {
    id: issue.id,
    node_id: `PR_${issue.id}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: pull.body,
    user: userJson(ctx, pull.user),
    draft: pull.draft,
    merged: pull.merged,
    mergeable: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: null,
    author_association: issue.authorAssociation,
    head: {
      label: `${headRepo?.owner ?? 'unknown'}:${pull.headRef}`,
      ref: pull.headRef,
      sha: headSha,
      user: userJson(ctx, ctx.state.user(headRepo?.owner ?? 'ghost')),
      repo: headRepo ? repoJson(ctx, headRepo) : null,
    },
    base: {
      label: `${repo.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: baseSha,
      user: userJson(ctx, ctx.state.user(repo.owner)),
      repo: repoJson(ctx, repo),
    },
    commits: 1,
    additions: files.reduce((sum, f) => sum + f.additions, 0),
    deletions: files.reduce((sum, f) => sum + f.deletions, 0),
    changed_files: files.length,
    url: `${ctx.apiBase}/repos/${repo.fullName}/pulls/${pull.number}`,
    html_url: `${HTML_BASE}/${repo.fullName}/pull/${pull.number}`,
    diff_url: `${HTML_BASE}/${repo.fullName}/pull/${pull.number}.diff`,
    issue_url: `${ctx.apiBase}/repos/${repo.fullName}/issues/${pull.number}`,
  };
}

// ---------------------------------------------------------------- helpers

/** Slices a list by per_page/page and answers with GitHub's Link header. */
function paginate(ctx: RouteContext, items: unknown[]): RouteResult {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const linkTo = (p: number) => {
    const query = new URLSearchParams(ctx.query);
    query.set('per_page', String(perPage));
    query.set('page', String(p));
    return `<${ctx.apiBase}${ctx.path}?${query.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${linkTo(page - 1)}; rel="prev"`);
  if (page < last) links.push(`${linkTo(page + 1)}; rel="next"`, `${linkTo(last)}; rel="last"`);
  if (page > 1) links.push(`${linkTo(1)}; rel="first"`);
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function field<T>(body: unknown, name: string): T | undefined {
  return body !== null && typeof body === 'object' ? ((body as Record<string, unknown>)[name] as T | undefined) : undefined;
}

function archivedWrite(repo: FakeRepo): RouteResult | null {
  return repo.archived
    ? { status: 403, body: { message: 'Repository was archived so is read-only.', documentation_url: DOCS, status: '403' } }
    : null;
}

function tooLong(resource: string, body: string | undefined | null): RouteResult | null {
  return body && body.length > BODY_LIMIT
    ? validationFailed([{ resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }])
    : null;
}

function lineInDiff(patch: string | undefined, line: number, side: string): boolean {
  if (!patch) return false;
  return parsePatchHunks(patch).some((hunk) =>
    side === 'LEFT' ? line >= hunk.oldStart && line < hunk.oldStart + hunk.oldLines : line >= hunk.newStart && line < hunk.newStart + hunk.newLines,
  );
}

function hunkFor(patch: string, line: number): string {
  const hunk = parsePatchHunks(patch).find((h) => line >= h.newStart && line < h.newStart + h.newLines);
  return hunk?.text ?? patch;
}

/** Validates one review comment against the pull request's diff, returning GitHub's complaint if any. */
function reviewCommentProblem(ctx: RouteContext, repo: FakeRepo, pull: FakePull, comment: unknown): string | null {
  const path = field<string>(comment, 'path');
  const line = field<number>(comment, 'line');
  const side = field<string>(comment, 'side') ?? 'RIGHT';
  if (typeof path !== 'string' || typeof field(comment, 'body') !== 'string') return 'Path and body are required';
  if (typeof line !== 'number') return 'Line could not be resolved';
  const file = ctx.state.pullFiles(repo, pull).find((f) => f.filename === path);
  if (!file) return 'Path could not be resolved';
  if (!lineInDiff(file.patch, line, side)) return 'Pull request review thread line must be part of the diff';
  return null;
}

function storeReviewComment(ctx: RouteContext, repo: FakeRepo, pull: FakePull, comment: unknown, reviewId: number | null, commitId: string): FakeReviewComment {
  const path = field<string>(comment, 'path') as string;
  const line = field<number>(comment, 'line') as number;
  const patch = ctx.state.pullFiles(repo, pull).find((f) => f.filename === path)?.patch ?? '';
  const stored: FakeReviewComment = {
    id: ctx.state.newId(),
    pullNumber: pull.number,
    reviewId,
    path,
    line,
    originalLine: line,
    side: field<string>(comment, 'side') === 'LEFT' ? 'LEFT' : 'RIGHT',
    commitId,
    body: field<string>(comment, 'body') as string,
    user: ctx.user,
    diffHunk: hunkFor(patch, line),
    createdAt: ctx.state.now(),
  };
  repo.reviewComments.push(stored);
  return stored;
}

function fileEntryJson(ctx: RouteContext, repo: FakeRepo, ref: string, path: string, content: string, withContent: boolean) {
  const sha = blobSha(content);
  const bytes = Buffer.from(content, 'utf8');
  const base64 = bytes.toString('base64').replace(/.{60}/g, '$&\n');
  const large = bytes.length > 1024 * 1024;
  return {
    type: 'file',
    name: path.split('/').pop(),
    path,
    sha,
    size: bytes.length,
    url: `${ctx.apiBase}/repos/${repo.fullName}/contents/${path}?ref=${ref}`,
    html_url: `${HTML_BASE}/${repo.fullName}/blob/${ref}/${path}`,
    git_url: `${ctx.apiBase}/repos/${repo.fullName}/git/blobs/${sha}`,
    download_url: `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${path}`,
    ...(withContent ? { content: large ? '' : base64, encoding: large ? 'none' : 'base64' } : {}),
  };
}

// ---------------------------------------------------------------- routes

interface Route {
  method: string;
  pattern: RegExp;
  handler: (ctx: RouteContext, params: Record<string, string>, repo: FakeRepo) => RouteResult;
}

const R = '^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';

const repoRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${R}$`),
    handler: (ctx, _p, repo) => ok(repoJson(ctx, repo)),
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/contents(?:/(?<path>.*))?$`),
    handler: (ctx, p, repo) => {
      const ref = ctx.query.get('ref') ?? repo.defaultBranch;
      const commit = repo.resolveRef(ref);
      if (!commit) return { status: 404, body: { message: `No commit found for the ref ${ref}`, documentation_url: DOCS, status: '404' } };
      const path = (p['path'] ?? '').replace(/\/+$/, '');
      const content = commit.tree.get(path);
      if (content !== undefined) return ok(fileEntryJson(ctx, repo, ref, path, content, true));
      const prefix = path === '' ? '' : `${path}/`;
      const children = new Map<string, unknown>();
      for (const [filePath, fileContent] of commit.tree) {
        if (!filePath.startsWith(prefix)) continue;
        const rest = filePath.slice(prefix.length);
        const slash = rest.indexOf('/');
        if (slash < 0) children.set(rest, fileEntryJson(ctx, repo, ref, filePath, fileContent, false));
        else if (!children.has(rest.slice(0, slash))) {
          const dirPath = prefix + rest.slice(0, slash);
          children.set(rest.slice(0, slash), { type: 'dir', name: rest.slice(0, slash), path: dirPath, sha: blobSha(dirPath), size: 0 });
        }
      }
      return children.size > 0 ? ok([...children.values()]) : notFound();
    },
  },
  {
    method: 'PUT',
    pattern: new RegExp(`${R}/contents/(?<path>.+)$`),
    handler: (ctx, p, repo) => {
      const archived = archivedWrite(repo);
      if (archived) return archived;
      const path = p['path'] as string;
      const message = field<string>(ctx.body, 'message');
      const content = field<string>(ctx.body, 'content');
      const sha = field<string>(ctx.body, 'sha');
      const branch = field<string>(ctx.body, 'branch') ?? repo.defaultBranch;
      if (typeof message !== 'string' || typeof content !== 'string') {
        return validationFailed([{ resource: 'Contents', code: 'missing_field', field: typeof message !== 'string' ? 'message' : 'content' }], 'Invalid request.');
      }
      const branchSha = repo.branches.get(branch);
      if (!branchSha) return { status: 404, body: { message: `Branch ${branch} not found`, documentation_url: DOCS, status: '404' } };
      const current = repo.commits.get(branchSha)?.tree.get(path);
      if (current !== undefined && sha === undefined) {
        return { status: 422, body: { message: 'Invalid request.\n\n"sha" wasn\'t supplied.', documentation_url: DOCS, status: '422' } };
      }
      if (current !== undefined && sha !== blobSha(current)) {
        return { status: 409, body: { message: `${path} does not match ${sha}`, documentation_url: DOCS, status: '409' } };
      }
      const text = Buffer.from(content, 'base64').toString('utf8');
      const commitSha = ctx.state.commitTo(repo, branch, { [path]: text }, message);
      return ok(
        {
          content: fileEntryJson(ctx, repo, branch, path, text, false),
          commit: {
            sha: commitSha,
            message,
            html_url: `${HTML_BASE}/${repo.fullName}/commit/${commitSha}`,
            url: `${ctx.apiBase}/repos/${repo.fullName}/git/commits/${commitSha}`,
            parents: [{ sha: branchSha }],
            author: { name: ctx.user.login, email: `${ctx.user.id}+${ctx.user.login}@users.noreply.github.com`, date: ctx.state.now() },
          },
        },
        current === undefined ? 201 : 200,
      );
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/git/blobs/(?<sha>[0-9a-f]{40})$`),
    handler: (_ctx, p, repo) => {
      for (const commit of repo.commits.values()) {
        for (const content of commit.tree.values()) {
          if (blobSha(content) === p['sha']) {
            const bytes = Buffer.from(content, 'utf8');
            return ok({ sha: p['sha'], size: bytes.length, encoding: 'base64', content: bytes.toString('base64') });
          }
        }
      }
      return notFound();
    },
  },
  // Git refs: what a bot needs to make a branch and move it (fast-forward unless forced).
  {
    method: 'GET',
    pattern: new RegExp(`${R}/git/refs?/(?<ref>.+)$`),
    handler: (ctx, p, repo) => {
      const branch = /^heads\/(.+)$/.exec(p['ref'] ?? '')?.[1];
      const sha = branch === undefined ? undefined : repo.branches.get(branch);
      if (!sha) return notFound();
      return ok({ ref: `refs/heads/${branch}`, object: { sha, type: 'commit', url: `${ctx.apiBase}/repos/${repo.fullName}/git/commits/${sha}` } });
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${R}/git/refs$`),
    handler: (ctx, _p, repo) => {
      const fullRef = field<string>(ctx.body, 'ref');
      const sha = field<string>(ctx.body, 'sha');
      if (typeof fullRef !== 'string' || !fullRef.startsWith('refs/heads/') || typeof sha !== 'string') return refProblem('Invalid request.');
      const branch = fullRef.slice('refs/heads/'.length);
      if (repo.branches.has(branch)) return refProblem('Reference already exists');
      if (!repo.commits.has(sha)) return refProblem('Object does not exist');
      repo.branches.set(branch, sha);
      return ok({ ref: fullRef, object: { sha, type: 'commit' } }, 201);
    },
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${R}/git/refs/(?<ref>.+)$`),
    handler: (ctx, p, repo) => {
      const branch = /^heads\/(.+)$/.exec(p['ref'] ?? '')?.[1];
      const current = branch === undefined ? undefined : repo.branches.get(branch);
      if (!current) return refProblem('Reference does not exist');
      const sha = field<string>(ctx.body, 'sha');
      if (typeof sha !== 'string' || !repo.commits.has(sha)) return refProblem('Object does not exist');
      let isFastForward = false;
      for (let cursor: string | null = sha; cursor && !isFastForward; cursor = repo.commits.get(cursor)?.parent ?? null) isFastForward = cursor === current;
      if (!isFastForward && field<boolean>(ctx.body, 'force') !== true) return refProblem('Update is not a fast forward');
      repo.branches.set(branch!, sha);
      return ok({ ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } });
    },
  },
  // Pull requests: list (state, head, base filters), open, edit.
  {
    method: 'GET',
    pattern: new RegExp(`${R}/pulls$`),
    handler: (ctx, _p, repo) => {
      const wantedState = ctx.query.get('state') ?? 'open';
      const head = ctx.query.get('head');
      const base = ctx.query.get('base');
      const pulls = [...repo.pulls.values()].filter((pull) => {
        if (wantedState !== 'all' && pull.state !== wantedState) return false;
        if (base && pull.baseRef !== base) return false;
        if (head) {
          const [owner, branch] = head.includes(':') ? head.split(':', 2) : [repo.owner, head];
          const headRepo = pull.headRepoId === null ? undefined : ctx.state.repos.get(pull.headRepoId);
          if (pull.headRef !== branch || headRepo?.owner.toLowerCase() !== owner!.toLowerCase()) return false;
        }
        return true;
      });
      return paginate(ctx, pulls.map((pull) => pullJson(ctx, repo, pull)));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${R}/pulls$`),
    handler: (ctx, _p, repo) => {
      const head = field<string>(ctx.body, 'head');
      const base = field<string>(ctx.body, 'base');
      const title = field<string>(ctx.body, 'title');
      if (typeof head !== 'string' || typeof base !== 'string' || typeof title !== 'string') return validationFailed([]);
      const headRef = head.includes(':') ? head.split(':')[1]! : head;
      if (!repo.branches.has(headRef) || !repo.branches.has(base)) return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
      const duplicate = [...repo.pulls.values()].find((pull) => pull.state === 'open' && pull.headRef === headRef && pull.headRepoId === repo.id);
      if (duplicate) return validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${headRef}.` }]);
      const number = repo.nextNumber;
      repo.nextNumber += 1;
      const created = ctx.state.now();
      const text = field<string>(ctx.body, 'body');
      const body = typeof text === 'string' ? text : null;
      repo.issues.set(number, {
        id: ctx.state.newId(),
        number,
        title,
        body,
        user: ctx.user,
        labels: [],
        state: 'open',
        stateReason: null,
        createdAt: created,
        updatedAt: created,
        closedAt: null,
        isPullRequest: true,
        authorAssociation: 'NONE',
      });
      const pull: FakePull = { number, title, body, user: ctx.user, headRepoId: repo.id, headRef, baseRef: base, mergeBaseSha: repo.branches.get(base)!, state: 'open', merged: false, draft: false };
      repo.pulls.set(number, pull);
      return ok(pullJson(ctx, repo, pull), 201);
    },
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${R}/pulls/(?<n>\\d+)$`),
    handler: (ctx, p, repo) => {
      const pull = repo.pulls.get(Number(p['n']));
      if (!pull) return notFound();
      const title = field<string>(ctx.body, 'title');
      const text = field<string>(ctx.body, 'body');
      if (typeof title === 'string') pull.title = title;
      if (typeof text === 'string') pull.body = text;
      const issue = repo.issues.get(pull.number);
      if (issue) {
        issue.title = pull.title;
        issue.body = pull.body;
        issue.updatedAt = ctx.state.now();
      }
      return ok(pullJson(ctx, repo, pull));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/pulls/(?<n>\\d+)$`),
    handler: (ctx, p, repo) => {
      const pull = repo.pulls.get(Number(p['n']));
      return pull ? ok(pullJson(ctx, repo, pull)) : notFound();
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/pulls/(?<n>\\d+)/files$`),
    handler: (ctx, p, repo) => {
      const pull = repo.pulls.get(Number(p['n']));
      if (!pull) return notFound();
      const files = ctx.state.pullFiles(repo, pull).map((file) => ({
        sha: file.sha,
        filename: file.filename,
        status: file.status,
        additions: file.additions,
        deletions: file.deletions,
        changes: file.changes,
        blob_url: `${HTML_BASE}/${repo.fullName}/blob/${file.sha}/${file.filename}`,
        raw_url: `${HTML_BASE}/${repo.fullName}/raw/${file.sha}/${file.filename}`,
        contents_url: `${ctx.apiBase}/repos/${repo.fullName}/contents/${file.filename}?ref=${file.sha}`,
        ...(file.patch === undefined ? {} : { patch: file.patch }),
      }));
      return paginate(ctx, files.slice(0, 3000));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/pulls/(?<n>\\d+)/comments$`),
    handler: (ctx, p, repo) => {
      if (!repo.pulls.has(Number(p['n']))) return notFound();
      const comments = repo.reviewComments.filter((c) => c.pullNumber === Number(p['n']));
      return paginate(ctx, comments.map((c) => reviewCommentJson(ctx, repo, c)));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${R}/pulls/(?<n>\\d+)/comments$`),
    handler: (ctx, p, repo) => {
      const pull = repo.pulls.get(Number(p['n']));
      if (!pull) return notFound();
      const commitId = field<string>(ctx.body, 'commit_id');
      if (typeof commitId !== 'string') return validationFailed([{ resource: 'PullRequestReviewComment', code: 'missing_field', field: 'commit_id' }]);
      const tooLongBody = tooLong('PullRequestReviewComment', field<string>(ctx.body, 'body'));
      if (tooLongBody) return tooLongBody;
      const problem = reviewCommentProblem(ctx, repo, pull, ctx.body);
      if (problem) return validationFailed([{ resource: 'PullRequestReviewComment', code: 'custom', field: 'pull_request_review_thread.line', message: problem }]);
      return ok(reviewCommentJson(ctx, repo, storeReviewComment(ctx, repo, pull, ctx.body, null, commitId)), 201);
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/pulls/(?<n>\\d+)/reviews$`),
    handler: (ctx, p, repo) => {
      if (!repo.pulls.has(Number(p['n']))) return notFound();
      return paginate(ctx, repo.reviews.filter((r) => r.pullNumber === Number(p['n'])).map((r) => reviewJson(ctx, repo, r)));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${R}/pulls/(?<n>\\d+)/reviews$`),
    handler: (ctx, p, repo) => {
      const pull = repo.pulls.get(Number(p['n']));
      if (!pull) return notFound();
      const event = field<string>(ctx.body, 'event');
      const body = field<string>(ctx.body, 'body') ?? '';
      const comments = field<unknown[]>(ctx.body, 'comments') ?? [];
      const headSha = ctx.state.headCommit(repo, pull)?.sha ?? pull.mergeBaseSha;
      const commitId = field<string>(ctx.body, 'commit_id') ?? headSha;
      if (event !== undefined && !['APPROVE', 'REQUEST_CHANGES', 'COMMENT'].includes(event)) {
        return validationFailed([{ resource: 'PullRequestReview', code: 'invalid', field: 'event' }]);
      }
      if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && body === '' && comments.length === 0) {
        return unprocessable('Review body is required');
      }
      if (!repo.commits.has(commitId) && !ctx.state.repos.get(pull.headRepoId ?? -1)?.commits.has(commitId)) {
        return unprocessable('Commit could not be resolved');
      }
      const problems = comments.map((c) => reviewCommentProblem(ctx, repo, pull, c)).filter((x): x is string => x !== null);
      if (problems.length > 0) return unprocessable(...problems);
      const review: FakeReview = {
        id: ctx.state.newId(),
        pullNumber: pull.number,
        body,
        state: event === 'APPROVE' ? 'APPROVED' : event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
        commitId,
        user: ctx.user,
        submittedAt: ctx.state.now(),
      };
      repo.reviews.push(review);
      for (const comment of comments) storeReviewComment(ctx, repo, pull, comment, review.id, commitId);
      return ok(reviewJson(ctx, repo, review));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/issues$`),
    handler: (ctx, _p, repo) => {
      const state = ctx.query.get('state') ?? 'open';
      const wanted = (ctx.query.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
      const creator = ctx.query.get('creator')?.toLowerCase();
      const sort = ctx.query.get('sort') ?? 'created';
      const direction = ctx.query.get('direction') ?? 'desc';
      const issues = [...repo.issues.values()]
        .filter((issue) => state === 'all' || issue.state === state)
        .filter((issue) => wanted.every((name) => issue.labels.some((label) => label.name.toLowerCase() === name)))
        .filter((issue) => creator === undefined || issue.user.login.toLowerCase() === creator)
        .sort((a, b) => {
          const key = sort === 'updated' ? 'updatedAt' : 'createdAt';
          const order = a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1;
          return direction === 'asc' ? order : -order;
        });
      return paginate(ctx, issues.map((issue) => issueJson(ctx, repo, issue)));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${R}/issues$`),
    handler: (ctx, _p, repo) => {
      const archived = archivedWrite(repo);
      if (archived) return archived;
      const title = field<string>(ctx.body, 'title');
      if (typeof title !== 'string' || title.trim() === '') {
        return validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
      }
      const body = field<string>(ctx.body, 'body') ?? null;
      const tooLongBody = tooLong('Issue', body);
      if (tooLongBody) return tooLongBody;
      const issue = ctx.state.createIssue(repo, ctx.user, title, body, field<string[]>(ctx.body, 'labels') ?? []);
      return ok(issueJson(ctx, repo, issue), 201);
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/issues/(?<n>\\d+)$`),
    handler: (ctx, p, repo) => {
      const issue = repo.issues.get(Number(p['n']));
      return issue ? ok(issueJson(ctx, repo, issue)) : notFound();
    },
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${R}/issues/(?<n>\\d+)$`),
    handler: (ctx, p, repo) => {
      const archived = archivedWrite(repo);
      if (archived) return archived;
      const issue = repo.issues.get(Number(p['n']));
      if (!issue) return notFound();
      const state = field<string>(ctx.body, 'state');
      const reason = field<string>(ctx.body, 'state_reason');
      if (state !== undefined && state !== 'open' && state !== 'closed') {
        return validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state' }]);
      }
      if (reason !== undefined && reason !== null && !['completed', 'not_planned', 'reopened', 'duplicate'].includes(reason)) {
        return validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state_reason' }]);
      }
      const body = field<string | null>(ctx.body, 'body');
      const tooLongBody = tooLong('Issue', body);
      if (tooLongBody) return tooLongBody;
      const title = field<string>(ctx.body, 'title');
      if (title !== undefined) issue.title = title;
      if (body !== undefined) issue.body = body;
      const labels = field<string[]>(ctx.body, 'labels');
      if (labels !== undefined) issue.labels = labels.map((name) => ctx.state.ensureLabel(repo, name));
      if (state === 'closed' && issue.state === 'open') {
        issue.state = 'closed';
        issue.stateReason = (reason as FakeIssue['stateReason']) ?? 'completed';
        issue.closedAt = ctx.state.now();
      } else if (state === 'open' && issue.state === 'closed') {
        issue.state = 'open';
        issue.stateReason = 'reopened';
        issue.closedAt = null;
      }
      issue.updatedAt = ctx.state.now();
      return ok(issueJson(ctx, repo, issue));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/issues/(?<n>\\d+)/comments$`),
    handler: (ctx, p, repo) => {
      if (!repo.issues.has(Number(p['n']))) return notFound();
      const comments = repo.comments.filter((c) => c.issueNumber === Number(p['n']));
      return paginate(ctx, comments.map((c) => commentJson(ctx, repo, c)));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${R}/issues/(?<n>\\d+)/comments$`),
    handler: (ctx, p, repo) => {
      const archived = archivedWrite(repo);
      if (archived) return archived;
      const issue = repo.issues.get(Number(p['n']));
      if (!issue) return notFound();
      const body = field<string>(ctx.body, 'body');
      if (typeof body !== 'string' || body === '') return validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
      const tooLongBody = tooLong('IssueComment', body);
      if (tooLongBody) return tooLongBody;
      issue.updatedAt = ctx.state.now();
      return ok(commentJson(ctx, repo, ctx.state.createComment(repo, issue.number, ctx.user, body)), 201);
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/issues/comments/(?<id>\\d+)$`),
    handler: (ctx, p, repo) => {
      const comment = repo.comments.find((c) => c.id === Number(p['id']));
      return comment ? ok(commentJson(ctx, repo, comment)) : notFound();
    },
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${R}/issues/comments/(?<id>\\d+)$`),
    handler: (ctx, p, repo) => {
      const archived = archivedWrite(repo);
      if (archived) return archived;
      const comment = repo.comments.find((c) => c.id === Number(p['id']));
      if (!comment) return notFound();
      if (comment.user.id !== ctx.user.id) {
        return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } };
      }
      const body = field<string>(ctx.body, 'body');
      if (typeof body !== 'string' || body === '') return validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
      const tooLongBody = tooLong('IssueComment', body);
      if (tooLongBody) return tooLongBody;
      comment.body = body;
      comment.updatedAt = ctx.state.now();
      return ok(commentJson(ctx, repo, comment));
    },
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`${R}/issues/comments/(?<id>\\d+)$`),
    handler: (_ctx, p, repo) => {
      const index = repo.comments.findIndex((c) => c.id === Number(p['id']));
      if (index < 0) return notFound();
      repo.comments.splice(index, 1);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/labels$`),
    handler: (ctx, _p, repo) => paginate(ctx, [...repo.labels.values()].map((label) => labelJson(ctx, repo, label))),
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/labels/(?<name>[^/]+)$`),
    handler: (ctx, p, repo) => {
      const label = repo.label(p['name'] as string);
      return label ? ok(labelJson(ctx, repo, label)) : notFound();
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${R}/labels$`),
    handler: (ctx, _p, repo) => {
      const name = field<string>(ctx.body, 'name');
      const color = (field<string>(ctx.body, 'color') ?? 'ededed').replace(/^#/, '');
      if (typeof name !== 'string' || name === '') return validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }]);
      if (!/^[0-9a-fA-F]{6}$/.test(color)) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
      if (repo.label(name)) return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      const label = ctx.state.ensureLabel(repo, name, color, field<string>(ctx.body, 'description') ?? null);
      return ok(labelJson(ctx, repo, label), 201);
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${R}/collaborators/(?<user>[^/]+)/permission$`),
    handler: (ctx, p, repo) => {
      const login = p['user'] as string;
      const user = ctx.state.users.get(login.toLowerCase());
      if (!user) return notFound();
      const permission = repo.permissions.get(login.toLowerCase()) ?? (user.login === repo.owner ? 'admin' : repo.isPrivate ? 'none' : 'read');
      const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
      return ok({ permission: legacy, role_name: permission, user: userJson(ctx, user) });
    },
  },
];

/** Routes one request; null when no route matches the path at all. */
export function route(ctx: RouteContext): RouteResult | null {
  if (ctx.path === '/graphql') {
    if (ctx.method !== 'POST') return notFound();
    return ok(executeGraphql(ctx.state, (ctx.body ?? {}) as { query?: unknown; variables?: unknown }, HTML_BASE));
  }
  if (ctx.path === '/user' && ctx.method === 'GET') {
    return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } };
  }
  const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(ctx.path);
  if (byId) {
    const repo = ctx.state.repos.get(Number(byId[1]));
    if (!repo) return notFound();
    return route({ ...ctx, path: `/repos/${repo.fullName}${byId[2] ?? ''}` });
  }
  let pathMatched = false;
  for (const candidate of repoRoutes) {
    const match = candidate.pattern.exec(ctx.path);
    if (!match) continue;
    pathMatched = true;
    if (candidate.method !== ctx.method) continue;
    const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, v === undefined ? '' : decodeURIComponent(v)]));
    const owner = params['owner'] as string;
    const name = params['repo'] as string;
    const repo = ctx.state.findRepo(owner, name);
    if (!repo) {
      const moved = ctx.state.redirectedRepo(owner, name);
      if (moved) {
        const location = `${ctx.apiBase}/repositories/${moved.id}${ctx.path.slice(`/repos/${owner}/${name}`.length)}`;
        return {
          status: ctx.method === 'GET' ? 301 : 307,
          headers: { location },
          body: { message: 'Moved Permanently', url: location, documentation_url: DOCS },
        };
      }
      return notFound();
    }
    if (repo.isPrivate && !repo.permissions.has(ctx.user.login.toLowerCase()) && ctx.user.login !== ctx.state.appUser.login) return notFound();
    return candidate.handler(ctx, params, repo);
  }
  return pathMatched ? notFound() : null;
}
