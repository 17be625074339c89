// Text reporter: `file:line:col  severity  message  [rule]`, grouped by section (same-named sections kept
// apart), coloured when asked, then link findings grouped by verdict (dead and moved first) with their
// reason in words, and a summary line whose counts match the Action's outputs.
import pc from 'picocolors';
import { format } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import { groupBySection } from './group.js';
import type { FileReport, ReportSummary } from './model.js';
import { countFindings } from './model.js';
import { countsHeadline, linkReason, linksLine, sectionName, TEXT, VERDICT_LABEL } from './messages.js';

export interface TextOptions {
  color: boolean;
  lang: Lang;
}

const LINK_ORDER = ['dead', 'redirected', 'blocked', 'error'] as const;

/** The text report; the lines of textLines, each ended by a newline. */
export function renderText(files: FileReport[], summary: ReportSummary, options: TextOptions): string {
  let text = '';
  for (const line of textLines(files, summary, options)) text += line + '\n';
  return text;
}

/**
 * The text report line by line (without line ends), so that the CLI can write a report of 50k
 * findings in blocks instead of building it whole.
 */
export function* textLines(files: FileReport[], summary: ReportSummary, options: TextOptions): Generator<string> {
  const c = pc.createColors(options.color);
  const lang = options.lang;
  const errorLabel = c.red(format(TEXT.error, lang));
  const warningLabel = c.yellow(format(TEXT.warning, lang));
  let any = false;
  for (const file of files) {
    for (const group of groupBySection(file.diagnostics, file.sections)) {
      any = true;
      yield c.bold(c.underline(sectionName(group.section, lang)));
      for (const row of group.rows) {
        for (const d of row.items) {
          const severity = d.severity === 'error' ? errorLabel : warningLabel;
          yield `${c.dim(`${file.path}:${d.line}:${d.column}`)}  ${severity}  ${d.message}  ${c.dim(`[${d.rule}]`)}`;
        }
      }
    }
    for (const verdict of LINK_ORDER) {
      const links = file.links.filter((l) => l.verdict === verdict);
      if (links.length === 0) continue;
      any = true;
      const label = format(VERDICT_LABEL[verdict], lang);
      yield c.bold(`${label} (${links.length})`);
      for (const link of links) {
        const moved = link.finalUrl && verdict === 'redirected' ? `  → ${link.finalUrl}` : '';
        const where = c.dim(`${file.path}:${link.line}`);
        yield `${where}  ${link.title}  ${link.url}  ${c.dim(`(${linkReason(link, lang)})`)}${moved}`;
      }
    }
  }
  const counts = countFindings(files);
  const headline = countsHeadline(counts, lang);
  if (any) yield '';
  if (headline === '') yield c.green(format(TEXT.clean, lang));
  else {
    const fixable = counts.fixable > 0 ? (lang === 'zh' ? '（' : ' (') + format(TEXT.fixableHint, lang, { count: counts.fixable }) + (lang === 'zh' ? '）' : ')') : '';
    yield (counts.errors > 0 ? c.red : c.yellow)(headline + fixable);
  }
  const links = linksLine(summary.links, lang);
  if (links) yield counts.deadLinks > 0 ? c.red(links) : counts.redirectedLinks > 0 ? c.yellow(links) : links;
}
