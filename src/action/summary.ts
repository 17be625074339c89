// Action adapter › job summary: the run's full report on the workflow run page (GITHUB_STEP_SUMMARY) —
// every finding (as the comment shows them), then a count per kind of problem in words (this change and
// what was already there apart), and the annotations left out by GitHub's cap.
// Shared by every mode.
import * as core from '@actions/core';
import { format, type Messages } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import { renderMarkdown } from '../report/markdown.js';
import { ruleWords, TEXT } from '../report/messages.js';
import { summarize, type FileReport } from '../report/model.js';
import { tableCell } from '../report/neutralize.js';
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
  /** Trusted Markdown lines after the findings (what to do next). */
  hints?: string[];
  /** Trusted Markdown blocks after the findings (e.g. a sort diff). */
  appendix?: string[];
}

const OWN: Messages = { en: 'This change', zh: '本次修改' };
const BEFORE: Messages = { en: 'Already there', zh: '已存在' };
const COUNTS_HEADING: Messages = { en: 'Counts by check', zh: '按检查项统计' };
const DEAD_LINKS: Messages = { en: 'Dead links', zh: '失效链接' };
const MOVED_LINKS: Messages = { en: 'Permanently moved links', zh: '已永久迁移的链接' };
/** Findings per kind: each rule in words, then dead and moved links, counted as the headline counts them. */
function perKind(files: readonly FileReport[], lang: Lang): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const file of files) {
    for (const d of file.diagnostics) add(ruleWords(d.rule, lang));
    for (const link of file.links) {
      if (link.verdict === 'dead') add(format(DEAD_LINKS, lang));
      if (link.verdict === 'redirected') add(format(MOVED_LINKS, lang));
    }
  }
  return counts;
}

/** The count table: one row per kind; with pre-existing findings, their counts in a column apart. */
function countTable(files: readonly FileReport[], preexisting: readonly FileReport[] | undefined, lang: Lang): string[] {
  const own = perKind(files, lang);
  const before = preexisting ? perKind(preexisting, lang) : new Map<string, number>();
  const kinds = [...new Set([...own.keys(), ...before.keys()])].sort(
    (a, b) => (own.get(b) ?? 0) - (own.get(a) ?? 0) || (before.get(b) ?? 0) - (before.get(a) ?? 0) || a.localeCompare(b),
  );
  if (kinds.length === 0) return [];
  const cell = (text: string) => tableCell(text);
  const heading = ['', `#### ${format(COUNTS_HEADING, lang)}`];
  if (!preexisting) {
    return [...heading, '', `| ${format(TEXT.problems, lang)} | ${format(TEXT.count, lang)} |`, '| :-- | --: |', ...kinds.map((k) => `| ${cell(k)} | ${own.get(k) ?? 0} |`)];
  }
  return [
    ...heading,
    '',
    `| ${format(TEXT.problems, lang)} | ${format(OWN, lang)} | ${format(BEFORE, lang)} |`,
    '| :-- | --: | --: |',
    ...kinds.map((k) => `| ${cell(k)} | ${own.get(k) ?? 0} | ${before.get(k) ?? 0} |`),
  ];
}

export function renderJobSummary(files: FileReport[], options: JobSummaryOptions): string {
  const { lang } = options;
  const lines: string[] = [];
  for (const note of options.notes ?? []) lines.push(`> ${note}`, '');
  const omitted = options.annotations?.omitted;
  if (omitted && omitted.error + omitted.warning > 0) {
    lines.push(
      `> ${format(ACTION_TEXT.annotationsOmitted, lang, { errors: omitted.error, warnings: omitted.warning, limit: ANNOTATIONS_PER_KIND })}`,
      '',
    );
  }
  lines.push(...countTable(files, options.preexisting, lang));
  const report = renderMarkdown(files, summarize(files, options.withLinks), {
    lang,
    ...(options.lineUrl ? { lineUrl: options.lineUrl } : {}),
    ...(options.preexisting ? { preexisting: options.preexisting } : {}),
    ...(options.hints ? { hints: options.hints } : {}),
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
