// Action adapter › job summary: writes a rendered report (src/report/job-summary.ts for the pull-request,
// push and report-from modes; src/report/tracking-issue.ts for a scan) to the step summary. Shared by every mode.
import * as core from '@actions/core';

/** Appends Markdown to the step summary; a no-op outside a runner (GITHUB_STEP_SUMMARY unset). */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(markdown, true).write();
}
