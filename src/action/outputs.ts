// Action adapter › outputs: the counts every mode reports (errors, warnings, dead-links, redirected-links)
// and the JSON report file behind the `report` output. Shared by the PR, push, scheduled and publish modes.
import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { Lang } from '../core/types.js';
import { buildJsonReport, type JsonReport } from '../report/json.js';
import { countFindings, summarize, type FileReport, type FindingCounts } from '../report/model.js';

/** What every mode reports: the one count of src/report/model.ts (fixable is not an output). */
export type RunCounts = Pick<FindingCounts, 'errors' | 'warnings' | 'deadLinks' | 'redirectedLinks'>;

export const REPORT_FILE_NAME = 'tracker-bot-report.json';

/** Counts of the findings that count for this run (the caller decides which files those are). */
export { countFindings };

export function setCountOutputs(counts: RunCounts): void {
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('dead-links', counts.deadLinks);
  core.setOutput('redirected-links', counts.redirectedLinks);
}

/** Exit code by `fail-on`: 1 when the counted findings reach the threshold, else 0. */
export function exitCodeFor(counts: RunCounts, failOn: 'error' | 'warning' | 'never'): number {
  if (failOn === 'never') return 0;
  if (counts.errors > 0) return 1;
  return failOn === 'warning' && counts.warnings > 0 ? 1 : 0;
}

/** Where report files go: the runner's temp directory (RUNNER_TEMP), else the OS one. */
export function reportDirectory(): string {
  return process.env['RUNNER_TEMP'] || tmpdir();
}

/**
 * Writes the JSON report (the CLI's `--format json` shape, plus any extra context keys the caller adds)
 * and sets the `report` output to its path.
 */
export async function writeReportFile(report: JsonReport, directory: string = reportDirectory(), name = REPORT_FILE_NAME): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, name);
  await writeFileAtomic(path, JSON.stringify(report, null, 2) + '\n');
  core.setOutput('report', path);
  return path;
}

/** The `report` a pull-request run writes: the CLI's JSON report plus what stage 2 needs to publish it. */
export interface PublishedReport extends JsonReport {
  lang?: Lang;
  /** Findings already in the files before the pull request (listed apart, never counted). */
  preexisting?: JsonReport['files'];
  pullRequest?: { number: number; headSha: string };
}

export function buildPublishedReport(
  files: FileReport[],
  preexisting: FileReport[],
  withLinks: boolean,
  extra: { lang: Lang; pullRequest?: { number: number; headSha: string } },
): PublishedReport {
  const report: PublishedReport = buildJsonReport(files, summarize(files, withLinks));
  report.lang = extra.lang;
  if (preexisting.some((file) => file.diagnostics.length + file.links.length > 0)) {
    report.preexisting = buildJsonReport(preexisting, summarize(preexisting, withLinks)).files;
  }
  if (extra.pullRequest) report.pullRequest = extra.pullRequest;
  return report;
}


