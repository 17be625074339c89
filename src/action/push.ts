// Action adapter › push: lints whole tracker files from the workspace. Annotations, the job summary, the
// report file and the outputs; no comment. Links only when `check-links` asks (auto means none on push;
// a push has no changed rows, so `changed` checks every link of the selected files, like `all`).
import { escapeWorkflowValue as logSafe } from '../report/workflow-commands.js';
import * as core from '@actions/core';
import { analyzeSource, pageFactsOf, toFileReport, withPageFactRules } from '../app/analyze.js';
import type { LinkVerdict } from '../core/types.js';
import { emitAnnotations } from './annotations.js';
import { lineLinker } from '../report/line-link.js';
import { applyInputOverrides } from './config.js';
import type { ActionRunContext } from './context.js';
import { checkOccurrences, linkScopeFor } from './links.js';
import { buildPublishedReport, countFindings, exitCodeFor, setCountOutputs, writeReportFile } from './outputs.js';
import { renderJobSummary, writeJobSummary } from './summary.js';
import { readWorkspaceTracker, workspaceTrackerPaths } from './tracker-files.js';

export async function runPush(ctx: ActionRunContext): Promise<number> {
  const config = applyInputOverrides(ctx.config, { allowPrivateHosts: ctx.inputs.allowPrivateHosts, sortOff: ctx.inputs.sort === 'off' });
  const lang = ctx.inputs.lang === 'auto' ? undefined : ctx.inputs.lang;
  const paths = await workspaceTrackerPaths(ctx.workspace, ctx.inputs.files);
  core.info(`tracker-bot: checking ${paths.length} tracker file(s)${paths.length ? `: ${logSafe(paths.join(', '))}` : ''}`);
  const withLinks = linkScopeFor(ctx.inputs.checkLinks, 'push') !== 'none';
  const analyzed = [];
  for (const path of paths) {
    analyzed.push(analyzeSource(path, await readWorkspaceTracker(ctx.workspace, path), { config, now: ctx.now, extractLinks: withLinks, ...(lang ? { lang } : {}) }));
  }
  let verdicts: Map<string, LinkVerdict> | undefined;
  if (withLinks) verdicts = await checkOccurrences(analyzed.flatMap((file) => file.links), config, ctx.octokit, 'push');
  const pageFacts = verdicts ? pageFactsOf(verdicts) : new Map();
  const reports = analyzed.map((file) => toFileReport(withPageFactRules(file, pageFacts, { config, now: ctx.now, ...(lang ? { lang } : {}) }), verdicts));
  const reportLang = lang ?? reports[0]?.lang ?? (config.lang === 'auto' ? 'en' : config.lang);
  const counts = countFindings(reports);
  setCountOutputs(counts);
  const annotations = emitAnnotations(reports);
  const lineUrl = lineLinker({ serverUrl: ctx.serverUrl, ...ctx.repo, sha: ctx.sha });
  await writeJobSummary(renderJobSummary(reports, { lang: reportLang, annotations, withLinks, lineUrl }));
  await writeReportFile(buildPublishedReport(reports, [], withLinks, { lang: reportLang }));
  return exitCodeFor(counts, ctx.inputs.failOn);
}
