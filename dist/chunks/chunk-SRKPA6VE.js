import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  MARKDOWN_BODY_LIMIT,
  STICKY_COMMENT_MARKER,
  isBotCommentWithMarker,
  listPullRequestFiles,
  postReviewSuggestions,
  truncateMarkdown,
  upsertStickyComment
} from "./chunk-BIFD56ZG.js";
import {
  buildPublishedReport,
  emitAnnotations,
  exitCodeFor,
  lineLinker,
  renderJobSummary,
  setCountOutputs,
  writeJobSummary,
  writeReportFile
} from "./chunk-C25CF5HV.js";
import {
  boundedUnifiedDiff
} from "./chunk-CGRJVDGS.js";
import {
  applyFixes,
  fixSource
} from "./chunk-Y6IVZMCL.js";
import {
  codeBlock,
  codeSpan,
  neutralize,
  renderMarkdown
} from "./chunk-DYYPACF4.js";
import {
  TEXT,
  countOf,
  escapeWorkflowValue,
  linkMessage
} from "./chunk-WYFRPVWI.js";
import {
  applyInputOverrides,
  loadPullRequestConfig
} from "./chunk-3D4IHL7F.js";
import {
  checkOccurrences,
  commitFile,
  linkScopeFor,
  matchTrackerPaths,
  readFile,
  readTrackerAtRef,
  readWorkspaceTracker
} from "./chunk-CBHL6VKY.js";
import {
  info,
  setOutput,
  warning
} from "./chunk-233KTPYA.js";
import {
  callApi,
  isPermissionError
} from "./chunk-LTZVS2E3.js";
import {
  analyzeSource,
  countFindings,
  pageFactsOf,
  summarize,
  toFileReport,
  withPageFactRules
} from "./chunk-55ZRO2DC.js";
import {
  InputError,
  RULE_IDS,
  format,
  lintSource
} from "./chunk-7PO57XKM.js";

// src/action/changed-lines.ts
function touchesChangedLine(d, isChanged) {
  for (let line = d.line; line <= d.endLine; line++) if (isChanged(line)) return true;
  return false;
}
function changedLinks(links, isChanged) {
  return links.filter((link) => isChanged(link.line));
}
function splitByChangedLines(report, isChanged) {
  const own = { ...report, diagnostics: [], links: [] };
  const preexisting = { ...report, diagnostics: [], links: [] };
  for (const d of report.diagnostics) (touchesChangedLine(d, isChanged) ? own : preexisting).diagnostics.push(d);
  for (const link of report.links) (isChanged(link.line) ? own : preexisting).links.push(link);
  return { own, preexisting };
}
function lineSet(lines) {
  const set = new Set(lines);
  return (line) => set.has(line);
}

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
  const route = `/repos/${repo.owner}/${repo.repo}/issues/${issueNumber}/comments`;
  const comments = await callApi(
    "GET",
    route,
    () => octokit.paginate(octokit.rest.issues.listComments, { owner: repo.owner, repo: repo.repo, issue_number: issueNumber, per_page: 100 })
  );
  return comments.some((comment) => isBotCommentWithMarker(comment, STICKY_COMMENT_MARKER));
}
async function publishPullRequestComment(octokit, repo, issueNumber, content) {
  const params = { owner: repo.owner, repo: repo.repo, issueNumber };
  if (!hasProblems(content) && !await hasStickyComment(octokit, repo, issueNumber)) return null;
  return (await upsertStickyComment(octokit, { ...params, body: renderCommentBody(content) })).url;
}

// src/action/messages.ts
var ACTION_TEXT = {
  hintSuggestions: {
    en: "Waiting on the diff: {suggestions}. Open \u201CFiles changed\u201D and press \u201CCommit suggestion\u201D to apply one.",
    zh: "\u5DF2\u5728 diff \u4E2D\u7ED9\u51FA {suggestions}\uFF1A\u6253\u5F00\u201CFiles changed\u201D\uFF0C\u70B9\u51FB\u201CCommit suggestion\u201D\u5373\u53EF\u4E00\u952E\u5E94\u7528\u3002"
  },
  hintFixCommand: {
    en: "Maintainers: comment `/tracker-bot fix` on this pull request to have the bot commit every safe fix.",
    zh: "\u7EF4\u62A4\u8005\uFF1A\u5728\u672C PR \u4E0B\u8BC4\u8BBA `/tracker-bot fix`\uFF0C\u673A\u5668\u4EBA\u4F1A\u63D0\u4EA4\u5168\u90E8\u53EF\u81EA\u52A8\u4FEE\u590D\u7684\u6539\u52A8\u3002"
  },
  hintLocal: { en: "Have a clone? Apply the fixes locally", zh: "\u6709\u672C\u5730\u514B\u9686\uFF1F\u5728\u672C\u5730\u5E94\u7528\u4FEE\u590D" },
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
  reviewBody: {
    en: "tracker-bot: one-click fixes for rows this pull request changes.",
    zh: "tracker-bot\uFF1A\u672C\u6B21\u4FEE\u6539\u7684\u884C\u53EF\u4E00\u952E\u5E94\u7528\u4EE5\u4E0B\u4FEE\u590D\u3002"
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
  configFromBase: {
    en: "Config: {path} from the base branch {ref}.",
    zh: "\u914D\u7F6E\uFF1A\u57FA\u51C6\u5206\u652F {ref} \u4E0A\u7684 {path}\u3002"
  },
  configDefaults: {
    en: "Config: the built-in defaults, because the base branch {ref} has no {path} (a pull request's own copy is never used).",
    zh: "\u914D\u7F6E\uFF1A\u57FA\u51C6\u5206\u652F {ref} \u6CA1\u6709 {path}\uFF0C\u56E0\u6B64\u4F7F\u7528\u5185\u7F6E\u9ED8\u8BA4\u914D\u7F6E\uFF08\u4ECE\u4E0D\u4F7F\u7528 PR \u81EA\u5E26\u7684\u914D\u7F6E\u6587\u4EF6\uFF09\u3002"
  },
  fixNoFiles: {
    en: "This pull request changes no tracker file, so there is nothing to fix.",
    zh: "\u672C PR \u6CA1\u6709\u4FEE\u6539\u4EFB\u4F55 tracker \u6587\u4EF6\uFF0C\u65E0\u9700\u4FEE\u590D\u3002"
  }
};

// src/action/fix-command.ts
function shellQuote(arg) {
  if (/^[\w./][\w./-]*$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
var PLAIN_PATH = /^[A-Za-z0-9._/\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}-]+$/u;
function isPlainPath(path) {
  return PLAIN_PATH.test(path) && !path.startsWith("-");
}
function localFixCommand(paths, env = process.env) {
  const repo = env.GITHUB_ACTION_REPOSITORY ?? "";
  const ref = env.GITHUB_ACTION_REF ?? "";
  const plain = paths.filter(isPlainPath);
  const omitted = paths.filter((path) => !isPlainPath(path));
  const files = paths.length === 0 ? ["README.md"] : plain;
  const words = /^[\w.-]+\/[\w.-]+$/.test(repo) ? ["npx", "--yes", `github:${repo}${/^[\w./-]+$/.test(ref) && ref !== "" ? `#${ref}` : ""}`, "fix"] : ["tracker-bot", "fix"];
  return { command: [...words, ...files.map(shellQuote)].join(" "), omitted };
}
var OMITTED_NOTE = {
  en: "Left out of this command because their names are not plain (letters, digits, `._/-` or CJK only): {paths}. Fix them by hand.",
  zh: "\u4EE5\u4E0B\u6587\u4EF6\u540D\u542B\u6709\u7279\u6B8A\u5B57\u7B26\uFF08\u4EC5\u5141\u8BB8\u5B57\u6BCD\u3001\u6570\u5B57\u3001`._/-` \u4E0E\u4E2D\u65E5\u97E9\u6587\u5B57\uFF09\uFF0C\u672A\u653E\u5165\u547D\u4EE4\uFF0C\u8BF7\u624B\u52A8\u5904\u7406\uFF1A{paths}\u3002"
};
function localFixCommandBlock(paths, lang, env = process.env) {
  const { command, omitted } = localFixCommand(paths, env);
  const block = codeBlock(command, "sh");
  if (omitted.length === 0) return block;
  return `${block}

${OMITTED_NOTE[lang].replace("{paths}", omitted.map(codeSpan).join(", "))}`;
}

// src/action/sort.ts
var MAX_SORT_DIFF_CHARS = 2e4;
var MAX_SORT_DIFF_EDITS = 300;
function sortSource(source, config, lang, now, focusLines) {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, id === "sort-order" ? "warning" : "off"]));
  const options = { config: { ...config, rules }, lang, now };
  if (!focusLines) return fixSource(source, options).output;
  const { diagnostics } = lintSource(source, { ...options, focusLines });
  return applyFixes(source, diagnostics.filter((d) => focusLines(d.line))).output;
}
function fenceFor(text2) {
  const longest = Math.max(2, ...(text2.match(/`{3,}/g) ?? []).map((run) => run.length));
  return "`".repeat(longest + 1);
}
function sortDiffBlock(path, before, after, lang, note, onlyChangedRows = false) {
  const patch = (boundedUnifiedDiff(path, before, after, MAX_SORT_DIFF_EDITS, 0) ?? "").split("\n").filter((line) => !line.startsWith("=====")).join("\n").trimEnd();
  const parts = [`#### ${format(ACTION_TEXT.sortHeading, lang, { path: neutralize(path) })}`, ""];
  if (note) parts.push(note, "");
  if (onlyChangedRows) parts.push(format(ACTION_TEXT.sortMoveOwnRows, lang));
  else parts.push(format(ACTION_TEXT.sortApply, lang), "", localFixCommandBlock([path], lang));
  if (patch !== "" && patch.length <= MAX_SORT_DIFF_CHARS) {
    const fence = fenceFor(patch);
    parts.push("", "<details><summary>diff</summary>", "", `${fence}diff`, patch, fence, "", "</details>");
  }
  return parts.join("\n");
}

// src/action/suggestions.ts
function lineBounds(file, line) {
  const start = file.tracker.lineStarts[line - 1];
  if (start === void 0) return null;
  const next = file.tracker.lineStarts[line];
  let end = next ?? file.source.length;
  if (file.source[end - 1] === "\n") end--;
  if (file.source[end - 1] === "\r") end--;
  return { start, end };
}
function withinLine(d, bounds) {
  const edits = d.fix?.edits ?? [];
  return edits.length > 0 && edits.every((e) => e.start >= bounds.start && e.end <= bounds.end && !e.text.includes("\n"));
}
function relativeTo(d, offset) {
  return { ...d, fix: { edits: d.fix.edits.map((e) => ({ start: e.start - offset, end: e.end - offset, text: e.text })) } };
}
function redirectFix(link, line, start, end) {
  return {
    rule: "link-redirected",
    severity: "warning",
    message: "",
    line,
    column: start + 1,
    endLine: line,
    endColumn: end + 1,
    section: link.section,
    fixable: true,
    fix: { edits: [{ start, end, text: link.finalUrl }] }
  };
}
function buildLineSuggestions(file, diagnostics, links, isChanged) {
  const lines = /* @__PURE__ */ new Map();
  const entry = (line) => {
    let found = lines.get(line);
    if (!found) lines.set(line, found = { diagnostics: [], links: [] });
    return found;
  };
  for (const d of diagnostics) {
    if (!d.fixable || d.line !== d.endLine || !isChanged(d.line)) continue;
    const bounds = lineBounds(file, d.line);
    if (bounds && withinLine(d, bounds)) entry(d.line).diagnostics.push(d);
  }
  for (const link of links) {
    if (link.verdict === "redirected" && link.finalUrl && isChanged(link.line)) entry(link.line).links.push(link);
  }
  const suggestions = [];
  for (const [line, found] of [...lines.entries()].sort((a, b) => a[0] - b[0])) {
    const bounds = lineBounds(file, line);
    const original = file.source.slice(bounds.start, bounds.end);
    const redirects = [];
    const reasons = [];
    for (const link of found.links) {
      const at = original.indexOf(`](${link.url})`);
      if (at < 0) continue;
      const start = at + 2;
      redirects.push(redirectFix(link, line, start, start + link.url.length));
      reasons.push(`- ${neutralize(linkMessage(link, file.lang))}`);
    }
    const fixes = [...redirects, ...found.diagnostics.map((d) => relativeTo(d, bounds.start))];
    const applied = applyFixes(original, fixes);
    if (applied.output === original) continue;
    for (const d of found.diagnostics) reasons.push(`- ${neutralize(d.message)} \`${d.rule}\``);
    suggestions.push({ path: file.path, line, replacement: applied.output, message: reasons.join("\n") });
  }
  return suggestions;
}

// src/action/write-access.ts
var WriteAccess = class {
  warned = false;
  get denied() {
    return this.warned;
  }
  /**
   * Runs a write; on a permission error warns (once per run) and returns null. Any other failure is rethrown.
   */
  async attempt(what, write) {
    try {
      return await write();
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      if (!this.warned) {
        warning(
          `tracker-bot: the token cannot write to this repository (${what} refused with 403; a fork's pull request gets a read-only token). Results are in the annotations and the job summary; see the two-stage workflow in the tracker-bot README ("Fork pull requests") to comment on fork pull requests.`
        );
        this.warned = true;
      }
      return null;
    }
  }
};

// src/action/pull-request.ts
function text(value) {
  return typeof value === "string" && value !== "" ? value : null;
}
function pullRequestFromPayload(payload, repo) {
  const pr = payload["pull_request"];
  const head = pr?.["head"];
  const base = pr?.["base"];
  const number = pr?.["number"];
  const headSha = text(head?.["sha"]);
  const baseSha = text(base?.["sha"]);
  const headRef = text(head?.["ref"]);
  const baseRef = text(base?.["ref"]);
  if (typeof number !== "number" || !headSha || !baseSha || !headRef || !baseRef) {
    throw new InputError("the event payload has no pull_request with number, head and base (GITHUB_EVENT_PATH)");
  }
  const headRepo = text(head?.["repo"]?.["full_name"]);
  const baseRepo = text(base?.["repo"]?.["full_name"]) ?? `${repo.owner}/${repo.repo}`;
  return {
    number,
    headSha,
    headRef,
    headRepo,
    baseSha,
    baseRef,
    isSameRepo: headRepo !== null && headRepo.toLowerCase() === baseRepo.toLowerCase()
  };
}
function requireOctokit(ctx) {
  if (!ctx.octokit) throw new InputError("input github-token is empty; this event needs the GitHub API");
  return ctx.octokit;
}
function repoRefOf(fullName) {
  const [owner = "", repo = ""] = fullName.split("/");
  return { owner, repo };
}
function langOverride(ctx) {
  return ctx.inputs.lang === "auto" ? void 0 : ctx.inputs.lang;
}
async function configForPullRequest(ctx, octokit, pr) {
  const chosen = await loadPullRequestConfig(octokit, ctx.repo, ctx.inputs.config, pr.baseSha, pr.baseRef);
  const params = { path: codeSpan(ctx.inputs.config), ref: codeSpan(pr.baseRef) };
  const note = (lang) => format(chosen.origin === "base-branch" ? ACTION_TEXT.configFromBase : ACTION_TEXT.configDefaults, lang, params);
  info(
    chosen.origin === "base-branch" ? `tracker-bot: using ${escapeWorkflowValue(ctx.inputs.config)} from the base branch ${escapeWorkflowValue(pr.baseRef)}` : `tracker-bot: the base branch has no ${escapeWorkflowValue(ctx.inputs.config)}; using the built-in defaults (never the pull request's copy)`
  );
  const config = applyInputOverrides(chosen.config, { allowPrivateHosts: ctx.inputs.allowPrivateHosts, sortOff: ctx.inputs.sort === "off" });
  return { config, note };
}
async function readPullRequestSources(ctx, octokit, pr, paths) {
  const sources = /* @__PURE__ */ new Map();
  const fromApi = ctx.eventName === "pull_request_target";
  if (fromApi && !pr.headRepo) throw new InputError("the pull request head repository no longer exists");
  for (const path of paths) {
    const source = fromApi ? await readTrackerAtRef(octokit, repoRefOf(pr.headRepo), path, pr.headSha) : await readWorkspaceTracker(ctx.workspace, path);
    if (source === null) throw new InputError(`${path}: not found at the pull request head ${pr.headSha}`);
    sources.set(path, source);
  }
  return sources;
}
async function commitSortedFiles(ctx, octokit, pr, config, paths, sources, writes, lang, changedFilter) {
  const outcome = { headSha: pr.headSha, committed: [], refused: false };
  for (const path of paths) {
    const file = await readFile(octokit, { owner: ctx.repo.owner, repo: ctx.repo.repo, path, ref: pr.headRef });
    if (!file) continue;
    const fileLang = lang ?? analyzeSource(path, file.content, { config, now: ctx.now }).lang;
    const sorted = sortSource(file.content, config, fileLang, ctx.now, ctx.inputs.scope === "all" ? void 0 : changedFilter(path));
    if (sorted === file.content) continue;
    const commit = await writes.attempt(
      "committing the sorted file",
      () => commitFile(octokit, {
        owner: ctx.repo.owner,
        repo: ctx.repo.repo,
        branch: pr.headRef,
        path,
        content: sorted,
        sha: file.sha,
        message: `Sort the rows of ${path} (tracker-bot)`
      })
    );
    if (!commit) {
      outcome.refused = true;
      return outcome;
    }
    info(`tracker-bot: committed the sorted ${escapeWorkflowValue(path)} as ${commit.commitSha}`);
    outcome.committed.push({ path, sha: commit.commitSha });
    outcome.headSha = commit.commitSha;
    sources.set(path, sorted);
  }
  return outcome;
}
async function runPullRequest(ctx) {
  const octokit = requireOctokit(ctx);
  const pr = pullRequestFromPayload(ctx.payload, ctx.repo);
  const prRef = { owner: ctx.repo.owner, repo: ctx.repo.repo, pullNumber: pr.number };
  const { config, note: configNote } = await configForPullRequest(ctx, octokit, pr);
  let prFiles = await listPullRequestFiles(octokit, prRef);
  const paths = matchTrackerPaths(
    prFiles.filter((file) => file.status !== "removed").map((file) => file.path),
    ctx.inputs.files
  );
  info(`tracker-bot: PR #${pr.number} changes ${paths.length} tracker file(s)${paths.length ? `: ${escapeWorkflowValue(paths.join(", "))}` : ""}`);
  const sources = await readPullRequestSources(ctx, octokit, pr, paths);
  let filesByPath = new Map(prFiles.map((file) => [file.path, file]));
  const changedFilter = (path) => lineSet(filesByPath.get(path)?.addedLines ?? []);
  const writes = new WriteAccess();
  const lang = langOverride(ctx);
  let sortMode = ctx.inputs.sort;
  let headSha = pr.headSha;
  const appendix = [];
  const forkFallback = sortMode === "commit" && !pr.isSameRepo;
  if (forkFallback) sortMode = "suggest";
  if (sortMode === "commit") {
    const outcome = await commitSortedFiles(ctx, octokit, pr, config, paths, sources, writes, lang, changedFilter);
    headSha = outcome.headSha;
    if (outcome.refused) sortMode = "suggest";
    if (outcome.committed.length > 0) {
      prFiles = await listPullRequestFiles(octokit, prRef);
      filesByPath = new Map(prFiles.map((file) => [file.path, file]));
      for (const { path, sha } of outcome.committed) {
        const fileLang = lang ?? analyzeSource(path, sources.get(path), { config, now: ctx.now }).lang;
        appendix.push(format(ACTION_TEXT.sortCommitted, fileLang, { path: codeSpan(path), sha: sha.slice(0, 7) }));
      }
    }
  }
  let analyzed = paths.map(
    (path) => analyzeSource(path, sources.get(path), {
      config,
      now: ctx.now,
      ...lang ? { lang } : {},
      ...ctx.inputs.scope === "all" ? {} : { focusLines: changedFilter(path) }
    })
  );
  const linkScope = linkScopeFor(ctx.inputs.checkLinks, "pull_request");
  const withLinks = linkScope !== "none";
  let verdicts;
  if (withLinks) {
    const occurrences = analyzed.flatMap((file) => linkScope === "all" ? file.links : changedLinks(file.links, changedFilter(file.path)));
    verdicts = await checkOccurrences(occurrences, config, ctx.octokit, "pull_request");
    const ownRows = analyzed.flatMap((file) => changedLinks(file.links, changedFilter(file.path)));
    const pageFacts = pageFactsOf(verdicts, ownRows);
    analyzed = analyzed.map((file) => withPageFactRules(file, pageFacts, { config, now: ctx.now, ...lang ? { lang } : {} }));
  }
  const own = [];
  const preexisting = [];
  for (const file of analyzed) {
    const report = toFileReport(file, verdicts);
    if (ctx.inputs.scope === "all") {
      own.push(report);
      continue;
    }
    const split = splitByChangedLines(report, changedFilter(file.path));
    own.push(split.own);
    preexisting.push(split.preexisting);
  }
  if (sortMode === "suggest") appendix.push(...sortDiffs(analyzed, own, config, ctx.now, forkFallback, ctx.inputs.scope === "all" ? void 0 : changedFilter));
  const commentLang = lang ?? analyzed[0]?.lang ?? (config.lang === "auto" ? "en" : config.lang);
  const lineUrl = lineLinker({
    serverUrl: ctx.serverUrl,
    ...ctx.repo,
    sha: headSha,
    pullRequest: { number: pr.number, isChanged: (path, line) => changedFilter(path)(line) }
  });
  const counts = countFindings(own);
  setCountOutputs(counts);
  const annotations = emitAnnotations(own, { newFirst: (path, line) => changedFilter(path)(line) });
  let suggested = 0;
  if (ctx.inputs.suggestions && !writes.denied) {
    const suggestions = analyzed.flatMap((file, index) => {
      const report = own[index];
      return buildLineSuggestions(file, report.diagnostics, report.links, changedFilter(file.path));
    });
    suggested = await postSuggestions(octokit, prRef, headSha, filesByPath, suggestions, commentLang, writes);
  }
  const hints = nextSteps(commentLang, { suggested, fixable: countFindings(own).fixable, isSameRepo: pr.isSameRepo, paths });
  await writeJobSummary(
    renderJobSummary(own, { lang: commentLang, preexisting, lineUrl, annotations, withLinks, appendix, hints, notes: [configNote(commentLang)] })
  );
  await writeReportFile(
    buildPublishedReport(own, preexisting, withLinks, { lang: commentLang, pullRequest: { number: pr.number, headSha } })
  );
  if (ctx.inputs.comment) {
    const url = await writes.attempt(
      "posting the pull request comment",
      () => publishPullRequestComment(octokit, ctx.repo, pr.number, { lang: commentLang, files: own, preexisting, withLinks, lineUrl, appendix, hints })
    );
    if (url) setOutput("comment-url", url);
  }
  return exitCodeFor(counts, ctx.inputs.failOn);
}
function sortDiffs(analyzed, own, config, now, forkFallback, changedFilter) {
  const blocks = [];
  analyzed.forEach((file, index) => {
    if (!own[index].diagnostics.some((d) => d.rule === "sort-order")) return;
    const sorted = sortSource(file.source, config, file.lang, now, changedFilter?.(file.path));
    if (sorted === file.source) return;
    const forkNote = forkFallback ? format(ACTION_TEXT.sortForkFallback, file.lang) : void 0;
    blocks.push(sortDiffBlock(file.path, file.source, sorted, file.lang, forkNote, changedFilter !== void 0));
  });
  return blocks;
}
async function postSuggestions(octokit, prRef, headSha, filesByPath, suggestions, lang, writes) {
  if (suggestions.length === 0) return 0;
  const diffHunks = new Map([...filesByPath].map(([path, file]) => [path, file.hunks]));
  const result = await writes.attempt(
    "posting review suggestions",
    () => postReviewSuggestions(octokit, {
      ...prRef,
      commitId: headSha,
      diffHunks,
      suggestions,
      reviewBody: format(ACTION_TEXT.reviewBody, lang)
    })
  );
  if (result) {
    info(
      `tracker-bot: suggestions: ${result.posted} posted, ${result.skippedDuplicate} already posted, ${result.skippedOutsideDiff} outside the diff, ${result.skippedOverLimit} over the limit, ${result.failed} refused`
    );
  }
  return result ? result.posted + result.skippedDuplicate : 0;
}
function nextSteps(lang, facts) {
  const lines = [];
  if (facts.suggested > 0) lines.push(`\u{1F4A1} ${format(ACTION_TEXT.hintSuggestions, lang, { suggestions: countOf(facts.suggested, "suggestion", lang) })}`);
  if (facts.fixable > 0 && facts.isSameRepo) lines.push(...lines.length > 0 ? [""] : [], `\u{1F6E0}\uFE0F ${format(ACTION_TEXT.hintFixCommand, lang)}`);
  if (facts.fixable > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(`<details><summary>${format(ACTION_TEXT.hintLocal, lang)}</summary>`, "", localFixCommandBlock(facts.paths, lang), "", "</details>");
  }
  return lines;
}

export {
  publishPullRequestComment,
  ACTION_TEXT,
  localFixCommandBlock,
  WriteAccess,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest,
  nextSteps
};
