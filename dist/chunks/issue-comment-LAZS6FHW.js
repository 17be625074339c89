import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  WriteAccess,
  commentFromPayload,
  localFixCommand
} from "./chunk-JNKXYZ72.js";
import {
  fixSource
} from "./chunk-E3CT2VQN.js";
import {
  langOf,
  planFixCommand,
  planFixCommit,
  runLang,
  withPullRequestConfig
} from "./chunk-CUJBB4E4.js";
import "./chunk-SINAV7QO.js";
import "./chunk-VRCVEGMT.js";
import {
  requireOctokit
} from "./chunk-4QZDYUUY.js";
import {
  commenterCanWrite,
  createIssueComment,
  getPullRequest,
  listPullRequestFiles,
  renderFixApplied,
  renderFixFromFork,
  renderFixNoFiles,
  renderFixNotOpen
} from "./chunk-VRFK5W2V.js";
import {
  escapeWorkflowValue
} from "./chunk-A7EWG6JG.js";
import {
  commitFile,
  readFile
} from "./chunk-IGXHPRD4.js";
import "./chunk-QN5TL3GJ.js";
import {
  info
} from "./chunk-6PBNNB3M.js";
import "./chunk-7XZYIZTT.js";
import "./chunk-6UP4LFZW.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-3Y2NLIWH.js";

// src/action/issue-comment.ts
async function reply(octokit, repo, issueNumber, body, writes) {
  await writes.attempt("replying to the command", () => createIssueComment(octokit, { owner: repo.owner, repo: repo.repo, issueNumber, body }));
}
async function runIssueComment(runCtx) {
  const command = planFixCommand(commentFromPayload(runCtx.payload));
  if (command.kind === "ignore") {
    info(`tracker-bot: ${command.log}`);
    return 0;
  }
  const octokit = requireOctokit(runCtx);
  const { repo } = runCtx;
  const trusted = await commenterCanWrite(octokit, {
    owner: repo.owner,
    repo: repo.repo,
    username: command.login,
    authorAssociation: command.authorAssociation
  });
  if (!trusted) {
    info(`tracker-bot: @${escapeWorkflowValue(command.login)} (${escapeWorkflowValue(command.authorAssociation)}) has no write access; ignoring /tracker-bot fix`);
    return 0;
  }
  const writes = new WriteAccess();
  const pr = await getPullRequest(octokit, { owner: repo.owner, repo: repo.repo, pullNumber: command.pullNumber });
  const files = await listPullRequestFiles(octokit, { owner: repo.owner, repo: repo.repo, pullNumber: pr.number });
  const ctx = await withPullRequestConfig(runCtx, octokit, { sha: pr.baseSha, ref: pr.baseRef });
  const plan = planFixCommit(ctx, pr, files);
  const { paths } = plan;
  const fallbackLang = runLang(ctx, void 0);
  if (plan.kind === "reply") {
    if (plan.reason === "not-same-repo") info(`tracker-bot: pull request #${pr.number} comes from ${escapeWorkflowValue(pr.headRepo ?? "a deleted fork")}; not committing`);
    const body = plan.reason === "not-open" ? renderFixNotOpen(fallbackLang) : plan.reason === "not-same-repo" ? renderFixFromFork(localFixCommand(paths), fallbackLang) : renderFixNoFiles(fallbackLang);
    await reply(octokit, repo, pr.number, body, writes);
    return 0;
  }
  const commits = [];
  let lang = fallbackLang;
  for (const path of paths) {
    const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path, ref: plan.branch });
    if (!file) continue;
    const fileLang = langOf(ctx, file.content);
    if (path === paths[0]) lang = fileLang;
    const result = fixSource(file.content, { config: ctx.config, lang: fileLang, now: ctx.now });
    if (result.output === file.content) continue;
    const commit = await writes.attempt(
      "committing the fixes",
      () => commitFile(octokit, {
        owner: repo.owner,
        repo: repo.repo,
        branch: plan.branch,
        path,
        content: result.output,
        sha: file.sha,
        message: `Apply tracker-bot fixes to ${path}

Requested by @${command.login} with /tracker-bot fix.`
      })
    );
    if (!commit) return 0;
    info(`tracker-bot: committed ${result.applied} fixes to ${escapeWorkflowValue(path)} as ${commit.commitSha}`);
    commits.push({ path, applied: result.applied, sha: commit.commitSha });
  }
  await reply(octokit, repo, pr.number, renderFixApplied(commits, paths, ctx.inputs.files, lang), writes);
  return 0;
}
export {
  runIssueComment
};
