import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPullRequest } from '../../../src/action/api/pull-request.js';
import { commenterCanWrite, getCollaboratorPermission, isTrustedAssociation } from '../../../src/action/api/comment-permission.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.github.state.addRepo({ owner: 'acme', name: 'awesome', files: { 'README.md': 'a\n' } });
  h.github.state.addRepo({ owner: 'forker', name: 'awesome' });
  h.github.state.addPullRequest({ repo: 'acme/awesome', number: 1, headRef: 'same', changes: { 'README.md': 'b\n' } });
  h.github.state.addPullRequest({ repo: 'acme/awesome', number: 2, headRef: 'main', headRepo: 'forker/awesome', changes: { 'README.md': 'c\n' }, author: 'forker' });
});
afterEach(async () => {
  await h.github.close();
});

describe('getPullRequest', () => {
  it('tells a same-repository pull request from a fork', async () => {
    const same = await getPullRequest(h.octokit, { owner: 'acme', repo: 'awesome', pullNumber: 1 });
    const mainSha = h.github.state.repo('acme/awesome').branches.get('main');
    expect(same).toMatchObject({
      number: 1,
      state: 'open',
      headRef: 'same',
      headRepo: 'acme/awesome',
      baseRef: 'main',
      baseSha: mainSha,
      baseRepo: 'acme/awesome',
      isSameRepo: true,
      url: 'https://github.com/acme/awesome/pull/1',
    });
    expect(same.headSha).toBe(h.github.state.repo('acme/awesome').branches.get('same'));
    const fork = await getPullRequest(h.octokit, { owner: 'acme', repo: 'awesome', pullNumber: 2 });
    expect(fork).toMatchObject({ headRepo: 'forker/awesome', headRef: 'main', isSameRepo: false, authorLogin: 'forker' });
  });

  it('treats a pull request whose fork was deleted as not same-repo', async () => {
    h.github.state.deleteRepo('forker/awesome');
    const fork = await getPullRequest(h.octokit, { owner: 'acme', repo: 'awesome', pullNumber: 2 });
    expect(fork).toMatchObject({ headRepo: null, isSameRepo: false });
  });
});

describe('comment permission', () => {
  it('trusts owners, members and collaborators by association', () => {
    expect(['OWNER', 'MEMBER', 'COLLABORATOR', 'member'].map(isTrustedAssociation)).toEqual([true, true, true, true]);
    expect(['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'NONE', '', null, undefined].map(isTrustedAssociation)).toEqual([
      false, false, false, false, false, false,
    ]);
  });

  it('asks the permission API when the association is not enough', async () => {
    h.github.state.setPermission('acme/awesome', 'private-member', 'maintain');
    h.github.state.user('drive-by');
    const repo = { owner: 'acme', repo: 'awesome' };
    expect(await getCollaboratorPermission(h.octokit, { ...repo, username: 'private-member' })).toBe('maintain');
    expect(await getCollaboratorPermission(h.octokit, { ...repo, username: 'drive-by' })).toBe('read');
    expect(await getCollaboratorPermission(h.octokit, { ...repo, username: 'nobody-at-all' })).toBe('none');
    expect(await commenterCanWrite(h.octokit, { ...repo, username: 'private-member', authorAssociation: 'CONTRIBUTOR' })).toBe(true);
    expect(await commenterCanWrite(h.octokit, { ...repo, username: 'drive-by', authorAssociation: 'NONE' })).toBe(false);
    const calls = h.github.requestsTo('GET', /\/collaborators\/.+\/permission$/).length;
    expect(await commenterCanWrite(h.octokit, { ...repo, username: 'acme', authorAssociation: 'OWNER' })).toBe(true);
    expect(h.github.requestsTo('GET', /\/collaborators\/.+\/permission$/)).toHaveLength(calls);
  });
});
