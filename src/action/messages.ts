// Action adapter › vocabulary: what the Action itself says around the core's findings (comment all-clear,
// sort diff, fix-command replies, job-summary notes), in English and Simplified Chinese.
import type { Messages } from '../core/i18n.js';

export const ACTION_TEXT = {
  hintSuggestions: {
    en: 'Waiting on the diff: {suggestions}. Open “Files changed” and press “Commit suggestion” to apply one.',
    zh: '已在 diff 中给出 {suggestions}：打开“Files changed”，点击“Commit suggestion”即可一键应用。',
  },
  hintFixCommand: {
    en: 'Maintainers: comment `/tracker-bot fix` on this pull request to have the bot commit every safe fix.',
    zh: '维护者：在本 PR 下评论 `/tracker-bot fix`，机器人会提交全部可自动修复的改动。',
  },
  hintLocal: { en: 'Have a clone? Apply the fixes locally', zh: '有本地克隆？在本地应用修复' },
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
  reviewBody: {
    en: 'tracker-bot: one-click fixes for rows this pull request changes.',
    zh: 'tracker-bot：本次修改的行可一键应用以下修复。',
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
  configFromBase: {
    en: 'Config: {path} from the base branch {ref}.',
    zh: '配置：基准分支 {ref} 上的 {path}。',
  },
  configDefaults: {
    en: 'Config: the built-in defaults, because the base branch {ref} has no {path} (a pull request\'s own copy is never used).',
    zh: '配置：基准分支 {ref} 没有 {path}，因此使用内置默认配置（从不使用 PR 自带的配置文件）。',
  },
  fixNoFiles: {
    en: 'This pull request changes no tracker file, so there is nothing to fix.',
    zh: '本 PR 没有修改任何 tracker 文件，无需修复。',
  },
} satisfies Record<string, Messages>;
