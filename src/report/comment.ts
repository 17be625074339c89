// Reporter › pull-request comment: the body of the pull request's one bot comment — the Markdown report
// (findings grouped by section with links to the lines, pre-existing problems folded apart, appendix blocks
// such as a sort diff), or, once the pull request is clean, a short all-clear line above the fold of what
// was already there. The Action publishes it (src/action/comment.ts); this module only renders.
import { format, type Messages } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import type { LineUrl } from './line-link.js';
import { renderMarkdown } from './markdown.js';
import { TEXT } from './messages.js';
import { countFindings, summarize, type FileReport } from './model.js';
import { MARKDOWN_BODY_LIMIT, truncateMarkdown } from './truncate.js';

export interface CommentContent {
  lang: Lang;
  /** Findings that count (the PR's own with `scope: changed`). */
  files: FileReport[];
  preexisting: FileReport[];
  withLinks: boolean;
  lineUrl?: LineUrl;
  /** Trusted Markdown blocks (sort diff, sort commit note). */
  appendix: string[];
  /** Trusted Markdown lines after the findings: what to do next (see renderNextSteps). */
  hints?: string[];
}

const T = {
  allClear: {
    en: '✅ All clear: no problems left on the lines this pull request changes.',
    zh: '✅ 已全部解决：本次修改的行中没有待处理的问题。',
  },
  commentCut: {
    en: '… Cut to fit GitHub\'s comment size limit; the job summary of this run has the full report.',
    zh: '……评论已按 GitHub 的长度上限截断；完整报告见本次运行的 job summary。',
  },
} satisfies Record<string, Messages>;

/** Room left for the marker and the truncation note under GitHub's limit. */
const BODY_BUDGET = MARKDOWN_BODY_LIMIT - 200;

/** Whether the comment has anything to say: a counted finding, or an appendix block (a sort diff). */
export function hasProblems(content: Pick<CommentContent, 'files' | 'appendix'>): boolean {
  const counts = countFindings(content.files);
  return counts.errors + counts.warnings > 0 || content.appendix.length > 0;
}

/** The all-clear line, above the fold of problems that were in the file before the pull request. */
export function renderAllClear(lang: Lang, preexisting: FileReport[] = [], lineUrl?: CommentContent['lineUrl']): string {
  const head = `### ${format(TEXT.reportTitle, lang)}\n\n${format(T.allClear, lang)}\n`;
  if (!preexisting.some((file) => file.diagnostics.length + file.links.length > 0)) return head;
  const folds = renderMarkdown([], summarize([], false), { lang, preexisting, ...(lineUrl ? { lineUrl } : {}), maxLength: BODY_BUDGET - head.length });
  // Drop the report's own title and "no problems" line: the all-clear says it.
  const at = folds.indexOf('<details>');
  if (at < 0) return head;
  const rest = folds.slice(at);
  return truncateMarkdown(`${head}\n${rest}`, `> ${format(T.commentCut, lang)}`, BODY_BUDGET);
}

/** The comment while the pull request has problems: the Markdown report, cut to GitHub's size limit. */
export function renderPullRequestComment(content: CommentContent): string {
  const body = renderMarkdown(content.files, summarize(content.files, content.withLinks), {
    lang: content.lang,
    ...(content.lineUrl ? { lineUrl: content.lineUrl } : {}),
    preexisting: content.preexisting,
    appendix: content.appendix,
    ...(content.hints ? { hints: content.hints } : {}),
    maxLength: BODY_BUDGET,
  });
  return truncateMarkdown(body, `> ${format(T.commentCut, content.lang)}`, BODY_BUDGET);
}

/** The comment's body for a run: the report while there are problems, else the all-clear. */
export function renderCommentBody(content: CommentContent): string {
  return hasProblems(content) ? renderPullRequestComment(content) : renderAllClear(content.lang, content.preexisting, content.lineUrl);
}
