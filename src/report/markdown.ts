// Markdown reporter: the report a bot posts (the Action's sticky comment and job summary, and
// `tracker-bot check --format markdown`). One entry per row (its title, a link to the line, then each
// problem in words with the suggested value), rows in line order under their section, long lists
// folded, untrusted text neutralised, and the whole body kept under a size limit with a truncation note.
import { format, type Messages } from '../core/i18n.js';
import type { Diagnostic, Lang } from '../core/types.js';
import { fold, groupBySection } from './group.js';
import type { LineUrl } from './line-link.js';
import { countsHeadline, linkProblem, linksLine, sectionName, TEXT } from './messages.js';
import { countFindings, type FileReport, type ReportedLink, type ReportSummary } from './model.js';
import { codeSpan, cutText, markdownLink, neutralize } from './neutralize.js';

export interface MarkdownOptions {
  lang: Lang;
  /** Link to a line of a file (see src/report/line-link.ts). */
  lineUrl?: LineUrl;
  /** Findings on lines the pull request did not touch: listed apart, collapsed, never failing. */
  preexisting?: FileReport[];
  /** Trusted Markdown lines shown after the findings (what to do next). */
  hints?: string[];
  /** Trusted Markdown blocks appended after the findings (e.g. a sort diff). */
  appendix?: string[];
  /** Upper bound for the whole body in characters (GitHub's limit is 65,536). */
  maxLength?: number;
  /** Lists of more rows than this are folded in <details>. */
  foldAfter?: number;
}

const PREEXISTING: Messages = {
  en: 'Problems already in the file before this change ({count}, not blocking)',
  zh: '本次修改之前就已存在的问题（{count} 个，不影响本次检查结果）',
};
const NOT_JUDGED: Messages = {
  en: 'Links not judged ({count}): blocked by the site or the check failed; not counted as dead',
  zh: '未能判断的链接（{count} 个）：被网站拦截或检查失败，不计为失效',
};
const OWN_HEADLINE: Messages = { en: 'On the lines this change touches: {counts}', zh: '本次修改的行：{counts}' };
const ROWS_FOLD: Messages = { en: '{count} rows with problems', zh: '{count} 行有问题' };

/** Longest untrusted text one item shows (characters); the rest of a long title or cell is cut, not the report. */
export const MAX_ITEM_TEXT = 600;
const MAX_NAME_TEXT = 200;

/** One problem of a row, ready to print. */
interface Problem {
  line: number;
  section: string | null;
  rank: number;
  text: string;
}

const SUGGESTION_MAX_CHARS = 120;

function diagnosticProblem(d: Diagnostic): Problem {
  const icon = d.severity === 'error' ? '❌' : '⚠️';
  const expected = d.expected !== undefined && d.expected !== '' && !d.message.includes(d.expected) && d.expected.length <= SUGGESTION_MAX_CHARS;
  const suggestion = expected ? ` → ${codeSpan(d.expected!)}` : '';
  return { line: d.line, section: d.section, rank: d.severity === 'error' ? 1 : 3, text: `${icon} ${neutralize(cutText(d.message, MAX_ITEM_TEXT))}${suggestion}` };
}

function linkProblemItem(link: ReportedLink, lang: Lang): Problem {
  const icon = link.verdict === 'dead' ? '❌' : link.verdict === 'redirected' ? '↪️' : link.verdict === 'skipped' ? '⏭️' : '❔';
  const url = link.verdict === 'redirected' ? '' : ` ${codeSpan(cutText(link.url, MAX_ITEM_TEXT))}`;
  const rank = link.verdict === 'dead' ? 0 : link.verdict === 'redirected' ? 2 : 4;
  return { line: link.line, section: link.section, rank, text: `${icon} ${neutralize(cutText(linkProblem(link, lang), MAX_ITEM_TEXT))}${url}` };
}

function sectionTitle(section: string | null, lang: Lang): string {
  return neutralize(cutText(sectionName(section, lang), MAX_NAME_TEXT));
}

/** "line 34" in words, a Markdown link to the line where `lineUrl` gives one. */
export function lineReference(path: string, line: number, lang: Lang, lineUrl?: LineUrl): string {
  const label = format(TEXT.line, lang, { line });
  const url = lineUrl?.(path, line);
  return url ? markdownLink(label, url) : label;
}

/** Row entries grouped by section: `**Section**`, then `- **Title** · [line 34](…)` with one sub-item per problem. */
function rowList(file: FileReport, problems: Problem[], lang: Lang, options: MarkdownOptions, withPath: boolean): { lines: string[]; rows: number } {
  const lines: string[] = [];
  let rows = 0;
  for (const group of groupBySection(problems, file.sections)) {
    const heading = sectionTitle(group.section, lang);
    lines.push('', `**${withPath ? `${neutralize(cutText(file.path, MAX_NAME_TEXT))} › ${heading}` : heading}**`, '');
    for (const row of group.rows) {
      rows++;
      const where = lineReference(file.path, row.line, lang, options.lineUrl);
      const title = file.rowTitles?.[row.line] ?? file.links.find((link) => link.line === row.line)?.title;
      lines.push(title ? `- **${neutralize(cutText(title, MAX_NAME_TEXT))}** · ${where}` : `- ${where}`);
      for (const problem of [...row.items].sort((a, b) => a.rank - b.rank)) lines.push(`  - ${problem.text}`);
    }
  }
  return { lines, rows };
}

function problemsOf(file: FileReport, lang: Lang): Problem[] {
  const problems = file.diagnostics.map(diagnosticProblem);
  for (const link of file.links) {
    if (link.verdict === 'dead' || link.verdict === 'redirected') problems.push(linkProblemItem(link, lang));
  }
  return problems;
}

export function renderMarkdown(files: FileReport[], summary: ReportSummary, options: MarkdownOptions): string {
  const lang = options.lang;
  const foldAfter = options.foldAfter ?? 20;
  const maxLength = options.maxLength ?? 60_000;
  const counts = countFindings(files);
  const head: string[] = [`### ${format(TEXT.reportTitle, lang)}`, ''];
  const headline = countsHeadline(counts, lang);
  if (headline === '') head.push(`✅ ${format(TEXT.clean, lang)}`);
  else head.push(`**${options.preexisting ? format(OWN_HEADLINE, lang, { counts: headline }) : headline}**`);
  const links = linksLine(summary.links, lang);
  if (links) head.push('', links);

  const withPath = new Set([...files, ...(options.preexisting ?? [])].map((f) => f.path)).size > 1;
  const blocks: string[][] = [];
  for (const file of files) {
    const { lines, rows } = rowList(file, problemsOf(file, lang), lang, options, withPath);
    if (rows > 0) blocks.push(rows > foldAfter ? fold(format(ROWS_FOLD, lang, { count: rows }), lines) : lines);
  }
  if (options.hints && options.hints.length > 0) blocks.push(['', ...options.hints]);
  for (const file of files) {
    // Links the run's time budget left unchecked are listed too: a skipped check is never silent.
    const notJudged = file.links.filter((l) => l.verdict === 'blocked' || l.verdict === 'error' || (l.verdict === 'skipped' && l.reason.kind === 'budget-exhausted'));
    if (notJudged.length === 0) continue;
    const { lines } = rowList(file, notJudged.map((l) => linkProblemItem(l, lang)), lang, options, withPath);
    blocks.push(fold(format(NOT_JUDGED, lang, { count: notJudged.length }), lines));
  }
  for (const file of options.preexisting ?? []) {
    const problems = problemsOf(file, lang);
    if (problems.length === 0) continue;
    const title = format(PREEXISTING, lang, { count: problems.length }) + (withPath ? ` · ${neutralize(cutText(file.path, MAX_NAME_TEXT), 'html')}` : '');
    blocks.push(fold(title, rowList(file, problems, lang, options, withPath).lines));
  }
  return fitToLength(head, blocks, options.appendix ?? [], maxLength, lang);
}

/**
 * Join head, blocks and appendix. When the whole is over maxLength, lines are kept in order while they fit:
 * a row entry that does not fit is counted as not shown, its problem lines go with it, and filling goes on
 * with the next (a shorter one may still fit); <details> stay balanced; a note says how many were left out.
 */
function fitToLength(head: string[], blocks: string[][], appendix: string[], maxLength: number, lang: Lang): string {
  const join = (lines: string[]) => lines.join('\n') + '\n';
  const all = [...head, ...blocks.flat(), ...appendix.flatMap((a) => ['', a])];
  const full = join(all);
  if (full.length <= maxLength) return full;
  const kept: string[] = [...head];
  let size = join(kept).length;
  let dropped = 0;
  const budget = maxLength - 400;
  let openDetails = 0;
  let droppingRow = false;
  for (const line of blocks.flat()) {
    if (line.startsWith('  - ') && droppingRow) continue;
    droppingRow = false;
    if (line === '</details>') {
      if (openDetails === 0) continue;
      openDetails--;
    } else if (size + line.length + 1 > budget) {
      if (line.startsWith('- ')) {
        dropped++;
        droppingRow = true;
      }
      continue;
    } else if (line.startsWith('<details>')) {
      openDetails++;
    }
    kept.push(line);
    size += line.length + 1;
  }
  while (openDetails-- > 0) kept.push('', '</details>');
  kept.push('', `> ${format(TEXT.truncated, lang, { count: dropped })}`);
  return join(kept);
}
