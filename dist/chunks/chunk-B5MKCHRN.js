import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  lintTracker,
  ruleSettings,
  sortByPosition
} from "./chunk-VXISJ4J4.js";
import {
  toReportedLink
} from "./chunk-F3JR6IQ4.js";
import {
  RULES,
  boundTablesOf,
  detectLang,
  isDecoratedLink,
  linksInCell,
  parseLinkCell,
  parseTracker,
  resolveSchema
} from "./chunk-QX3Y4KTU.js";
import {
  canonicalizeUrl
} from "./chunk-2C5J6W6N.js";

// src/core/extract-links.ts
function* linkCells(tracker, schema) {
  for (const { section, table, bound } of boundTablesOf(tracker, schema)) {
    const linkColumns = bound.byCell.flatMap((column, index) => column?.type === "link" || column?.type === "links" ? [{ index, type: column.type }] : []);
    if (linkColumns.length === 0) continue;
    for (const row of table.rows) {
      for (const { index, type } of linkColumns) {
        const cell = row.cells[index];
        if (!cell) continue;
        if (type === "links") {
          for (const link of linksInCell(cell, tracker.source)) if (/^https?:\/\//i.test(link.url)) yield { section, row, cell, link };
          continue;
        }
        const parsed = parseLinkCell(cell, tracker.source);
        if (parsed.ok) yield { section, row, cell, link: parsed.value };
        else if (isDecoratedLink(cell, tracker.source)) yield { section, row, cell, link: linksInCell(cell, tracker.source)[0] };
      }
    }
  }
}
function extractLinks(tracker, schema, file) {
  const links = [];
  for (const { section, row, cell, link } of linkCells(tracker, schema)) {
    links.push({ file, url: link.url, line: row.line, column: cell.span.start.column, section: section.title, title: link.text });
  }
  return links;
}

// src/app/analyze.ts
function resolveLang(source, config, override) {
  if (override) return override;
  return config.lang === "auto" ? detectLang(source) : config.lang;
}
function parseSource(path, source, options) {
  const lang = resolveLang(source, options.config, options.lang);
  const tracker = parseTracker(source);
  const links = options.extractLinks === false ? [] : extractLinks(tracker, resolveSchema(options.config, tracker), path);
  return { path, source, lang, tracker, links };
}
function lintParsed(file, options) {
  const diagnostics = lintTracker(file.tracker, {
    config: options.config,
    lang: file.lang,
    now: options.now ?? /* @__PURE__ */ new Date(),
    ...options.focusLines ? { focusLines: options.focusLines } : {}
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
function withPageFactRules(file, pageFacts, options) {
  if (pageFacts.size === 0) return file;
  const found = lintTracker(file.tracker, { config: options.config, lang: file.lang, now: options.now ?? /* @__PURE__ */ new Date(), pageFacts, onlyPageFactRules: true });
  if (found.length === 0) return file;
  return { ...file, diagnostics: sortByPosition([...file.diagnostics, ...found]) };
}
function toFileReport(file, verdicts) {
  const links = [];
  if (verdicts) {
    for (const occurrence of file.links) {
      const verdict = verdicts.get(canonicalizeUrl(occurrence.url));
      if (verdict) links.push(toReportedLink(occurrence, verdict));
    }
  }
  const rowTitles = {};
  for (const occurrence of file.links) if (occurrence.title && !(occurrence.line in rowTitles)) rowTitles[occurrence.line] = occurrence.title;
  const sections = file.tracker.sections.map((section) => ({ title: section.title, line: section.line }));
  return { path: file.path, lang: file.lang, diagnostics: file.diagnostics, links, rowTitles, sections };
}

export {
  linkCells,
  resolveLang,
  parseSource,
  lintParsed,
  analyzeSource,
  wantsPageFacts,
  pageFactsOf,
  withPageFactRules,
  toFileReport
};
