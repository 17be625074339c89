// Reporter › job summary: the run's full report for the workflow run page (GITHUB_STEP_SUMMARY) — every
// finding (as the comment shows them), then a count per kind of problem in words (this change and what was
// already there apart), and a note on the annotations GitHub's cap left out. Rendered for the pull-request,
// push and report-from modes; the Action writes it (src/action/summary.ts).
import { format, type Messages } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import { ANNOTATIONS_PER_KIND, type CappedAnnotations } from './annotations.js';
import type { LineUrl } from './line-link.js';
import { renderMarkdown } from './markdown.js';
import { ruleWords, TEXT } from './messages.js';
import { countFindings, summarize, type FileReport } from './model.js';
import { tableCell } from './neutralize.js';

/** GitHub caps a step summary at 1 MiB; a Chinese character is 3 bytes in UTF-8. */
export const SUMMARY_MAX_CHARS = 300_000;

export interface JobSummaryOptions {
  lang: Lang;
  /** Findings that do not count for this run (already in the file before the pull request). */
  preexisting?: FileReport[];
  lineUrl?: LineUrl;
  /** What the annotations showed and left out (see capAnnotations), for the "N more not shown" note. */
  annotations?: Pick<CappedAnnotations, 'omitted'>;
  /** Whether links were checked (adds the per-verdict line). */
  withLinks: boolean;
  /** Extra trusted Markdown lines shown before the findings (e.g. which config was used). */
  notes?: string[];
  /** Trusted Markdown lines after the findings (what to do next). */
  hints?: string[];
  /** Trusted Markdown blocks after the findings (e.g. a sort diff). */
  appendix?: string[];
}

const T = {
  own: { en: 'This change', zh: '本次修改' },
  before: { en: 'Already there', zh: '已存在' },
  countsHeading: { en: 'Counts by check', zh: '按检查项统计' },
  deadLinks: { en: 'Dead links', zh: '失效链接' },
  movedLinks: { en: 'Permanently moved links', zh: '已永久迁移的链接' },
  annotationsOmitted: {
    en: '{errors} error and {warnings} warning annotations were not shown (GitHub shows {limit} of each per step); every finding is listed below.',
    zh: '另有 {errors} 个错误注解和 {warnings} 个警告注解未显示（GitHub 每个步骤每类只显示 {limit} 个）；全部问题见下方列表。',
  },
} satisfies Record<string, Messages>;

/** Findings per kind: each rule in words, then dead and moved links, as countFindings counts them. */
function perKind(files: readonly FileReport[], lang: Lang): Map<string, number> {
  const counts = countFindings(files);
  const kinds = new Map<string, number>();
  const add = (key: string, count: number) => {
    if (count > 0) kinds.set(key, (kinds.get(key) ?? 0) + count);
  };
  for (const [rule, count] of counts.byRule) add(ruleWords(rule, lang), count);
  add(format(T.deadLinks, lang), counts.deadLinks);
  add(format(T.movedLinks, lang), counts.redirectedLinks);
  return kinds;
}

/** The count table: one row per kind; with pre-existing findings, their counts in a column apart. */
function countTable(files: readonly FileReport[], preexisting: readonly FileReport[] | undefined, lang: Lang): string[] {
  const own = perKind(files, lang);
  const before = preexisting ? perKind(preexisting, lang) : new Map<string, number>();
  const kinds = [...new Set([...own.keys(), ...before.keys()])].sort(
    (a, b) => (own.get(b) ?? 0) - (own.get(a) ?? 0) || (before.get(b) ?? 0) - (before.get(a) ?? 0) || a.localeCompare(b),
  );
  if (kinds.length === 0) return [];
  const heading = ['', `#### ${format(T.countsHeading, lang)}`];
  if (!preexisting) {
    return [...heading, '', `| ${format(TEXT.problems, lang)} | ${format(TEXT.count, lang)} |`, '| :-- | --: |', ...kinds.map((k) => `| ${tableCell(k)} | ${own.get(k) ?? 0} |`)];
  }
  return [
    ...heading,
    '',
    `| ${format(TEXT.problems, lang)} | ${format(T.own, lang)} | ${format(T.before, lang)} |`,
    '| :-- | --: | --: |',
    ...kinds.map((k) => `| ${tableCell(k)} | ${own.get(k) ?? 0} | ${before.get(k) ?? 0} |`),
  ];
}

/** The job summary of a run over `files` (the findings that count), in `options.lang`. */
export function renderJobSummary(files: FileReport[], options: JobSummaryOptions): string {
  const { lang } = options;
  const lines: string[] = [];
  for (const note of options.notes ?? []) lines.push(`> ${note}`, '');
  const omitted = options.annotations?.omitted;
  if (omitted && omitted.error + omitted.warning > 0) {
    lines.push(`> ${format(T.annotationsOmitted, lang, { errors: omitted.error, warnings: omitted.warning, limit: ANNOTATIONS_PER_KIND })}`, '');
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
