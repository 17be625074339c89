// Action adapter › job summary: the run's full report on the workflow run page (GITHUB_STEP_SUMMARY) —
// counts per rule and per link verdict, annotations left out by GitHub's cap, then every finding.
// Shared by every mode.
import * as core from '@actions/core';
import { format } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import { renderMarkdown } from '../report/markdown.js';
import { TEXT, VERDICT_LABEL } from '../report/messages.js';
import { VERDICTS, summarize, type FileReport } from '../report/model.js';
import { ANNOTATIONS_PER_KIND, type EmittedAnnotations } from './annotations.js';
import { ACTION_TEXT } from './messages.js';

/** GitHub caps a step summary at 1 MiB; a Chinese character is 3 bytes in UTF-8. */
export const SUMMARY_MAX_CHARS = 300_000;

export interface JobSummaryOptions {
  lang: Lang;
  /** Findings that do not count for this run (already in the file before the pull request). */
  preexisting?: FileReport[];
  lineUrl?: (path: string, line: number) => string | undefined;
  /** Result of emitAnnotations, for the "N more not shown" note. */
  annotations?: EmittedAnnotations;
  /** Whether links were checked (adds the per-verdict table). */
  withLinks: boolean;
  /** Extra trusted Markdown lines shown before the findings (e.g. "comment could not be posted"). */
  notes?: string[];
  /** Trusted Markdown blocks after the findings (e.g. a sort diff). */
  appendix?: string[];
}

function countTable(lang: Lang, heading: string, rows: [string, number][]): string[] {
  if (rows.length === 0) return [];
  return [
    '',
    `| ${heading} | ${format(TEXT.count, lang)} |`,
    '| :-- | --: |',
    ...rows.map(([name, count]) => `| ${name} | ${count} |`),
  ];
}

export function renderJobSummary(files: FileReport[], options: JobSummaryOptions): string {
  const { lang } = options;
  const all = [...files, ...(options.preexisting ?? [])];
  const perRule = new Map<string, number>();
  for (const file of all) for (const d of file.diagnostics) perRule.set(d.rule, (perRule.get(d.rule) ?? 0) + 1);
  const lines: string[] = [];
  for (const note of options.notes ?? []) lines.push(`> ${note}`, '');
  const omitted = options.annotations?.omitted;
  if (omitted && omitted.error + omitted.warning > 0) {
    lines.push(
      `> ${format(ACTION_TEXT.annotationsOmitted, lang, { errors: omitted.error, warnings: omitted.warning, limit: ANNOTATIONS_PER_KIND })}`,
      '',
    );
  }
  const ruleRows = [...perRule.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  lines.push(...countTable(lang, format(TEXT.rule, lang), ruleRows.map(([rule, n]) => [`\`${rule}\``, n])));
  if (options.withLinks) {
    const perVerdict = new Map<string, number>();
    for (const file of all) for (const link of file.links) perVerdict.set(link.verdict, (perVerdict.get(link.verdict) ?? 0) + 1);
    const verdictRows = VERDICTS.filter((v) => perVerdict.has(v)).map((v): [string, number] => [format(VERDICT_LABEL[v], lang), perVerdict.get(v)!]);
    lines.push(...countTable(lang, format(TEXT.links, lang), verdictRows));
  }
  const report = renderMarkdown(files, summarize(files, options.withLinks), {
    lang,
    ...(options.lineUrl ? { lineUrl: options.lineUrl } : {}),
    ...(options.preexisting ? { preexisting: options.preexisting } : {}),
    ...(options.appendix ? { appendix: options.appendix } : {}),
    maxLength: SUMMARY_MAX_CHARS,
    foldAfter: 200,
  });
  return `${report}\n${lines.join('\n')}\n`;
}

/** Appends Markdown to the step summary; a no-op outside a runner (GITHUB_STEP_SUMMARY unset). */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(markdown, true).write();
}
