import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  UsageError,
  loadConfigFile,
  readTrackerFile
} from "./chunk-ZVD4DUZX.js";
import {
  RULES,
  extractLinks,
  lintTracker,
  ruleSettings,
  sortByPosition
} from "./chunk-FERNT3OZ.js";
import {
  parseTracker,
  requireChunkOnFirstUse,
  resolveSchema
} from "./chunk-3Z7GGO6U.js";
import {
  canonicalizeUrl,
  detectLang
} from "./chunk-DIFKNW75.js";

// src/report/model.ts
var VERDICTS = ["dead", "redirected", "blocked", "error", "alive", "skipped"];
function countFindings(files) {
  const links = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  const byRule = /* @__PURE__ */ new Map();
  let ruleErrors = 0;
  let ruleWarnings = 0;
  let fixable = 0;
  let movedErrors = 0;
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === "error") ruleErrors++;
      else ruleWarnings++;
      if (d.fixable) fixable++;
      byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    }
    for (const link of file.links) {
      links[link.verdict]++;
      if (link.verdict === "redirected" && link.severity === "error") movedErrors++;
    }
  }
  return {
    errors: ruleErrors + links.dead + movedErrors,
    warnings: ruleWarnings + links.redirected - movedErrors,
    deadLinks: links.dead,
    redirectedLinks: links.redirected,
    fixable,
    ruleErrors,
    ruleWarnings,
    byRule,
    links
  };
}
function summarize(files, withLinks) {
  const counts = countFindings(files);
  const summary = { errors: counts.ruleErrors, warnings: counts.ruleWarnings, fixable: counts.fixable };
  if (withLinks) summary.links = counts.links;
  return summary;
}
function toReportedLink(occurrence, verdict) {
  const link = {
    url: occurrence.url,
    line: occurrence.line,
    section: occurrence.section,
    title: occurrence.title,
    verdict: verdict.verdict,
    status: verdict.status,
    reason: verdict.reason,
    ms: verdict.ms
  };
  if (verdict.finalUrl && verdict.finalUrl !== occurrence.url) link.finalUrl = verdict.finalUrl;
  if (verdict.retryAt) {
    link.retryAt = verdict.retryAt;
    link.checkedAt = verdict.checkedAt;
  }
  if (verdict.facts) link.facts = verdict.facts;
  return link;
}

// src/app/analyze.ts
function resolveLang(source, config, override) {
  if (override) return override;
  return config.lang === "auto" ? detectLang(source) : config.lang;
}
function parseSource(path, source, options) {
  const tracker = parseTracker(source);
  const links = options.extractLinks === false ? [] : extractLinks(tracker, resolveSchema(options.config, tracker), path);
  let lang;
  return {
    path,
    source,
    get lang() {
      return lang ??= resolveLang(source, options.config, options.lang);
    },
    tracker,
    links
  };
}
function lintParsed(file, options) {
  const diagnostics = lintTracker(file.tracker, {
    config: options.config,
    lang: file.lang,
    now: options.now ?? /* @__PURE__ */ new Date(),
    ...options.focusLines ? { focusLines: options.focusLines } : {},
    ...options.fixes === false ? { fixes: false } : {}
  });
  return { ...file, diagnostics };
}
function wantsPageFacts(config) {
  return config.links.factsBytes > 0 && RULES.some((rule) => rule.usesPageFacts && ruleSettings(rule, config.rules[rule.id]).setting !== "off");
}
function pageFactsOf(verdicts, only) {
  const wanted = only ? new Set(only.map((o) => canonicalizeUrl(o.url.trim()))) : null;
  const facts = /* @__PURE__ */ new Map();
  for (const [url, verdict] of verdicts) {
    if (verdict.facts && (!wanted || wanted.has(url))) facts.set(url, verdict.facts);
  }
  return facts;
}
function withPageFactRules(file, pageFacts, options, linkVerdicts) {
  if (pageFacts.size === 0 && !linkVerdicts?.size) return file;
  const found = lintTracker(file.tracker, {
    config: options.config,
    lang: file.lang,
    now: options.now ?? /* @__PURE__ */ new Date(),
    ...pageFacts.size > 0 ? { pageFacts } : {},
    ...linkVerdicts?.size ? { linkVerdicts } : {},
    ...options.fixes === false ? { fixes: false } : {},
    onlyPageFactRules: true
  });
  const owned = new Set(RULES.filter((rule) => rule.ownsVerdict).map((rule) => rule.id));
  const verdictFindings = found.filter((d) => owned.has(d.rule));
  const added = found.filter((d) => !owned.has(d.rule));
  return {
    ...file,
    diagnostics: added.length === 0 ? file.diagnostics : sortByPosition([...file.diagnostics, ...added]),
    ...verdictFindings.length > 0 ? { verdictFindings } : {}
  };
}
function toFileReport(file, verdicts, settings) {
  const links = [];
  if (verdicts) {
    for (const occurrence of file.links) {
      const verdict = verdicts.get(canonicalizeUrl(occurrence.url));
      if (!verdict) continue;
      const setting = settings?.get(verdict.verdict);
      if (setting === "off") continue;
      const link = toReportedLink(occurrence, verdict);
      if (setting) link.severity = setting;
      links.push(link);
    }
  }
  const rowTitles = {};
  for (const occurrence of file.links) if (occurrence.title && !(occurrence.line in rowTitles)) rowTitles[occurrence.line] = occurrence.title;
  const sections = file.tracker.sections.map((section) => ({ title: section.title, line: section.line }));
  return { path: file.path, lang: file.lang, diagnostics: file.diagnostics, links, rowTitles, sections };
}

// src/io/find-files.ts
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";

// scripts/shims/picomatch.mjs
var load = requireChunkOnFirstUse("picomatch.cjs");
function picomatch(...args) {
  return load()(...args);
}
picomatch.scan = (...args) => load().scan(...args);

// src/io/find-files.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var PLAIN_PATH = /^(?!\.\/)(?!.*\/\/)(?!.*\/$)[\p{L}\p{N}\p{M} _.\-~#%&=;:,<>/]+$/u;
function isPlainPath(pattern) {
  return PLAIN_PATH.test(pattern);
}
function isGlobPattern(pattern) {
  return !isPlainPath(pattern) && picomatch.scan(pattern).isGlob;
}
async function walk(root, dir, out) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(root, join(dir, entry.name), out);
    } else if (entry.isFile()) {
      out.push(relative(root, join(dir, entry.name)).split("\\").join("/"));
    }
  }
}
async function listFiles(root, options = {}) {
  const all = [];
  try {
    await walk(root, root, all);
  } catch (error) {
    if (!options.missingOk) throw error;
  }
  return all.sort();
}
async function findTrackerFiles(patterns, root = ".") {
  const literal = patterns.filter((p) => !isGlobPattern(p));
  const globs = patterns.filter(isGlobPattern);
  const found = new Set(literal);
  if (globs.length > 0) {
    const isMatch = picomatch(globs, { dot: false });
    for (const file of await listFiles(root)) if (isMatch(file)) found.add(file);
  }
  return [...found];
}

// src/cli/load-files.ts
async function loadInputs(fileArgs, configPath) {
  const { config } = await loadConfigFile(configPath);
  const paths = fileArgs.length > 0 ? fileArgs : await findTrackerFiles(config.files);
  if (paths.length === 0) throw new UsageError(`no tracker files match ${config.files.join(", ")}`);
  const files = [];
  for (const path of paths) files.push({ path, source: await readTrackerFile(path) });
  return { config, files };
}

export {
  countFindings,
  summarize,
  resolveLang,
  parseSource,
  lintParsed,
  wantsPageFacts,
  pageFactsOf,
  withPageFactRules,
  toFileReport,
  loadInputs
};
