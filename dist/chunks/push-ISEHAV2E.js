import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkOccurrences
} from "./chunk-SVOAVWIM.js";
import {
  addPageFactFindings,
  analyseTracker,
  emitAnnotations,
  pageFactsOf,
  toFileReport
} from "./chunk-MYP532LJ.js";
import {
  planPush,
  runLang
} from "./chunk-CUJBB4E4.js";
import {
  verdictSettings
} from "./chunk-SINAV7QO.js";
import "./chunk-VRCVEGMT.js";
import {
  renderJobSummary
} from "./chunk-KRHT5ZGR.js";
import {
  writeJobSummary
} from "./chunk-MXWROGEJ.js";
import {
  escapeWorkflowValue
} from "./chunk-A7EWG6JG.js";
import {
  buildPublishedReport,
  countFindings,
  exitCodeFor,
  setCountOutputs,
  writeReportFile
} from "./chunk-66EQE7WX.js";
import "./chunk-GIB4PSQN.js";
import {
  lineLinker,
  readWorkspaceTracker,
  workspaceTrackerPaths
} from "./chunk-IGXHPRD4.js";
import "./chunk-QN5TL3GJ.js";
import {
  info
} from "./chunk-6PBNNB3M.js";
import "./chunk-7XZYIZTT.js";
import "./chunk-6UP4LFZW.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-3Y2NLIWH.js";

// src/action/push.ts
async function runPush(ctx) {
  const plan = planPush(ctx, await workspaceTrackerPaths(ctx.workspace, ctx.inputs.files));
  info(`tracker-bot: checking ${plan.paths.length} tracker file(s)${plan.paths.length ? `: ${escapeWorkflowValue(plan.paths.join(", "))}` : ""}`);
  const analyzed = [];
  for (const path of plan.paths) {
    analyzed.push(analyseTracker(ctx, path, await readWorkspaceTracker(ctx.workspace, path), { extractLinks: plan.checkLinks }));
  }
  let verdicts;
  if (plan.checkLinks) verdicts = await checkOccurrences(analyzed.flatMap((file) => file.links), ctx.config, ctx.octokit, plan.linkBudgetMs);
  const pageFacts = verdicts ? pageFactsOf(verdicts) : /* @__PURE__ */ new Map();
  const reports = analyzed.map((file) => toFileReport(addPageFactFindings(ctx, file, pageFacts, verdicts), verdicts, verdictSettings(ctx.config.rules)));
  const reportLang = runLang(ctx, analyzed[0]?.source);
  const counts = countFindings(reports);
  setCountOutputs(ctx.outputs, counts);
  const annotations = emitAnnotations(reports);
  const lineUrl = lineLinker({ serverUrl: ctx.serverUrl, ...ctx.repo, sha: ctx.sha });
  await writeJobSummary(renderJobSummary(reports, { lang: reportLang, annotations, withLinks: plan.checkLinks, lineUrl }));
  await writeReportFile(ctx.outputs, buildPublishedReport(reports, [], plan.checkLinks, { lang: reportLang }));
  return exitCodeFor(counts, plan.failOn);
}
export {
  runPush
};
