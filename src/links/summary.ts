// Verdict counts for reporters and exit codes. Only `dead` (and, when configured, `redirected`)
// is a problem; `blocked` and `error` are counted apart and never as dead.
import type { LinkVerdict, Verdict } from '../core/types.js';

export const VERDICT_ORDER: readonly Verdict[] = ['dead', 'redirected', 'blocked', 'error', 'alive', 'skipped'];

export interface ProblemPolicy {
  /** Count permanent redirects as problems (they carry a replacement URL). */
  redirectedIsProblem?: boolean;
}

export type VerdictCounts = Record<Verdict, number> & { total: number; problems: number; fromCache: number };

export function isProblem(v: LinkVerdict, policy: ProblemPolicy = {}): boolean {
  return v.verdict === 'dead' || (v.verdict === 'redirected' && policy.redirectedIsProblem === true);
}

export function summarizeVerdicts(verdicts: Iterable<LinkVerdict>, policy: ProblemPolicy = {}): VerdictCounts {
  const counts: VerdictCounts = { alive: 0, redirected: 0, dead: 0, blocked: 0, error: 0, skipped: 0, total: 0, problems: 0, fromCache: 0 };
  for (const v of verdicts) {
    counts[v.verdict]++;
    counts.total++;
    if (isProblem(v, policy)) counts.problems++;
    if (v.fromCache) counts.fromCache++;
  }
  return counts;
}
