// Action adapter › outputs: the step outputs a run collects (the counts every mode reports, the JSON report
// file behind `report`, the comment URL, the issue number) and the one place they are set (RunOutputs.flush,
// called by run.ts when the run ends). Shared by the PR, push, scheduled and publish modes.
import * as core from '@actions/core';
import { appendFileSync, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { EOL, tmpdir } from 'node:os';
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

/** The outputs action.yml declares (a test compares the two). */
export const OUTPUT_NAMES = ['errors', 'warnings', 'dead-links', 'redirected-links', 'report', 'comment-url', 'issue-number'] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

/** The outputs of one run, collected while it runs and set once by run.ts (flush). */
export class RunOutputs {
  private readonly values = new Map<OutputName, string | number>();

  set(name: OutputName, value: string | number): void {
    this.values.set(name, value);
  }

  get(name: OutputName): string | number | undefined {
    return this.values.get(name);
  }

  /**
   * Writes every collected output to the runner, in a fixed order: to the GITHUB_OUTPUT file in one
   * append (outputFileText), else (outside a runner) as @actions/core's `set-output` command.
   */
  flush(): void {
    const file = process.env['GITHUB_OUTPUT'];
    if (!file) {
      for (const [name, value] of this.values) core.setOutput(name, value);
      return;
    }
    if (this.values.size === 0) return;
    // As @actions/core does: the runner creates the file, so a missing one is a broken runner.
    if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
    appendFileSync(file, outputFileText(this.values), 'utf8');
  }
}

/**
 * Step outputs in the runner's GITHUB_OUTPUT form, each `name<<DELIMITER`, the value, `DELIMITER`
 * on lines of their own (source: GitHub Docs, "Workflow commands for GitHub Actions", multiline
 * strings). Each delimiter is `ghadelimiter_tracker-bot_N` with the smallest N whose delimiter
 * occurs in neither the name nor the value, so no line of a value (a section title, a URL from a
 * contributor's row) can end the value early or start another output. @actions/core's setOutput
 * makes the same guarantee with a random delimiter, which loads node:crypto: about 8 ms, nearly a
 * tenth of a push run on Node 24.
 */
export function outputFileText(values: Iterable<[string, string | number]>): string {
  let text = '';
  for (const [name, raw] of values) {
    const value = String(raw);
    let n = 0;
    let delimiter = `ghadelimiter_tracker-bot_${n}`;
    while (name.includes(delimiter) || value.includes(delimiter)) delimiter = `ghadelimiter_tracker-bot_${++n}`;
    text += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  }
  return text;
}

export function setCountOutputs(outputs: RunOutputs, counts: RunCounts): void {
  outputs.set('errors', counts.errors);
  outputs.set('warnings', counts.warnings);
  outputs.set('dead-links', counts.deadLinks);
  outputs.set('redirected-links', counts.redirectedLinks);
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
 * atomically and records its path as the `report` output.
 */
export async function writeReportFile(outputs: RunOutputs, report: JsonReport, directory: string = reportDirectory(), name = REPORT_FILE_NAME): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, name);
  await writeFileAtomic(path, JSON.stringify(report, null, 2) + '\n');
  outputs.set('report', path);
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


