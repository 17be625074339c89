// Action adapter › push executor: carries out a PushPlan — lints whole tracker files from the workspace, checks
// their links when the plan says so, and reports through annotations, the job summary, the report file and
// the outputs; no comment.
import { escapeWorkflowValue as logSafe } from '../report/workflow-commands.js';
import * as core from '@actions/core';
import { pageFactsOf, toFileReport } from '../app/analyze.js';
import { addPageFactFindings, analyseTracker } from './analyse.js';
import { verdictSettings } from '../core/lint.js';
import type { LinkVerdict } from '../core/types.js';
import { emitAnnotations } from './annotations.js';
import { lineLinker } from '../report/line-link.js';
import type { ActionRunContext } from './context.js';
import { checkOccurrences } from './links.js';
import { buildPublishedReport, countFindings, exitCodeFor, setCountOutputs, writeReportFile } from './outputs.js';
import { planPush } from './plan.js';
import { runLang } from './settings.js';
import { renderJobSummary } from '../report/job-summary.js';
import { writeJobSummary } from './summary.js';
import { readWorkspaceTracker, workspaceTrackerPaths } from './tracker-files.js';

export async function runPush(ctx: ActionRunContext): Promise<number> {
  const plan = planPush(ctx, await workspaceTrackerPaths(ctx.workspace, ctx.inputs.files));
  core.info(`tracker-bot: checking ${plan.paths.length} tracker file(s)${plan.paths.length ? `: ${logSafe(plan.paths.join(', '))}` : ''}`);
  const analyzed = [];
  for (const path of plan.paths) {
    analyzed.push(analyseTracker(ctx, path, await readWorkspaceTracker(ctx.workspace, path), { extractLinks: plan.checkLinks }));
  }
  let verdicts: Map<string, LinkVerdict> | undefined;
  if (plan.checkLinks) verdicts = await checkOccurrences(analyzed.flatMap((file) => file.links), ctx.config, ctx.octokit, plan.linkBudgetMs);
  const pageFacts = verdicts ? pageFactsOf(verdicts) : new Map();
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
