import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  defaultConfig
} from "./chunk-VRCVEGMT.js";
import {
  InputError,
  matchTrackerPaths,
  readFile,
  splitPatterns,
  workflowRunUrl,
  workspacePath
} from "./chunk-IGXHPRD4.js";
import {
  getInput
} from "./chunk-6PBNNB3M.js";
import {
  ROW_ORDER_RULE_IDS
} from "./chunk-7XZYIZTT.js";
import {
  detectLang
} from "./chunk-6UP4LFZW.js";

// src/action/plan.ts
import { resolve } from "node:path";
var SUPPORTED_EVENTS = "pull_request, pull_request_target, push, issue_comment, schedule, workflow_dispatch, or report-from";
function runKindOf(settings) {
  if (settings.inputs.reportFrom) return "publish-report";
  switch (settings.eventName) {
    case "pull_request":
    case "pull_request_target":
      return "pull-request";
    case "push":
      return "push";
    case "issue_comment":
      return "fix-command";
    case "schedule":
    case "workflow_dispatch":
      return "schedule";
    default:
      return null;
  }
}
function linkScopeFor(mode, event) {
  if (mode !== "auto") return mode;
  return event === "pull_request" ? "changed" : event === "schedule" ? "all" : "none";
}
var DEFAULT_LINK_BUDGET_MS = { pull_request: 10 * 6e4, push: 10 * 6e4, schedule: 60 * 6e4 };
function linkBudgetMs(settings, event) {
  return settings.config.links.budget ?? DEFAULT_LINK_BUDGET_MS[event];
}
function needsApi(settings) {
  const kind = runKindOf(settings);
  if (kind === null) return false;
  return kind !== "push" || linkScopeFor(settings.inputs.checkLinks, "push") !== "none";
}
function planPush(settings, paths) {
  return {
    paths: [...paths],
    checkLinks: linkScopeFor(settings.inputs.checkLinks, "push") !== "none",
    linkBudgetMs: linkBudgetMs(settings, "push"),
    failOn: settings.inputs.failOn
  };
}
function planPullRequest(settings, pr, files) {
  const paths = matchTrackerPaths(
    files.filter((file) => file.status !== "removed").map((file) => file.path),
    settings.inputs.files
  );
  let readFrom = { kind: "workspace" };
  if (settings.eventName === "pull_request_target") {
    if (!pr.headRepo) throw new InputError("the pull request head repository no longer exists");
    const [owner = "", repo = ""] = pr.headRepo.split("/");
    readFrom = { kind: "api", repo: { owner, repo }, ref: pr.headSha };
  }
  const sortForkFallback = settings.inputs.sort === "commit" && !pr.isSameRepo;
  return {
    paths,
    readFrom,
    focus: settings.inputs.scope,
    links: linkScopeFor(settings.inputs.checkLinks, "pull_request"),
    linkBudgetMs: linkBudgetMs(settings, "pull_request"),
    sort: sortForkFallback ? "suggest" : settings.inputs.sort,
    sortForkFallback,
    comment: settings.inputs.comment,
    suggestions: settings.inputs.suggestions,
    failOn: settings.inputs.failOn
  };
}
function planSchedule(settings, paths) {
  const { inputs } = settings;
  if (paths.length === 0) throw new InputError(`input files: no tracker file matches ${inputs.files.join(", ")}`);
  if (inputs.shard && inputs.mergeReports) throw new InputError("inputs shard and merge-reports cannot be used together");
  const links = inputs.shard ? { kind: "shard", shard: inputs.shard } : inputs.mergeReports ? { kind: "merge", reports: inputs.mergeReports } : { kind: "all" };
  return {
    paths: [...paths],
    links,
    linkBudgetMs: linkBudgetMs(settings, "schedule"),
    cachePath: resolve(settings.workspace, inputs.cachePath),
    deadAfter: inputs.deadAfter,
    issue: links.kind === "shard" ? null : { label: inputs.issueLabel, title: inputs.issueTitle || null },
    fixPr: links.kind !== "shard" && inputs.fixPr,
    failOn: inputs.failOn
  };
}
var FIX_COMMAND = /^\/tracker-bot\s+fix(?:\s|$)/;
function planFixCommand(comment) {
  if (!comment || !comment.isPullRequest || comment.action !== void 0 && comment.action !== "created") {
    return { kind: "ignore", log: "not a new comment on a pull request; nothing to do" };
  }
  if (!FIX_COMMAND.test(comment.body.trim()) || comment.userType === "Bot") {
    return { kind: "ignore", log: "the comment is not a /tracker-bot fix command; nothing to do" };
  }
  return { kind: "authorize", login: comment.login, authorAssociation: comment.authorAssociation, pullNumber: comment.issueNumber };
}
function planFixCommit(settings, pr, files) {
  const paths = matchTrackerPaths(files.filter((file) => file.status !== "removed").map((file) => file.path), settings.inputs.files);
  if (pr.state !== "open") return { kind: "reply", reason: "not-open", paths };
  if (!pr.isSameRepo) return { kind: "reply", reason: "not-same-repo", paths };
  if (paths.length === 0) return { kind: "reply", reason: "no-files", paths };
  return { kind: "commit", paths, branch: pr.headRef };
}

// src/config/load.ts
import { readFileSync } from "node:fs";
async function parseConfig(text2, origin = DEFAULT_CONFIG_PATH) {
  if (text2.trim() === "") return defaultConfig();
  const [{ parseDocument }, { validateConfig }] = await Promise.all([import("./yaml-4BK3AF6Z.js"), import("./validate-QEAEPOCM.js")]);
  const doc = parseDocument(text2, { uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.linePos?.[0];
    const where = pos ? `${origin}:${pos.line}:${pos.col}` : origin;
    throw new ConfigError(`${where}: invalid YAML: ${yamlError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  return validateConfig(doc.toJS() ?? {}, origin);
}
async function loadConfigFile(path, options = {}) {
  const target = path ?? DEFAULT_CONFIG_PATH;
  const optional = options.optional ?? path === void 0;
  let text2;
  try {
    text2 = readFileSync(options.root === void 0 ? target : await workspacePath(options.root, target), "utf8");
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(error.message);
    const code = error.code;
    if (code === "ENOENT" && optional) return { config: defaultConfig(), path: null };
    if (code === "ENOENT") throw new ConfigError(`${target}: config file not found${options.missingHint ? ` ${options.missingHint}` : ""}`);
    if (code === "EISDIR") throw new ConfigError(`${target}: is a directory, not a config file`);
    throw new ConfigError(`${target}: cannot read config (${code ?? "unknown error"})`);
  }
  return { config: await parseConfig(text2, target), path: target };
}

// action-inputs:virtual:action-inputs
var virtual_action_inputs_default = { "github-token": "${{ github.token }}", "files": "README.md", "config": ".tracker-bot.yml", "scope": "changed", "check-links": "auto", "comment": "true", "suggestions": "true", "sort": "check", "fail-on": "error", "allow-private-hosts": "false", "lang": "auto", "report-from": "", "cache-path": ".tracker-bot/cache.json", "dead-after": "2", "issue-label": "dead-links", "issue-title": "", "shard": "", "merge-reports": "", "fix-pr": "false" };

// src/action/settings.ts
import { readFile as readFile2 } from "node:fs/promises";
function spec(name, parse, outsideRunner) {
  const defaultValue = virtual_action_inputs_default[name];
  if (defaultValue === void 0) throw new Error(`input ${name} is not declared in action.yml`);
  return { name, default: defaultValue, parse, ...outsideRunner ? { outsideRunner } : {} };
}
var text = (value) => value;
function choice(allowed) {
  return (value, name) => {
    if (!allowed.includes(value)) throw new InputError(`input ${name}: "${value}" is not one of ${allowed.join(", ")}`);
    return value;
  };
}
function bool(value, name) {
  const lower = value.toLowerCase();
  if (["true", "yes", "1", "on"].includes(lower)) return true;
  if (["false", "no", "0", "off"].includes(lower)) return false;
  throw new InputError(`input ${name}: "${value}" is not a boolean (true or false)`);
}
function positiveInt(value, name) {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`input ${name}: "${value}" is not a positive whole number`);
  return Number(value);
}
function parseShard(value) {
  if (value === "") return null;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError(`input shard: "${value}" is not of the form i/n with 1 \u2264 i \u2264 n`);
  }
  return { index, count };
}
var INPUTS = {
  githubToken: spec("github-token", text, () => process.env.GITHUB_TOKEN ?? ""),
  files: spec("files", splitPatterns),
  config: spec("config", text),
  scope: spec("scope", choice(["changed", "all"])),
  checkLinks: spec("check-links", choice(["auto", "changed", "all", "none"])),
  comment: spec("comment", bool),
  suggestions: spec("suggestions", bool),
  sort: spec("sort", choice(["check", "suggest", "commit", "off"])),
  failOn: spec("fail-on", choice(["error", "warning", "never"])),
  allowPrivateHosts: spec("allow-private-hosts", bool),
  lang: spec("lang", choice(["auto", "en", "zh"])),
  reportFrom: spec("report-from", text),
  cachePath: spec("cache-path", text),
  deadAfter: spec("dead-after", positiveInt),
  issueLabel: spec("issue-label", text),
  issueTitle: spec("issue-title", text),
  shard: spec("shard", parseShard),
  mergeReports: spec("merge-reports", text),
  fixPr: spec("fix-pr", bool)
};
function readInputs(read = (name) => getInput(name)) {
  const values = {};
  for (const [field, input] of Object.entries(INPUTS)) {
    const given = read(input.name).trim();
    const raw = given !== "" ? given : input.outsideRunner && input.default.includes("${{") ? input.outsideRunner() : input.default;
    values[field] = input.parse(raw, input.name);
  }
  return values;
}
function isPullRequestEvent(eventName) {
  return eventName === "pull_request" || eventName === "pull_request_target";
}
function withConfig(settings, config, configOrigin) {
  const merged = { ...config, links: { ...config.links }, rules: { ...config.rules } };
  if (settings.inputs.allowPrivateHosts) merged.links.allowPrivateHosts = true;
  if (settings.inputs.sort === "off") for (const id of ROW_ORDER_RULE_IDS) merged.rules[id] = "off";
  const lang = settings.inputs.lang !== "auto" ? settings.inputs.lang : merged.lang !== "auto" ? merged.lang : null;
  return { ...settings, config: merged, configOrigin, lang };
}
function langOf(settings, source) {
  return settings.lang ?? detectLang(source);
}
function runLang(settings, firstSource) {
  return settings.lang ?? (firstSource === void 0 ? "en" : detectLang(firstSource));
}
function required(env, name) {
  const value = env[name];
  if (!value) throw new InputError(`${name} is not set; tracker-bot runs as a GitHub Action step`);
  return value;
}
async function readPayload(path) {
  if (!path) return {};
  let body;
  try {
    body = await readFile2(path, "utf8");
  } catch {
    throw new InputError(`cannot read the event payload at GITHUB_EVENT_PATH (${path})`);
  }
  try {
    const payload = JSON.parse(body);
    return typeof payload === "object" && payload !== null ? payload : {};
  } catch {
    throw new InputError("the event payload at GITHUB_EVENT_PATH is not valid JSON");
  }
}
async function buildSettings(env = process.env, now = /* @__PURE__ */ new Date()) {
  const inputs = readInputs();
  const [owner = "", repo = ""] = required(env, "GITHUB_REPOSITORY").split("/");
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  const serverUrl = env["GITHUB_SERVER_URL"] || "https://github.com";
  const runId = env["GITHUB_RUN_ID"];
  const base = {
    inputs,
    repo: { owner, repo },
    eventName,
    payload: await readPayload(env["GITHUB_EVENT_PATH"]),
    workspace,
    sha: env["GITHUB_SHA"] ?? "",
    serverUrl,
    runUrl: runId ? workflowRunUrl({ serverUrl, owner, repo }, runId) : null,
    refBranch: env["GITHUB_REF_NAME"] && env["GITHUB_REF_TYPE"] !== "tag" ? env["GITHUB_REF_NAME"] : null,
    now
  };
  if (isPullRequestEvent(eventName) && !inputs.reportFrom) return withConfig(base, defaultConfig(), "defaults");
  return withConfig(base, await loadWorkspaceConfig(workspace, inputs.config), "workspace");
}

// src/action/config.ts
function repositoryPath(path) {
  return path.replace(/^\.\//, "");
}
async function loadWorkspaceConfig(workspace, path) {
  const optional = repositoryPath(path) === DEFAULT_CONFIG_PATH;
  return (await loadConfigFile(path, { root: workspace, optional, missingHint: '(input "config")' })).config;
}
async function loadBaseBranchConfig(octokit, repo, path, baseRef, label) {
  const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path: repositoryPath(path), ref: baseRef });
  return file === null ? null : parseConfig(file.content, `${repositoryPath(path)} (base branch ${label})`);
}
async function loadPullRequestConfig(octokit, repo, path, baseSha, baseRef) {
  const base = await loadBaseBranchConfig(octokit, repo, path, baseSha, baseRef);
  return base ? { config: base, origin: "base-branch" } : { config: defaultConfig(), origin: "defaults" };
}
async function withPullRequestConfig(settings, octokit, base) {
  const chosen = await loadPullRequestConfig(octokit, settings.repo, settings.inputs.config, base.sha, base.ref);
  return { ...settings, ...withConfig(settings, chosen.config, chosen.origin) };
}

export {
  SUPPORTED_EVENTS,
  runKindOf,
  needsApi,
  planPush,
  planPullRequest,
  planSchedule,
  planFixCommand,
  planFixCommit,
  withPullRequestConfig,
  langOf,
  runLang,
  buildSettings
};
