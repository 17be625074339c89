import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  MARKDOWN_BODY_LIMIT,
  truncateMarkdown
} from "./chunk-NJCGS6YH.js";
import {
  renderMarkdown
} from "./chunk-MXWROGEJ.js";
import {
  findStickyComment,
  upsertStickyComment
} from "./chunk-VRFK5W2V.js";
import {
  TEXT
} from "./chunk-A7EWG6JG.js";
import {
  countFindings,
  summarize
} from "./chunk-66EQE7WX.js";
import {
  format
} from "./chunk-6UP4LFZW.js";

// src/report/comment.ts
var T = {
  allClear: {
    en: "\u2705 All clear: no problems left on the lines this pull request changes.",
    zh: "\u2705 \u5DF2\u5168\u90E8\u89E3\u51B3\uFF1A\u672C\u6B21\u4FEE\u6539\u7684\u884C\u4E2D\u6CA1\u6709\u5F85\u5904\u7406\u7684\u95EE\u9898\u3002"
  },
  commentCut: {
    en: "\u2026 Cut to fit GitHub's comment size limit; the job summary of this run has the full report.",
    zh: "\u2026\u2026\u8BC4\u8BBA\u5DF2\u6309 GitHub \u7684\u957F\u5EA6\u4E0A\u9650\u622A\u65AD\uFF1B\u5B8C\u6574\u62A5\u544A\u89C1\u672C\u6B21\u8FD0\u884C\u7684 job summary\u3002"
  }
};
var BODY_BUDGET = MARKDOWN_BODY_LIMIT - 200;
function hasProblems(content) {
  const counts = countFindings(content.files);
  return counts.errors + counts.warnings > 0 || content.appendix.length > 0;
}
function renderAllClear(lang, preexisting = [], lineUrl) {
  const head = `### ${format(TEXT.reportTitle, lang)}

${format(T.allClear, lang)}
`;
  if (!preexisting.some((file) => file.diagnostics.length + file.links.length > 0)) return head;
  const folds = renderMarkdown([], summarize([], false), { lang, preexisting, ...lineUrl ? { lineUrl } : {}, maxLength: BODY_BUDGET - head.length });
  const at = folds.indexOf("<details>");
  if (at < 0) return head;
  const rest = folds.slice(at);
  return truncateMarkdown(`${head}
${rest}`, `> ${format(T.commentCut, lang)}`, BODY_BUDGET);
}
function renderPullRequestComment(content) {
  const body = renderMarkdown(content.files, summarize(content.files, content.withLinks), {
    lang: content.lang,
    ...content.lineUrl ? { lineUrl: content.lineUrl } : {},
    preexisting: content.preexisting,
    appendix: content.appendix,
    ...content.hints ? { hints: content.hints } : {},
    maxLength: BODY_BUDGET
  });
  return truncateMarkdown(body, `> ${format(T.commentCut, content.lang)}`, BODY_BUDGET);
}
function renderCommentBody(content) {
  return hasProblems(content) ? renderPullRequestComment(content) : renderAllClear(content.lang, content.preexisting, content.lineUrl);
}

// src/action/comment.ts
async function hasStickyComment(octokit, repo, issueNumber) {
  return await findStickyComment(octokit, { owner: repo.owner, repo: repo.repo, issueNumber }) !== null;
}
async function publishPullRequestComment(octokit, repo, issueNumber, content) {
  const params = { owner: repo.owner, repo: repo.repo, issueNumber };
  if (!hasProblems(content) && !await hasStickyComment(octokit, repo, issueNumber)) return null;
  return (await upsertStickyComment(octokit, { ...params, body: renderCommentBody(content) })).url;
}

export {
  publishPullRequestComment
};
