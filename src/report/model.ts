// Report model: what every reporter (text, json, markdown, github annotations) formats.
// Built by the adapters from core diagnostics and link verdicts; reporters never re-derive findings.
import type { Diagnostic, Lang, LinkVerdict, PageFacts, Verdict } from '../core/types.js';

/** A link verdict placed on the row it came from. */
export interface ReportedLink {
  url: string;
  line: number;
  section: string | null;
  title: string;
  verdict: Verdict;
  status: number | null;
  finalUrl?: string;
  reason: string;
  ms: number;
  /** `rate-limited`: when the server asked to be asked again, and when it was asked (ISO 8601). */
  retryAt?: string;
  checkedAt?: string;
  /** What the page says about itself (alive pages, when facts were read). */
  facts?: PageFacts;
}

export interface FileReport {
  path: string;
  lang: Lang;
  diagnostics: Diagnostic[];
  links: ReportedLink[];
  /** Entry title (the link text of the row's link cell) by 1-based row line, to head a row's findings. */
  rowTitles?: Record<number, string>;
  /** Section headings in document order (title, 1-based line), so same-named sections stay apart. */
  sections?: { title: string | null; line: number }[];
}

/**
 * The counts every face reports for a set of files (headline, Action outputs, summary, exit code):
 * rule errors plus dead links, rule warnings plus permanently moved links.
 */
export interface FindingCounts {
  errors: number;
  warnings: number;
  deadLinks: number;
  redirectedLinks: number;
  /** Rule findings with a fix attached. */
  fixable: number;
}

export function countFindings(files: readonly FileReport[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, deadLinks: 0, redirectedLinks: 0, fixable: 0 };
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === 'error') counts.errors++;
      else counts.warnings++;
      if (d.fixable) counts.fixable++;
    }
    for (const link of file.links) {
      if (link.verdict === 'dead') counts.deadLinks++;
      if (link.verdict === 'redirected') counts.redirectedLinks++;
    }
  }
  counts.errors += counts.deadLinks;
  counts.warnings += counts.redirectedLinks;
  return counts;
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  fixable: number;
  links?: Record<Verdict, number>;
}

export const VERDICTS: Verdict[] = ['dead', 'redirected', 'blocked', 'error', 'alive', 'skipped'];

export function summarize(files: FileReport[], withLinks: boolean): ReportSummary {
  const summary: ReportSummary = { errors: 0, warnings: 0, fixable: 0 };
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else summary.warnings++;
      if (d.fixable) summary.fixable++;
    }
  }
  if (withLinks) {
    const links = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
    for (const file of files) for (const link of file.links) links[link.verdict]++;
    summary.links = links;
  }
  return summary;
}

export function toReportedLink(
  occurrence: { url: string; line: number; section: string | null; title: string },
  verdict: LinkVerdict,
): ReportedLink {
  const link: ReportedLink = {
    url: occurrence.url,
    line: occurrence.line,
    section: occurrence.section,
    title: occurrence.title,
    verdict: verdict.verdict,
    status: verdict.status,
    reason: verdict.reason,
    ms: verdict.ms,
  };
  if (verdict.finalUrl && verdict.finalUrl !== occurrence.url) link.finalUrl = verdict.finalUrl;
  if (verdict.retryAt) {
    link.retryAt = verdict.retryAt;
    link.checkedAt = verdict.checkedAt;
  }
  if (verdict.facts) link.facts = verdict.facts;
  return link;
}
