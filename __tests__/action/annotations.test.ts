// The Action's annotation emitter: 10 per kind, new findings first, the rest counted.
import { describe, expect, it } from 'vitest';
import { emitAnnotations } from '../../src/action/annotations.js';
import type { Diagnostic } from '../../src/core/types.js';
import type { FileReport } from '../../src/report/model.js';

function diagnostic(line: number, severity: 'error' | 'warning'): Diagnostic {
  return { rule: 'date-format', severity, message: `line ${line}`, line, column: 1, endLine: line, endColumn: 5, section: 'S', fixable: false };
}

describe('emitAnnotations', () => {
  it('shows at most 10 of each kind, new lines first, and counts the rest', () => {
    const file: FileReport = {
      path: 'README.md',
      lang: 'en',
      diagnostics: [
        ...Array.from({ length: 15 }, (_, i) => diagnostic(i + 1, 'error')),
        ...Array.from({ length: 3 }, (_, i) => diagnostic(100 + i, 'warning')),
      ],
      links: [{ url: 'https://x.test/', line: 200, section: 'S', title: 'X', verdict: 'dead', status: 404, reason: { kind: 'http-status', status: 404 }, ms: 1 }],
    };
    const lines: string[] = [];
    const result = emitAnnotations([file], { newFirst: (_path, line) => line >= 12, write: (l) => lines.push(l) });
    expect(result).toEqual({ shown: { error: 10, warning: 3 }, omitted: { error: 6, warning: 0 } });
    const errorLines = lines.filter((l) => l.startsWith('::error')).map((l) => Number(/line=(\d+)/.exec(l)![1]));
    expect(errorLines).toEqual([12, 13, 14, 15, 200, 1, 2, 3, 4, 5]);
    expect(lines.find((l) => l.includes('Dead link'))).toContain('::error file=README.md,line=200,title=tracker-bot%3A Dead link::Dead link, the page does not exist (HTTP 404): X https://x.test/');
  });
});
