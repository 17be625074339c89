import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  lintTracker,
  ruleSettings,
  sortByPosition
} from "./chunk-SINAV7QO.js";
import {
  capAnnotations,
  renderAnnotation
} from "./chunk-MXWROGEJ.js";
import {
  toReportedLink
} from "./chunk-66EQE7WX.js";
import {
  RULES,
  extractLinks,
  parseTracker,
  resolveSchema
} from "./chunk-7XZYIZTT.js";
import {
  canonicalizeUrl,
  detectLang
} from "./chunk-6UP4LFZW.js";

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
function analyzeSource(path, source, options) {
  return lintParsed(parseSource(path, source, options), options);
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

// src/action/analyse.ts
function analyzeOptions(settings) {
  return { config: settings.config, now: settings.now, ...settings.lang ? { lang: settings.lang } : {} };
}
function analyseTracker(settings, path, source, options = {}) {
  return analyzeSource(path, source, { ...analyzeOptions(settings), ...options });
}
function addPageFactFindings(settings, file, pageFacts, verdicts) {
  return withPageFactRules(file, pageFacts, analyzeOptions(settings), verdicts);
}

// src/action/annotations.ts
function emitAnnotations(files, options = {}) {
  const write = options.write ?? ((line) => void process.stdout.write(`${line}
`));
  const { shownAnnotations, shown, omitted } = capAnnotations(files, options);
  for (const annotation of shownAnnotations) write(renderAnnotation(annotation));
  return { shown, omitted };
}

export {
  wantsPageFacts,
  pageFactsOf,
  withPageFactRules,
  toFileReport,
  analyseTracker,
  addPageFactFindings,
  emitAnnotations
};
