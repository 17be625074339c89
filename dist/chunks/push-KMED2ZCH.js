import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  buildPublishedReport,
  emitAnnotations,
  exitCodeFor,
  lineLinker,
  readWorkspaceTracker,
  renderJobSummary,
  setCountOutputs,
  workspaceTrackerPaths,
  writeJobSummary,
  writeReportFile
} from "./chunk-TNJYK4BX.js";
import "./chunk-IJVBHG5N.js";
import {
  escapeWorkflowValue
} from "./chunk-MZU4NVIZ.js";
import "./chunk-GIB4PSQN.js";
import {
  applyInputOverrides
} from "./chunk-2H53ADRL.js";
import {
  checkOccurrences,
  linkScopeFor
} from "./chunk-KNTYTWFO.js";
import {
  info
} from "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import {
  analyzeSource,
  countFindings,
  pageFactsOf,
  toFileReport,
  withPageFactRules
} from "./chunk-LC77XD5H.js";
import "./chunk-C4OUAXN4.js";
import "./chunk-2C5J6W6N.js";
import "./chunk-3Y2NLIWH.js";

// src/action/push.ts
async function runPush(ctx) {
  const config = applyInputOverrides(ctx.config, { allowPrivateHosts: ctx.inputs.allowPrivateHosts, sortOff: ctx.inputs.sort === "off" });
  const lang = ctx.inputs.lang === "auto" ? void 0 : ctx.inputs.lang;
  const paths = await workspaceTrackerPaths(ctx.workspace, ctx.inputs.files);
  info(`tracker-bot: checking ${paths.length} tracker file(s)${paths.length ? `: ${escapeWorkflowValue(paths.join(", "))}` : ""}`);
  const withLinks = linkScopeFor(ctx.inputs.checkLinks, "push") !== "none";
  const analyzed = [];
  for (const path of paths) {
    analyzed.push(analyzeSource(path, await readWorkspaceTracker(ctx.workspace, path), { config, now: ctx.now, extractLinks: withLinks, ...lang ? { lang } : {} }));
  }
  let verdicts;
  if (withLinks) verdicts = await checkOccurrences(analyzed.flatMap((file) => file.links), config, ctx.octokit, "push");
  const pageFacts = verdicts ? pageFactsOf(verdicts) : /* @__PURE__ */ new Map();
  const reports = analyzed.map((file) => toFileReport(withPageFactRules(file, pageFacts, { config, now: ctx.now, ...lang ? { lang } : {} }), verdicts));
  const reportLang = lang ?? reports[0]?.lang ?? (config.lang === "auto" ? "en" : config.lang);
  const counts = countFindings(reports);
  setCountOutputs(counts);
  const annotations = emitAnnotations(reports);
  const lineUrl = lineLinker({ serverUrl: ctx.serverUrl, ...ctx.repo, sha: ctx.sha });
  await writeJobSummary(renderJobSummary(reports, { lang: reportLang, annotations, withLinks, lineUrl }));
  await writeReportFile(buildPublishedReport(reports, [], withLinks, { lang: reportLang }));
  return exitCodeFor(counts, ctx.inputs.failOn);
}
export {
  runPush
};
