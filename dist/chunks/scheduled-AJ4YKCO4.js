import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  Agent,
  MAX_BODY_BYTES,
  RequestScheduler,
  addressChecker,
  checkTrackerLinks,
  guardedLookup,
  ipLiteral,
  readLinkCacheFile,
  writeLinkCacheFile
} from "./chunk-FVTFXABC.js";
import {
  createGitHubRepositoryChecker
} from "./chunk-ZVGE47OR.js";
import {
  analyseTracker,
  emitAnnotations,
  toFileReport,
  withPageFactRules
} from "./chunk-MYP532LJ.js";
import {
  MAX_FIX_PASSES,
  applyFixes
} from "./chunk-E3CT2VQN.js";
import {
  planSchedule,
  runLang
} from "./chunk-CUJBB4E4.js";
import {
  lintSource,
  verdictSettings
} from "./chunk-SINAV7QO.js";
import "./chunk-VRCVEGMT.js";
import "./chunk-XRZZ2SXY.js";
import {
  MARKDOWN_BODY_LIMIT,
  truncateMarkdown
} from "./chunk-NJCGS6YH.js";
import {
  ANNOTATIONS_PER_KIND,
  lineReference,
  writeJobSummary
} from "./chunk-MXWROGEJ.js";
import {
  createPull,
  findOpenPull,
  getBranchSha,
  renderFixPullRequest,
  resetBranch,
  updatePull,
  upsertTrackingIssue
} from "./chunk-VRFK5W2V.js";
import {
  codeSpan,
  cutText,
  escapeWorkflowValue,
  fold,
  groupBySection,
  linkReason,
  listOf,
  markdownLink,
  neutralize,
  sectionName
} from "./chunk-A7EWG6JG.js";
import {
  buildJsonReport,
  countScanFindings,
  reportDirectory,
  setCountOutputs,
  summarize,
  writeReportFile
} from "./chunk-66EQE7WX.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import {
  InputError,
  commitFile,
  isPlainPath,
  lineLinker,
  listFiles,
  picomatch,
  readFile,
  readWorkspaceTracker,
  workspaceTrackerPaths
} from "./chunk-IGXHPRD4.js";
import {
  parseReasonCode,
  reasonCode
} from "./chunk-QN5TL3GJ.js";
import {
  info,
  warning
} from "./chunk-6PBNNB3M.js";
import {
  _enum,
  _positive,
  array,
  boolean,
  int,
  literal,
  nullable,
  number,
  object,
  optional,
  pipe,
  record,
  refine,
  string,
  transform
} from "./chunk-44UXQGHF.js";
import {
  BOT_SAFE_FIX_RULE_IDS,
  ruleById
} from "./chunk-7XZYIZTT.js";
import {
  canonicalizeUrl,
  format
} from "./chunk-6UP4LFZW.js";
import {
  checkRepositories
} from "./chunk-B7GBDUEW.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-3Y2NLIWH.js";

// src/action/scheduled.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/links/archive.ts
async function readCapped(body, limit) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) throw new Error(`response over ${Math.round(limit / 1024)} KB`);
    }
  } finally {
    body.on("error", () => void 0);
    body.destroy();
  }
  return Buffer.concat(chunks).toString("utf8");
}
var availabilitySchema = object({
  archived_snapshots: optional(
    object({
      closest: optional(
        object({
          available: optional(boolean()),
          url: string(),
          timestamp: optional(string()),
          status: optional(string())
        })
      )
    })
  )
});
function safeSnapshotUrl(raw) {
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
    if (parsed.protocol === "http:" && parsed.hostname === "web.archive.org") parsed.protocol = "https:";
    return parsed.href;
  } catch {
    return null;
  }
}
function failureText(error) {
  const e = error;
  return e.cause?.message ?? e.message;
}
async function lookupOne(agent, url, api, timeoutMs) {
  const endpoint = new URL(api);
  endpoint.searchParams.set("url", url);
  const response = await agent.request({
    origin: endpoint.origin,
    path: endpoint.pathname + endpoint.search,
    method: "GET",
    headers: { accept: "application/json", "user-agent": "tracker-bot (dead-link scan)" },
    signal: AbortSignal.timeout(timeoutMs)
  });
  if (response.statusCode !== 200) {
    await response.body.dump({ limit: 64 * 1024 }).catch(() => void 0);
    throw new Error(`HTTP ${response.statusCode}`);
  }
  const text = await readCapped(response.body, MAX_BODY_BYTES);
  const parsed = availabilitySchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error("unexpected response shape");
  const closest = parsed.data.archived_snapshots?.closest;
  if (!closest || closest.available === false || closest.status !== void 0 && !closest.status.startsWith("2")) return null;
  const snapshotUrl = safeSnapshotUrl(closest.url);
  return snapshotUrl ? { url: snapshotUrl, timestamp: closest.timestamp ?? null } : null;
}
async function findArchivedCopies(urls, options) {
  const found = /* @__PURE__ */ new Map();
  const unique = [...new Set(urls)];
  if (unique.length === 0) return found;
  let api;
  try {
    api = new URL(options.api);
    if (api.protocol !== "http:" && api.protocol !== "https:") throw new Error("not http(s)");
  } catch {
    for (const url of unique) options.onFailure?.(url, `links.archiveApi "${options.api}" is not a URL`);
    return found;
  }
  const links = options.links ?? {};
  const perHost = links.perHost ?? 4;
  const literal2 = ipLiteral(api.hostname);
  const mayConnect = addressChecker({ allowPrivateHosts: links.allowPrivateHosts ?? false, allowAddresses: literal2 ? [literal2] : [] });
  const timeoutMs = options.timeoutMs ?? 15e3;
  const agent = new Agent({ connections: perHost, connect: { lookup: guardedLookup(links.resolve ?? {}, mayConnect), timeout: Math.min(timeoutMs, 1e4) } });
  const scheduler = new RequestScheduler({ concurrency: perHost, perHost, intervalMs: links.interval ?? 0 });
  try {
    await Promise.all(
      unique.map(async (url) => {
        try {
          const snapshot = await scheduler.run(api.host, () => lookupOne(agent, url, api, timeoutMs));
          if (snapshot) found.set(url, snapshot);
        } catch (error) {
          options.onFailure?.(url, failureText(error));
        }
      })
    );
  } finally {
    scheduler.dispose();
    await agent.close().catch(() => void 0);
  }
  return found;
}

// src/report/tracking-issue.ts
var T = {
  issueTitle: { en: "Dead links in the tracker", zh: "\u8D44\u6599\u94FE\u63A5\u5931\u6548\u8FFD\u8E2A" },
  issueHeading: { en: "Dead and moved links", zh: "\u5931\u6548\u4E0E\u5DF2\u8FC1\u79FB\u7684\u94FE\u63A5" },
  issueIntro: {
    en: "This issue is kept up to date by the scheduled tracker-bot scan: it is edited in place on every run, and closed once no dead or moved link is left. A link is listed as dead after {deadAfter} failed checks in a row.",
    zh: "\u672C issue \u7531 tracker-bot \u5B9A\u65F6\u626B\u63CF\u81EA\u52A8\u7EF4\u62A4\uFF1A\u6BCF\u6B21\u626B\u63CF\u90FD\u4F1A\u539F\u5730\u66F4\u65B0\uFF0C\u6240\u6709\u5931\u6548\u548C\u5DF2\u8FC1\u79FB\u7684\u94FE\u63A5\u5904\u7406\u5B8C\u6BD5\u540E\u81EA\u52A8\u5173\u95ED\u3002\u94FE\u63A5\u8FDE\u7EED {deadAfter} \u6B21\u68C0\u67E5\u5931\u8D25\u624D\u4F1A\u88AB\u5217\u4E3A\u5931\u6548\u3002"
  },
  counts: {
    en: "**{dead}** dead, **{moved}** moved (last scan: {date}).",
    zh: "**{dead}** \u4E2A\u5931\u6548\uFF0C**{moved}** \u4E2A\u5DF2\u8FC1\u79FB\uFF08\u6700\u8FD1\u4E00\u6B21\u626B\u63CF\uFF1A{date}\uFF09\u3002"
  },
  runLink: { en: "Scan log", zh: "\u626B\u63CF\u65E5\u5FD7" },
  firstSeen: { en: "first seen {date}", zh: "\u9996\u6B21\u53D1\u73B0 {date}" },
  archivedCopy: { en: "archived copy", zh: "\u5B58\u6863" },
  noArchivedCopy: { en: "no archived copy found", zh: "\u672A\u627E\u5230\u5B58\u6863" },
  movedTo: { en: "moved permanently to {url}", zh: "\u5DF2\u6C38\u4E45\u8FC1\u79FB\u81F3 {url}" },
  checklistHint: {
    en: "Tick an item once the row is fixed or removed; the next scan rewrites this list from the file either way.",
    zh: "\u4FEE\u597D\u6216\u5220\u9664\u6761\u76EE\u540E\u53EF\u52FE\u9009\uFF1B\u4E0B\u6B21\u626B\u63CF\u4F1A\u6309\u6587\u4EF6\u91CD\u65B0\u751F\u6210\u6B64\u5217\u8868\u3002"
  },
  archivedRepos: {
    en: "Archived repositories ({count}): still online but no longer maintained, the entry may be stale",
    zh: "\u5DF2\u5F52\u6863\u7684\u4ED3\u5E93\uFF08{count} \u4E2A\uFF09\uFF1A\u4ECD\u53EF\u8BBF\u95EE\u4F46\u5DF2\u505C\u6B62\u7EF4\u62A4\uFF0C\u6761\u76EE\u5185\u5BB9\u53EF\u80FD\u5DF2\u8FC7\u65F6"
  },
  closeComment: {
    en: "No dead or moved links are left: closing. This issue reopens if links die again.",
    zh: "\u5DF2\u6CA1\u6709\u5931\u6548\u6216\u5DF2\u8FC1\u79FB\u7684\u94FE\u63A5\uFF0C\u5173\u95ED\u672C issue\u3002\u4E4B\u540E\u82E5\u518D\u6709\u94FE\u63A5\u5931\u6548\uFF0C\u4F1A\u91CD\u65B0\u6253\u5F00\u672C issue\u3002"
  },
  summaryHeading: { en: "tracker-bot dead-link scan", zh: "tracker-bot \u5931\u6548\u94FE\u63A5\u626B\u63CF" },
  summaryCounts: {
    en: "{parts}; {checked} links checked.",
    zh: "{parts}\uFF1B\u5171\u68C0\u67E5 {checked} \u4E2A\u94FE\u63A5\u3002"
  },
  countDead: { en: "{count} confirmed dead", zh: "{count} \u4E2A\u786E\u8BA4\u5931\u6548" },
  countMoved: { en: "{count} moved", zh: "{count} \u4E2A\u5DF2\u8FC1\u79FB" },
  countSuspected: { en: "{count} suspected", zh: "{count} \u4E2A\u7591\u4F3C\u5931\u6548" },
  countBlocked: { en: "{count} blocked", zh: "{count} \u4E2A\u88AB\u62E6\u622A" },
  countError: { en: "{count} failed to check", zh: "{count} \u4E2A\u68C0\u67E5\u5931\u8D25" },
  countNone: { en: "no dead or moved links", zh: "\u6CA1\u6709\u5931\u6548\u6216\u5DF2\u8FC1\u79FB\u7684\u94FE\u63A5" },
  summaryIssue: { en: "Tracking issue: #{number} ({action}).", zh: "\u8FFD\u8E2A issue\uFF1A#{number}\uFF08{action}\uFF09\u3002" },
  annotationsOmitted: {
    en: "{count} more annotations were left out (GitHub shows {limit} of each kind per step); dead links were shown first, then moved ones, then the other findings.",
    zh: "\u53E6\u6709 {count} \u4E2A\u6CE8\u89E3\u672A\u663E\u793A\uFF08GitHub \u6BCF\u4E2A\u6B65\u9AA4\u6BCF\u7C7B\u53EA\u663E\u793A {limit} \u4E2A\uFF09\uFF1B\u5DF2\u4F18\u5148\u663E\u793A\u5931\u6548\u94FE\u63A5\uFF0C\u5176\u6B21\u662F\u5DF2\u8FC1\u79FB\u94FE\u63A5\uFF0C\u6700\u540E\u662F\u5176\u4ED6\u95EE\u9898\u3002"
  },
  summaryNoIssue: { en: "No tracking issue is needed.", zh: "\u65E0\u9700\u8FFD\u8E2A issue\u3002" },
  fixPullRequest: { en: "Fix pull request: {link} ({action}).", zh: "\u4FEE\u590D PR\uFF1A{link}\uFF08{action}\uFF09\u3002" },
  labelDescription: { en: "tracker-bot: dead-link tracking issue", zh: "tracker-bot\uFF1A\u5931\u6548\u94FE\u63A5\u8FFD\u8E2A" },
  suspectedHeading: {
    en: "Suspected dead ({count}): failed fewer than {deadAfter} checks in a row, not in the issue yet",
    zh: "\u7591\u4F3C\u5931\u6548\uFF08{count} \u4E2A\uFF09\uFF1A\u8FDE\u7EED\u5931\u8D25\u6B21\u6570\u4E0D\u8DB3 {deadAfter} \u6B21\uFF0C\u6682\u4E0D\u5217\u5165 issue"
  },
  notJudgedHeading: {
    en: "Not judged ({count}): blocked by the site or the check failed; never counted as dead",
    zh: "\u672A\u80FD\u5224\u65AD\uFF08{count} \u4E2A\uFF09\uFF1A\u88AB\u7F51\u7AD9\u62E6\u622A\u6216\u68C0\u67E5\u5931\u8D25\uFF0C\u4E0D\u8BA1\u4E3A\u5931\u6548"
  },
  deadHeading: { en: "Confirmed dead ({count})", zh: "\u786E\u8BA4\u5931\u6548\uFF08{count} \u4E2A\uFF09" },
  movedHeading: { en: "Moved ({count})", zh: "\u5DF2\u8FC1\u79FB\uFF08{count} \u4E2A\uFF09" },
  streak: { en: " ({count}\xD7 in a row)", zh: "\uFF08\u8FDE\u7EED {count} \u6B21\uFF09" },
  truncated: {
    en: "\u2026 the list is cut here to fit GitHub\u2019s size limit; see the job summary for the rest.",
    zh: "\u2026\u2026\u5217\u8868\u8FC7\u957F\uFF0C\u5DF2\u622A\u65AD\uFF1B\u5176\u4F59\u5185\u5BB9\u89C1\u4EFB\u52A1\u6458\u8981\uFF08job summary\uFF09\u3002"
  }
};
var KIND_LABEL = {
  dead: { en: "\u274C dead", zh: "\u274C \u5931\u6548" },
  moved: { en: "\u21AA\uFE0F moved", zh: "\u21AA\uFE0F \u5DF2\u8FC1\u79FB" },
  suspected: { en: "\u2754 suspected", zh: "\u2754 \u7591\u4F3C\u5931\u6548" },
  blocked: { en: "\u{1F6A7} blocked", zh: "\u{1F6A7} \u88AB\u62E6\u622A" },
  error: { en: "\u26A0\uFE0F check failed", zh: "\u26A0\uFE0F \u68C0\u67E5\u5931\u8D25" }
};
var ACTION_WORDS = {
  created: { en: "opened", zh: "\u5DF2\u65B0\u5EFA" },
  updated: { en: "updated", zh: "\u5DF2\u66F4\u65B0" },
  unchanged: { en: "unchanged", zh: "\u65E0\u53D8\u5316" },
  closed: { en: "closed", zh: "\u5DF2\u5173\u95ED" },
  reopened: { en: "reopened", zh: "\u5DF2\u91CD\u65B0\u6253\u5F00" },
  none: { en: "not needed", zh: "\u65E0\u9700" }
};
function actionWords(action, lang) {
  const words = ACTION_WORDS[action];
  return words ? format(words, lang) : action;
}
function defaultIssueTitle(lang) {
  return format(T.issueTitle, lang);
}
function issueLabelDescription(lang) {
  return format(T.labelDescription, lang);
}
function closeComment(lang) {
  return format(T.closeComment, lang);
}
function reasonText(finding, lang) {
  if (finding.kind === "moved" && finding.finalUrl) return format(T.movedTo, lang, { url: codeSpan(finding.finalUrl) });
  return neutralize(linkReason(finding, lang));
}
function where(finding, options) {
  return lineReference(finding.file, finding.line, options.lang, options.lineUrl);
}
function linkText(text) {
  return neutralize(text).replace(/[[\]]/g, (c) => `\\${c}`);
}
function checklistItem(f, options) {
  const { lang } = options;
  const title = f.title.trim() === "" ? codeSpan(cutText(f.url, 200)) : `**${linkText(cutText(f.title, 80))}**`;
  const parts = [where(f, options), reasonText(f, lang), format(T.firstSeen, lang, { date: f.firstSeen })];
  if (f.kind === "dead") parts.push(f.archiveUrl ? markdownLink(format(T.archivedCopy, lang), f.archiveUrl) : format(T.noArchivedCopy, lang));
  return `- [ ] ${title} \u2014 ${parts.join(" \xB7 ")}`;
}
function groupByFileAndSection(items, options) {
  const files = [...new Set(items.map((item) => item.file))].sort();
  return files.flatMap(
    (file) => groupBySection(items.filter((item) => item.file === file), options.sections?.[file]).map((group) => ({
      file,
      section: group.section,
      items: group.rows.flatMap((row) => row.items)
    }))
  );
}
function groupHeading(group, multipleFiles, lang) {
  const section = neutralize(sectionName(group.section, lang));
  return multipleFiles ? `${codeSpan(group.file)} \u203A ${section}` : section;
}
function archivedList(archived, options) {
  if (archived.length === 0) return [];
  const items = [...archived].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line);
  return fold(
    format(T.archivedRepos, options.lang, { count: archived.length }),
    items.map((a) => `- ${where(a, options)}: ${neutralize(cutText(a.title, 80))} ${codeSpan(a.url)}`)
  );
}
function renderIssueBody(findings, archived, options) {
  const { lang } = options;
  const listed = findings.filter((f) => f.kind === "dead" || f.kind === "moved");
  const counts = countScanFindings(listed);
  const multipleFiles = new Set(listed.map((f) => f.file)).size > 1;
  const lines = [
    `## ${format(T.issueHeading, lang)}`,
    "",
    format(T.issueIntro, lang, { deadAfter: options.deadAfter }),
    "",
    format(T.counts, lang, { dead: counts.dead, moved: counts.moved, date: options.scannedAt.slice(0, 10) }) + (options.runUrl ? ` ${markdownLink(format(T.runLink, lang), options.runUrl)}` : "")
  ];
  for (const group of groupByFileAndSection(listed, options)) {
    lines.push("", `### ${groupHeading(group, multipleFiles, lang)}`, "", ...group.items.map((f) => checklistItem(f, options)));
  }
  if (listed.length > 0) lines.push("", `_${format(T.checklistHint, lang)}_`);
  lines.push(...archivedList(archived, options));
  return truncateMarkdown(lines.join("\n") + "\n", format(T.truncated, lang), options.maxLength ?? MARKDOWN_BODY_LIMIT);
}
function summaryList(findings, options) {
  return findings.map((f) => {
    const status = reasonText(f, options.lang);
    const extra = f.kind === "dead" || f.kind === "suspected" ? format(T.streak, options.lang, { count: f.streak }) : "";
    const file = f.file ? `${codeSpan(f.file)} ` : "";
    return `- ${file}${where(f, options)}: ${neutralize(cutText(f.title || f.url, 80))} ${codeSpan(f.url)} \u2014 ${listOf([format(KIND_LABEL[f.kind], options.lang), status], options.lang)}${extra}`;
  });
}
function foldedSection(heading, lines) {
  return lines.length === 0 ? [] : fold(heading, lines);
}
function linkIssueNumber(text, outcome) {
  const ref = `#${outcome.number}`;
  return outcome.url ? text.replace(ref, markdownLink(ref, outcome.url)) : text;
}
function renderScanSummary(findings, archived, checked, issue, options) {
  const { lang, deadAfter } = options;
  const of = (kinds2) => findings.filter((f) => kinds2.includes(f.kind));
  const counts = countScanFindings(findings);
  const kinds = [
    [T.countDead, counts.dead],
    [T.countMoved, counts.moved],
    [T.countSuspected, counts.suspected],
    [T.countBlocked, counts.blocked],
    [T.countError, counts.error]
  ];
  const parts = kinds.filter(([, count]) => count > 0).map(([words, count]) => format(words, lang, { count }));
  const joined = parts.length > 0 ? listOf(parts, lang) : format(T.countNone, lang);
  const lines = [`## ${format(T.summaryHeading, lang)}`, "", format(T.summaryCounts, lang, { parts: joined, checked })];
  if (issue?.number != null) {
    lines.push("", linkIssueNumber(format(T.summaryIssue, lang, { number: issue.number, action: actionWords(issue.action, lang) }), issue));
  } else if (issue) {
    lines.push("", format(T.summaryNoIssue, lang));
  }
  if (counts.dead > 0) lines.push("", `### ${format(T.deadHeading, lang, { count: counts.dead })}`, "", ...summaryList(of(["dead"]), options));
  if (counts.moved > 0) lines.push("", `### ${format(T.movedHeading, lang, { count: counts.moved })}`, "", ...summaryList(of(["moved"]), options));
  lines.push(...foldedSection(format(T.suspectedHeading, lang, { count: counts.suspected, deadAfter }), summaryList(of(["suspected"]), options)));
  lines.push(...foldedSection(format(T.notJudgedHeading, lang, { count: counts.blocked + counts.error }), summaryList(of(["blocked", "error"]), options)));
  lines.push(...archivedList(archived, options));
  if (options.annotationsOmitted) {
    lines.push("", `> ${format(T.annotationsOmitted, lang, { count: options.annotationsOmitted.count, limit: options.annotationsOmitted.limit })}`);
  }
  const fixPr = options.fixPullRequest;
  if (fixPr && fixPr.number !== null) {
    const link = fixPr.url ? markdownLink(`#${fixPr.number}`, fixPr.url) : `#${fixPr.number}`;
    lines.push("", format(T.fixPullRequest, lang, { link, action: actionWords(fixPr.action, lang) }));
  }
  return lines.join("\n") + "\n";
}

// src/action/scheduled/cache-merge.ts
async function mergeIntoCacheFile(file, entries, keep) {
  const { cache } = await readLinkCacheFile(file);
  cache.setEntries(entries);
  if (keep) cache.prune(keep);
  await writeLinkCacheFile(cache, file);
  return { cache };
}

// src/action/scheduled/confirm.ts
function trailingRun(history, verdict) {
  let length = 0;
  let since = null;
  for (let i = history.length - 1; i >= 0 && history[i].verdict === verdict; i--) {
    length++;
    since = history[i].checkedAt;
  }
  return { length, since };
}
function confirmDead(history, deadAfter) {
  return trailingRun(history, "dead").length >= deadAfter;
}
function kindOf(verdict, history, options) {
  if (options.verdictSettings?.get(verdict.verdict) === "off") return null;
  switch (verdict.verdict) {
    case "dead":
      return confirmDead(history, options.deadAfter) ? "dead" : "suspected";
    case "redirected":
      return "moved";
    case "blocked":
    case "error":
      return verdict.verdict;
    default:
      return null;
  }
}
var KIND_ORDER = { dead: 0, moved: 1, suspected: 2, blocked: 3, error: 4 };
function collectFindings(occurrences, verdicts, historyOf, options) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const occurrence of occurrences) {
    const canonicalUrl = canonicalizeUrl(occurrence.url);
    const verdict = verdicts.get(canonicalUrl);
    if (!verdict) continue;
    const key = `${occurrence.file}
${occurrence.line}
${canonicalUrl}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const recorded = historyOf(canonicalUrl) ?? [];
    const last = recorded[recorded.length - 1];
    const history = last && last.checkedAt === verdict.checkedAt && last.verdict === verdict.verdict ? [...recorded] : [...recorded, { verdict: verdict.verdict, status: verdict.status, checkedAt: verdict.checkedAt }];
    const kind = kindOf(verdict, history, options);
    if (!kind) continue;
    const run = trailingRun(history, verdict.verdict);
    const finding = {
      kind,
      file: occurrence.file,
      section: occurrence.section,
      line: occurrence.line,
      title: occurrence.title,
      url: occurrence.url,
      canonicalUrl,
      status: verdict.status,
      reason: verdict.reason,
      firstSeen: (run.since ?? verdict.checkedAt).slice(0, 10),
      streak: run.length
    };
    if (kind === "moved" && verdict.finalUrl) finding.finalUrl = verdict.finalUrl;
    if (verdict.retryAt) {
      finding.retryAt = verdict.retryAt;
      finding.checkedAt = verdict.checkedAt;
    }
    findings.push(finding);
  }
  return findings.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
  );
}

// src/action/scheduled/safe-fixes.ts
function applySafeFixes(source, verdicts, options) {
  const lintOptions = { config: options.config, lang: options.lang, now: options.now };
  const bySafeRules = (diagnostics) => diagnostics.filter((d) => BOT_SAFE_FIX_RULE_IDS.has(d.rule) && d.fix);
  const moved = bySafeRules(lintSource(source, { ...lintOptions, linkVerdicts: verdicts, onlyPageFactRules: true }).diagnostics);
  const first = applyFixes(source, moved);
  let output = first.output;
  let lintFixes = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const safe = bySafeRules(lintSource(output, lintOptions).diagnostics);
    if (safe.length === 0) break;
    const result = applyFixes(output, safe);
    if (result.output === output) break;
    output = result.output;
    lintFixes += result.applied;
  }
  return { output, movedReplaced: first.applied, lintFixes };
}

// src/action/scheduled/fix-pr.ts
var FIX_BRANCH = "tracker-bot/link-fixes";
var FIX_PR_MARKER = "<!-- tracker-bot:fix-pr -->";
var T2 = {
  commit: { en: "tracker-bot: apply safe fixes to {file}", zh: "tracker-bot\uFF1A\u5BF9 {file} \u5E94\u7528\u5B89\u5168\u4FEE\u590D" }
};
function baseBranchOf(ctx) {
  if (ctx.refBranch) return ctx.refBranch;
  const repository = ctx.payload["repository"];
  return typeof repository?.default_branch === "string" ? repository.default_branch : "main";
}
async function openFixPullRequest(octokit, params) {
  const { ctx, lang } = params;
  const { owner, repo } = ctx.repo;
  const changes = params.files.map((file) => ({ file, fixed: applySafeFixes(file.source, params.verdicts, { config: ctx.config, lang: file.lang, now: ctx.now }) })).filter(({ file, fixed }) => fixed.output !== file.source);
  const paths = changes.map((c) => c.file.path);
  if (changes.length === 0) return { number: null, url: null, action: "none", files: [] };
  const base = baseBranchOf(ctx);
  const { title, body } = renderFixPullRequest(FIX_PR_MARKER, changes.map(({ file, fixed }) => ({ path: file.path, movedReplaced: fixed.movedReplaced, lintFixes: fixed.lintFixes })), lang);
  const existing = await findOpenPull(octokit, { owner, repo, branch: FIX_BRANCH, base });
  let branchCurrent = false;
  if (existing && await getBranchSha(octokit, { owner, repo, branch: FIX_BRANCH }) !== null) {
    branchCurrent = true;
    for (const { file, fixed } of changes) {
      const onBranch = await readFile(octokit, { owner, repo, path: file.path, ref: FIX_BRANCH });
      if (onBranch?.content !== fixed.output) branchCurrent = false;
    }
  }
  if (!branchCurrent) {
    await resetBranch(octokit, { owner, repo, branch: FIX_BRANCH, sha: ctx.sha });
    for (const { file, fixed } of changes) {
      const current = await readFile(octokit, { owner, repo, path: file.path, ref: FIX_BRANCH });
      await commitFile(octokit, {
        owner,
        repo,
        branch: FIX_BRANCH,
        path: file.path,
        content: fixed.output,
        message: format(T2.commit, lang, { file: file.path }),
        ...current ? { sha: current.sha } : {}
      });
    }
  }
  if (existing) {
    if (branchCurrent && existing.title === title && existing.body === body) {
      return { number: existing.number, url: existing.url, action: "unchanged", files: paths };
    }
    await updatePull(octokit, { owner, repo, number: existing.number, title, body });
    return { number: existing.number, url: existing.url, action: "updated", files: paths };
  }
  const created = await createPull(octokit, { owner, repo, branch: FIX_BRANCH, base, title, body });
  return { number: created.number, url: created.url, action: "created", files: paths };
}

// src/action/scheduled/report-files.ts
import { isAbsolute, join, resolve } from "node:path";
function shardReportName(index, count) {
  return `tracker-bot-shard-${index}-of-${count}.json`;
}
async function expandReportGlob(pattern, cwd) {
  const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
  if (isPlainPath(absolute)) return [absolute];
  const scan = picomatch.scan(absolute);
  if (!scan.isGlob) return [absolute];
  const base = scan.base === "" ? "/" : scan.base;
  const isMatch = picomatch(scan.glob, { dot: true });
  return (await listFiles(base, { missingOk: true })).filter((file) => isMatch(file)).map((file) => join(base, file));
}

// src/action/scheduled/shard.ts
import { createHash } from "node:crypto";
function shardHost(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}
function hostHash(host) {
  return createHash("sha256").update(host).digest("hex");
}
function assignHosts(urls, count) {
  const load = /* @__PURE__ */ new Map();
  for (const url of new Set(urls)) {
    const host = shardHost(url);
    load.set(host, (load.get(host) ?? 0) + 1);
  }
  const hosts = [...load].map(([host, urlCount]) => ({ host, urlCount, hash: hostHash(host) }));
  hosts.sort((a, b) => b.urlCount - a.urlCount || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const shardLoad = Array.from({ length: count }, () => 0);
  const assignment = /* @__PURE__ */ new Map();
  for (const { host, urlCount } of hosts) {
    let target = 0;
    for (let i = 1; i < count; i++) if (shardLoad[i] < shardLoad[target]) target = i;
    shardLoad[target] += urlCount;
    assignment.set(host, target + 1);
  }
  return assignment;
}
function shardUrls(urls, spec) {
  const assignment = assignHosts(urls, spec.count);
  return [...new Set(urls)].filter((url) => assignment.get(shardHost(url)) === spec.index);
}
var SHARD_REPORT_KIND = "tracker-bot-shard-report";
var SHARD_REPORT_VERSION = 1;
var verdictName = _enum(["alive", "redirected", "dead", "blocked", "error", "skipped"]);
var isoDate = string().check(refine((s) => !Number.isNaN(Date.parse(s)), "not a date"));
var reasonSchema = pipe(
  string().check(refine((code) => parseReasonCode(code) !== null, "not a verdict reason")),
  transform((code) => parseReasonCode(code))
);
var linkVerdictSchema = object({
  url: string(),
  verdict: verdictName,
  status: nullable(int()),
  finalUrl: optional(string()),
  reason: reasonSchema,
  ms: number(),
  checkedAt: isoDate,
  fromCache: optional(boolean()),
  retryAt: optional(isoDate)
});
var cachedCheckShape = { verdict: verdictName, status: nullable(int()), checkedAt: isoDate };
var cachedCheckSchema = object(cachedCheckShape);
var cachedLinkSchema = object({
  ...cachedCheckShape,
  reason: string(),
  finalUrl: optional(string()),
  retryAt: optional(isoDate),
  history: array(cachedCheckSchema)
});
var shardReportSchema = object({
  kind: literal(SHARD_REPORT_KIND),
  version: literal(SHARD_REPORT_VERSION),
  shard: object({ index: int().check(_positive()), count: int().check(_positive()) }),
  /** Commit the shard scanned; every shard of one merge must agree. */
  sha: string(),
  /** Canonical URLs this shard was responsible for. */
  urls: array(string()),
  verdicts: array(linkVerdictSchema),
  /** Cache entries (with verdict history) of this shard's URLs after its checks. */
  cache: record(string(), cachedLinkSchema),
  /** Canonical URLs of archived GitHub repositories. */
  archivedRepos: array(string()),
  warnings: array(string())
});
var ShardMergeError = class extends InputError {
  name = "ShardMergeError";
};
function describeZodIssue(issue) {
  const where2 = issue.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "");
  return `${where2 || "(top level)"}: ${issue.message}`;
}
function parseShardReport(text, origin) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ShardMergeError(`${origin}: not valid JSON`);
  }
  const result = shardReportSchema.safeParse(data);
  if (!result.success) {
    const kind = data?.kind;
    if (kind !== SHARD_REPORT_KIND) throw new ShardMergeError(`${origin}: not a tracker-bot shard report`);
    throw new ShardMergeError(`${origin}: invalid shard report: ${describeZodIssue(result.error.issues[0])}`);
  }
  return result.data;
}
function mergeShardReports(reports) {
  if (reports.length === 0) throw new ShardMergeError("merge-reports matched no shard report");
  const count = reports[0].report.shard.count;
  const sha = reports[0].report.sha;
  const byIndex = /* @__PURE__ */ new Map();
  const merged = { count, sha, urls: /* @__PURE__ */ new Set(), verdicts: /* @__PURE__ */ new Map(), cache: /* @__PURE__ */ new Map(), archivedRepos: /* @__PURE__ */ new Set(), warnings: [] };
  for (const { origin, report } of reports) {
    if (report.shard.count !== count) throw new ShardMergeError(`${origin}: shard ${report.shard.index}/${report.shard.count} does not belong to a ${count}-shard scan`);
    if (report.sha !== sha) throw new ShardMergeError(`${origin}: scanned commit ${report.sha.slice(0, 7)}, other shards ${sha.slice(0, 7)}`);
    const previous = byIndex.get(report.shard.index);
    if (previous !== void 0) throw new ShardMergeError(`${origin}: shard ${report.shard.index}/${count} also comes from ${previous}`);
    byIndex.set(report.shard.index, origin);
    for (const url of report.urls) {
      if (merged.urls.has(url)) throw new ShardMergeError(`${origin}: URL ${url} was also checked by another shard`);
      merged.urls.add(url);
    }
    for (const verdict of report.verdicts) merged.verdicts.set(verdict.url, verdict);
    for (const [url, entry] of Object.entries(report.cache)) merged.cache.set(url, entry);
    for (const url of report.archivedRepos) merged.archivedRepos.add(url);
    merged.warnings.push(...report.warnings);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) throw new ShardMergeError(`merge-reports: missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}`);
  return merged;
}

// src/action/scheduled.ts
async function loadTrackers(ctx, plan) {
  const files = [];
  for (const path of plan.paths) {
    const source = await readWorkspaceTracker(ctx.workspace, path);
    files.push(analyseTracker(ctx, path, source));
  }
  return { files, lang: runLang(ctx, files[0]?.source), occurrences: files.flatMap((file) => file.links) };
}
function githubChecker(ctx) {
  const octokit = ctx.octokit;
  if (!octokit) return null;
  return createGitHubRepositoryChecker(
    (repos) => checkRepositories(octokit, repos, {
      onFallback: (error) => warning(`GitHub GraphQL repository check failed (${error.message}); using REST instead.`)
    })
  );
}
async function checkOccurrences(ctx, plan, occurrences, keep) {
  const loaded = await readLinkCacheFile(plan.cachePath);
  const checker = githubChecker(ctx);
  const result = await checkTrackerLinks(occurrences, ctx.config.links, {
    cache: loaded.cache,
    ...checker ? { checkers: [checker] } : {},
    // The token stays with the API checker; link fetches never carry it.
    budgetMs: plan.linkBudgetMs
  });
  loaded.cache.prune(keep);
  await writeLinkCacheFile(loaded.cache, plan.cachePath);
  return {
    verdicts: result.verdicts,
    cache: loaded.cache,
    archivedRepos: new Set(checker?.archived ?? []),
    warnings: [...loaded.warning ? [loaded.warning] : [], ...result.warnings]
  };
}
function checkableUrls(occurrences) {
  return [...new Set(occurrences.map((o) => canonicalizeUrl(o.url)))];
}
async function runShard(ctx, plan, trackers, shard) {
  const mine = new Set(shardUrls(checkableUrls(trackers.occurrences), shard));
  const occurrences = trackers.occurrences.filter((o) => mine.has(canonicalizeUrl(o.url)));
  info(`Shard ${shard.index}/${shard.count}: checking ${mine.size} of ${checkableUrls(trackers.occurrences).length} unique URLs.`);
  const results = await checkOccurrences(ctx, plan, occurrences, new Set(checkableUrls(trackers.occurrences)));
  for (const warning2 of results.warnings) warning(warning2);
  const cache = {};
  for (const url of mine) {
    const entry = results.cache.get(url);
    if (entry) cache[url] = entry;
  }
  const report = {
    kind: SHARD_REPORT_KIND,
    version: SHARD_REPORT_VERSION,
    shard,
    sha: ctx.sha,
    urls: [...mine],
    verdicts: [...results.verdicts.values()].map((verdict) => ({ ...verdict, reason: reasonCode(verdict.reason) })),
    cache,
    archivedRepos: [...results.archivedRepos],
    warnings: results.warnings
  };
  const path = join2(reportDirectory(), shardReportName(shard.index, shard.count));
  await writeFileAtomic(path, JSON.stringify(report) + "\n");
  ctx.outputs.set("report", path);
  const counts = countScanFindings(collectFindings(occurrences, results.verdicts, (url) => results.cache.get(url)?.history, { deadAfter: plan.deadAfter, verdictSettings: verdictSettings(ctx.config.rules) }));
  info(
    `Shard ${shard.index}/${shard.count}: ${counts.dead} confirmed dead, ${counts.moved} moved, ${counts.suspected} suspected, ${counts.blocked} blocked, ${counts.error} failed; report written to ${escapeWorkflowValue(path)}.`
  );
  return 0;
}
async function mergeShards(ctx, plan, reportsGlob, trackers) {
  const paths = await expandReportGlob(reportsGlob, ctx.workspace);
  const reports = [];
  for (const path of paths) {
    let text;
    try {
      text = await readFile2(path, "utf8");
    } catch (error) {
      throw new ShardMergeError(`merge-reports: cannot read ${path} (${error.code ?? error.message})`);
    }
    reports.push({ origin: path, report: parseShardReport(text, path) });
  }
  if (reports.length === 0) throw new ShardMergeError(`merge-reports: no file matches ${reportsGlob}`);
  const merged = mergeShardReports(reports);
  const expected = checkableUrls(trackers.occurrences);
  const unchecked = expected.filter((url) => !merged.urls.has(url));
  if (unchecked.length > 0) {
    throw new ShardMergeError(
      `merge-reports: the shards did not check ${unchecked.length} of the tracker's URLs (e.g. ${unchecked[0]}); were they run on another commit or config?`
    );
  }
  const loaded = await mergeIntoCacheFile(plan.cachePath, merged.cache, new Set(expected));
  info(`Merged ${reports.length} shard reports (${merged.urls.size} URLs).`);
  return {
    verdicts: merged.verdicts,
    cache: loaded.cache,
    archivedRepos: merged.archivedRepos,
    warnings: [.../* @__PURE__ */ new Set([...loaded.warning ? [loaded.warning] : [], ...merged.warnings])]
  };
}
function withLinkRules(ctx, trackers, verdicts) {
  const archived = [];
  const files = trackers.files.map((file) => {
    const checked = withPageFactRules(file, /* @__PURE__ */ new Map(), { config: ctx.config, now: ctx.now, lang: file.lang }, verdicts);
    const found = new Set(checked.diagnostics.filter((d) => !file.diagnostics.includes(d) && ruleById(d.rule)?.usesLinkVerdicts).map((d) => `${d.line}:${d.column}`));
    for (const o of file.links) {
      if (found.has(`${o.line}:${o.column}`) && verdicts.get(canonicalizeUrl(o.url))?.reason.kind === "github-repo-archived") {
        archived.push({ file: o.file, section: o.section, line: o.line, title: o.title, url: o.url });
      }
    }
    return checked;
  });
  return { files, archived };
}
function scheduledExitCode(failOn, listed) {
  return failOn === "warning" && listed.dead + listed.moved > 0 ? 1 : 0;
}
async function runScheduledScan(ctx) {
  const plan = planSchedule(ctx, await workspaceTrackerPaths(ctx.workspace, ctx.inputs.files));
  const trackers = await loadTrackers(ctx, plan);
  if (plan.links.kind === "shard") return runShard(ctx, plan, trackers, plan.links.shard);
  const octokit = ctx.octokit;
  if (!octokit || !plan.issue) throw new InputError("a GitHub token is required to manage the tracking issue (input github-token)");
  const results = plan.links.kind === "merge" ? await mergeShards(ctx, plan, plan.links.reports, trackers) : await checkOccurrences(ctx, plan, trackers.occurrences, new Set(checkableUrls(trackers.occurrences)));
  for (const warning2 of results.warnings) warning(warning2);
  const settings = verdictSettings(ctx.config.rules);
  const findings = collectFindings(trackers.occurrences, results.verdicts, (url) => results.cache.get(url)?.history, { deadAfter: plan.deadAfter, verdictSettings: settings });
  await addArchivedCopies(findings, ctx.config.links);
  const linted = withLinkRules(ctx, trackers, results.verdicts);
  const { archived } = linted;
  const counts = countScanFindings(findings);
  const { lang } = trackers;
  const { owner, repo } = ctx.repo;
  const renderOptions = {
    lang,
    deadAfter: plan.deadAfter,
    scannedAt: ctx.now.toISOString(),
    lineUrl: lineLinker({ serverUrl: ctx.serverUrl, owner, repo, sha: ctx.sha }),
    sections: Object.fromEntries(trackers.files.map((file) => [file.path, file.tracker.sections.map((s) => ({ title: s.title, line: s.line }))])),
    ...ctx.runUrl ? { runUrl: ctx.runUrl } : {}
  };
  const issue = await upsertTrackingIssue(octokit, {
    owner,
    repo,
    label: plan.issue.label,
    labelDescription: issueLabelDescription(lang),
    title: plan.issue.title ?? defaultIssueTitle(lang),
    body: renderIssueBody(findings, archived, renderOptions),
    open: counts.dead + counts.moved > 0,
    closeComment: closeComment(lang)
  });
  if (issue.number !== null) ctx.outputs.set("issue-number", issue.number);
  info(`Tracking issue: ${issue.number === null ? "none needed" : `#${issue.number}`} (${issue.action}).`);
  let fixPr = null;
  if (plan.fixPr) {
    fixPr = await openFixPullRequest(octokit, { ctx, files: trackers.files, verdicts: results.verdicts, lang });
    info(`Fix pull request: ${fixPr.number === null ? "nothing to fix" : `#${fixPr.number}`} (${fixPr.action}).`);
  }
  const fileReports = linted.files.map((file) => toFileReport(file, results.verdicts, settings));
  const listedUrls = new Set(findings.filter((f) => f.kind === "dead" || f.kind === "moved").map((f) => `${f.file}
${f.line}
${f.url}`));
  const annotated = fileReports.map((file) => ({ ...file, links: file.links.filter((l) => listedUrls.has(`${file.path}
${l.line}
${l.url}`)) }));
  const emitted = emitAnnotations(annotated, { priority: (a) => a.source === "link" ? a.level === "error" ? 0 : 1 : 2 });
  const omittedCount = emitted.omitted.error + emitted.omitted.warning;
  const summary = summarize(fileReports, true);
  await writeReportFile(ctx.outputs, buildJsonReport(fileReports, summary));
  const runCounts = { errors: summary.errors, warnings: summary.warnings, deadLinks: counts.dead, redirectedLinks: counts.moved };
  setCountOutputs(ctx.outputs, runCounts);
  const summaryIssue = { number: issue.number, url: issue.url, action: issue.action };
  const summaryOptions = omittedCount > 0 ? { ...renderOptions, annotationsOmitted: { count: omittedCount, limit: ANNOTATIONS_PER_KIND } } : renderOptions;
  await writeJobSummary(renderScanSummary(findings, archived, results.verdicts.size, summaryIssue, { ...summaryOptions, fixPullRequest: fixPr }));
  return scheduledExitCode(plan.failOn, counts);
}
async function addArchivedCopies(findings, links) {
  const dead = findings.filter((f) => f.kind === "dead");
  if (dead.length === 0) return;
  const snapshots = await findArchivedCopies(
    dead.map((f) => f.url),
    { api: links.archiveApi, links, onFailure: (url, reason) => info(`No archived copy for ${escapeWorkflowValue(url)}: ${escapeWorkflowValue(reason)}`) }
  );
  for (const finding of dead) {
    const snapshot = snapshots.get(finding.url);
    if (snapshot) finding.archiveUrl = snapshot.url;
  }
}
export {
  runScheduledScan,
  scheduledExitCode
};
