// Reporter vocabulary in English and Simplified Chinese: verdict names, headings, summary lines.
// Rule messages live with their rules; this file holds only what the reporters add around them.
import { format, type Messages } from '../core/i18n.js';
import { describeReason } from '../core/reasons.js';
import type { Lang, Verdict } from '../core/types.js';

export const VERDICT_LABEL: Record<Verdict, Messages> = {
  dead: { en: 'dead', zh: '失效' },
  redirected: { en: 'moved', zh: '已迁移' },
  blocked: { en: 'blocked (not judged)', zh: '被拦截（无法判断）' },
  error: { en: 'check failed', zh: '检查失败' },
  alive: { en: 'alive', zh: '正常' },
  skipped: { en: 'skipped', zh: '已跳过' },
};

export const TEXT = {
  error: { en: 'error', zh: '错误' },
  warning: { en: 'warning', zh: '警告' },
  unnamedSection: { en: '(before the first heading)', zh: '（首个标题之前）' },
  summary: {
    en: '{errors} errors, {warnings} warnings ({fixable} fixable with `tracker-bot fix`)',
    zh: '{errors} 个错误，{warnings} 个警告（其中 {fixable} 个可用 `tracker-bot fix` 自动修复）',
  },
  clean: { en: 'No problems found.', zh: '未发现问题。' },
  linksSummary: {
    en: 'Links: {dead} dead, {redirected} moved, {blocked} blocked, {error} failed to check, {alive} alive, {skipped} skipped',
    zh: '链接：{dead} 个失效，{redirected} 个已迁移，{blocked} 个被拦截，{error} 个检查失败，{alive} 个正常，{skipped} 个已跳过',
  },
  movedTo: { en: 'moved to {url}', zh: '已迁移至 {url}' },
  line: { en: 'line {line}', zh: '第 {line} 行' },
  reportTitle: { en: 'tracker-bot report', zh: 'tracker-bot 检查报告' },
  problems: { en: 'Problems', zh: '问题' },
  links: { en: 'Links', zh: '链接' },
  rule: { en: 'Rule', zh: '规则' },
  count: { en: 'Count', zh: '数量' },
  truncated: {
    en: '… {count} more not shown. Run `tracker-bot check` locally for the full list.',
    zh: '……另有 {count} 条未显示。请在本地运行 `tracker-bot check` 查看完整列表。',
  },
} satisfies Record<string, Messages>;

const LINK_MESSAGE: Record<Verdict, Messages> = {
  dead: { en: 'Dead link, {why}: {title} {url}', zh: '链接失效，{why}：{title} {url}' },
  redirected: { en: 'Link moved permanently: {title} {url} → {finalUrl}', zh: '链接已永久迁移：{title} {url} → {finalUrl}' },
  blocked: { en: 'Link not judged, {why}: {title} {url}', zh: '无法判断，{why}：{title} {url}' },
  error: { en: 'Link check failed, {why}: {title} {url}', zh: '链接检查失败，{why}：{title} {url}' },
  alive: { en: 'Link alive: {title} {url}', zh: '链接正常：{title} {url}' },
  skipped: { en: 'Link skipped, {why}: {title} {url}', zh: '已跳过链接，{why}：{title} {url}' },
};

/** The reason of a reported link in words (see core/reasons.ts). */
export function linkReason(link: { reason: string; retryAt?: string; checkedAt?: string }, lang: Lang): string {
  return describeReason(link.reason, lang, { ...(link.retryAt ? { retryAt: link.retryAt } : {}), ...(link.checkedAt ? { checkedAt: link.checkedAt } : {}) });
}

/** One-line message for a link finding, in the tracker's language. */
export function linkMessage(
  link: { verdict: Verdict; status: number | null; reason: string; title: string; finalUrl?: string; url: string; retryAt?: string; checkedAt?: string },
  lang: Lang,
): string {
  const why = linkReason(link, lang);
  return format(LINK_MESSAGE[link.verdict], lang, { why, title: link.title, url: link.url, finalUrl: link.finalUrl ?? '' }).replace(/\s+/g, ' ').trim();
}

/** The diagnostic counts of a summary as message parameters. */
export function counts(summary: { errors: number; warnings: number; fixable: number }): Record<string, number> {
  return { errors: summary.errors, warnings: summary.warnings, fixable: summary.fixable };
}
