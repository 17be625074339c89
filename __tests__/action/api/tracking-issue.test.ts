import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRACKING_ISSUE_MARKER, upsertTrackingIssue, type TrackingIssueParams } from '../../../src/action/api/tracking-issue.js';
import { isPermissionError } from '../../../src/action/api/errors.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.github.state.addRepo({ owner: 'acme', name: 'awesome', files: { 'README.md': '# list\n' } });
});
afterEach(async () => {
  await h.github.close();
});

const params = (over: Partial<TrackingIssueParams> = {}): TrackingIssueParams => ({
  owner: 'acme',
  repo: 'awesome',
  label: 'dead-links',
  labelDescription: 'Links tracker-bot found dead',
  title: '失效链接报告',
  body: '3 dead links',
  open: true,
  closeComment: '所有链接已恢复。',
  ...over,
});

describe('upsertTrackingIssue', () => {
  it('creates the label and the issue, edits it in place, closes it as completed, reopens the same issue', async () => {
    const created = await upsertTrackingIssue(h.octokit, params());
    expect(created.action).toBe('created');
    const repo = h.github.state.repo('acme/awesome');
    expect(repo.label('dead-links')).toMatchObject({ name: 'dead-links', color: 'b60205', description: 'Links tracker-bot found dead' });
    const issue = repo.issues.get(created.number as number);
    expect(issue).toMatchObject({ title: '失效链接报告', body: `${TRACKING_ISSUE_MARKER}\n3 dead links`, state: 'open' });
    expect(issue?.user.type).toBe('Bot');

    expect(await upsertTrackingIssue(h.octokit, params())).toMatchObject({ action: 'unchanged', number: created.number });
    expect(await upsertTrackingIssue(h.octokit, params({ body: '2 dead links' }))).toMatchObject({
      action: 'updated',
      number: created.number,
    });
    expect(issue?.body).toBe(`${TRACKING_ISSUE_MARKER}\n2 dead links`);

    const closed = await upsertTrackingIssue(h.octokit, params({ open: false, body: 'all good' }));
    expect(closed).toMatchObject({ action: 'closed', number: created.number });
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(h.github.state.issueComments('acme/awesome', created.number as number).map((c) => c.body)).toEqual([
      '所有链接已恢复。',
    ]);
    expect(await upsertTrackingIssue(h.octokit, params({ open: false }))).toMatchObject({ action: 'unchanged' });

    const reopened = await upsertTrackingIssue(h.octokit, params({ body: '1 dead link' }));
    expect(reopened).toMatchObject({ action: 'reopened', number: created.number });
    expect(issue).toMatchObject({ state: 'open', stateReason: 'reopened', body: `${TRACKING_ISSUE_MARKER}\n1 dead link` });
    expect(repo.issues.size).toBe(1);
    expect(h.github.requestsTo('POST', '/repos/acme/awesome/labels')).toHaveLength(1);
    expect(h.github.requestsTo('POST', '/repos/acme/awesome/issues')).toHaveLength(1);
  });

  it('does nothing when all is well and no issue exists', async () => {
    expect(await upsertTrackingIssue(h.octokit, params({ open: false }))).toEqual({ number: null, url: null, action: 'none' });
    expect(h.github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('reuses an existing label without recreating it', async () => {
    h.github.state.ensureLabel(h.github.state.repo('acme/awesome'), 'Dead-Links', '000000');
    await upsertTrackingIssue(h.octokit, params());
    expect(h.github.requestsTo('POST', '/repos/acme/awesome/labels')).toHaveLength(0);
    expect(h.github.state.repo('acme/awesome').label('dead-links')?.color).toBe('000000');
  });

  it('never touches a human issue carrying the marker and label, nor unrelated issues', async () => {
    const human = h.github.state.addIssue({
      repo: 'acme/awesome',
      title: 'copied',
      author: 'mallory',
      body: `${TRACKING_ISSUE_MARKER}\nhuman text`,
      labels: ['dead-links'],
    });
    const unrelated = h.github.state.addIssue({ repo: 'acme/awesome', title: 'feature', body: 'please', labels: ['dead-links'] });
    const otherBot = h.github.state.addIssue({
      repo: 'acme/awesome',
      title: 'other bot',
      author: 'renovate[bot]',
      body: 'dependency dashboard',
      labels: ['dead-links'],
    });
    const created = await upsertTrackingIssue(h.octokit, params());
    expect(created.action).toBe('created');
    expect([human.number, unrelated.number, otherBot.number]).not.toContain(created.number);
    await upsertTrackingIssue(h.octokit, params({ open: false }));
    expect(human).toMatchObject({ state: 'open', body: `${TRACKING_ISSUE_MARKER}\nhuman text` });
    expect(unrelated).toMatchObject({ state: 'open', body: 'please' });
    expect(otherBot.state).toBe('open');
    const patched = h.github.requestsTo('PATCH', /\/issues\/\d+$/).map((r) => r.path);
    expect(patched).toEqual([`/repos/acme/awesome/issues/${created.number}`]);
  });

  it('ignores pull requests that carry the label and marker', async () => {
    const pull = h.github.state.addPullRequest({ repo: 'acme/awesome', headRef: 'x', changes: { 'a.md': 'a\n' }, author: 'dependabot[bot]' });
    const prIssue = h.github.state.repo('acme/awesome').issues.get(pull.number)!;
    prIssue.body = TRACKING_ISSUE_MARKER;
    prIssue.labels = [h.github.state.ensureLabel(h.github.state.repo('acme/awesome'), 'dead-links')];
    const result = await upsertTrackingIssue(h.octokit, params());
    expect(result.action).toBe('created');
    expect(result.number).not.toBe(pull.number);
  });

  it('prefers the open issue over an older closed one', async () => {
    const first = await upsertTrackingIssue(h.octokit, params());
    await upsertTrackingIssue(h.octokit, params({ open: false }));
    // A stray second bot issue, open (e.g. created by hand with the bot token).
    const repo = h.github.state.repo('acme/awesome');
    const stray = h.github.state.createIssue(repo, h.github.state.appUser, 't', `${TRACKING_ISSUE_MARKER}\nx`, ['dead-links']);
    const result = await upsertTrackingIssue(h.octokit, params({ body: 'new' }));
    expect(result).toMatchObject({ action: 'updated', number: stray.number });
    expect(repo.issues.get(first.number as number)?.state).toBe('closed');
  });

  it('reports a read-only token as a permission error', async () => {
    h.github.setReadOnly(true);
    const error = await upsertTrackingIssue(h.octokit, params()).catch((e: unknown) => e);
    expect(isPermissionError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'GitHub API: POST /repos/acme/awesome/labels failed: 403 Resource not accessible by integration',
    );
  });

  it('keeps one issue when two runs create theirs at once, closing the other as a duplicate of the one kept', async () => {
    const [a, b] = await Promise.all([upsertTrackingIssue(h.octokit, params()), upsertTrackingIssue(h.octokit, params())]);
    const repo = h.github.state.repo('acme/awesome');
    const open = [...repo.issues.values()].filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(a.number).toBe(open[0]!.number);
    expect(b.number).toBe(open[0]!.number);
    const closed = [...repo.issues.values()].filter((i) => i.state === 'closed');
    expect(closed).toHaveLength(1);
    expect(h.github.state.issueComments('acme/awesome', closed[0]!.number).map((c) => c.body)).toContain(
      `Duplicate of #${open[0]!.number}: tracker-bot keeps one tracking issue.`,
    );
  });

  it('closes a duplicate left by an earlier race on the next run', async () => {
    const first = await upsertTrackingIssue(h.octokit, params());
    const extra = await h.octokit.rest.issues.create({ owner: 'acme', repo: 'awesome', title: 'x', body: `${TRACKING_ISSUE_MARKER}\nold`, labels: ['dead-links'] });
    const next = await upsertTrackingIssue(h.octokit, params({ body: '4 dead links' }));
    expect(next).toMatchObject({ number: first.number, action: 'updated' });
    expect(h.github.state.repo('acme/awesome').issues.get(extra.data.number)?.state).toBe('closed');
  });
});
