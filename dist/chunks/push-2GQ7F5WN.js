import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkOccurrences
} from "./chunk-MKER6YYW.js";
import {
  addPageFactFindings,
  analyseTracker,
  emitAnnotations
} from "./chunk-ROIUWNPJ.js";
import {
  renderJobSummary
} from "./chunk-HGJ3ZDIR.js";
import {
  writeJobSummary
} from "./chunk-UKW3H6H3.js";
import {
  pageFactsOf,
  toFileReport
} from "./chunk-OUU6IZDC.js";
import "./chunk-F5PHMIYO.js";
import "./chunk-NL6LW24D.js";
import {
  escapeWorkflowValue
} from "./chunk-3ZQIIJZP.js";
import {
  planPush,
  runLang
} from "./chunk-QBQMXSVK.js";
import {
  buildPublishedReport,
  exitCodeFor,
  setCountOutputs,
  writeReportFile
} from "./chunk-BANQSPZG.js";
import {
  lineLinker,
  readWorkspaceTracker,
  workspaceTrackerPaths
} from "./chunk-P3AJEB42.js";
import {
  info
} from "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-U7NIJQ6E.js";
import "./chunk-GH26YCKT.js";
import {
  countFindings
} from "./chunk-SJPTXLU4.js";
import "./chunk-4E3DD2WW.js";
import "./chunk-THUT5NSP.js";
import {
  verdictSettings
} from "./chunk-LGMUIV7I.js";
import "./chunk-HQ7NPFUV.js";
import "./chunk-H2JFWDZP.js";
import "./chunk-UJCTKIJ6.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-ZITMHJVR.js";
import "./chunk-J2765Y67.js";
import "./chunk-XT6RCXKS.js";
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
