// Test support for the Action tests: small Chinese trackers in the seed's column layout, pull requests on
// the fake GitHub, and the event payloads the runner would hand the Action for them.
import type { FakeGitHubState, FakePull } from './fake-github.js';

export const HEADER = [
  '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|',
  '| :-----| :-----| :-----| :-----| :-----| :-----| :-----|',
];

export interface RowSpec {
  title: string;
  url: string;
  date: string;
  rating: string;
  source?: string;
  difficulty?: string;
}

export function row(spec: RowSpec): string {
  return `|[${spec.title}](${spec.url})|${spec.source ?? '作者'}|${spec.date}|${spec.title}的介绍。|${spec.rating}|${spec.difficulty ?? '❗'}||`;
}

/** A tracker whose table starts at line 8 (first body row on line 9). */
export function tracker(rows: string[]): string {
  return ['# 测试资料汇总', '', '>此页面持续追踪相关的技术资料。', '', '## 技术原理', '', ...HEADER, ...rows, ''].join('\n');
}

export const FIRST_ROW_LINE = 9;

export function configYaml(extra = ''): string {
  return ['links:', '  allowPrivateHosts: true', '  retries: 0', '  timeout: 5s', extra].join('\n');
}

export function pullRequestPayload(state: FakeGitHubState, repoName: string, pull: FakePull): Record<string, unknown> {
  const repo = state.repo(repoName);
  const headRepo = pull.headRepoId === null ? null : state.repos.get(pull.headRepoId)!;
  const head = state.headCommit(repo, pull)!;
  return {
    action: 'synchronize',
    number: pull.number,
    pull_request: {
      number: pull.number,
      head: { sha: head.sha, ref: pull.headRef, repo: headRepo ? { full_name: headRepo.fullName } : null },
      base: { sha: repo.branches.get(pull.baseRef), ref: pull.baseRef, repo: { full_name: repo.fullName } },
    },
    repository: { full_name: repo.fullName },
  };
}

/** The PR head's files: what actions/checkout puts in the workspace for the pull request. */
export function headTree(state: FakeGitHubState, repoName: string, pull: FakePull): Record<string, string> {
  return Object.fromEntries(state.headCommit(state.repo(repoName), pull)!.tree);
}

export function headSha(state: FakeGitHubState, repoName: string, pull: FakePull): string {
  return state.headCommit(state.repo(repoName), pull)!.sha;
}

export function issueCommentPayload(
  repoName: string,
  pullNumber: number,
  comment: { body: string; login: string; association: string },
): Record<string, unknown> {
  return {
    action: 'created',
    issue: { number: pullNumber, pull_request: { url: `https://api.github.example/repos/${repoName}/pulls/${pullNumber}` } },
    comment: { body: comment.body, user: { login: comment.login, type: 'User' }, author_association: comment.association },
    repository: { full_name: repoName },
  };
}
