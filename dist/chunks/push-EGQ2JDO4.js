import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkOccurrences
} from "./chunk-RUZOLIFE.js";
import {
  addPageFactFindings,
  analyseTracker,
  emitAnnotations,
  pageFactsOf,
  toFileReport
} from "./chunk-SCKDPFWS.js";
import {
  planPush,
  runLang
} from "./chunk-U6G5L5PY.js";
import {
  verdictSettings
} from "./chunk-4BSSOOML.js";
import "./chunk-K4UP46NN.js";
import {
  renderJobSummary
} from "./chunk-QZUUDRMD.js";
import {
  writeJobSummary
} from "./chunk-JV5ILYRR.js";
import {
  escapeWorkflowValue
} from "./chunk-AIZHHJD2.js";
import {
  buildPublishedReport,
  countFindings,
  exitCodeFor,
  setCountOutputs,
  writeReportFile
} from "./chunk-OU5XIMBM.js";
import "./chunk-GIB4PSQN.js";
import {
  lineLinker,
  readWorkspaceTracker,
  workspaceTrackerPaths
} from "./chunk-3JWB2D5B.js";
import "./chunk-NGM45MBB.js";
import {
  info
} from "./chunk-233KTPYA.js";
import "./chunk-GELHWYJT.js";
import "./chunk-2PA26Z6Y.js";
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
