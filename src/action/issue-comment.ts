// Action adapter › fix-command executor (issue_comment): carries out planFixCommand and planFixCommit.
// `/tracker-bot fix` on a pull request, from someone with write access (OWNER, MEMBER or COLLABORATOR, or
// write permission), applies every safe fix (the sort included) to the tracker files the PR changes and
// commits them to its branch through the contents API. The workspace holds the default branch here, so the
// PR head's files are read through the API. Same-repo PRs only.
import { escapeWorkflowValue as logSafe } from '../report/workflow-commands.js';
import * as core from '@actions/core';
import { fixSource } from '../core/fix.js';
import {
  commenterCanWrite,
  createIssueComment,
  commitFile,
  getPullRequest,
  listPullRequestFiles,
  readFile,
  type GitHubClient,
} from './api/index.js';
import { withPullRequestConfig } from './config.js';
import { requireOctokit, type ActionRunContext, type RepoRef } from './context.js';
import { commentFromPayload } from './events.js';
import { planFixCommand, planFixCommit } from './plan.js';
import { langOf, runLang } from './settings.js';
import { WriteAccess } from './write-access.js';
import { localFixCommand } from './fix-command.js';
import { renderFixApplied, renderFixFromFork, renderFixNoFiles, renderFixNotOpen } from '../report/fix-advice.js';

async function reply(octokit: GitHubClient, repo: RepoRef, issueNumber: number, body: string, writes: WriteAccess): Promise<void> {
  await writes.attempt('replying to the command', () => createIssueComment(octokit, { owner: repo.owner, repo: repo.repo, issueNumber, body }));
}

export async function runIssueComment(runCtx: ActionRunContext): Promise<number> {
  const command = planFixCommand(commentFromPayload(runCtx.payload));
  if (command.kind === 'ignore') {
    core.info(`tracker-bot: ${command.log}`);
    return 0;
  }
  const octokit = requireOctokit(runCtx);
  const { repo } = runCtx;
  const trusted = await commenterCanWrite(octokit, {
    owner: repo.owner,
    repo: repo.repo,
    username: command.login,
    authorAssociation: command.authorAssociation,
  });
  if (!trusted) {
    core.info(`tracker-bot: @${logSafe(command.login)} (${logSafe(command.authorAssociation)}) has no write access; ignoring /tracker-bot fix`);
    return 0;
  }
  const writes = new WriteAccess();
  const pr = await getPullRequest(octokit, { owner: repo.owner, repo: repo.repo, pullNumber: command.pullNumber });
  const files = await listPullRequestFiles(octokit, { owner: repo.owner, repo: repo.repo, pullNumber: pr.number });
  const ctx = await withPullRequestConfig(runCtx, octokit, { sha: pr.baseSha, ref: pr.baseRef });
  const plan = planFixCommit(ctx, pr, files);
  const { paths } = plan;
  const fallbackLang = runLang(ctx, undefined);

  if (plan.kind === 'reply') {
    if (plan.reason === 'not-same-repo') core.info(`tracker-bot: pull request #${pr.number} comes from ${logSafe(pr.headRepo ?? 'a deleted fork')}; not committing`);
    const body =
      plan.reason === 'not-open'
        ? renderFixNotOpen(fallbackLang)
        : plan.reason === 'not-same-repo'
          ? renderFixFromFork(localFixCommand(paths), fallbackLang)
          : renderFixNoFiles(fallbackLang);
    await reply(octokit, repo, pr.number, body, writes);
    return 0;
  }

  const commits: { path: string; applied: number; sha: string }[] = [];
  let lang = fallbackLang;
  for (const path of paths) {
    const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path, ref: plan.branch });
    if (!file) continue;
    const fileLang = langOf(ctx, file.content);
    if (path === paths[0]) lang = fileLang;
    const result = fixSource(file.content, { config: ctx.config, lang: fileLang, now: ctx.now });
    if (result.output === file.content) continue;
    const commit = await writes.attempt('committing the fixes', () =>
      commitFile(octokit, {
        owner: repo.owner,
        repo: repo.repo,
        branch: plan.branch,
        path,
        content: result.output,
        sha: file.sha,
        message: `Apply tracker-bot fixes to ${path}\n\nRequested by @${command.login} with /tracker-bot fix.`,
      }),
    );
    if (!commit) return 0;
    core.info(`tracker-bot: committed ${result.applied} fixes to ${logSafe(path)} as ${commit.commitSha}`);
    commits.push({ path, applied: result.applied, sha: commit.commitSha });
  }
  await reply(octokit, repo, pr.number, renderFixApplied(commits, paths, ctx.inputs.files, lang), writes);
  return 0;
}
