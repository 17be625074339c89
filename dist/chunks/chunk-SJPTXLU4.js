import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

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
function countScanFindings(findings) {
  const counts = { dead: 0, moved: 0, suspected: 0, blocked: 0, error: 0 };
  for (const finding of findings) counts[finding.kind]++;
  return counts;
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

export {
  VERDICTS,
  countFindings,
  summarize,
  countScanFindings,
  toReportedLink
};
