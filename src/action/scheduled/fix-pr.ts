// Scheduled scan › fix pull request (`fix-pr: true`): one bot branch and one pull request carrying the safe
// fixes (moved links replaced, tracking and secret parameters stripped, rows sorted). Each run rebuilds the
// branch from the scanned commit and updates the open pull request from it instead of opening another.
import type { AnalyzedFile } from '../../app/analyze.js';
import { format, type Messages } from '../../core/i18n.js';
import type { Lang, LinkVerdict } from '../../core/types.js';
import { renderFixPullRequest } from '../../report/fix-advice.js';
import { commitFile, readFile } from '../api/file-contents.js';
import type { GitHubClient } from '../api/octokit.js';
import type { ActionRunContext } from '../context.js';
import { getBranchSha, resetBranch } from '../api/branch-ref.js';
import { createPull, findOpenPull, updatePull } from '../api/head-branch-pull.js';
import { applySafeFixes } from './safe-fixes.js';

export const FIX_BRANCH = 'tracker-bot/link-fixes';
export const FIX_PR_MARKER = '<!-- tracker-bot:fix-pr -->';

export interface FixPullRequestResult {
  number: number | null;
  url: string | null;
  /** none: nothing to fix (an open pull request is left as it is); unchanged: the branch already holds these fixes. */
  action: 'created' | 'updated' | 'unchanged' | 'none';
  files: string[];
}

const T = {
  commit: { en: 'tracker-bot: apply safe fixes to {file}', zh: 'tracker-bot：对 {file} 应用安全修复' },
} satisfies Record<string, Messages>;

/** The branch the fix pull request goes into: the scanned branch, else the repository's default branch. */
function baseBranchOf(ctx: ActionRunContext): string {
  if (ctx.refBranch) return ctx.refBranch;
  const repository = ctx.payload['repository'] as { default_branch?: unknown } | undefined;
  return typeof repository?.default_branch === 'string' ? repository.default_branch : 'main';
}

export async function openFixPullRequest(
  octokit: GitHubClient,
  params: { ctx: ActionRunContext; files: readonly AnalyzedFile[]; verdicts: ReadonlyMap<string, LinkVerdict>; lang: Lang },
): Promise<FixPullRequestResult> {
  const { ctx, lang } = params;
  const { owner, repo } = ctx.repo;
  const changes = params.files
    .map((file) => ({ file, fixed: applySafeFixes(file.source, params.verdicts, { config: ctx.config, lang: file.lang, now: ctx.now }) }))
    .filter(({ file, fixed }) => fixed.output !== file.source);
  const paths = changes.map((c) => c.file.path);
  if (changes.length === 0) return { number: null, url: null, action: 'none', files: [] };

  const base = baseBranchOf(ctx);
  const { title, body } = renderFixPullRequest(FIX_PR_MARKER, changes.map(({ file, fixed }) => ({ path: file.path, movedReplaced: fixed.movedReplaced, lintFixes: fixed.lintFixes })), lang);
  const existing = await findOpenPull(octokit, { owner, repo, branch: FIX_BRANCH, base });

  let branchCurrent = false;
  if (existing && (await getBranchSha(octokit, { owner, repo, branch: FIX_BRANCH })) !== null) {
    branchCurrent = true;
    for (const { file, fixed } of changes) {
      const onBranch = await readFile(octokit, { owner, repo, path: file.path, ref: FIX_BRANCH });
      if (onBranch?.content !== fixed.output) branchCurrent = false;
    }
  }
  if (!branchCurrent) {
    await resetBranch(octokit, { owner, repo, branch: FIX_BRANCH, sha: ctx.sha });
    for (const { file, fixed } of changes) {
      const current = await readFile(octokit, { owner, repo, path: file.path, ref: FIX_BRANCH });
      await commitFile(octokit, {
        owner,
        repo,
        branch: FIX_BRANCH,
        path: file.path,
        content: fixed.output,
        message: format(T.commit, lang, { file: file.path }),
        ...(current ? { sha: current.sha } : {}),
      });
    }
  }
  if (existing) {
    if (branchCurrent && existing.title === title && existing.body === body) {
      return { number: existing.number, url: existing.url, action: 'unchanged', files: paths };
    }
    await updatePull(octokit, { owner, repo, number: existing.number, title, body });
    return { number: existing.number, url: existing.url, action: 'updated', files: paths };
  }
  const created = await createPull(octokit, { owner, repo, branch: FIX_BRANCH, base, title, body });
  return { number: created.number, url: created.url, action: 'created', files: paths };
}
