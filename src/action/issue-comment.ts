// Action adapter › issue_comment: `/tracker-bot fix` on a pull request, from someone with write access
// (OWNER, MEMBER or COLLABORATOR, or write permission), applies every safe fix (the sort included) to the
// tracker files the PR changes and commits them to its branch through the contents API. The workspace
// holds the default branch here, so the PR head's files are read through the API. Same-repo PRs only.
import { escapeWorkflowValue as logSafe } from '../report/workflow-commands.js';
import * as core from '@actions/core';
import { resolveLang } from '../app/analyze.js';
import { fixSource } from '../core/fix.js';
import type { Lang } from '../core/types.js';
import {
  commenterCanWrite,
  createIssueComment,
  commitFile,
  getPullRequest,
  listPullRequestFiles,
  readFile,
  type GitHubClient,
} from './api/index.js';
import { applyInputOverrides, loadPullRequestConfig } from './config.js';
import type { ActionRunContext, RepoRef } from './context.js';
import { requireOctokit } from './pull-request.js';
import { matchTrackerPaths } from './tracker-files.js';
import { WriteAccess } from './write-access.js';
import { localFixCommand } from './fix-command.js';
import { renderFixApplied, renderFixFromFork, renderFixNoFiles, renderFixNotOpen } from '../report/fix-advice.js';

export const FIX_COMMAND = /^\/tracker-bot\s+fix(?:\s|$)/;

interface CommentEvent {
  issueNumber: number;
  isPullRequest: boolean;
  body: string;
  login: string;
  userType: string;
  authorAssociation: string;
}

function commentFromPayload(payload: Record<string, unknown>): CommentEvent | null {
  const issue = payload['issue'] as { number?: unknown; pull_request?: unknown } | undefined;
  const comment = payload['comment'] as
    | { body?: unknown; author_association?: unknown; user?: { login?: unknown; type?: unknown } | null }
    | undefined;
  if (!issue || typeof issue.number !== 'number' || !comment) return null;
  return {
    issueNumber: issue.number,
    isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
    body: typeof comment.body === 'string' ? comment.body : '',
    login: typeof comment.user?.login === 'string' ? comment.user.login : '',
    userType: typeof comment.user?.type === 'string' ? comment.user.type : '',
    authorAssociation: typeof comment.author_association === 'string' ? comment.author_association : 'NONE',
  };
}

async function reply(octokit: GitHubClient, repo: RepoRef, issueNumber: number, body: string, writes: WriteAccess): Promise<void> {
  await writes.attempt('replying to the command', () => createIssueComment(octokit, { owner: repo.owner, repo: repo.repo, issueNumber, body }));
}

export async function runIssueComment(ctx: ActionRunContext): Promise<number> {
  const event = commentFromPayload(ctx.payload);
  const action = ctx.payload['action'];
  if (!event || !event.isPullRequest || (action !== undefined && action !== 'created')) {
    core.info('tracker-bot: not a new comment on a pull request; nothing to do');
    return 0;
  }
  if (!FIX_COMMAND.test(event.body.trim()) || event.userType === 'Bot') {
    core.info('tracker-bot: the comment is not a /tracker-bot fix command; nothing to do');
    return 0;
  }
  const octokit = requireOctokit(ctx);
  const { repo } = ctx;
  const trusted = await commenterCanWrite(octokit, {
    owner: repo.owner,
    repo: repo.repo,
    username: event.login,
    authorAssociation: event.authorAssociation,
  });
  if (!trusted) {
    core.info(`tracker-bot: @${logSafe(event.login)} (${logSafe(event.authorAssociation)}) has no write access; ignoring /tracker-bot fix`);
    return 0;
  }
  const writes = new WriteAccess();
  const pr = await getPullRequest(octokit, { owner: repo.owner, repo: repo.repo, pullNumber: event.issueNumber });
  const files = await listPullRequestFiles(octokit, { owner: repo.owner, repo: repo.repo, pullNumber: pr.number });
  const paths = matchTrackerPaths(files.filter((file) => file.status !== 'removed').map((file) => file.path), ctx.inputs.files);
  const { config: chosen } = await loadPullRequestConfig(octokit, repo, ctx.inputs.config, pr.baseSha, pr.baseRef);
  const config = applyInputOverrides(chosen, { allowPrivateHosts: false, sortOff: ctx.inputs.sort === 'off' });
  const override: Lang | undefined = ctx.inputs.lang === 'auto' ? undefined : ctx.inputs.lang;
  const fallbackLang: Lang = override ?? (config.lang === 'auto' ? 'en' : config.lang);

  if (pr.state !== 'open') {
    await reply(octokit, repo, pr.number, renderFixNotOpen(fallbackLang), writes);
    return 0;
  }
  if (!pr.isSameRepo) {
    core.info(`tracker-bot: pull request #${pr.number} comes from ${logSafe(pr.headRepo ?? 'a deleted fork')}; not committing`);
    await reply(octokit, repo, pr.number, renderFixFromFork(localFixCommand(paths), fallbackLang), writes);
    return 0;
  }
  if (paths.length === 0) {
    await reply(octokit, repo, pr.number, renderFixNoFiles(fallbackLang), writes);
    return 0;
  }

  const commits: { path: string; applied: number; sha: string }[] = [];
  let lang = fallbackLang;
  for (const path of paths) {
    const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path, ref: pr.headRef });
    if (!file) continue;
    const fileLang = resolveLang(file.content, config, override);
    if (path === paths[0]) lang = fileLang;
    const result = fixSource(file.content, { config, lang: fileLang, now: ctx.now });
    if (result.output === file.content) continue;
    const commit = await writes.attempt('committing the fixes', () =>
      commitFile(octokit, {
        owner: repo.owner,
        repo: repo.repo,
        branch: pr.headRef,
        path,
        content: result.output,
        sha: file.sha,
        message: `Apply tracker-bot fixes to ${path}\n\nRequested by @${event.login} with /tracker-bot fix.`,
      }),
    );
    if (!commit) return 0;
    core.info(`tracker-bot: committed ${result.applied} fixes to ${logSafe(path)} as ${commit.commitSha}`);
    commits.push({ path, applied: result.applied, sha: commit.commitSha });
  }
  await reply(octokit, repo, pr.number, renderFixApplied(commits, paths, ctx.inputs.files, lang), writes);
  return 0;
}
