import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkOccurrences
} from "./chunk-WPZNSDLS.js";
import {
  addPageFactFindings,
  analyseTracker,
  emitAnnotations
} from "./chunk-ECRWNNCN.js";
import {
  renderJobSummary,
  writeJobSummary
} from "./chunk-GQFAVAE7.js";
import {
  pageFactsOf,
  toFileReport
} from "./chunk-B5MKCHRN.js";
import "./chunk-PHRZ67U5.js";
import "./chunk-NL6LW24D.js";
import {
  escapeWorkflowValue
} from "./chunk-A6V7F5PK.js";
import {
  planPush,
  runLang
} from "./chunk-BIOF6QEL.js";
import {
  buildPublishedReport,
  exitCodeFor,
  setCountOutputs,
  writeReportFile
} from "./chunk-IFIUMPSK.js";
import {
  lineLinker,
  readWorkspaceTracker,
  workspaceTrackerPaths
} from "./chunk-ITNFHTT2.js";
import {
  info
} from "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-VXISJ4J4.js";
import "./chunk-GV6FIZIV.js";
import {
  countFindings
} from "./chunk-F3JR6IQ4.js";
import "./chunk-47Q2WM5Y.js";
import "./chunk-QX3Y4KTU.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-2C5J6W6N.js";
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
  const reports = analyzed.map((file) => toFileReport(addPageFactFindings(ctx, file, pageFacts), verdicts));
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
