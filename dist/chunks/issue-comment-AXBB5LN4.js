import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  WriteAccess,
  localFixCommand,
  requireOctokit
} from "./chunk-NIKBIHZG.js";
import {
  commenterCanWrite,
  createIssueComment,
  getPullRequest,
  listPullRequestFiles,
  renderFixApplied,
  renderFixFromFork,
  renderFixNoFiles,
  renderFixNotOpen
} from "./chunk-3KDPQAMQ.js";
import {
  matchTrackerPaths
} from "./chunk-TNJYK4BX.js";
import "./chunk-CGRJVDGS.js";
import {
  fixSource
} from "./chunk-6U4QUFDX.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-IJVBHG5N.js";
import {
  escapeWorkflowValue
} from "./chunk-MZU4NVIZ.js";
import "./chunk-GIB4PSQN.js";
import {
  applyInputOverrides,
  loadPullRequestConfig
} from "./chunk-2H53ADRL.js";
import {
  commitFile,
  readFile
} from "./chunk-KNTYTWFO.js";
import {
  info
} from "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import {
  resolveLang
} from "./chunk-LC77XD5H.js";
import "./chunk-C4OUAXN4.js";
import "./chunk-OABLC2TR.js";
import "./chunk-2C5J6W6N.js";
import "./chunk-3Y2NLIWH.js";

// src/action/issue-comment.ts
var FIX_COMMAND = /^\/tracker-bot\s+fix(?:\s|$)/;
function commentFromPayload(payload) {
  const issue = payload["issue"];
  const comment = payload["comment"];
  if (!issue || typeof issue.number !== "number" || !comment) return null;
  return {
    issueNumber: issue.number,
    isPullRequest: issue.pull_request !== void 0 && issue.pull_request !== null,
    body: typeof comment.body === "string" ? comment.body : "",
    login: typeof comment.user?.login === "string" ? comment.user.login : "",
    userType: typeof comment.user?.type === "string" ? comment.user.type : "",
    authorAssociation: typeof comment.author_association === "string" ? comment.author_association : "NONE"
  };
}
async function reply(octokit, repo, issueNumber, body, writes) {
  await writes.attempt("replying to the command", () => createIssueComment(octokit, { owner: repo.owner, repo: repo.repo, issueNumber, body }));
}
async function runIssueComment(ctx) {
  const event = commentFromPayload(ctx.payload);
  const action = ctx.payload["action"];
  if (!event || !event.isPullRequest || action !== void 0 && action !== "created") {
    info("tracker-bot: not a new comment on a pull request; nothing to do");
    return 0;
  }
  if (!FIX_COMMAND.test(event.body.trim()) || event.userType === "Bot") {
    info("tracker-bot: the comment is not a /tracker-bot fix command; nothing to do");
    return 0;
  }
  const octokit = requireOctokit(ctx);
  const { repo } = ctx;
  const trusted = await commenterCanWrite(octokit, {
    owner: repo.owner,
    repo: repo.repo,
    username: event.login,
    authorAssociation: event.authorAssociation
  });
  if (!trusted) {
    info(`tracker-bot: @${escapeWorkflowValue(event.login)} (${escapeWorkflowValue(event.authorAssociation)}) has no write access; ignoring /tracker-bot fix`);
    return 0;
  }
  const writes = new WriteAccess();
  const pr = await getPullRequest(octokit, { owner: repo.owner, repo: repo.repo, pullNumber: event.issueNumber });
  const files = await listPullRequestFiles(octokit, { owner: repo.owner, repo: repo.repo, pullNumber: pr.number });
  const paths = matchTrackerPaths(files.filter((file) => file.status !== "removed").map((file) => file.path), ctx.inputs.files);
  const { config: chosen } = await loadPullRequestConfig(octokit, repo, ctx.inputs.config, pr.baseSha, pr.baseRef);
  const config = applyInputOverrides(chosen, { allowPrivateHosts: false, sortOff: ctx.inputs.sort === "off" });
  const override = ctx.inputs.lang === "auto" ? void 0 : ctx.inputs.lang;
  const fallbackLang = override ?? (config.lang === "auto" ? "en" : config.lang);
  if (pr.state !== "open") {
    await reply(octokit, repo, pr.number, renderFixNotOpen(fallbackLang), writes);
    return 0;
  }
  if (!pr.isSameRepo) {
    info(`tracker-bot: pull request #${pr.number} comes from ${escapeWorkflowValue(pr.headRepo ?? "a deleted fork")}; not committing`);
    await reply(octokit, repo, pr.number, renderFixFromFork(localFixCommand(paths), fallbackLang), writes);
    return 0;
  }
  if (paths.length === 0) {
    await reply(octokit, repo, pr.number, renderFixNoFiles(fallbackLang), writes);
    return 0;
  }
  const commits = [];
  let lang = fallbackLang;
  for (const path of paths) {
    const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path, ref: pr.headRef });
    if (!file) continue;
    const fileLang = resolveLang(file.content, config, override);
    if (path === paths[0]) lang = fileLang;
    const result = fixSource(file.content, { config, lang: fileLang, now: ctx.now });
    if (result.output === file.content) continue;
    const commit = await writes.attempt(
      "committing the fixes",
      () => commitFile(octokit, {
        owner: repo.owner,
        repo: repo.repo,
        branch: pr.headRef,
        path,
        content: result.output,
        sha: file.sha,
        message: `Apply tracker-bot fixes to ${path}

Requested by @${event.login} with /tracker-bot fix.`
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
  FIX_COMMAND,
  runIssueComment
};
