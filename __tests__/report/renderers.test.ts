// The renderers of src/report, each from the one report model: the counts they share, the pull-request
// comment, the job summary, annotations, fix advice, link destinations and the size cut; and the rule
// that src/report imports only src/core and itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/types.js';
import { ANNOTATIONS_PER_KIND, capAnnotations, collectAnnotations } from '../../src/report/annotations.js';
import { hasProblems, renderCommentBody } from '../../src/report/comment.js';
import {
  renderFixApplied,
  renderFixPullRequest,
  renderNextSteps,
  renderSortDiff,
  renderSuggestionComment,
  suggestionLinkReason,
  suggestionRuleReason,
} from '../../src/report/fix-advice.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import { lineLinker, workflowRunUrl } from '../../src/report/line-link.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { countFindings, countScanFindings, summarize, type FileReport } from '../../src/report/model.js';
import { markdownLink } from '../../src/report/neutralize.js';
import { renderText } from '../../src/report/text.js';
import { MARKDOWN_BODY_LIMIT, truncateMarkdown } from '../../src/report/truncate.js';

function diag(line: number, over: Partial<Diagnostic> = {}): Diagnostic {
  return { rule: 'date-format', severity: 'error', message: `Bad date on line ${line}`, line, column: 3, endLine: line, endColumn: 9, section: 'Papers', fixable: false, ...over };
}

const file: FileReport = {
  path: 'README.md',
  lang: 'en',
  diagnostics: [diag(5), diag(9, { severity: 'warning', rule: 'sort-order', fixable: true, section: 'Tools' })],
  links: [
    { url: 'https://a.test/x', line: 5, section: 'Papers', title: 'A', verdict: 'dead', status: 404, reason: { kind: 'http-status', status: 404 }, ms: 3 },
    { url: 'https://b.test/y', line: 6, section: 'Papers', title: 'B', verdict: 'redirected', status: 301, finalUrl: 'https://b.test/z', reason: { kind: 'http-status', status: 301 }, ms: 3 },
    { url: 'https://c.test/', line: 7, section: 'Papers', title: 'C', verdict: 'blocked', status: 403, reason: { kind: 'http-status', status: 403 }, ms: 3 },
    { url: 'https://d.test/', line: 8, section: 'Papers', title: 'D', verdict: 'alive', status: 200, reason: { kind: 'http-status', status: 200 }, ms: 3 },
  ],
};

const clean: FileReport = { path: 'README.md', lang: 'en', diagnostics: [], links: [] };

/** `<details>` and `</details>` alternate, starting with an opening one. */
function balancedFolds(markdown: string): boolean {
  let open = 0;
  for (const match of markdown.matchAll(/<\/?details>/g)) {
    open += match[0] === '<details>' ? 1 : -1;
    if (open < 0 || open > 1) return false;
  }
  return open === 0;
}

describe('countFindings: the one count', () => {
  const counts = countFindings([file]);

  it('counts dead links as errors and moved links as warnings in the headline figures, rule findings apart', () => {
    expect(counts).toMatchObject({ errors: 2, warnings: 2, deadLinks: 1, redirectedLinks: 1, fixable: 1, ruleErrors: 1, ruleWarnings: 1 });
    expect(counts.links).toEqual({ dead: 1, redirected: 1, blocked: 1, error: 0, alive: 1, skipped: 0 });
    expect([...counts.byRule]).toEqual([
      ['date-format', 1],
      ['sort-order', 1],
    ]);
  });

  it('is what the JSON summary, the text report and the Markdown report show', () => {
    expect(summarize([file], true)).toEqual({ errors: counts.ruleErrors, warnings: counts.ruleWarnings, fixable: counts.fixable, links: counts.links });
    expect(summarize([file], false)).not.toHaveProperty('links');
    expect(renderText([file], summarize([file], true), { color: false, lang: 'en' })).toContain('\n2 errors, 2 warnings');
    expect(renderMarkdown([file], summarize([file], true), { lang: 'en' })).toContain('**2 errors, 2 warnings**');
  });

  it('counts scan findings by kind, every kind present', () => {
    expect(countScanFindings([{ kind: 'dead' }, { kind: 'dead' }, { kind: 'blocked' }])).toEqual({ dead: 2, moved: 0, suspected: 0, blocked: 1, error: 0 });
  });
});

describe('pull-request comment', () => {
  it('renders the report while there are problems, the all-clear once there are none', () => {
    const problems = renderCommentBody({ lang: 'en', files: [file], preexisting: [], withLinks: true, appendix: [] });
    expect(problems).toContain('### tracker-bot report');
    expect(problems).toContain('**On the lines this change touches: 2 errors, 2 warnings**');
    const allClear = renderCommentBody({ lang: 'zh', files: [clean], preexisting: [], withLinks: false, appendix: [] });
    expect(allClear).toBe('### tracker-bot 检查报告\n\n✅ 已全部解决：本次修改的行中没有待处理的问题。\n');
  });

  it('keeps what was already there folded under the all-clear, without a second title', () => {
    const body = renderCommentBody({ lang: 'en', files: [clean], preexisting: [file], withLinks: false, appendix: [] });
    expect(body.match(/### tracker-bot report/g)).toHaveLength(1);
    expect(body).toContain('<details><summary>Problems already in the file before this change (4, not blocking)</summary>');
    expect(balancedFolds(body)).toBe(true);
  });

  it('has something to say when an appendix (a sort diff) is all there is', () => {
    expect(hasProblems({ files: [clean], appendix: [] })).toBe(false);
    expect(hasProblems({ files: [clean], appendix: ['#### Sort order'] })).toBe(true);
  });
});

describe('job summary', () => {
  it('counts each kind of problem, this change and what was already there apart', () => {
    const summary = renderJobSummary([file], { lang: 'en', preexisting: [{ ...file, links: [] }], withLinks: true });
    expect(summary).toContain('| Problems | This change | Already there |');
    expect(summary).toContain('| Dead links | 1 | 0 |');
    expect(summary).toContain('| Permanently moved links | 1 | 0 |');
    expect(summary).not.toMatch(/\| date-format \|/);
    expect(balancedFolds(summary)).toBe(true);
  });

  it('says how many annotations GitHub left out', () => {
    const summary = renderJobSummary([file], { lang: 'en', withLinks: false, annotations: { omitted: { error: 3, warning: 0 } } });
    expect(summary).toContain(`> 3 error and 0 warning annotations were not shown (GitHub shows ${ANNOTATIONS_PER_KIND} of each per step)`);
  });
});

describe('annotations', () => {
  it('yields rule findings and dead or moved links only, in the tracker language', () => {
    const all = collectAnnotations([file]);
    expect(all.map((a) => [a.level, a.line, a.source])).toEqual([
      ['error', 5, 'rule'],
      ['warning', 9, 'rule'],
      ['error', 5, 'link'],
      ['warning', 6, 'link'],
    ]);
    expect(all[2]!.title).toBe('tracker-bot: Dead link');
  });

  it('caps each kind and puts priority, then new lines, first', () => {
    const many: FileReport = { ...clean, diagnostics: Array.from({ length: 12 }, (_, i) => diag(10 + i)) };
    const capped = capAnnotations([many, file], { newFirst: (_path, line) => line === 21, priority: (a) => (a.source === 'link' ? 0 : 1) });
    expect(capped.shown).toEqual({ error: 10, warning: 2 });
    expect(capped.omitted).toEqual({ error: 4, warning: 0 });
    expect(capped.shownAnnotations[0]).toMatchObject({ line: 5, title: 'tracker-bot: Dead link' });
    expect(capped.shownAnnotations.filter((a) => a.level === 'error')[1]!.line).toBe(21);
  });
});

describe('fix advice', () => {
  const command = { command: 'tracker-bot fix README.md', omitted: [] };

  it('folds the local command with the one fold helper, with no blank line before a first block', () => {
    const only = renderNextSteps('en', { suggested: 0, fixable: 2, isSameRepo: false, command });
    expect(only[0]).toBe('<details><summary>Have a clone? Apply the fixes locally</summary>');
    expect(balancedFolds(only.join('\n'))).toBe(true);
    const all = renderNextSteps('en', { suggested: 1, fixable: 2, isSameRepo: true, command });
    expect(all[0]).toMatch(/^💡 Waiting on the diff: 1 one-click suggestion\./);
    expect(all).toContain('🛠️ Maintainers: comment `/tracker-bot fix` on this pull request to have the bot commit every safe fix.');
    expect(renderNextSteps('en', { suggested: 0, fixable: 0, isSameRepo: true, command })).toEqual([]);
  });

  it('shows a sort diff folded, in a fence its backticks cannot close, and names an omitted file inertly', () => {
    const block = renderSortDiff({ path: 'a.md', patch: '-| ```x |\n+| b |', lang: 'en', command: { command: 'tracker-bot fix a.md', omitted: ['@x.md'] } });
    expect(block).toContain('\n````diff\n-| ```x |\n+| b |\n````\n');
    expect(block).toContain('`@x.md`');
    expect(balancedFolds(block)).toBe(true);
    const ownRows = renderSortDiff({ path: 'a.md', patch: '', lang: 'zh' });
    expect(ownRows).not.toContain('<details>');
    expect(ownRows).not.toContain('tracker-bot fix');
  });

  it('replies to /tracker-bot fix with each commit, or with what had nothing to fix', () => {
    expect(renderFixApplied([{ path: 'README.md', applied: 2, sha: 'abcdef0123' }], ['README.md'], ['*.md'], 'en')).toBe('🛠️ Applied 2 fixes to `README.md` in commit abcdef0.');
    expect(renderFixApplied([], [], ['README.md', 'docs/*.md'], 'en')).toBe('✅ Nothing to fix in `README.md, docs/*.md`.');
  });

  it('writes a one-click suggestion: the reasons, a fence its backticks cannot close, the key last', () => {
    const message = [suggestionLinkReason(file.links[1]!, 'en'), suggestionRuleReason(diag(6, { message: 'Date <b>' }))].join('\n');
    expect(message).toBe('- Link moved permanently: B `https://b.test/y` → `https://b.test/z`\n- Date &lt;b&gt; `date-format`');
    expect(renderSuggestionComment(message, 'a ``` b', '<!-- k -->')).toBe(`${message}\n\n\`\`\`\`suggestion\na \`\`\` b\n\`\`\`\`\n<!-- k -->`);
  });

  it('writes the fix pull request with its marker first', () => {
    const { title, body } = renderFixPullRequest('<!-- m -->', [{ path: 'README.md', movedReplaced: 1, lintFixes: 2 }], 'en');
    expect(title).toBe('Fix moved links and URL parameters in the tracker');
    expect(body.split('\n')[0]).toBe('<!-- m -->');
    expect(body).toContain('- `README.md`: 1 moved links replaced, 2 URL-parameter and sort-order fixes');
  });
});

describe('links and size', () => {
  it('encodes what would end a link destination, and the line links the reports use', () => {
    expect(markdownLink('line 3', 'https://h.test/a b(c)"<d>')).toBe('[line 3](https://h.test/a%20b%28c%29%22%3Cd%3E)');
    const url = lineLinker({ serverUrl: 'https://github.com/', owner: 'o', repo: 'r', sha: 'abc' });
    const report = renderMarkdown([{ ...file, path: 'docs/my list (1).md' }], summarize([file], false), { lang: 'en', lineUrl: url });
    expect(report).toContain('[line 5](https://github.com/o/r/blob/abc/docs/my%20list%20%281%29.md?plain=1#L5)');
    expect(workflowRunUrl({ serverUrl: 'https://ghe.test/', owner: 'o', repo: 'r' }, '42')).toBe('https://ghe.test/o/r/actions/runs/42');
  });

  it('cuts a body over the limit at a line, closing an open fence, and leaves a short one alone', () => {
    expect(truncateMarkdown('short', 'note')).toBe('short');
    const body = `intro\n\`\`\`sh\n${'x\n'.repeat(200)}`;
    const cut = truncateMarkdown(body, '(cut)', 120);
    expect(cut.length).toBeLessThanOrEqual(120);
    expect(cut).toMatch(/\n```\n\n\(cut\)$/);
    expect(MARKDOWN_BODY_LIMIT).toBeLessThan(65_536);
  });
});

describe('src/report imports', () => {
  it('imports only src/core, its own files and libraries', () => {
    const dir = resolve(import.meta.dirname, '../../src/report');
    const bad: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(join(dir, name), 'utf8');
      for (const [, spec] of source.matchAll(/^\s*(?:import|export)\b[^'"]*from\s+'([^']+)'/gm)) {
        if (spec!.startsWith('.') && !spec!.startsWith('./') && !spec!.startsWith('../core/')) bad.push(`${name}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
