import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkOccurrences
} from "./chunk-MKER6YYW.js";
import {
  WriteAccess,
  localFixCommand,
  pullRequestFromPayload
} from "./chunk-UYLP54XV.js";
import {
  addPageFactFindings,
  analyseTracker,
  emitAnnotations
} from "./chunk-ROIUWNPJ.js";
import {
  boundedUnifiedDiff
} from "./chunk-CGRJVDGS.js";
import {
  applyFixes,
  fixSource
} from "./chunk-LBCTDBDK.js";
import "./chunk-OABLC2TR.js";
import {
  publishPullRequestComment
} from "./chunk-QFI76MU6.js";
import {
  renderJobSummary
} from "./chunk-HGJ3ZDIR.js";
import {
  requireOctokit
} from "./chunk-JUKZRYQ7.js";
import "./chunk-NJCGS6YH.js";
import {
  writeJobSummary
} from "./chunk-UKW3H6H3.js";
import {
  listPullRequestFiles,
  postReviewSuggestions,
  renderConfigNote,
  renderNextSteps,
  renderReviewBody,
  renderSortCommitted,
  renderSortDiff,
  sortForkNote,
  suggestionLinkReason,
  suggestionRuleReason
} from "./chunk-AVGT3352.js";
import "./chunk-B7GBDUEW.js";
import {
  pageFactsOf,
  toFileReport
} from "./chunk-OUU6IZDC.js";
import "./chunk-F5PHMIYO.js";
import "./chunk-NL6LW24D.js";
import {
  escapeWorkflowValue
} from "./chunk-3ZQIIJZP.js";
import {
  langOf,
  planPullRequest,
  runLang,
  withPullRequestConfig
} from "./chunk-QBQMXSVK.js";
import {
  buildPublishedReport,
  exitCodeFor,
  setCountOutputs,
  writeReportFile
} from "./chunk-BANQSPZG.js";
import {
  commitFile,
  lineLinker,
  readFile,
  readTrackerAtRef,
  readWorkspaceTracker
} from "./chunk-P3AJEB42.js";
import {
  info
} from "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-U7NIJQ6E.js";
import "./chunk-GH26YCKT.js";
import {
  countFindings
} from "./chunk-SJPTXLU4.js";
import "./chunk-4E3DD2WW.js";
import {
  InputError
} from "./chunk-THUT5NSP.js";
import {
  lintSource,
  verdictSettings
} from "./chunk-LGMUIV7I.js";
import "./chunk-HQ7NPFUV.js";
import {
  ROW_ORDER_RULE_IDS,
  RULE_IDS,
  ruleById
} from "./chunk-H2JFWDZP.js";
import "./chunk-UJCTKIJ6.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-ZITMHJVR.js";
import "./chunk-J2765Y67.js";
import "./chunk-XT6RCXKS.js";
import "./chunk-3Y2NLIWH.js";

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

// src/action/sort.ts
var MAX_SORT_DIFF_EDITS = 300;
function sortSource(source, config, lang, now, focusLines) {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, ROW_ORDER_RULE_IDS.includes(id) ? "warning" : "off"]));
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
function buildLineSuggestions(file, diagnostics, links, isChanged) {
  const lines = /* @__PURE__ */ new Map();
  const entry = (line) => {
    let found = lines.get(line);
    if (!found) lines.set(line, found = { diagnostics: [], links: [] });
    return found;
  };
  for (const d of diagnostics) {
    if (!d.fixable || ruleById(d.rule)?.scope !== "row" || d.line !== d.endLine || !isChanged(d.line)) continue;
    const bounds = lineBounds(file, d.line);
    if (bounds && withinLine(d, bounds)) entry(d.line).diagnostics.push(d);
  }
  const paired = /* @__PURE__ */ new Map();
  for (const d of file.verdictFindings ?? []) {
    const nth = paired.get(d.line) ?? 0;
    paired.set(d.line, nth + 1);
    const link = links.filter((l) => l.line === d.line && l.verdict === "redirected")[nth];
    if (!link || !d.fixable || d.line !== d.endLine || !isChanged(d.line)) continue;
    const bounds = lineBounds(file, d.line);
    if (bounds && withinLine(d, bounds)) entry(d.line).links.push({ link, fix: d });
  }
  const suggestions = [];
  for (const [line, found] of [...lines.entries()].sort((a, b) => a[0] - b[0])) {
    const bounds = lineBounds(file, line);
    const original = file.source.slice(bounds.start, bounds.end);
    const redirects = [];
    const reasons = [];
    for (const { link, fix } of found.links) {
      redirects.push(relativeTo(fix, bounds.start));
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

// src/action/pull-request.ts
async function withBaseBranchConfig(runCtx, octokit, pr) {
  const ctx = await withPullRequestConfig(runCtx, octokit, { sha: pr.baseSha, ref: pr.baseRef });
  const fromBase = ctx.configOrigin === "base-branch";
  const note = (lang) => renderConfigNote(fromBase ? "base-branch" : "defaults", ctx.inputs.config, pr.baseRef, lang);
  info(
    fromBase ? `tracker-bot: using ${escapeWorkflowValue(ctx.inputs.config)} from the base branch ${escapeWorkflowValue(pr.baseRef)}` : `tracker-bot: the base branch has no ${escapeWorkflowValue(ctx.inputs.config)}; using the built-in defaults (never the pull request's copy)`
  );
  return { ctx, note };
}
async function readPullRequestSources(ctx, octokit, plan, headSha) {
  const sources = /* @__PURE__ */ new Map();
  for (const path of plan.paths) {
    const source = plan.readFrom.kind === "api" ? await readTrackerAtRef(octokit, plan.readFrom.repo, path, plan.readFrom.ref) : await readWorkspaceTracker(ctx.workspace, path);
    if (source === null) throw new InputError(`${path}: not found at the pull request head ${headSha}`);
    sources.set(path, source);
  }
  return sources;
}
async function commitSortedFiles(ctx, octokit, pr, plan, sources, writes, changedFilter) {
  const outcome = { headSha: pr.headSha, committed: [], refused: false };
  for (const path of plan.paths) {
    const file = await readFile(octokit, { owner: ctx.repo.owner, repo: ctx.repo.repo, path, ref: pr.headRef });
    if (!file) continue;
    const sorted = sortSource(file.content, ctx.config, langOf(ctx, file.content), ctx.now, plan.focus === "all" ? void 0 : changedFilter(path));
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
async function judgeFiles(ctx, plan, sources, changedFilter) {
  let analyzed = plan.paths.map(
    (path) => analyseTracker(ctx, path, sources.get(path), plan.focus === "all" ? {} : { focusLines: changedFilter(path) })
  );
  const withLinks = plan.links !== "none";
  let verdicts;
  if (withLinks) {
    const occurrences = analyzed.flatMap((file) => plan.links === "all" ? file.links : changedLinks(file.links, changedFilter(file.path)));
    verdicts = await checkOccurrences(occurrences, ctx.config, ctx.octokit, plan.linkBudgetMs);
    const ownRows = analyzed.flatMap((file) => changedLinks(file.links, changedFilter(file.path)));
    const pageFacts = pageFactsOf(verdicts, ownRows);
    analyzed = analyzed.map((file) => addPageFactFindings(ctx, file, pageFacts, verdicts));
  }
  const own = [];
  const preexisting = [];
  for (const file of analyzed) {
    const report = toFileReport(file, verdicts, verdictSettings(ctx.config.rules));
    if (plan.focus === "all") {
      own.push(report);
      continue;
    }
    const split = splitByChangedLines(report, changedFilter(file.path));
    own.push(split.own);
    preexisting.push(split.preexisting);
  }
  return { analyzed, own, preexisting, withLinks };
}
async function runPullRequest(runCtx) {
  const octokit = requireOctokit(runCtx);
  const pr = pullRequestFromPayload(runCtx.payload, runCtx.repo);
  const prRef = { owner: runCtx.repo.owner, repo: runCtx.repo.repo, pullNumber: pr.number };
  const { ctx, note: configNote } = await withBaseBranchConfig(runCtx, octokit, pr);
  let prFiles = await listPullRequestFiles(octokit, prRef);
  const plan = planPullRequest(ctx, pr, prFiles);
  const { paths } = plan;
  info(`tracker-bot: PR #${pr.number} changes ${paths.length} tracker file(s)${paths.length ? `: ${escapeWorkflowValue(paths.join(", "))}` : ""}`);
  const sources = await readPullRequestSources(ctx, octokit, plan, pr.headSha);
  let filesByPath = new Map(prFiles.map((file) => [file.path, file]));
  const changedFilter = (path) => lineSet(filesByPath.get(path)?.addedLines ?? []);
  const focusFilter = plan.focus === "all" ? void 0 : changedFilter;
  const writes = new WriteAccess();
  let sortMode = plan.sort;
  let headSha = pr.headSha;
  const appendix = [];
  if (sortMode === "commit") {
    const outcome = await commitSortedFiles(ctx, octokit, pr, plan, sources, writes, changedFilter);
    headSha = outcome.headSha;
    if (outcome.refused) sortMode = "suggest";
    if (outcome.committed.length > 0) {
      prFiles = await listPullRequestFiles(octokit, prRef);
      filesByPath = new Map(prFiles.map((file) => [file.path, file]));
      for (const { path, sha } of outcome.committed) {
        appendix.push(renderSortCommitted(path, sha, langOf(ctx, sources.get(path))));
      }
    }
  }
  const { analyzed, own, preexisting, withLinks } = await judgeFiles(ctx, plan, sources, changedFilter);
  if (sortMode === "suggest") appendix.push(...sortDiffs(analyzed, own, ctx.config, ctx.now, plan.sortForkFallback, focusFilter));
  const commentLang = runLang(ctx, analyzed[0]?.source);
  const lineUrl = lineLinker({
    serverUrl: ctx.serverUrl,
    ...ctx.repo,
    sha: headSha,
    pullRequest: { number: pr.number, isChanged: (path, line) => changedFilter(path)(line) }
  });
  const counts = countFindings(own);
  setCountOutputs(ctx.outputs, counts);
  const annotations = emitAnnotations(own, { newFirst: (path, line) => changedFilter(path)(line) });
  let suggested = 0;
  if (plan.suggestions && !writes.denied) {
    const suggestions = analyzed.flatMap((file, index) => {
      const report = own[index];
      return buildLineSuggestions(file, report.diagnostics, report.links, changedFilter(file.path));
    });
    suggested = await postSuggestions(octokit, prRef, headSha, filesByPath, suggestions, commentLang, writes);
  }
  const hints = nextSteps(commentLang, { suggested, fixable: counts.fixable, isSameRepo: pr.isSameRepo, paths });
  await writeJobSummary(
    renderJobSummary(own, { lang: commentLang, preexisting, lineUrl, annotations, withLinks, appendix, hints, notes: [configNote(commentLang)] })
  );
  await writeReportFile(
    ctx.outputs,
    buildPublishedReport(own, preexisting, withLinks, { lang: commentLang, pullRequest: { number: pr.number, headSha } })
  );
  if (plan.comment) {
    const url = await writes.attempt(
      "posting the pull request comment",
      () => publishPullRequestComment(octokit, ctx.repo, pr.number, { lang: commentLang, files: own, preexisting, withLinks, lineUrl, appendix, hints })
    );
    if (url) ctx.outputs.set("comment-url", url);
  }
  return exitCodeFor(counts, plan.failOn);
}
function sortDiffs(analyzed, own, config, now, forkFallback, changedFilter) {
  const blocks = [];
  analyzed.forEach((file, index) => {
    if (!own[index].diagnostics.some((d) => ROW_ORDER_RULE_IDS.includes(d.rule))) return;
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
  nextSteps,
  runPullRequest
};
