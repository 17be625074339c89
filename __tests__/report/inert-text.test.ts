// Property test (fixed seed): hostile pull-request text fed into every message the bot posts — the sticky
// comment, the job summary, the tracking issue and the scan summary, a review suggestion, the fork reply's
// command and the sort diff — renders (remark-gfm → remark-rehype → rehype-raw, as HTML) with no link, image,
// HTML element, @mention, #N reference or autolink that came from the pull request's text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestionBody } from '../../src/action/api/review-suggestions.js';
import { renderPullRequestComment } from '../../src/report/comment.js';
import { localFixCommandBlock } from '../../src/action/fix-command.js';
import type { ScanFinding } from '../../src/action/scheduled/confirm.js';
import { renderIssueBody, renderScanSummary } from '../../src/report/tracking-issue.js';
import { sortDiffBlock } from '../../src/action/sort.js';
import { renderConfigNote, renderFixApplied, renderFixPullRequest, renderSortCommitted } from '../../src/report/fix-advice.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import type { Diagnostic, Lang } from '../../src/core/types.js';
import type { FileReport } from '../../src/report/model.js';
import { lineLinker } from '../../src/report/line-link.js';
import { neutralize } from '../../src/report/neutralize.js';
import { liveParts } from '../support/inert-markdown.js';

const lineUrl = lineLinker({ serverUrl: 'https://github.example', owner: 'octo', repo: 'tracker', sha: 'abc' });

const ATTACKS = [
  '![](//host/pixel.png)',
  '[click](//host/phish)',
  '\\[Approve\\]\\(//host/login\\)',
  '#1',
  'owner/repo#5',
  'GH-7',
  '@octocat',
  '@org/team',
  'mail@evil.example',
  'www.evil.example',
  'https://evil.example/x?a=1',
  'http://a.b/(c)',
  '//host/p',
  '`',
  '``',
  '```',
  '<img src=x onerror=alert(1)>',
  '<a href="//x">x</a>',
  '<details>',
  '</summary>',
  '&#91;x&#93;(//y)',
  '&lt;b&gt;',
  '[x]: //ref',
  '[x]',
  '|',
  '*',
  '_',
  '~~',
  '$x$',
  '\\',
  '\n',
  '\r\n',
  '\u202e',
  '\u0000',
  ' ',
  ':',
  '/',
  '(',
  ')',
  ']',
  '[',
  '!',
  'a',
  '资料',
];

const hostile = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ATTACKS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

function diagnostic(message: string, section: string, line: number): Diagnostic {
  return { rule: 'date-format', severity: 'warning', message, line, column: 1, endLine: line, endColumn: 2, section, fixable: false };
}

function report(text: string, lang: Lang): FileReport {
  return {
    path: `docs/${text}.md`,
    lang,
    diagnostics: [diagnostic(`Unexpected date "${text}", expected YYYY-MM-DD`, text, 9), diagnostic(text, 'Tools', 10)],
    links: [
      { url: text, line: 11, section: text, title: text, verdict: 'dead', status: 404, reason: { kind: 'http-status', status: 404 }, ms: 1 },
      { url: `https://a.example/${text}`, line: 12, section: null, title: text, verdict: 'redirected', status: 301, finalUrl: `https://b.example/${text}`, reason: { kind: 'http-status', status: 301 }, ms: 1 },
      { url: text, line: 13, section: text, title: text, verdict: 'blocked', status: 403, reason: { kind: 'http-status', status: 403 }, ms: 1 },
    ],
  };
}

function finding(text: string, kind: ScanFinding['kind']): ScanFinding {
  return {
    kind,
    file: `docs/${text}.md`,
    section: text,
    line: 20,
    title: text,
    url: text,
    canonicalUrl: text,
    status: 404,
    reason: { kind: 'http-status', status: 404 },
    ...(kind === 'moved' ? { finalUrl: `https://b.example/${text}` } : {}),
    firstSeen: '2023-01-01',
    streak: 3,
    ...(kind === 'dead' ? { archiveUrl: 'https://web.archive.org/web/2023/https://a.example/' } : {}),
  };
}

function everyMessage(text: string, lang: Lang): [string, string][] {
  const files = [report(text, lang)];
  const scanOptions = { lang, deadAfter: 3, scannedAt: '2023-01-02T00:00:00Z', lineUrl };
  const findings = (['dead', 'moved', 'suspected', 'blocked', 'error'] as const).map((kind) => finding(text, kind));
  const archived = [{ file: `docs/${text}.md`, section: text, line: 3, title: text, url: text }];
  return [
    ['comment', renderPullRequestComment({ lang, files, preexisting: files, withLinks: true, lineUrl, appendix: [] })],
    ['job summary', renderJobSummary(files, { lang, preexisting: files, lineUrl, withLinks: true })],
    ['tracking issue', renderIssueBody(findings, archived, scanOptions)],
    ['scan summary', renderScanSummary(findings, archived, 5, null, scanOptions)],
    ['review suggestion', suggestionBody({ path: 'README.md', line: 3, replacement: text.replace(/\r?\n/g, ' '), message: `- ${neutralize(text)} \`date-format\`` })],
    ['fork reply command', localFixCommandBlock([`docs/${text}.md`, 'README.md'], lang, {})],
    ['sort diff', sortDiffBlock(`docs/${text}.md`, `| ${text} |\n| b |\n`, `| b |\n| ${text} |\n`, lang)],
    ['fix reply', renderFixApplied([{ path: `docs/${text}.md`, applied: 2, sha: 'abcdef0' }], [`docs/${text}.md`], [text], lang)],
    ['nothing-to-fix reply', renderFixApplied([], [], [text], lang)],
    ['fix pull request', renderFixPullRequest('', [{ path: `docs/${text}.md`, movedReplaced: 1, lintFixes: 1 }], lang).body],
    ['config note', renderConfigNote('defaults', text, text, lang)],
    ['sort commit note', renderSortCommitted(`docs/${text}.md`, 'abcdef0', lang)],
  ];
}

// Both tests are CPU-bound and deterministic (fixed inputs, a fixed seed): 8 and 15 s alone, several times
// that on a loaded machine, so they get room beyond the default 30 s instead of failing under load.
describe('posted text is inert', () => {
  it('every attack from the issue, alone, in every message', { timeout: 300_000 }, () => {
    for (const attack of ATTACKS) {
      for (const [where, markdown] of everyMessage(attack, 'en')) expect(liveParts(markdown), `${where}: ${JSON.stringify(attack)}`).toEqual([]);
    }
  });

  it('random mixtures of them, in both languages (fixed seed)', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom<Lang>('en', 'zh'), (text, lang) => {
        for (const [where, markdown] of everyMessage(text, lang)) {
          const found = liveParts(markdown);
          if (found.length > 0) throw new Error(`${where}: ${JSON.stringify(text)} → ${found.join('; ')}`);
        }
      }),
      { seed: 1212, numRuns: 150 },
    );
  });
});

describe('long items', () => {
  it('cuts a 100k-character title on its own and keeps every other finding', () => {
    const long = 'x'.repeat(100_000);
    const diagnostics = Array.from({ length: 15 }, (_, i) => diagnostic(i === 2 ? `Unexpected date "${long}"` : `finding ${i}`, 'Tools', 10 + i));
    const body = renderPullRequestComment({ lang: 'en', files: [{ path: 'README.md', lang: 'en', diagnostics, links: [] }], preexisting: [], withLinks: false, appendix: [] });
    for (let i = 0; i < 15; i++) if (i !== 2) expect(body).toContain(`finding ${i}\n`);
    expect(body).toContain('xxx…');
    expect(body.length).toBeLessThan(5_000);
  });

  it('goes on filling after an item that does not fit, and says how many were left out', () => {
    const diagnostics = Array.from({ length: 40 }, (_, i) => diagnostic(i % 2 === 0 ? 'y'.repeat(550) : `short ${i}`, 'Tools', 10 + i));
    const files: FileReport[] = [{ path: 'README.md', lang: 'en', diagnostics, links: [] }];
    const body = renderJobSummary(files, { lang: 'en', withLinks: false });
    expect(body).toContain('short 39');
  });
});
