import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkOccurrences
} from "./chunk-OO3U63WQ.js";
import {
  addPageFactFindings,
  analyseTracker,
  emitAnnotations,
  pageFactsOf,
  toFileReport
} from "./chunk-5IPJRNXN.js";
import {
  planPush,
  runLang
} from "./chunk-AU4YPHUC.js";
import {
  verdictSettings
} from "./chunk-AX7HSMVD.js";
import "./chunk-CDQ4RHY3.js";
import {
  renderJobSummary
} from "./chunk-VPGUKIEH.js";
import {
  writeJobSummary
} from "./chunk-YWETIBPS.js";
import {
  escapeWorkflowValue
} from "./chunk-5YPWWG32.js";
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
} from "./chunk-DFRLRHJO.js";
import "./chunk-QN5TL3GJ.js";
import {
  info
} from "./chunk-6PBNNB3M.js";
import "./chunk-PJQFTWUS.js";
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
