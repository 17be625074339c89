// Test support › fake GitHub: splits a patch into hunks with their old/new ranges, so the fake can judge
// whether a review comment's line is part of the diff (independently of the code under test).
export interface PatchHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  text: string;
}

export function parsePatchHunks(patch: string): PatchHunk[] {
  const hunks: PatchHunk[] = [];
  let current: { hunk: PatchHunk; lines: string[] } | null = null;
  for (const line of patch.split('\n')) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (header) {
      if (current) hunks.push({ ...current.hunk, text: current.lines.join('\n') });
      const oldLines = header[2] === undefined ? 1 : Number(header[2]);
      const newLines = header[4] === undefined ? 1 : Number(header[4]);
      current = {
        hunk: {
          oldStart: oldLines === 0 ? Number(header[1]) + 1 : Number(header[1]),
          oldLines,
          newStart: newLines === 0 ? Number(header[3]) + 1 : Number(header[3]),
          newLines,
          text: '',
        },
        lines: [line],
      };
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) hunks.push({ ...current.hunk, text: current.lines.join('\n') });
  return hunks;
}
