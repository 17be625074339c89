// Action adapter › sticky comment: renders the pull request's one bot comment (findings grouped by section
// with links to the lines, pre-existing problems folded apart, appendix blocks such as a sort diff) and
// publishes it — created once, edited after, turned into a short all-clear line once the PR is clean.
import { format } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import { renderMarkdown } from '../report/markdown.js';
import { TEXT } from '../report/messages.js';
import { summarize, type FileReport } from '../report/model.js';
import {
  COMMENT_LIMIT,
  STICKY_COMMENT_MARKER,
  callApi,
  isBotCommentWithMarker,
  truncateComment,
  upsertStickyComment,
  type GitHubClient,
} from './api/index.js';
import type { RepoRef } from './context.js';
import { ACTION_TEXT } from './messages.js';
import { countFindings } from './outputs.js';

export interface CommentContent {
  lang: Lang;
  /** Findings that count (the PR's own with `scope: changed`). */
  files: FileReport[];
  preexisting: FileReport[];
  withLinks: boolean;
  lineUrl?: (path: string, line: number) => string | undefined;
  /** Trusted Markdown blocks (sort diff, sort commit note). */
  appendix: string[];
  /** Trusted Markdown lines after the findings: what to do next (see nextSteps in pull-request.ts). */
  hints?: string[];
}

/** Room left for the marker and the truncation note under GitHub's limit. */
const BODY_BUDGET = COMMENT_LIMIT - 200;

export function hasProblems(content: Pick<CommentContent, 'files' | 'appendix'>): boolean {
  const counts = countFindings(content.files);
  return counts.errors + counts.warnings > 0 || content.appendix.length > 0;
}

/** The all-clear line, above the fold of problems that were in the file before the pull request. */
export function renderAllClear(lang: Lang, preexisting: FileReport[] = [], lineUrl?: CommentContent['lineUrl']): string {
  const head = `### ${format(TEXT.reportTitle, lang)}\n\n${format(ACTION_TEXT.allClear, lang)}\n`;
  if (!preexisting.some((file) => file.diagnostics.length + file.links.length > 0)) return head;
  const folds = renderMarkdown([], summarize([], false), { lang, preexisting, ...(lineUrl ? { lineUrl } : {}), maxLength: BODY_BUDGET - head.length });
  // Drop the report's own title and "no problems" line: the all-clear says it.
  const at = folds.indexOf('<details>');
  if (at < 0) return head;
  const rest = folds.slice(at);
  return truncateComment(`${head}\n${rest}`, `> ${format(ACTION_TEXT.commentCut, lang)}`, BODY_BUDGET);
}

export function renderPullRequestComment(content: CommentContent): string {
  const body = renderMarkdown(content.files, summarize(content.files, content.withLinks), {
    lang: content.lang,
    ...(content.lineUrl ? { lineUrl: content.lineUrl } : {}),
    preexisting: content.preexisting,
    appendix: content.appendix,
    ...(content.hints ? { hints: content.hints } : {}),
    maxLength: BODY_BUDGET,
  });
  return truncateComment(body, `> ${format(ACTION_TEXT.commentCut, content.lang)}`, BODY_BUDGET);
}

async function hasStickyComment(octokit: GitHubClient, repo: RepoRef, issueNumber: number): Promise<boolean> {
  const route = `/repos/${repo.owner}/${repo.repo}/issues/${issueNumber}/comments`;
  const comments = await callApi('GET', route, () =>
    octokit.paginate(octokit.rest.issues.listComments, { owner: repo.owner, repo: repo.repo, issue_number: issueNumber, per_page: 100 }),
  );
  return comments.some((comment) => isBotCommentWithMarker(comment, STICKY_COMMENT_MARKER));
}

/**
 * Posts or edits the sticky comment. A clean pull request gets no new comment; an existing one is edited
 * to the all-clear line. Returns the comment's URL, or null when nothing was posted.
 */
export async function publishPullRequestComment(
  octokit: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  content: CommentContent,
): Promise<string | null> {
  const params = { owner: repo.owner, repo: repo.repo, issueNumber };
  if (!hasProblems(content)) {
    if (!(await hasStickyComment(octokit, repo, issueNumber))) return null;
    return (await upsertStickyComment(octokit, { ...params, body: renderAllClear(content.lang, content.preexisting, content.lineUrl) })).url;
  }
  return (await upsertStickyComment(octokit, { ...params, body: renderPullRequestComment(content) })).url;
}
