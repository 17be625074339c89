// End-to-end: the bundled Action on push (whole files, annotations and summary, no comment) and its
// one-line failures for bad inputs and config.
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import type { LinkServer } from '../support/link-server.js';
import { useActionServers } from '../support/action-servers.js';
import { FIRST_ROW_LINE, configYaml, row, tracker } from '../support/action-fixtures.js';
import { runAction } from '../support/action-run.js';

let gh: FakeGitHub;
let links: LinkServer;

useActionServers((servers) => ({ gh, links } = servers));

function workspace(extraRow: string): Record<string, string> {
  return {
    'README.md': tracker([
      row({ title: '文章一', url: links.url('/ok/1'), date: '2023-02-01', rating: '⭐⭐⭐⭐⭐' }),
      extraRow,
    ]),
    'docs/more.md': tracker([row({ title: '文章二', url: links.url('/status/410'), date: '2023-01-01', rating: '⭐' })]),
    '.tracker-bot.yml': configYaml(),
  };
}

describe('push', () => {
  it('lints whole files, annotates, writes the summary and the report, and posts no comment', async () => {
    const bad = row({ title: '坏', url: links.url('/ok/2'), date: '2023-02-30', rating: '⭐' });
    const result = await runAction({
      apiUrl: gh.url,
      eventName: 'push',
      payload: { ref: 'refs/heads/main' },
      workspace: workspace(bad),
      inputs: { files: 'README.md\ndocs/*.md' },
    });
    expect(result.code, result.stdout).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'README.md', line: String(FIRST_ROW_LINE + 1) }) }),
    ]);
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '0', 'dead-links': '0' });
    expect(result.summary).toContain('2023-02-30');
    expect(result.report).toMatchObject({ version: 1, files: [{ path: 'README.md' }, { path: 'docs/more.md' }] });
    expect(links.requests).toHaveLength(0);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('checks every link when check-links is all', async () => {
    const result = await runAction({
      apiUrl: gh.url,
      eventName: 'push',
      payload: {},
      workspace: workspace(row({ title: '好', url: links.url('/ok/2'), date: '2023-01-30', rating: '⭐' })),
      inputs: { files: 'README.md, docs/*.md', 'check-links': 'all', 'fail-on': 'never' },
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['dead-links']).toBe('1');
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'docs/more.md' }) })]);
  });

  it('fails with one line and exit 2 on a bad input or config', async () => {
    const badInput = await runAction({ apiUrl: gh.url, eventName: 'push', payload: {}, workspace: workspace(''), inputs: { scope: 'everything' } });
    expect(badInput.code).toBe(2);
    expect(badInput.stdout).toContain('::error::tracker-bot: input scope: "everything" is not one of changed, all');

    const badConfig = await runAction({
      apiUrl: gh.url,
      eventName: 'push',
      payload: {},
      workspace: { ...workspace(''), '.tracker-bot.yml': 'links:\n  timeout: soon\n' },
    });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([
      expect.stringMatching(/^::error::tracker-bot: \.tracker-bot\.yml: links\.timeout: invalid duration/),
    ]);
    expect(badConfig.stdout + badConfig.stderr).not.toMatch(/\n\s+at /);
  });

  it('a runner that cannot take the outputs (GITHUB_OUTPUT missing) gets one line and exit 2, after the summary', async () => {
    const result = await runAction({
      apiUrl: gh.url,
      eventName: 'push',
      payload: { ref: 'refs/heads/main' },
      workspace: workspace(''),
      env: { GITHUB_OUTPUT: '/nonexistent/tracker-bot/output.txt' },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^::error::tracker-bot: unexpected failure: Missing file at path: \/nonexistent\/tracker-bot\/output\.txt$/m);
    expect(result.stderr).toBe('');
    expect(result.summary).not.toBe('');
  });
});
