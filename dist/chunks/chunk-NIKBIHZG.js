import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  findStickyComment,
  listPullRequestFiles,
  postReviewSuggestions,
  renderConfigNote,
  renderNextSteps,
  renderReviewBody,
  renderSortCommitted,
  renderSortDiff,
  sortForkNote,
  suggestionLinkReason,
  suggestionRuleReason,
  upsertStickyComment
} from "./chunk-3KDPQAMQ.js";
import {
  buildPublishedReport,
  emitAnnotations,
  exitCodeFor,
  lineLinker,
  matchTrackerPaths,
  readTrackerAtRef,
  readWorkspaceTracker,
  renderJobSummary,
  setCountOutputs,
  writeJobSummary,
  writeReportFile
} from "./chunk-TNJYK4BX.js";
import {
  boundedUnifiedDiff
} from "./chunk-CGRJVDGS.js";
import {
  applyFixes,
  fixSource
} from "./chunk-6U4QUFDX.js";
import {
  escapeWorkflowValue
} from "./chunk-MZU4NVIZ.js";
import {
  applyInputOverrides,
  loadPullRequestConfig
} from "./chunk-2H53ADRL.js";
import {
  checkOccurrences,
  commitFile,
  linkScopeFor,
  readFile
} from "./chunk-KNTYTWFO.js";
import {
  info,
  setOutput,
  warning
} from "./chunk-233KTPYA.js";
import {
  isPermissionError
} from "./chunk-LTZVS2E3.js";
import {
  analyzeSource,
  countFindings,
  pageFactsOf,
  toFileReport,
  withPageFactRules
} from "./chunk-LC77XD5H.js";
import {
  InputError,
  RULE_IDS,
  lintSource
} from "./chunk-C4OUAXN4.js";

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

// src/action/comment.ts
async function hasStickyComment(octokit, repo, issueNumber) {
  return await findStickyComment(octokit, { owner: repo.owner, repo: repo.repo, issueNumber }) !== null;
}
async function publishPullRequestComment(octokit, repo, issueNumber, content) {
  const params = { owner: repo.owner, repo: repo.repo, issueNumber };
  if (!hasProblems(content) && !await hasStickyComment(octokit, repo, issueNumber)) return null;
  return (await upsertStickyComment(octokit, { ...params, body: renderCommentBody(content) })).url;
}

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

// src/action/sort.ts
var MAX_SORT_DIFF_EDITS = 300;
function sortSource(source, config, lang, now, focusLines) {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, id === "sort-order" ? "warning" : "off"]));
  const options = { config: { ...config, rules }, lang, now };
  if (!focusLines) return fixSource(source, options).output;
  const { diagnostics } = lintSource(source, { ...options, focusLines });
  return applyFixes(source, diagnostics.filter((d) => focusLines(d.line))).output;
}
function sortDiffBlock(path, before, after, lang, note, onlyChangedRows = false) {
  const patch = (boundedUnifiedDiff(path, before, after, MAX_SORT_DIFF_EDITS, 0) ?? "").split("\n").filter((line) => !line.startsWith("=====")).join("\n").trimEnd();
  return renderSortDiff({ path, patch, lang, ...note ? { note } : {}, ...onlyChangedRows ? {} : { command: localFixCommand([path]) } });
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
      reasons.push(suggestionLinkReason(link, file.lang));
    }
    const fixes = [...redirects, ...found.diagnostics.map((d) => relativeTo(d, bounds.start))];
    const applied = applyFixes(original, fixes);
    if (applied.output === original) continue;
    for (const d of found.diagnostics) reasons.push(suggestionRuleReason(d));
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
  const note = (lang) => renderConfigNote(chosen.origin, ctx.inputs.config, pr.baseRef, lang);
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
        appendix.push(renderSortCommitted(path, sha, fileLang));
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
    const forkNote = forkFallback ? sortForkNote(file.lang) : void 0;
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
      reviewBody: renderReviewBody(lang)
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
  return renderNextSteps(lang, { ...facts, command: localFixCommand(facts.paths) });
}

export {
  publishPullRequestComment,
  localFixCommand,
  WriteAccess,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest,
  nextSteps
};
