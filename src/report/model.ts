// Report model: what every reporter (text, json, markdown, github annotations) formats.
// Built by the adapters from core diagnostics and link verdicts; reporters never re-derive findings.
import type { Diagnostic, Lang, LinkVerdict, PageFacts, Severity, Verdict } from '../core/types.js';

/** A link verdict placed on the row it came from. */
export interface ReportedLink {
  url: string;
  line: number;
  section: string | null;
  title: string;
  verdict: Verdict;
  status: number | null;
  finalUrl?: string;
  reason: LinkVerdict['reason'];
  ms: number;
  /** `rate-limited`: when the server asked to be asked again, and when it was asked (ISO 8601). */
  retryAt?: string;
  checkedAt?: string;
  /** What the page says about itself (alive pages, when facts were read). */
  facts?: PageFacts;
  /** The severity of the link's finding, set by the rule that owns its verdict (link-redirected for `redirected`). */
  severity?: Severity;
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
 * The counts every face reports for a set of files (headline, Action outputs, summary, JSON, exit code).
 * `errors` and `warnings` are what the headline shows: rule errors plus dead links, rule warnings plus
 * permanently moved links (errors when link-redirected is configured as one). `ruleErrors` and
 * `ruleWarnings` are the rule findings alone (the JSON summary's).
 */
export interface FindingCounts {
  errors: number;
  warnings: number;
  deadLinks: number;
  redirectedLinks: number;
  /** Rule findings with a fix attached. */
  fixable: number;
  ruleErrors: number;
  ruleWarnings: number;
  /** Rule findings by rule id. */
  byRule: Map<string, number>;
  /** Checked links by verdict (every verdict present, zeros included). */
  links: Record<Verdict, number>;
}

export const VERDICTS: Verdict[] = ['dead', 'redirected', 'blocked', 'error', 'alive', 'skipped'];

/** The one count of a set of file reports; every other figure a reporter or face shows is read from it. */
export function countFindings(files: readonly FileReport[]): FindingCounts {
  const links = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const byRule = new Map<string, number>();
  let ruleErrors = 0;
  let ruleWarnings = 0;
  let fixable = 0;
  let movedErrors = 0;
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === 'error') ruleErrors++;
      else ruleWarnings++;
      if (d.fixable) fixable++;
      byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    }
    for (const link of file.links) {
      links[link.verdict]++;
      // A moved link is a warning unless its rule (link-redirected) is configured as an error.
      if (link.verdict === 'redirected' && link.severity === 'error') movedErrors++;
    }
  }
  return {
    errors: ruleErrors + links.dead + movedErrors,
    warnings: ruleWarnings + links.redirected - movedErrors,
    deadLinks: links.dead,
    redirectedLinks: links.redirected,
    fixable,
    ruleErrors,
    ruleWarnings,
    byRule,
    links,
  };
}

/** The JSON report's summary (a public contract): rule findings only, and link verdicts when links were checked. */
export interface ReportSummary {
  errors: number;
  warnings: number;
  fixable: number;
  links?: Record<Verdict, number>;
}

export function summarize(files: readonly FileReport[], withLinks: boolean): ReportSummary {
  const counts = countFindings(files);
  const summary: ReportSummary = { errors: counts.ruleErrors, warnings: counts.ruleWarnings, fixable: counts.fixable };
  if (withLinks) summary.links = counts.links;
  return summary;
}

/** A scheduled scan's standing of a link: dead/moved go to the tracking issue; suspected/blocked/error only to the job summary. */
export type LinkFindingKind = 'dead' | 'moved' | 'suspected' | 'blocked' | 'error';

/** A link of the scheduled scan that is not alive, judged over the cache's verdict history (see action/scheduled/confirm.ts). */
export interface LinkFinding {
  kind: LinkFindingKind;
  file: string;
  section: string | null;
  line: number;
  /** The row's link text. */
  title: string;
  /** The URL as written in the tracker. */
  url: string;
  status: number | null;
  reason: LinkVerdict['reason'];
  /** New URL of a moved link. */
  finalUrl?: string;
  /** `rate-limited`: when the server asked to be asked again, and when it was asked (ISO 8601). */
  retryAt?: string;
  checkedAt?: string;
  /** ISO date (YYYY-MM-DD) of the first check of the current run of this verdict. */
  firstSeen: string;
  /** Checks in a row with this verdict, this run's included. */
  streak: number;
  /** Suggested replacement from a web archive (confirmed dead links only). */
  archiveUrl?: string;
}

/** An archived repository linked from a row: alive, but the entry may be stale. */
export interface ArchivedRepoFinding {
  file: string;
  section: string | null;
  line: number;
  title: string;
  url: string;
}

/** The one count of a scan's link findings, by kind (every kind present, zeros included). */
export function countScanFindings(findings: readonly Pick<LinkFinding, 'kind'>[]): Record<LinkFindingKind, number> {
  const counts: Record<LinkFindingKind, number> = { dead: 0, moved: 0, suspected: 0, blocked: 0, error: 0 };
  for (const finding of findings) counts[finding.kind]++;
  return counts;
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
