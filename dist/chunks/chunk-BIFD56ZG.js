import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  GitHubApiError,
  callApi,
  isNotFoundError,
  isPermissionError
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
  const longestRun = Math.max(2, ...[...suggestion.replacement.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  return `${suggestion.message}

${fence}suggestion
${suggestion.replacement}
${fence}
${suggestionKey(suggestion)}`;
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
async function upsertStickyComment(octokit, params) {
  const { owner, repo, issueNumber } = params;
  const marker = params.marker ?? STICKY_COMMENT_MARKER;
  const body = withMarker(params.body, marker);
  const listRoute = `/repos/${owner}/${repo}/issues/${issueNumber}/comments`;
  const comments = await callApi(
    "GET",
    listRoute,
    () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })
  );
  const existing = comments.find((comment) => isBotCommentWithMarker(comment, marker, params.authorLogin));
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

// src/report/truncate.ts
var MARKDOWN_BODY_LIMIT = 6e4;
function truncateMarkdown(body, note, limit = MARKDOWN_BODY_LIMIT) {
  if (body.length <= limit) return body;
  const tail = `

${note}`;
  const budget = Math.max(0, limit - tail.length - 8);
  let cut = body.slice(0, budget);
  const lastNewline = cut.lastIndexOf("\n");
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const fence = unclosedFence(cut);
  if (fence) cut += `
${fence}`;
  return `${cut}${tail}`;
}
function unclosedFence(markdown) {
  let open = null;
  for (const line of markdown.split("\n")) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) continue;
    const run = fence[1] ?? "";
    if (open === null) open = run;
    else if (run[0] === open[0] && run.length >= open.length && (fence[2] ?? "").trim() === "") open = null;
  }
  return open;
}

export {
  getPullRequest,
  listPullRequestFiles,
  STICKY_COMMENT_MARKER,
  isBotCommentWithMarker,
  upsertStickyComment,
  postReviewSuggestions,
  upsertTrackingIssue,
  commenterCanWrite,
  MARKDOWN_BODY_LIMIT,
  truncateMarkdown
};
