import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkOccurrences
} from "./chunk-HQECDCXE.js";
import {
  addPageFactFindings,
  analyseTracker,
  emitAnnotations,
  pageFactsOf,
  toFileReport
} from "./chunk-BGONX66B.js";
import {
  planPush,
  runLang
} from "./chunk-AXWNJ5VT.js";
import {
  verdictSettings
} from "./chunk-45A4BJWD.js";
import "./chunk-BD4GHT4S.js";
import {
  renderJobSummary
} from "./chunk-RRLNUBI2.js";
import {
  writeJobSummary
} from "./chunk-ARUXUHCW.js";
import {
  escapeWorkflowValue
} from "./chunk-QOY2R4A5.js";
import {
  buildPublishedReport,
  countFindings,
  exitCodeFor,
  setCountOutputs,
  writeReportFile
} from "./chunk-DFO5CAH6.js";
import "./chunk-GIB4PSQN.js";
import {
  lineLinker,
  readWorkspaceTracker,
  workspaceTrackerPaths
} from "./chunk-UCNYZOK4.js";
import "./chunk-FFEGIR7C.js";
import {
  info
} from "./chunk-6PBNNB3M.js";
import "./chunk-KY7A5PJ5.js";
import "./chunk-LOSQUJ7D.js";
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
