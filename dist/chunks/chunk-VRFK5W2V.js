import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  codeBlock,
  codeSpan,
  countOf,
  fold,
  linkMessage,
  neutralize
} from "./chunk-A7EWG6JG.js";
import {
  format
} from "./chunk-6UP4LFZW.js";
import {
  GitHubApiError,
  callApi,
  isNotFoundError,
  isPermissionError,
  isValidationError
} from "./chunk-LTZVS2E3.js";

// src/action/api/pull-request.ts
async function getPullRequest(octokit, params) {
  const { owner, repo, pullNumber } = params;
  const { data } = await callApi(
    "GET",
    `/repos/${owner}/${repo}/pulls/${pullNumber}`,
    () => octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber })
  );
  const headRepo = data.head.repo?.full_name ?? null;
  const baseRepo = data.base.repo.full_name;
  return {
    number: data.number,
    state: data.state === "closed" ? "closed" : "open",
    merged: data.merged ?? false,
    draft: data.draft ?? false,
    authorLogin: data.user?.login ?? null,
    headRef: data.head.ref,
    headSha: data.head.sha,
    headRepo,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    baseRepo,
    isSameRepo: headRepo !== null && headRepo.toLowerCase() === baseRepo.toLowerCase(),
    url: data.html_url
  };
}

// src/action/api/pull-request-files.ts
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const addedLines = [];
  const hunks = [];
  let newLine = 0;
  let oldRemaining = 0;
  let newRemaining = 0;
  for (const line of patch.split("\n")) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      const newStart = Number(header[3]);
      const newCount = header[4] === void 0 ? 1 : Number(header[4]);
      oldRemaining = header[2] === void 0 ? 1 : Number(header[2]);
      newRemaining = newCount;
      newLine = newStart;
      if (newCount > 0) hunks.push({ start: newStart, end: newStart + newCount - 1 });
      continue;
    }
    if (oldRemaining <= 0 && newRemaining <= 0) continue;
    const marker = line[0];
    if (marker === "\\") continue;
    if (marker === "+") {
      addedLines.push(newLine);
      newLine += 1;
      newRemaining -= 1;
    } else if (marker === "-") {
      oldRemaining -= 1;
    } else {
      newLine += 1;
      newRemaining -= 1;
      oldRemaining -= 1;
    }
  }
  return { addedLines, hunks: mergeRanges(hunks) };
}
function isLineInDiff(hunks, line) {
  return hunks.some((range) => line >= range.start && line <= range.end);
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
async function listPullRequestFiles(octokit, pr) {
  const path = `/repos/${pr.owner}/${pr.repo}/pulls/${pr.pullNumber}/files`;
  const files = await callApi(
    "GET",
    path,
    () => octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.pullNumber,
      per_page: 100
    })
  );
  return files.map((file) => {
    const lines = file.patch === void 0 ? { addedLines: [], hunks: [] } : parsePatch(file.patch);
    return {
      path: file.filename,
      ...file.previous_filename === void 0 ? {} : { previousPath: file.previous_filename },
      status: file.status,
      ...file.patch === void 0 ? {} : { patch: file.patch },
      ...lines
    };
  });
}

// src/report/fix-advice.ts
var T = {
  hintSuggestions: {
    en: "Waiting on the diff: {suggestions}. Open \u201CFiles changed\u201D and press \u201CCommit suggestion\u201D to apply one.",
    zh: "\u5DF2\u5728 diff \u4E2D\u7ED9\u51FA {suggestions}\uFF1A\u6253\u5F00\u201CFiles changed\u201D\uFF0C\u70B9\u51FB\u201CCommit suggestion\u201D\u5373\u53EF\u4E00\u952E\u5E94\u7528\u3002"
  },
  hintFixCommand: {
    en: "Maintainers: comment `/tracker-bot fix` on this pull request to have the bot commit every safe fix.",
    zh: "\u7EF4\u62A4\u8005\uFF1A\u5728\u672C PR \u4E0B\u8BC4\u8BBA `/tracker-bot fix`\uFF0C\u673A\u5668\u4EBA\u4F1A\u63D0\u4EA4\u5168\u90E8\u53EF\u81EA\u52A8\u4FEE\u590D\u7684\u6539\u52A8\u3002"
  },
  hintLocal: { en: "Have a clone? Apply the fixes locally", zh: "\u6709\u672C\u5730\u514B\u9686\uFF1F\u5728\u672C\u5730\u5E94\u7528\u4FEE\u590D" },
  omittedPaths: {
    en: "Left out of this command because their names are not plain (letters, digits, `._/-` or CJK only): {paths}. Fix them by hand.",
    zh: "\u4EE5\u4E0B\u6587\u4EF6\u540D\u542B\u6709\u7279\u6B8A\u5B57\u7B26\uFF08\u4EC5\u5141\u8BB8\u5B57\u6BCD\u3001\u6570\u5B57\u3001`._/-` \u4E0E\u4E2D\u65E5\u97E9\u6587\u5B57\uFF09\uFF0C\u672A\u653E\u5165\u547D\u4EE4\uFF0C\u8BF7\u624B\u52A8\u5904\u7406\uFF1A{paths}\u3002"
  },
  sortHeading: { en: "Sort order of {path}", zh: "{path} \u7684\u6392\u5E8F" },
  sortApply: {
    en: "Rows are not in the configured order. To apply this diff locally, run:",
    zh: "\u8868\u683C\u884C\u672A\u6309\u89C4\u5B9A\u987A\u5E8F\u6392\u5217\u3002\u5728\u672C\u5730\u8FD0\u884C\u4EE5\u4E0B\u547D\u4EE4\u5373\u53EF\u5E94\u7528\u6B64\u4FEE\u6539\uFF1A"
  },
  sortMoveOwnRows: {
    en: "Rows this pull request adds or moves are out of order; this diff puts them in place and leaves every other row where it is:",
    zh: "\u672C PR \u65B0\u589E\u6216\u79FB\u52A8\u7684\u884C\u672A\u6309\u89C4\u5B9A\u987A\u5E8F\u6392\u5217\uFF1B\u6309\u4E0B\u9762\u7684 diff \u79FB\u52A8\u5373\u53EF\uFF0C\u5176\u4ED6\u884C\u4FDD\u6301\u4E0D\u52A8\uFF1A"
  },
  sortCommitted: {
    en: "\u{1F500} Sorted the rows of {path} in commit {sha}.",
    zh: "\u{1F500} \u5DF2\u5728\u63D0\u4EA4 {sha} \u4E2D\u5BF9 {path} \u7684\u8868\u683C\u884C\u91CD\u65B0\u6392\u5E8F\u3002"
  },
  sortForkFallback: {
    en: "This pull request comes from a fork, so the bot cannot push to it; the sorted order is shown as a diff instead.",
    zh: "\u672C PR \u6765\u81EA fork \u4ED3\u5E93\uFF0C\u673A\u5668\u4EBA\u65E0\u6CD5\u76F4\u63A5\u63D0\u4EA4\uFF0C\u56E0\u6B64\u4EE5 diff \u5F62\u5F0F\u7ED9\u51FA\u6392\u5E8F\u7ED3\u679C\u3002"
  },
  configFromBase: {
    en: "Config: {path} from the base branch {ref}.",
    zh: "\u914D\u7F6E\uFF1A\u57FA\u51C6\u5206\u652F {ref} \u4E0A\u7684 {path}\u3002"
  },
  configDefaults: {
    en: "Config: the built-in defaults, because the base branch {ref} has no {path} (a pull request's own copy is never used).",
    zh: "\u914D\u7F6E\uFF1A\u57FA\u51C6\u5206\u652F {ref} \u6CA1\u6709 {path}\uFF0C\u56E0\u6B64\u4F7F\u7528\u5185\u7F6E\u9ED8\u8BA4\u914D\u7F6E\uFF08\u4ECE\u4E0D\u4F7F\u7528 PR \u81EA\u5E26\u7684\u914D\u7F6E\u6587\u4EF6\uFF09\u3002"
  },
  fixNotSameRepo: {
    en: "`/tracker-bot fix` can only commit to pull requests whose branch is in this repository; this one comes from a fork. Run this on your branch and push the result:",
    zh: "`/tracker-bot fix` \u53EA\u80FD\u63D0\u4EA4\u5230\u672C\u4ED3\u5E93\u5185\u5206\u652F\u53D1\u8D77\u7684 PR\uFF1B\u672C PR \u6765\u81EA fork\u3002\u8BF7\u5728\u4F60\u7684\u5206\u652F\u4E0A\u8FD0\u884C\u4EE5\u4E0B\u547D\u4EE4\u5E76\u63A8\u9001\u7ED3\u679C\uFF1A"
  },
  fixNotOpen: {
    en: "`/tracker-bot fix` works on open pull requests only.",
    zh: "`/tracker-bot fix` \u53EA\u9002\u7528\u4E8E\u672A\u5173\u95ED\u7684 PR\u3002"
  },
  fixApplied: {
    en: "\u{1F6E0}\uFE0F Applied {fixes} to {path} in commit {sha}.",
    zh: "\u{1F6E0}\uFE0F \u5DF2\u5728\u63D0\u4EA4 {sha} \u4E2D\u5BF9 {path} \u5E94\u7528 {fixes}\u3002"
  },
  fixNothing: {
    en: "\u2705 Nothing to fix in {files}.",
    zh: "\u2705 {files} \u4E2D\u6CA1\u6709\u53EF\u81EA\u52A8\u4FEE\u590D\u7684\u95EE\u9898\u3002"
  },
  reviewBody: {
    en: "tracker-bot: one-click fixes for rows this pull request changes.",
    zh: "tracker-bot\uFF1A\u672C\u6B21\u4FEE\u6539\u7684\u884C\u53EF\u4E00\u952E\u5E94\u7528\u4EE5\u4E0B\u4FEE\u590D\u3002"
  },
  fixPrTitle: { en: "Fix moved links and URL parameters in the tracker", zh: "\u4FEE\u590D tracker \u4E2D\u5DF2\u8FC1\u79FB\u7684\u94FE\u63A5\u548C URL \u53C2\u6570" },
  fixPrIntro: {
    en: "Safe fixes found by the scheduled tracker-bot scan. This pull request is rebuilt from the default branch on every scan; commits pushed to its branch are replaced.",
    zh: "tracker-bot \u5B9A\u65F6\u626B\u63CF\u53D1\u73B0\u7684\u5B89\u5168\u4FEE\u590D\u3002\u6BCF\u6B21\u626B\u63CF\u90FD\u4F1A\u57FA\u4E8E\u9ED8\u8BA4\u5206\u652F\u91CD\u5EFA\u672C PR\uFF1B\u63A8\u9001\u5230\u8BE5\u5206\u652F\u7684\u63D0\u4EA4\u4F1A\u88AB\u8986\u76D6\u3002"
  },
  fixPrFile: {
    en: "{file}: {moved} moved links replaced, {lint} URL-parameter and sort-order fixes",
    zh: "{file}\uFF1A\u66FF\u6362 {moved} \u4E2A\u5DF2\u8FC1\u79FB\u94FE\u63A5\uFF0C{lint} \u5904 URL \u53C2\u6570\u4E0E\u6392\u5E8F\u4FEE\u590D"
  },
  fixNoFiles: {
    en: "This pull request changes no tracker file, so there is nothing to fix.",
    zh: "\u672C PR \u6CA1\u6709\u4FEE\u6539\u4EFB\u4F55 tracker \u6587\u4EF6\uFF0C\u65E0\u9700\u4FEE\u590D\u3002"
  }
};
function renderCommandBlock(advice, lang) {
  const block = codeBlock(advice.command, "sh");
  if (advice.omitted.length === 0) return block;
  return `${block}

${format(T.omittedPaths, lang, { paths: advice.omitted.map(codeSpan).join(", ") })}`;
}
function renderNextSteps(lang, facts) {
  const lines = [];
  if (facts.suggested > 0) lines.push(`\u{1F4A1} ${format(T.hintSuggestions, lang, { suggestions: countOf(facts.suggested, "suggestion", lang) })}`);
  if (facts.fixable > 0 && facts.isSameRepo) lines.push(...lines.length > 0 ? [""] : [], `\u{1F6E0}\uFE0F ${format(T.hintFixCommand, lang)}`);
  if (facts.fixable > 0) {
    const folded = fold(format(T.hintLocal, lang), [renderCommandBlock(facts.command, lang)]);
    lines.push(...lines.length > 0 ? folded : folded.slice(1));
  }
  return lines;
}
var MAX_SORT_DIFF_CHARS = 2e4;
function renderSortDiff(params) {
  const { path, patch, lang } = params;
  const parts = [`#### ${format(T.sortHeading, lang, { path: neutralize(path) })}`, ""];
  if (params.note) parts.push(params.note, "");
  if (!params.command) parts.push(format(T.sortMoveOwnRows, lang));
  else parts.push(format(T.sortApply, lang), "", renderCommandBlock(params.command, lang));
  if (patch !== "" && patch.length <= MAX_SORT_DIFF_CHARS) parts.push(...fold("diff", [codeBlock(patch, "diff")]));
  return parts.join("\n");
}
function sortForkNote(lang) {
  return format(T.sortForkFallback, lang);
}
function renderSortCommitted(path, sha, lang) {
  return format(T.sortCommitted, lang, { path: codeSpan(path), sha: sha.slice(0, 7) });
}
function renderConfigNote(origin, path, ref, lang) {
  return format(origin === "base-branch" ? T.configFromBase : T.configDefaults, lang, { path: codeSpan(path), ref: codeSpan(ref) });
}
function renderFixNotOpen(lang) {
  return format(T.fixNotOpen, lang);
}
function renderFixFromFork(command, lang) {
  return `${format(T.fixNotSameRepo, lang)}

${renderCommandBlock(command, lang)}`;
}
function renderFixNoFiles(lang) {
  return format(T.fixNoFiles, lang);
}
function renderFixApplied(commits, paths, patterns, lang) {
  if (commits.length === 0) {
    const files = paths.length > 0 ? paths.map(codeSpan).join(", ") : codeSpan(patterns.join(", "));
    return format(T.fixNothing, lang, { files });
  }
  return commits.map((c) => format(T.fixApplied, lang, { fixes: countOf(c.applied, "fix", lang), path: codeSpan(c.path), sha: c.sha.slice(0, 7) })).join("\n");
}
function suggestionLinkReason(link, lang) {
  return `- ${neutralize(linkMessage(link, lang))}`;
}
function suggestionRuleReason(d) {
  return `- ${neutralize(d.message)} ${codeSpan(d.rule)}`;
}
function renderSuggestionComment(message, replacement, key) {
  return `${message}

${codeBlock(replacement, "suggestion")}
${key}`;
}
function renderReviewBody(lang) {
  return format(T.reviewBody, lang);
}
function renderFixPullRequest(marker, changes, lang) {
  const body = [
    marker,
    format(T.fixPrIntro, lang),
    "",
    ...changes.map((c) => `- ${format(T.fixPrFile, lang, { file: codeSpan(c.path), moved: c.movedReplaced, lint: c.lintFixes })}`)
  ].join("\n");
  return { title: format(T.fixPrTitle, lang), body };
}

// src/action/api/review-suggestions.ts
import { createHash } from "node:crypto";
var SUGGESTION_MARKER = "tracker-bot:suggestion";
var MAX_SUGGESTIONS_PER_RUN = 30;
function suggestionKey(suggestion) {
  const digest = createHash("sha256").update(`${suggestion.path}
${suggestion.replacement}`).digest("hex");
  return `<!-- ${SUGGESTION_MARKER} ${digest.slice(0, 16)} -->`;
}
function suggestionBody(suggestion) {
  return renderSuggestionComment(suggestion.message, suggestion.replacement, suggestionKey(suggestion));
}
function alreadyPosted(existing, suggestion) {
  const key = suggestionKey(suggestion);
  return existing.some(
    (comment) => comment.user?.type === "Bot" && comment.path === suggestion.path && comment.line === suggestion.line && comment.body.includes(key)
  );
}
async function postReviewSuggestions(octokit, params) {
  const { owner, repo, pullNumber } = params;
  const limit = params.limit ?? MAX_SUGGESTIONS_PER_RUN;
  const result = {
    posted: 0,
    skippedDuplicate: 0,
    skippedOutsideDiff: 0,
    skippedOverLimit: 0,
    failed: 0,
    reviewUrl: null
  };
  const inDiff = params.suggestions.filter((s) => isLineInDiff(params.diffHunks.get(s.path) ?? [], s.line));
  result.skippedOutsideDiff = params.suggestions.length - inDiff.length;
  if (inDiff.length === 0) return result;
  const commentsRoute = `/repos/${owner}/${repo}/pulls/${pullNumber}/comments`;
  const existing = await callApi(
    "GET",
    commentsRoute,
    () => octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 })
  );
  const seen = /* @__PURE__ */ new Set();
  const fresh = inDiff.filter((suggestion) => {
    const id = `${suggestion.path}:${suggestion.line}`;
    const duplicate = seen.has(id) || alreadyPosted(existing, suggestion);
    seen.add(id);
    if (duplicate) result.skippedDuplicate += 1;
    return !duplicate;
  });
  const toPost = fresh.slice(0, limit);
  result.skippedOverLimit = fresh.length - toPost.length;
  if (toPost.length === 0) return result;
  const comments = toPost.map((s) => ({ path: s.path, line: s.line, side: "RIGHT", body: suggestionBody(s) }));
  try {
    const review = await callApi(
      "POST",
      `/repos/${owner}/${repo}/pulls/${pullNumber}/reviews`,
      () => octokit.rest.pulls.createReview({
        owner,
        repo,
        pull_number: pullNumber,
        commit_id: params.commitId,
        event: "COMMENT",
        body: params.reviewBody,
        comments
      })
    );
    result.posted = comments.length;
    result.reviewUrl = review.data.html_url;
    return result;
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status !== 422) throw error;
  }
  for (const comment of comments) {
    try {
      await callApi(
        "POST",
        commentsRoute,
        () => octokit.rest.pulls.createReviewComment({
          owner,
          repo,
          pull_number: pullNumber,
          commit_id: params.commitId,
          ...comment
        })
      );
      result.posted += 1;
    } catch (error) {
      if (isPermissionError(error) || !(error instanceof GitHubApiError) || error.status === null) throw error;
      result.failed += 1;
    }
  }
  return result;
}

// src/action/api/sticky-comment.ts
var STICKY_COMMENT_MARKER = "<!-- tracker-bot -->";
function isBotCommentWithMarker(comment, marker, authorLogin) {
  return comment.user?.type === "Bot" && (authorLogin === void 0 || comment.user.login === authorLogin) && (comment.body ?? "").includes(marker);
}
function withMarker(body, marker) {
  return body.includes(marker) ? body : `${marker}
${body}`;
}
async function findStickyComment(octokit, params) {
  const { owner, repo, issueNumber } = params;
  const marker = params.marker ?? STICKY_COMMENT_MARKER;
  const comments = await callApi(
    "GET",
    `/repos/${owner}/${repo}/issues/${issueNumber}/comments`,
    () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })
  );
  return comments.find((comment) => isBotCommentWithMarker(comment, marker, params.authorLogin)) ?? null;
}
async function upsertStickyComment(octokit, params) {
  const { owner, repo, issueNumber } = params;
  const marker = params.marker ?? STICKY_COMMENT_MARKER;
  const body = withMarker(params.body, marker);
  const listRoute = `/repos/${owner}/${repo}/issues/${issueNumber}/comments`;
  const existing = await findStickyComment(octokit, { ...params, marker });
  if (!existing) {
    const created = await callApi(
      "POST",
      listRoute,
      () => octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
    );
    return { id: created.data.id, url: created.data.html_url, action: "created" };
  }
  if (existing.body === body) return { id: existing.id, url: existing.html_url, action: "unchanged" };
  const updated = await callApi(
    "PATCH",
    `/repos/${owner}/${repo}/issues/comments/${existing.id}`,
    () => octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
  );
  return { id: updated.data.id, url: updated.data.html_url, action: "updated" };
}

// src/action/api/tracking-issue.ts
var TRACKING_ISSUE_MARKER = "<!-- tracker-bot:dead-links -->";
async function ensureLabel(octokit, params) {
  const { owner, repo, label } = params;
  try {
    await callApi(
      "GET",
      `/repos/${owner}/${repo}/labels/${encodeURIComponent(label)}`,
      () => octokit.rest.issues.getLabel({ owner, repo, name: label })
    );
    return;
  } catch (error) {
    if (!isNotFoundError(error)) throw error;
  }
  try {
    await callApi(
      "POST",
      `/repos/${owner}/${repo}/labels`,
      () => octokit.rest.issues.createLabel({
        owner,
        repo,
        name: label,
        color: (params.labelColor ?? "b60205").replace(/^#/, ""),
        ...params.labelDescription === void 0 ? {} : { description: params.labelDescription }
      })
    );
  } catch (error) {
    if (!(error instanceof GitHubApiError && error.status === 422 && /already_exists/.test(error.reason))) throw error;
  }
}
async function listTrackingIssues(octokit, params, marker) {
  const { owner, repo, label } = params;
  const issues = await callApi(
    "GET",
    `/repos/${owner}/${repo}/issues`,
    () => octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: label,
      state: "all",
      sort: "updated",
      direction: "desc",
      per_page: 100
    })
  );
  return issues.filter((issue) => issue.pull_request === void 0 && issue.user?.type === "Bot" && (issue.body ?? "").includes(marker));
}
function pickTrackingIssue(ours) {
  const open = ours.filter((issue) => issue.state === "open").sort((a, b) => a.number - b.number);
  return open[0] ?? ours[0];
}
async function closeDuplicates(octokit, params, ours, kept) {
  const { owner, repo } = params;
  const duplicates = ours.filter((issue) => issue.state === "open" && issue.number !== kept);
  for (const issue of duplicates) {
    const route = `/repos/${owner}/${repo}/issues/${issue.number}`;
    await callApi(
      "POST",
      `${route}/comments`,
      () => octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: `Duplicate of #${kept}: tracker-bot keeps one tracking issue.` })
    );
    await callApi(
      "PATCH",
      route,
      () => octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: "closed", state_reason: "not_planned" })
    );
  }
  return duplicates.map((issue) => issue.number);
}
async function upsertTrackingIssue(octokit, params) {
  const { owner, repo } = params;
  const marker = params.marker ?? TRACKING_ISSUE_MARKER;
  const body = withMarker(params.body, marker);
  const ours = await listTrackingIssues(octokit, params, marker);
  const issue = pickTrackingIssue(ours);
  const issueRoute = (n) => `/repos/${owner}/${repo}/issues/${n}`;
  if (issue) await closeDuplicates(octokit, params, ours, issue.number);
  if (!issue) {
    if (!params.open) return { number: null, url: null, action: "none" };
    await ensureLabel(octokit, params);
    const created = await callApi(
      "POST",
      `/repos/${owner}/${repo}/issues`,
      () => octokit.rest.issues.create({ owner, repo, title: params.title, body, labels: [params.label] })
    );
    const now = await listTrackingIssues(octokit, params, marker);
    const kept = pickTrackingIssue(now.some((i) => i.number === created.data.number) ? now : [...now, { ...created.data, state: "open", updated_at: "", user: { type: "Bot" } }]);
    if (!kept || kept.number === created.data.number) {
      await closeDuplicates(octokit, params, now, created.data.number);
      return { number: created.data.number, url: created.data.html_url, action: "created" };
    }
    await closeDuplicates(octokit, params, now, kept.number);
    if (kept.body !== body) {
      await callApi("PATCH", issueRoute(kept.number), () => octokit.rest.issues.update({ owner, repo, issue_number: kept.number, title: params.title, body }));
    }
    return { number: kept.number, url: kept.html_url, action: "updated" };
  }
  const found = { number: issue.number, url: issue.html_url };
  if (issue.state === "open") {
    if (!params.open) {
      await callApi(
        "POST",
        `${issueRoute(issue.number)}/comments`,
        () => octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: params.closeComment })
      );
      await callApi(
        "PATCH",
        issueRoute(issue.number),
        () => octokit.rest.issues.update({
          owner,
          repo,
          issue_number: issue.number,
          state: "closed",
          state_reason: "completed",
          body
        })
      );
      return { ...found, action: "closed" };
    }
    if (issue.body === body && issue.title === params.title) return { ...found, action: "unchanged" };
    await callApi(
      "PATCH",
      issueRoute(issue.number),
      () => octokit.rest.issues.update({ owner, repo, issue_number: issue.number, title: params.title, body })
    );
    return { ...found, action: "updated" };
  }
  if (!params.open) return { ...found, action: "unchanged" };
  await callApi(
    "PATCH",
    issueRoute(issue.number),
    () => octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: "open", title: params.title, body })
  );
  return { ...found, action: "reopened" };
}

// src/action/api/comment-permission.ts
var TRUSTED_ASSOCIATIONS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
function isTrustedAssociation(authorAssociation) {
  return TRUSTED_ASSOCIATIONS.has((authorAssociation ?? "").toUpperCase());
}
async function getCollaboratorPermission(octokit, params) {
  const { owner, repo, username } = params;
  try {
    const { data } = await callApi(
      "GET",
      `/repos/${owner}/${repo}/collaborators/${username}/permission`,
      () => octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username })
    );
    const role = data.role_name;
    if (role === "maintain" || role === "triage") return role;
    const permission = data.permission;
    return permission === "admin" || permission === "write" || permission === "read" ? permission : "none";
  } catch (error) {
    if (isNotFoundError(error)) return "none";
    throw error;
  }
}
function canWrite(permission) {
  return permission === "admin" || permission === "maintain" || permission === "write";
}
async function commenterCanWrite(octokit, params) {
  if (isTrustedAssociation(params.authorAssociation)) return true;
  return canWrite(await getCollaboratorPermission(octokit, params));
}

// src/action/api/issue-comment.ts
async function createIssueComment(octokit, params) {
  const { owner, repo, issueNumber, body } = params;
  const { data } = await callApi(
    "POST",
    `/repos/${owner}/${repo}/issues/${issueNumber}/comments`,
    () => octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
  );
  return data.html_url;
}

// src/action/api/branch-ref.ts
async function getBranchSha(octokit, params) {
  const { owner, repo, branch } = params;
  try {
    const { data } = await callApi(
      "GET",
      `/repos/${owner}/${repo}/git/ref/heads/${branch}`,
      () => octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
    );
    return data.object.sha;
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
}
async function resetBranch(octokit, params) {
  const { owner, repo, branch, sha } = params;
  if (await getBranchSha(octokit, params) === null) {
    try {
      await callApi(
        "POST",
        `/repos/${owner}/${repo}/git/refs`,
        () => octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha })
      );
      return "created";
    } catch (error) {
      if (!isValidationError(error)) throw error;
    }
  }
  await callApi(
    "PATCH",
    `/repos/${owner}/${repo}/git/refs/heads/${branch}`,
    () => octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true })
  );
  return "reset";
}

// src/action/api/head-branch-pull.ts
async function findOpenPull(octokit, params) {
  const { owner, repo, branch, base } = params;
  const pulls = await callApi(
    "GET",
    `/repos/${owner}/${repo}/pulls`,
    () => octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: "open", head: `${owner}:${branch}`, base, per_page: 100 })
  );
  const ours = pulls.find((pull) => pull.head.ref === branch && pull.head.repo?.full_name.toLowerCase() === `${owner}/${repo}`.toLowerCase());
  return ours ? { number: ours.number, url: ours.html_url, title: ours.title, body: ours.body } : null;
}
async function createPull(octokit, params) {
  const { owner, repo } = params;
  const { data } = await callApi(
    "POST",
    `/repos/${owner}/${repo}/pulls`,
    () => octokit.rest.pulls.create({ owner, repo, head: params.branch, base: params.base, title: params.title, body: params.body })
  );
  return { number: data.number, url: data.html_url, title: data.title, body: data.body };
}
async function updatePull(octokit, params) {
  const { owner, repo } = params;
  await callApi(
    "PATCH",
    `/repos/${owner}/${repo}/pulls/${params.number}`,
    () => octokit.rest.pulls.update({ owner, repo, pull_number: params.number, title: params.title, body: params.body })
  );
}

export {
  getPullRequest,
  listPullRequestFiles,
  findStickyComment,
  upsertStickyComment,
  renderNextSteps,
  renderSortDiff,
  sortForkNote,
  renderSortCommitted,
  renderConfigNote,
  renderFixNotOpen,
  renderFixFromFork,
  renderFixNoFiles,
  renderFixApplied,
  suggestionLinkReason,
  suggestionRuleReason,
  renderReviewBody,
  renderFixPullRequest,
  postReviewSuggestions,
  upsertTrackingIssue,
  commenterCanWrite,
  createIssueComment,
  getBranchSha,
  resetBranch,
  findOpenPull,
  createPull,
  updatePull
};
