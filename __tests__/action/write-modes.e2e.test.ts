// End-to-end: the bundled Action's writing modes against the fake GitHub API — `sort: commit` (same-repo
// commits, forks fall back to a diff), the `/tracker-bot fix` command, and report-from publishing.
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import type { LinkServer } from '../support/link-server.js';
import { useActionServers } from '../support/action-servers.js';
import { FIRST_ROW_LINE, configYaml, headSha, issueCommentPayload, row, tracker } from '../support/action-fixtures.js';
import { runAction, runOnPullRequest } from '../support/action-run.js';

let gh: FakeGitHub;
let links: LinkServer;

useActionServers((servers) => ({ gh, links } = servers));

function baseRows(): string[] {
  return [
    row({ title: '文章一', url: links.url('/ok/1'), date: '2023-02-01', rating: '⭐⭐⭐⭐⭐' }),
    row({ title: '文章二', url: links.url('/ok/2'), date: '2023-01-15', rating: '⭐⭐⭐' }),
  ];
}

/** A four-star row appended after a three-star one: out of order. */
function unsortedRow(date = '2022-12-01'): string {
  return row({ title: '文章三', url: links.url('/ok/3'), date, rating: '⭐⭐⭐⭐' });
}

function sortedWith(added: string): string {
  const [first, second] = baseRows();
  return tracker([first!, added, second!]);
}

function createRepo(name: string, owner = 'octo'): string {
  gh.state.addRepo({ owner, name, files: { 'README.md': tracker(baseRows()), '.tracker-bot.yml': configYaml() } });
  return `${owner}/${name}`;
}

function runPullRequest(repo: string, pullNumber: number, inputs: Record<string, string> = {}) {
  return runOnPullRequest(gh, repo, pullNumber, { inputs });
}

describe('sort: commit', () => {
  it('commits the sorted file to a same-repo branch and reports the state after the commit', async () => {
    const repo = createRepo('sort-same');
    const pull = gh.state.addPullRequest({ repo, headRef: 'unsorted', changes: { 'README.md': tracker([...baseRows(), unsortedRow()]) } });
    const result = await runPullRequest(repo, pull.number, { sort: 'commit' });
    expect(result.code, result.stdout).toBe(0);
    expect(gh.requestsTo('PUT', `/repos/${repo}/contents/README.md`)).toHaveLength(1);
    expect(gh.state.readFile(repo, 'README.md', 'unsorted')).toBe(sortedWith(unsortedRow()));
    expect(result.outputs['warnings']).toBe('0');
    expect(result.annotations.some((a) => a.properties['title'] === 'tracker-bot: 各表的行按规定顺序排列')).toBe(false);
    const comment = gh.state.issueComments(repo, pull.number)[0]!;
    expect(comment.body).toContain('已在提交');
    expect(comment.body).toContain(headSha(gh.state, repo, pull).slice(0, 7));
  });

  it('does not commit to a fork; it shows the sorted table as a diff with the command to apply it', async () => {
    const repo = createRepo('sort-fork');
    gh.state.addRepo({ owner: 'forker', name: 'sort-fork' });
    const pull = gh.state.addPullRequest({
      repo,
      headRepo: 'forker/sort-fork',
      headRef: 'unsorted',
      changes: { 'README.md': tracker([...baseRows(), unsortedRow()]) },
    });
    const result = await runPullRequest(repo, pull.number, { sort: 'commit' });
    expect(result.code, result.stdout).toBe(0);
    expect(gh.requestsTo('PUT', /\/contents\//).filter((r) => r.path.includes('sort-fork'))).toHaveLength(0);
    expect(result.outputs['warnings']).toBe('1');
    const comment = gh.state.issueComments(repo, pull.number)[0]!;
    expect(comment.body).toContain('tracker-bot fix README.md');
    expect(comment.body).toContain('```diff');
    expect(comment.body).toContain('fork');
  });
});

describe('/tracker-bot fix', () => {
  async function runCommand(repo: string, pullNumber: number, login: string, association: string) {
    return runAction({
      apiUrl: gh.url,
      eventName: 'issue_comment',
      payload: issueCommentPayload(repo, pullNumber, { body: '/tracker-bot fix', login, association }),
      // On issue_comment the workspace holds the default branch.
      workspace: Object.fromEntries(gh.state.repo(repo).resolveRef(undefined)!.tree),
      repository: repo,
    });
  }

  it('from a maintainer: fixes and sorts the PR head and commits it', async () => {
    const repo = createRepo('fix-member');
    const pull = gh.state.addPullRequest({ repo, headRef: 'needs-fix', changes: { 'README.md': tracker([...baseRows(), unsortedRow('2022-12-1')]) } });
    const result = await runCommand(repo, pull.number, 'maintainer', 'MEMBER');
    expect(result.code, result.stdout).toBe(0);
    expect(gh.state.readFile(repo, 'README.md', 'needs-fix')).toBe(sortedWith(unsortedRow('2022-12-01')));
    const replies = gh.state.issueComments(repo, pull.number);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain('已在提交');
    expect(replies[0]!.body).toContain(headSha(gh.state, repo, pull).slice(0, 7));
  });

  it('from a stranger: commits nothing and stays silent', async () => {
    const repo = createRepo('fix-stranger');
    const pull = gh.state.addPullRequest({ repo, headRef: 'needs-fix', changes: { 'README.md': tracker([...baseRows(), unsortedRow('2022-12-1')]) } });
    const before = headSha(gh.state, repo, pull);
    const result = await runCommand(repo, pull.number, 'stranger', 'NONE');
    expect(result.code, result.stdout).toBe(0);
    expect(headSha(gh.state, repo, pull)).toBe(before);
    expect(gh.requestsTo('PUT', `/repos/${repo}/contents/README.md`)).toHaveLength(0);
    expect(gh.state.issueComments(repo, pull.number)).toHaveLength(0);
  });

  it('on a fork pull request: replies why instead of committing', async () => {
    const repo = createRepo('fix-fork');
    gh.state.addRepo({ owner: 'forker', name: 'fix-fork' });
    const pull = gh.state.addPullRequest({
      repo,
      headRepo: 'forker/fix-fork',
      headRef: 'needs-fix',
      changes: { 'README.md': tracker([...baseRows(), unsortedRow('2022-12-1')]) },
    });
    const result = await runCommand(repo, pull.number, 'maintainer', 'OWNER');
    expect(result.code, result.stdout).toBe(0);
    expect(gh.requestsTo('PUT', /\/contents\//).filter((r) => r.path.includes('fix-fork'))).toHaveLength(0);
    const replies = gh.state.issueComments(repo, pull.number);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain('fork');
  });
});

describe('report-from (two-stage fork workflow)', () => {
  async function stageOne(name: string) {
    const repo = createRepo(name);
    gh.state.addRepo({ owner: 'forker', name });
    const badRow = row({ title: '文章三', url: links.url('/status/404'), date: '2023-2-5', rating: '⭐⭐' });
    const pull = gh.state.addPullRequest({ repo, headRepo: `forker/${name}`, headRef: 'patch-1', changes: { 'README.md': tracker([...baseRows(), badRow]) } });
    gh.setReadOnly(true);
    try {
      const first = await runPullRequest(repo, pull.number, { comment: 'false', suggestions: 'false' });
      expect(first.code).toBe(1);
      return { repo, pull, report: first.report as Record<string, unknown>, fork: `forker/${name}` };
    } finally {
      gh.setReadOnly(false);
    }
  }

  async function stageTwo(repo: string, reportText: string, sha: string, fork: string) {
    return runAction({
      apiUrl: gh.url,
      eventName: 'workflow_run',
      payload: { action: 'completed', workflow_run: { head_sha: sha, head_repository: { full_name: fork }, event: 'pull_request' } },
      workspace: { 'artifact/tracker-bot-report.json': reportText },
      repository: repo,
      inputs: { 'report-from': 'artifact/tracker-bot-report.json' },
    });
  }

  it('publishes a valid report as the sticky comment', async () => {
    const { repo, pull, report, fork } = await stageOne('publish-ok');
    expect(gh.state.issueComments(repo, pull.number)).toHaveLength(0);
    const result = await stageTwo(repo, JSON.stringify(report), headSha(gh.state, repo, pull), fork);
    expect(result.code, result.stdout).toBe(0);
    const comments = gh.state.issueComments(repo, pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('- **文章三** · [第 '); expect(comments[0]!.body).toContain('  - ❌ 链接失效：页面不存在（HTTP 404）');
    expect(comments[0]!.body).toContain(`/README.md?plain=1#L${FIRST_ROW_LINE + 2}`);
    expect(result.outputs['dead-links']).toBe('1');
  });

  it('rejects a report whose head SHA is not the triggering run', async () => {
    const { repo, pull, report, fork } = await stageOne('publish-sha');
    const tampered = { ...report, pullRequest: { number: pull.number, headSha: 'f'.repeat(40) } };
    const result = await stageTwo(repo, JSON.stringify(tampered), headSha(gh.state, repo, pull), fork);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^::error::tracker-bot: report-from: rejected, the report is for head f{12}/m);
    expect(gh.state.issueComments(repo, pull.number)).toHaveLength(0);
  });

  it('rejects a report naming another pull request', async () => {
    const { repo, pull, report, fork } = await stageOne('publish-number');
    const other = gh.state.addPullRequest({ repo, headRef: 'other', changes: { 'README.md': tracker(baseRows().reverse()) } });
    const tampered = { ...report, pullRequest: { number: other.number, headSha: headSha(gh.state, repo, pull) } };
    const result = await stageTwo(repo, JSON.stringify(tampered), headSha(gh.state, repo, pull), fork);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`rejected, pull request #${other.number} is at head`);
    expect(gh.state.issueComments(repo, other.number)).toHaveLength(0);
  });

  it('rejects an oversize report and one that breaks the schema', async () => {
    const { repo, pull, report, fork } = await stageOne('publish-schema');
    const sha = headSha(gh.state, repo, pull);
    const oversize = JSON.stringify({ ...report, padding: 'x'.repeat(3 * 1024 * 1024) });
    const big = await stageTwo(repo, oversize, sha, fork);
    expect(big.code).toBe(2);
    expect(big.stdout).toMatch(/over the 2097152-byte limit/);

    const files = report['files'] as { diagnostics: Record<string, unknown>[] }[];
    const injected = { ...report, files: [{ ...files[0], diagnostics: [{ ...files[0]!.diagnostics[0], html: '<img src=x>' }] }] };
    const bad = await stageTwo(repo, JSON.stringify(injected), sha, fork);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/report-from artifact\/tracker-bot-report.json: rejected, files\[0\]\.diagnostics\[0\]/);

    const escaping = { ...report, files: [{ ...files[0], path: '../../etc/passwd' }] };
    const outside = await stageTwo(repo, JSON.stringify(escaping), sha, fork);
    expect(outside.code).toBe(2);
    expect(gh.state.issueComments(repo, pull.number)).toHaveLength(0);
  });
});

