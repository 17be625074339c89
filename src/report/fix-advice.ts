// Reporter › fix advice: the Markdown the pull-request run puts around its findings — what to do next
// (one-click suggestions, `/tracker-bot fix`, the local command folded away), the sort-order diff or the
// note that rows were sorted in a commit, which config file was used, the review's body — the replies to
// a `/tracker-bot fix` comment, and the scheduled scan's fix pull request. The Action decides which apply and passes the facts in; the local command
// itself is built (and shell-quoted) by src/action/fix-command.ts.
import { format, type Messages } from '../core/i18n.js';
import type { Diagnostic, Lang } from '../core/types.js';
import { fold } from './group.js';
import { countOf, linkMessage } from './messages.js';
import type { ReportedLink } from './model.js';
import { codeBlock, codeSpan, neutralize } from './neutralize.js';

/** A shell command for the contributor, and the paths left out of it because their names are not plain. */
export interface CommandAdvice {
  command: string;
  omitted: string[];
}

const T = {
  hintSuggestions: {
    en: 'Waiting on the diff: {suggestions}. Open “Files changed” and press “Commit suggestion” to apply one.',
    zh: '已在 diff 中给出 {suggestions}：打开“Files changed”，点击“Commit suggestion”即可一键应用。',
  },
  hintFixCommand: {
    en: 'Maintainers: comment `/tracker-bot fix` on this pull request to have the bot commit every safe fix.',
    zh: '维护者：在本 PR 下评论 `/tracker-bot fix`，机器人会提交全部可自动修复的改动。',
  },
  hintLocal: { en: 'Have a clone? Apply the fixes locally', zh: '有本地克隆？在本地应用修复' },
  omittedPaths: {
    en: 'Left out of this command because their names are not plain (letters, digits, `._/-` or CJK only): {paths}. Fix them by hand.',
    zh: '以下文件名含有特殊字符（仅允许字母、数字、`._/-` 与中日韩文字），未放入命令，请手动处理：{paths}。',
  },
  sortHeading: { en: 'Sort order of {path}', zh: '{path} 的排序' },
  sortApply: {
    en: 'Rows are not in the configured order. To apply this diff locally, run:',
    zh: '表格行未按规定顺序排列。在本地运行以下命令即可应用此修改：',
  },
  sortMoveOwnRows: {
    en: 'Rows this pull request adds or moves are out of order; this diff puts them in place and leaves every other row where it is:',
    zh: '本 PR 新增或移动的行未按规定顺序排列；按下面的 diff 移动即可，其他行保持不动：',
  },
  sortCommitted: {
    en: '🔀 Sorted the rows of {path} in commit {sha}.',
    zh: '🔀 已在提交 {sha} 中对 {path} 的表格行重新排序。',
  },
  sortForkFallback: {
    en: 'This pull request comes from a fork, so the bot cannot push to it; the sorted order is shown as a diff instead.',
    zh: '本 PR 来自 fork 仓库，机器人无法直接提交，因此以 diff 形式给出排序结果。',
  },
  configFromBase: {
    en: 'Config: {path} from the base branch {ref}.',
    zh: '配置：基准分支 {ref} 上的 {path}。',
  },
  configDefaults: {
    en: 'Config: the built-in defaults, because the base branch {ref} has no {path} (a pull request\'s own copy is never used).',
    zh: '配置：基准分支 {ref} 没有 {path}，因此使用内置默认配置（从不使用 PR 自带的配置文件）。',
  },
  fixNotSameRepo: {
    en: '`/tracker-bot fix` can only commit to pull requests whose branch is in this repository; this one comes from a fork. Run this on your branch and push the result:',
    zh: '`/tracker-bot fix` 只能提交到本仓库内分支发起的 PR；本 PR 来自 fork。请在你的分支上运行以下命令并推送结果：',
  },
  fixNotOpen: {
    en: '`/tracker-bot fix` works on open pull requests only.',
    zh: '`/tracker-bot fix` 只适用于未关闭的 PR。',
  },
  fixApplied: {
    en: '🛠️ Applied {fixes} to {path} in commit {sha}.',
    zh: '🛠️ 已在提交 {sha} 中对 {path} 应用 {fixes}。',
  },
  fixNothing: {
    en: '✅ Nothing to fix in {files}.',
    zh: '✅ {files} 中没有可自动修复的问题。',
  },
  reviewBody: {
    en: 'tracker-bot: one-click fixes for rows this pull request changes.',
    zh: 'tracker-bot：本次修改的行可一键应用以下修复。',
  },
  fixPrTitle: { en: 'Fix moved links and URL parameters in the tracker', zh: '修复 tracker 中已迁移的链接和 URL 参数' },
  fixPrIntro: {
    en: 'Safe fixes found by the scheduled tracker-bot scan. This pull request is rebuilt from the default branch on every scan; commits pushed to its branch are replaced.',
    zh: 'tracker-bot 定时扫描发现的安全修复。每次扫描都会基于默认分支重建本 PR；推送到该分支的提交会被覆盖。',
  },
  fixPrFile: {
    en: '{file}: {moved} moved links replaced, {lint} URL-parameter and sort-order fixes',
    zh: '{file}：替换 {moved} 个已迁移链接，{lint} 处 URL 参数与排序修复',
  },
  fixNoFiles: {
    en: 'This pull request changes no tracker file, so there is nothing to fix.',
    zh: '本 PR 没有修改任何 tracker 文件，无需修复。',
  },
} satisfies Record<string, Messages>;

/** The command as a fenced ```sh block, with a note naming (inertly) any file left out of it. */
export function renderCommandBlock(advice: CommandAdvice, lang: Lang): string {
  const block = codeBlock(advice.command, 'sh');
  if (advice.omitted.length === 0) return block;
  return `${block}\n\n${format(T.omittedPaths, lang, { paths: advice.omitted.map(codeSpan).join(', ') })}`;
}

/**
 * What the contributor and the maintainer can do next, as Markdown lines: the one-click suggestions waiting
 * on the diff, `/tracker-bot fix` for maintainers (same-repository branches only), and the local command
 * folded away for people with a clone. Empty when there is nothing to suggest.
 */
export function renderNextSteps(lang: Lang, facts: { suggested: number; fixable: number; isSameRepo: boolean; command: CommandAdvice }): string[] {
  const lines: string[] = [];
  if (facts.suggested > 0) lines.push(`💡 ${format(T.hintSuggestions, lang, { suggestions: countOf(facts.suggested, 'suggestion', lang) })}`);
  if (facts.fixable > 0 && facts.isSameRepo) lines.push(...(lines.length > 0 ? [''] : []), `🛠️ ${format(T.hintFixCommand, lang)}`);
  if (facts.fixable > 0) {
    // fold() opens with a blank line; the first block of the hints needs none.
    const folded = fold(format(T.hintLocal, lang), [renderCommandBlock(facts.command, lang)]);
    lines.push(...(lines.length > 0 ? folded : folded.slice(1)));
  }
  return lines;
}

/** A diff longer than this is left out of the comment; the command to apply it locally stays. */
export const MAX_SORT_DIFF_CHARS = 20_000;

/**
 * The sort-order block of a file: a heading, `note` (trusted Markdown) if any, then either the command
 * that sorts the whole file locally (`command`) or, for a pull request's own rows only (no command: the
 * local `fix` sorts whole tables), a sentence saying so; then `patch` (a unified diff) folded, unless it
 * is empty or over MAX_SORT_DIFF_CHARS.
 */
export function renderSortDiff(params: { path: string; patch: string; lang: Lang; note?: string; command?: CommandAdvice }): string {
  const { path, patch, lang } = params;
  const parts = [`#### ${format(T.sortHeading, lang, { path: neutralize(path) })}`, ''];
  if (params.note) parts.push(params.note, '');
  if (!params.command) parts.push(format(T.sortMoveOwnRows, lang));
  else parts.push(format(T.sortApply, lang), '', renderCommandBlock(params.command, lang));
  if (patch !== '' && patch.length <= MAX_SORT_DIFF_CHARS) parts.push(...fold('diff', [codeBlock(patch, 'diff')]));
  return parts.join('\n');
}

/** The sort block's note on a fork's pull request (the bot cannot push there). */
export function sortForkNote(lang: Lang): string {
  return format(T.sortForkFallback, lang);
}

/** One line for the comment: the rows of `path` were sorted in commit `sha` (shown as its first 7 digits). */
export function renderSortCommitted(path: string, sha: string, lang: Lang): string {
  return format(T.sortCommitted, lang, { path: codeSpan(path), sha: sha.slice(0, 7) });
}

/** Which config file the pull-request run used: the base branch's, or the defaults when it has none. */
export function renderConfigNote(origin: 'base-branch' | 'defaults', path: string, ref: string, lang: Lang): string {
  return format(origin === 'base-branch' ? T.configFromBase : T.configDefaults, lang, { path: codeSpan(path), ref: codeSpan(ref) });
}

/** Reply to `/tracker-bot fix` on a closed pull request. */
export function renderFixNotOpen(lang: Lang): string {
  return format(T.fixNotOpen, lang);
}

/** Reply to `/tracker-bot fix` on a fork's pull request: the command to run on the contributor's branch. */
export function renderFixFromFork(command: CommandAdvice, lang: Lang): string {
  return `${format(T.fixNotSameRepo, lang)}\n\n${renderCommandBlock(command, lang)}`;
}

/** Reply to `/tracker-bot fix` on a pull request that changes no tracker file. */
export function renderFixNoFiles(lang: Lang): string {
  return format(T.fixNoFiles, lang);
}

/**
 * Reply to `/tracker-bot fix` after committing: one line per commit (`applied` fixes to `path` in `sha`), or
 * "nothing to fix in …" naming the tracker `paths` (or the `files` patterns when the pull request has none).
 */
export function renderFixApplied(
  commits: readonly { path: string; applied: number; sha: string }[],
  paths: readonly string[],
  patterns: readonly string[],
  lang: Lang,
): string {
  if (commits.length === 0) {
    const files = paths.length > 0 ? paths.map(codeSpan).join(', ') : codeSpan(patterns.join(', '));
    return format(T.fixNothing, lang, { files });
  }
  return commits.map((c) => format(T.fixApplied, lang, { fixes: countOf(c.applied, 'fix', lang), path: codeSpan(c.path), sha: c.sha.slice(0, 7) })).join('\n');
}

/** A line of a suggestion's message: the moved link it replaces, in the link's own words. */
export function suggestionLinkReason(link: ReportedLink, lang: Lang): string {
  return `- ${neutralize(linkMessage(link, lang))}`;
}

/** A line of a suggestion's message: a rule finding it fixes, with the rule's id. */
export function suggestionRuleReason(d: Diagnostic): string {
  return `- ${neutralize(d.message)} ${codeSpan(d.rule)}`;
}

/**
 * A review comment carrying a one-click suggestion: `message` (lines from suggestionLinkReason and
 * suggestionRuleReason), the replacement line in a ```suggestion block its own backticks cannot close, and
 * `key` (a hidden marker) last.
 */
export function renderSuggestionComment(message: string, replacement: string, key: string): string {
  return `${message}\n\n${codeBlock(replacement, 'suggestion')}\n${key}`;
}

/** The body of the review that carries the one-click suggestions. */
export function renderReviewBody(lang: Lang): string {
  return format(T.reviewBody, lang);
}

/**
 * The scheduled scan's fix pull request: its title, and its body (`marker` first, so the bot finds it again;
 * then one line per file with how many moved links and other safe fixes it got).
 */
export function renderFixPullRequest(
  marker: string,
  changes: readonly { path: string; movedReplaced: number; lintFixes: number }[],
  lang: Lang,
): { title: string; body: string } {
  const body = [
    marker,
    format(T.fixPrIntro, lang),
    '',
    ...changes.map((c) => `- ${format(T.fixPrFile, lang, { file: codeSpan(c.path), moved: c.movedReplaced, lint: c.lintFixes })}`),
  ].join('\n');
  return { title: format(T.fixPrTitle, lang), body };
}
