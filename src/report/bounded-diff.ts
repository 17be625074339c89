// Reporter › bounded diff: a unified diff (jsdiff's createTwoFilesPatch) that is never computed when it
// would be large. Myers' algorithm costs O(lines × edits): first a linear lower bound on the edits (lines of
// one side missing from the other, counted as multisets), then jsdiff's own maxEditLength limit.
import { createTwoFilesPatch } from 'diff';

function lines(text: string): string[] {
  return text.split('\n');
}

/** At least this many line insertions and deletions separate `before` from `after`. Linear time. */
export function lineEditLowerBound(before: string, after: string): number {
  const counts = new Map<string, number>();
  for (const line of lines(before)) counts.set(line, (counts.get(line) ?? 0) + 1);
  let inserted = 0;
  for (const line of lines(after)) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else inserted++;
  }
  let deleted = 0;
  for (const left of counts.values()) deleted += left;
  return inserted + deleted;
}

/**
 * The unified diff (`context` lines around each change, 1 by default) from a/`path` to b/`path`, or null
 * when it needs more than `maxEdits` line insertions and deletions (then it is neither readable nor cheap
 * to compute).
 */
export function boundedUnifiedDiff(path: string, before: string, after: string, maxEdits: number, context = 1): string | null {
  if (lineEditLowerBound(before, after) > maxEdits) return null;
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context, maxEditLength: maxEdits }) ?? null;
}
