// Markdown reporter: the report a bot posts (the Action's sticky comment and job summary, and
// `tracker-bot check --format markdown`). Grouped by file and section, long lists folded,
// untrusted text neutralised, and the whole body kept under a size limit with a truncation note.
import { format } from '../core/i18n.js';
import type { Diagnostic, Lang } from '../core/types.js';
import type { FileReport, ReportedLink, ReportSummary } from './model.js';
import { counts, linkMessage, TEXT } from './messages.js';
import { cutText, neutralize } from './neutralize.js';

export interface MarkdownOptions {
  lang: Lang;
  /** Link to a line of a file (e.g. a blob URL at the PR's head SHA). */
  lineUrl?: (path: string, line: number) => string | undefined;
  /** Findings on lines the pull request did not touch: listed apart, collapsed, never failing. */
  preexisting?: FileReport[];
  /** Trusted Markdown blocks appended after the findings (e.g. a sort diff). */
  appendix?: string[];
  /** Upper bound for the whole body in characters (GitHub's limit is 65,536). */
  maxLength?: number;
  /** Lists longer than this are folded in <details>. */
  foldAfter?: number;
}

const PREEXISTING: Record<Lang, string> = {
  en: 'Problems already in the file before this change ({count}, not blocking)',
  zh: '本次修改之前就已存在的问题（{count} 个，不影响本次检查结果）',
};
const NOT_JUDGED: Record<Lang, string> = {
  en: 'Links not judged ({count}): blocked by the site or the check failed; not counted as dead',
  zh: '未能判断的链接（{count} 个）：被网站拦截或检查失败，不计为失效',
};

/** Longest untrusted text one item shows (characters); the rest of a long title or cell is cut, not the report. */
export const MAX_ITEM_TEXT = 600;
const MAX_NAME_TEXT = 200;

interface Item {
  section: string | null;
  line: number;
  text: string;
}

function lineRef(path: string, line: number, lang: Lang, options: MarkdownOptions): string {
  const label = format(TEXT.line, lang, { line });
  const url = options.lineUrl?.(path, line);
  return url ? `[${label}](${url})` : label;
}

function diagnosticItem(path: string, d: Diagnostic, options: MarkdownOptions): Item {
  const icon = d.severity === 'error' ? '❌' : '⚠️';
  const text = `${icon} ${lineRef(path, d.line, options.lang, options)}: ${neutralize(cutText(d.message, MAX_ITEM_TEXT))} \`${d.rule}\``;
  return { section: d.section, line: d.line, text };
}

function linkItem(path: string, link: ReportedLink, options: MarkdownOptions): Item {
  const icon = link.verdict === 'dead' ? '❌' : link.verdict === 'redirected' ? '↪️' : link.verdict === 'skipped' ? '⏭️' : '❔';
  const message = neutralize(cutText(linkMessage(link, options.lang), MAX_ITEM_TEXT));
  return { section: link.section, line: link.line, text: `${icon} ${lineRef(path, link.line, options.lang, options)}: ${message}` };
}

function groupBySection(items: Item[], lang: Lang): string[] {
  const out: string[] = [];
  const sorted = [...items].sort((a, b) => a.line - b.line);
  let current: string | null | undefined;
  for (const item of sorted) {
    if (item.section !== current) {
      current = item.section;
      out.push('', `**${neutralize(cutText(item.section ?? format(TEXT.unnamedSection, lang), MAX_NAME_TEXT))}**`, '');
    }
    out.push(`- ${item.text}`);
  }
  return out;
}

function fold(summary: string, lines: string[]): string[] {
  return ['', `<details><summary>${summary}</summary>`, '', ...lines, '', '</details>'];
}

function problemItems(file: FileReport, options: MarkdownOptions): Item[] {
  const items = file.diagnostics.map((d) => diagnosticItem(file.path, d, options));
  for (const link of file.links) {
    if (link.verdict === 'dead' || link.verdict === 'redirected') items.push(linkItem(file.path, link, options));
  }
  return items;
}

export function renderMarkdown(files: FileReport[], summary: ReportSummary, options: MarkdownOptions): string {
  const lang = options.lang;
  const foldAfter = options.foldAfter ?? 20;
  const maxLength = options.maxLength ?? 60_000;
  const head: string[] = [`### ${format(TEXT.reportTitle, lang)}`, ''];
  const findings = summary.errors + summary.warnings;
  const linkProblems = (summary.links?.dead ?? 0) + (summary.links?.redirected ?? 0);
  if (findings + linkProblems === 0) head.push(`✅ ${format(TEXT.clean, lang)}`);
  else if (findings > 0) head.push(`**${format(TEXT.summary, lang, counts(summary))}**`);
  if (summary.links) {
    const line = format(TEXT.linksSummary, lang, { ...summary.links });
    head.push('', linkProblems > 0 ? `**${line}**` : line);
  }

  const blocks: string[][] = [];
  for (const file of files) {
    const items = problemItems(file, options);
    if (items.length > 0) {
      const lines = groupBySection(items, lang);
      blocks.push(['', `#### ${neutralize(cutText(file.path, MAX_NAME_TEXT))}`, ...(items.length > foldAfter ? fold(`${items.length}`, lines) : lines)]);
    }
    // Links the run's time budget left unchecked are listed too: a skipped check is never silent.
    const notJudged = file.links.filter((l) => l.verdict === 'blocked' || l.verdict === 'error' || (l.verdict === 'skipped' && l.reason === 'budget-exhausted'));
    if (notJudged.length > 0) {
      const lines = groupBySection(notJudged.map((l) => linkItem(file.path, l, options)), lang);
      blocks.push(fold(NOT_JUDGED[lang].replace('{count}', String(notJudged.length)), lines));
    }
  }
  for (const file of options.preexisting ?? []) {
    const items = problemItems(file, options);
    if (items.length === 0) continue;
    const title = `${PREEXISTING[lang].replace('{count}', String(items.length))} · ${neutralize(cutText(file.path, MAX_NAME_TEXT), 'html')}`;
    blocks.push(fold(title, groupBySection(items, lang)));
  }
  const appendix = options.appendix ?? [];
  return fitToLength(head, blocks, appendix, maxLength, lang);
}

/**
 * Join head, blocks and appendix. When the whole is over maxLength, lines are kept in order while they fit:
 * a list item that does not fit is counted as not shown and filling goes on with the next (a shorter one may
 * still fit); <details> stay balanced; a note says how many items were left out.
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
  for (const line of blocks.flat()) {
    if (line === '</details>') {
      if (openDetails === 0) continue;
      openDetails--;
    } else if (size + line.length + 1 > budget) {
      if (line.startsWith('- ')) dropped++;
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
