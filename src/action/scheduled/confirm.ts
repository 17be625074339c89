// Scheduled scan › confirm: turns this run's verdicts plus the cache's verdict history into the scan's
// findings. A link is confirmed dead only after `deadAfter` dead checks in a row (one flaky failure is
// "suspected"); a permanent redirect is "moved" at once; blocked and failed checks are never dead. Pure.
import type { LinkOccurrence, LinkVerdict, RuleSetting, Verdict } from '../../core/types.js';
import { canonicalizeUrl } from '../../core/url/canonicalize.js';
import type { CachedCheck } from '../../links/cache.js';
import type { LinkFinding, LinkFindingKind as FindingKind } from '../../report/model.js';

export type { LinkFindingKind as FindingKind } from '../../report/model.js';

/** A link finding (the report model's) with the canonical URL the cache knows it by. */
export interface ScanFinding extends LinkFinding {
  canonicalUrl: string;
}

export interface ConfirmOptions {
  deadAfter: number;
  /** The setting of each verdict a rule owns (see verdictSettings): `off` drops those links' findings. */
  verdictSettings?: ReadonlyMap<Verdict, RuleSetting>;
}

/** The trailing run of `verdict` in a history (oldest first): its length and when it began. */
export function trailingRun(history: readonly CachedCheck[], verdict: Verdict): { length: number; since: string | null } {
  let length = 0;
  let since: string | null = null;
  for (let i = history.length - 1; i >= 0 && history[i]!.verdict === verdict; i--) {
    length++;
    since = history[i]!.checkedAt;
  }
  return { length, since };
}

/** Whether a dead verdict is confirmed: this many consecutive dead checks in the history. */
export function confirmDead(history: readonly CachedCheck[], deadAfter: number): boolean {
  return trailingRun(history, 'dead').length >= deadAfter;
}

function kindOf(verdict: LinkVerdict, history: readonly CachedCheck[], options: ConfirmOptions): FindingKind | null {
  if (options.verdictSettings?.get(verdict.verdict) === 'off') return null;
  switch (verdict.verdict) {
    case 'dead':
      return confirmDead(history, options.deadAfter) ? 'dead' : 'suspected';
    case 'redirected':
      return 'moved';
    case 'blocked':
    case 'error':
      return verdict.verdict;
    default:
      return null;
  }
}

const KIND_ORDER: Record<FindingKind, number> = { dead: 0, moved: 1, suspected: 2, blocked: 3, error: 4 };

/**
 * One finding per occurrence whose link is not alive. `historyOf` gives the cache history of a canonical
 * URL; a history that does not end with this run's check (no cache) counts this run's verdict once.
 */
export function collectFindings(
  occurrences: readonly LinkOccurrence[],
  verdicts: ReadonlyMap<string, LinkVerdict>,
  historyOf: (canonicalUrl: string) => readonly CachedCheck[] | undefined,
  options: ConfirmOptions,
): ScanFinding[] {
  const findings: ScanFinding[] = [];
  const seen = new Set<string>();
  for (const occurrence of occurrences) {
    const canonicalUrl = canonicalizeUrl(occurrence.url);
    const verdict = verdicts.get(canonicalUrl);
    if (!verdict) continue;
    const key = `${occurrence.file}\n${occurrence.line}\n${canonicalUrl}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const recorded = historyOf(canonicalUrl) ?? [];
    const last = recorded[recorded.length - 1];
    const history: CachedCheck[] =
      last && last.checkedAt === verdict.checkedAt && last.verdict === verdict.verdict
        ? [...recorded]
        : [...recorded, { verdict: verdict.verdict, status: verdict.status, checkedAt: verdict.checkedAt }];
    const kind = kindOf(verdict, history, options);
    if (!kind) continue;
    const run = trailingRun(history, verdict.verdict);
    const finding: ScanFinding = {
      kind,
      file: occurrence.file,
      section: occurrence.section,
      line: occurrence.line,
      title: occurrence.title,
      url: occurrence.url,
      canonicalUrl,
      status: verdict.status,
      reason: verdict.reason,
      firstSeen: (run.since ?? verdict.checkedAt).slice(0, 10),
      streak: run.length,
    };
    if (kind === 'moved' && verdict.finalUrl) finding.finalUrl = verdict.finalUrl;
    if (verdict.retryAt) {
      finding.retryAt = verdict.retryAt;
      finding.checkedAt = verdict.checkedAt;
    }
    findings.push(finding);
  }
  return findings.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}
