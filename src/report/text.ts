// Text reporter: `file:line:col  severity  message  [rule]`, grouped by section, coloured on a
// TTY, then link findings grouped by verdict (dead and moved first) and a summary line.
import pc from 'picocolors';
import { format } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import type { FileReport, ReportSummary } from './model.js';
import { counts, linkReason, TEXT, VERDICT_LABEL } from './messages.js';

export interface TextOptions {
  color: boolean;
  lang: Lang;
}

const LINK_ORDER = ['dead', 'redirected', 'blocked', 'error'] as const;

export function renderText(files: FileReport[], summary: ReportSummary, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const lang = options.lang;
  const out: string[] = [];
  for (const file of files) {
    let currentSection: string | null | undefined;
    for (const d of file.diagnostics) {
      if (d.section !== currentSection) {
        currentSection = d.section;
        out.push(c.bold(c.underline(d.section ?? format(TEXT.unnamedSection, lang))));
      }
      const severity = d.severity === 'error' ? c.red(format(TEXT.error, lang)) : c.yellow(format(TEXT.warning, lang));
      out.push(`${c.dim(`${file.path}:${d.line}:${d.column}`)}  ${severity}  ${d.message}  ${c.dim(`[${d.rule}]`)}`);
    }
    for (const verdict of LINK_ORDER) {
      const links = file.links.filter((l) => l.verdict === verdict);
      if (links.length === 0) continue;
      const label = format(VERDICT_LABEL[verdict], lang);
      out.push(c.bold(`${label} (${links.length})`));
      for (const link of links) {
        const status = linkReason(link, lang);
        const moved = link.finalUrl && verdict === 'redirected' ? `  → ${link.finalUrl}` : '';
        const where = c.dim(`${file.path}:${link.line}`);
        out.push(`${where}  ${link.title}  ${link.url}  ${c.dim(`(${status})`)}${moved}`);
      }
    }
  }
  const problems = summary.errors + summary.warnings;
  const linkProblems = (summary.links?.dead ?? 0) + (summary.links?.redirected ?? 0);
  if (out.length > 0) out.push('');
  if (problems > 0) out.push((summary.errors > 0 ? c.red : c.yellow)(format(TEXT.summary, lang, counts(summary))));
  else if (linkProblems === 0) out.push(c.green(format(TEXT.clean, lang)));
  if (summary.links) {
    const line = format(TEXT.linksSummary, lang, { ...summary.links });
    out.push(summary.links.dead > 0 ? c.red(line) : linkProblems > 0 ? c.yellow(line) : line);
  }
  return out.join('\n') + '\n';
}
