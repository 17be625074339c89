// Plans are pure: Settings, an event and a file list in, a plan out. No file is read and no API is called.
import { describe, expect, it } from 'vitest';
import type { PullRequestInfo } from '../../src/action/api/pull-request.js';
import type { CommentEvent, PullRequestEvent } from '../../src/action/events.js';
import {
  needsApi,
  planFixCommand,
  planFixCommit,
  planPullRequest,
  planPush,
  planSchedule,
  runKindOf,
} from '../../src/action/plan.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { settingsFor } from './settings-for.js';

const PR: PullRequestEvent = { number: 7, headSha: 'h'.repeat(40), headRef: 'feature', headRepo: 'octo/list', baseSha: 'b'.repeat(40), baseRef: 'main', isSameRepo: true };
const FORK: PullRequestEvent = { ...PR, headRepo: 'someone/list', isSameRepo: false };
const FILES = [
  { path: 'README.md', status: 'modified' },
  { path: 'docs/old.md', status: 'removed' },
  { path: 'src/app.ts', status: 'modified' },
];

describe('runKindOf and needsApi', () => {
  it('maps each event to its plan, report-from first', () => {
    const kind = (eventName: string, inputs: Record<string, string> = {}) => runKindOf(settingsFor(inputs, { eventName }));
    expect(kind('pull_request')).toBe('pull-request');
    expect(kind('pull_request_target')).toBe('pull-request');
    expect(kind('push')).toBe('push');
    expect(kind('issue_comment')).toBe('fix-command');
    expect(kind('schedule')).toBe('schedule');
    expect(kind('workflow_dispatch')).toBe('schedule');
    expect(kind('release')).toBeNull();
    expect(kind('workflow_run', { 'report-from': 'report.json' })).toBe('publish-report');
  });

  it('loads the API for a push only when links are checked', () => {
    expect(needsApi(settingsFor({}, { eventName: 'push' }))).toBe(false);
    expect(needsApi(settingsFor({ 'check-links': 'all' }, { eventName: 'push' }))).toBe(true);
    expect(needsApi(settingsFor({}, { eventName: 'pull_request' }))).toBe(true);
    expect(needsApi(settingsFor({}, { eventName: 'release' }))).toBe(false);
  });
});

describe('planPush', () => {
  it('lints whole files and checks links only when asked', () => {
    expect(planPush(settingsFor({}, { eventName: 'push' }), ['README.md'])).toEqual({ paths: ['README.md'], checkLinks: false, linkBudgetMs: 600_000, failOn: 'error' });
    expect(planPush(settingsFor({ 'check-links': 'changed', 'fail-on': 'warning' }), ['README.md'])).toMatchObject({ checkLinks: true, failOn: 'warning' });
  });

  it('takes the link budget from the config when it sets one', () => {
    const config = { ...defaultConfig(), links: { ...defaultConfig().links, budget: 5_000 } };
    expect(planPush(settingsFor({ 'check-links': 'all' }, { config }), []).linkBudgetMs).toBe(5_000);
  });
});

describe('planPullRequest', () => {
  it('selects the changed tracker files and checks the changed rows by default', () => {
    const plan = planPullRequest(settingsFor({}, { eventName: 'pull_request' }), PR, FILES);
    expect(plan).toEqual({
      paths: ['README.md'],
      readFrom: { kind: 'workspace' },
      focus: 'changed',
      links: 'changed',
      linkBudgetMs: 600_000,
      sort: 'check',
      sortForkFallback: false,
      comment: true,
      suggestions: true,
      failOn: 'error',
    });
  });

  it('never lints a removed file, and follows the files patterns', () => {
    expect(planPullRequest(settingsFor({ files: 'docs/*.md' }), PR, FILES).paths).toEqual([]);
    expect(planPullRequest(settingsFor({ files: '**/*.md' }), PR, [...FILES, { path: 'docs/new.md', status: 'added' }]).paths).toEqual(['README.md', 'docs/new.md']);
  });

  it('commits the sort on a same-repository branch and suggests it on a fork', () => {
    expect(planPullRequest(settingsFor({ sort: 'commit' }), PR, FILES)).toMatchObject({ sort: 'commit', sortForkFallback: false });
    expect(planPullRequest(settingsFor({ sort: 'commit' }), FORK, FILES)).toMatchObject({ sort: 'suggest', sortForkFallback: true });
    expect(planPullRequest(settingsFor({ sort: 'off' }), FORK, FILES)).toMatchObject({ sort: 'off', sortForkFallback: false });
  });

  it('reads pull_request_target files from the head repository at the head commit', () => {
    const plan = planPullRequest(settingsFor({}, { eventName: 'pull_request_target' }), FORK, FILES);
    expect(plan.readFrom).toEqual({ kind: 'api', repo: { owner: 'someone', repo: 'list' }, ref: PR.headSha });
    expect(() => planPullRequest(settingsFor({}, { eventName: 'pull_request_target' }), { ...FORK, headRepo: null }, FILES)).toThrow(
      /head repository no longer exists/,
    );
  });

  it('follows scope, check-links, comment and suggestions', () => {
    const plan = planPullRequest(settingsFor({ scope: 'all', 'check-links': 'none', comment: 'false', suggestions: 'false' }), PR, FILES);
    expect(plan).toMatchObject({ focus: 'all', links: 'none', comment: false, suggestions: false });
  });
});

describe('planSchedule', () => {
  it('scans every link and keeps the tracking issue', () => {
    const plan = planSchedule(settingsFor({}, { eventName: 'schedule' }), ['README.md']);
    expect(plan).toEqual({
      paths: ['README.md'],
      links: { kind: 'all' },
      linkBudgetMs: 3_600_000,
      cachePath: '/work/space/.tracker-bot/cache.json',
      deadAfter: 2,
      issue: { label: 'dead-links', title: null },
      fixPr: false,
      failOn: 'error',
    });
  });

  it('a shard only checks its slice: no issue, no fix pull request', () => {
    const plan = planSchedule(settingsFor({ shard: '2/3', 'fix-pr': 'true' }), ['README.md']);
    expect(plan).toMatchObject({ links: { kind: 'shard', shard: { index: 2, count: 3 } }, issue: null, fixPr: false });
  });

  it('a merge joins shard reports and then manages the issue like a single run', () => {
    const plan = planSchedule(settingsFor({ 'merge-reports': 'shards/*.json', 'fix-pr': 'true', 'issue-title': 'Dead links' }), ['README.md']);
    expect(plan).toMatchObject({ links: { kind: 'merge', reports: 'shards/*.json' }, issue: { label: 'dead-links', title: 'Dead links' }, fixPr: true });
  });

  it('refuses no files and shard with merge-reports', () => {
    expect(() => planSchedule(settingsFor({ files: 'LIST.md' }), [])).toThrow(/^input files: no tracker file matches LIST\.md$/);
    expect(() => planSchedule(settingsFor({ shard: '1/2', 'merge-reports': 'x' }), ['README.md'])).toThrow(/cannot be used together/);
  });
});

describe('planFixCommand and planFixCommit', () => {
  const comment: CommentEvent = {
    action: 'created',
    issueNumber: 7,
    isPullRequest: true,
    body: '/tracker-bot fix',
    login: 'maintainer',
    userType: 'User',
    authorAssociation: 'MEMBER',
  };

  it('asks about write access only for a new fix command on a pull request by a person', () => {
    expect(planFixCommand(comment)).toEqual({ kind: 'authorize', login: 'maintainer', authorAssociation: 'MEMBER', pullNumber: 7 });
    expect(planFixCommand(null).kind).toBe('ignore');
    expect(planFixCommand({ ...comment, isPullRequest: false }).kind).toBe('ignore');
    expect(planFixCommand({ ...comment, action: 'edited' }).kind).toBe('ignore');
    expect(planFixCommand({ ...comment, body: 'please /tracker-bot fix' }).kind).toBe('ignore');
    expect(planFixCommand({ ...comment, body: '/tracker-bot fixes' }).kind).toBe('ignore');
    expect(planFixCommand({ ...comment, userType: 'Bot' }).kind).toBe('ignore');
    expect(planFixCommand({ ...comment, action: undefined, body: '  /tracker-bot fix now' }).kind).toBe('authorize');
  });

  const pull: PullRequestInfo = {
    number: 7,
    state: 'open',
    merged: false,
    draft: false,
    authorLogin: 'contributor',
    headRef: 'feature',
    headSha: PR.headSha,
    headRepo: 'octo/list',
    baseRef: 'main',
    baseSha: PR.baseSha,
    baseRepo: 'octo/list',
    isSameRepo: true,
    url: 'https://github.com/octo/list/pull/7',
  };

  it('commits to the head branch of an open same-repository pull request, else says why not', () => {
    const settings = settingsFor({}, { eventName: 'issue_comment' });
    expect(planFixCommit(settings, pull, FILES)).toEqual({ kind: 'commit', paths: ['README.md'], branch: 'feature' });
    expect(planFixCommit(settings, { ...pull, state: 'closed' }, FILES)).toMatchObject({ kind: 'reply', reason: 'not-open' });
    expect(planFixCommit(settings, { ...pull, isSameRepo: false, headRepo: 'someone/list' }, FILES)).toEqual({ kind: 'reply', reason: 'not-same-repo', paths: ['README.md'] });
    expect(planFixCommit(settings, pull, [{ path: 'src/app.ts', status: 'modified' }])).toMatchObject({ kind: 'reply', reason: 'no-files' });
  });
});
