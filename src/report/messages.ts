// Reporter vocabulary in English and Simplified Chinese: verdict names, headings, summary lines.
// Rule messages live with their rules; this file holds only what the reporters add around them.
import { format, type Messages } from '../core/i18n.js';
import type { Lang, Reason, Verdict } from '../core/types.js';
import { describeReason } from '../core/reasons.js';
import { RULES } from '../core/rules/index.js';

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
  clean: { en: 'No problems found.', zh: '未发现问题。' },
  movedTo: { en: 'moved to {url}', zh: '已迁移至 {url}' },
  line: { en: 'line {line}', zh: '第 {line} 行' },
  reportTitle: { en: 'tracker-bot report', zh: 'tracker-bot 检查报告' },
  problems: { en: 'Problems', zh: '问题' },
  links: { en: 'Links', zh: '链接' },
  rule: { en: 'Rule', zh: '规则' },
  count: { en: 'Count', zh: '数量' },
  truncated: {
    en: '… {count} more rows not shown; the job summary of this run has the full list.',
    zh: '……另有 {count} 行未显示；完整列表见本次运行的 job summary。',
  },
  linksChecked: { en: 'Links checked: {parts}', zh: '已检查的链接：{parts}' },
  fixableHint: {
    en: '{count} fixable with tracker-bot fix',
    zh: '其中 {count} 个可用 tracker-bot fix 自动修复',
  },
} satisfies Record<string, Messages>;

/** A section's title, or words for the lines before the first heading (raw: neutralise before posting). */
export function sectionName(section: string | null, lang: Lang): string {
  return section ?? format(TEXT.unnamedSection, lang);
}

/** A count with its noun: "1 error", "2 errors", "1 个错误". */
const NOUNS = {
  error: { en: ['error', 'errors'], zh: '个错误' },
  warning: { en: ['warning', 'warnings'], zh: '个警告' },
  fix: { en: ['fix', 'fixes'], zh: '处修复' },
  file: { en: ['file', 'files'], zh: '个文件' },
  row: { en: ['row', 'rows'], zh: '行' },
  suggestion: { en: ['one-click suggestion', 'one-click suggestions'], zh: '条修复建议' },
  dead: { en: ['dead', 'dead'], zh: '个失效' },
  redirected: { en: ['moved', 'moved'], zh: '个已迁移' },
  blocked: { en: ['blocked', 'blocked'], zh: '个被拦截' },
  error_check: { en: ['failed to check', 'failed to check'], zh: '个检查失败' },
  alive: { en: ['alive', 'alive'], zh: '个正常' },
  skipped: { en: ['skipped', 'skipped'], zh: '个已跳过' },
} satisfies Record<string, { en: [string, string]; zh: string }>;

export type Noun = keyof typeof NOUNS;

export function countOf(count: number, noun: Noun, lang: Lang): string {
  const words = NOUNS[noun];
  return lang === 'zh' ? `${count} ${words.zh}` : `${count} ${words.en[count === 1 ? 0 : 1]}`;
}

/** Joins phrases the way the language lists them ("a, b" / "a，b"). */
export function listOf(parts: string[], lang: Lang): string {
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** The headline: "3 errors, 1 warning" / "3 个错误，1 个警告" (zero parts left out); empty when clean. */
export function countsHeadline(counts: { errors: number; warnings: number }, lang: Lang): string {
  const parts: string[] = [];
  if (counts.errors > 0) parts.push(countOf(counts.errors, 'error', lang));
  if (counts.warnings > 0) parts.push(countOf(counts.warnings, 'warning', lang));
  return listOf(parts, lang);
}

/** "Links checked: 2 dead, 5 alive" with only the non-zero verdicts; empty when nothing was checked. */
export function linksLine(links: Record<Verdict, number> | undefined, lang: Lang): string {
  if (!links) return '';
  const order: [Verdict, Noun][] = [['dead', 'dead'], ['redirected', 'redirected'], ['blocked', 'blocked'], ['error', 'error_check'], ['alive', 'alive'], ['skipped', 'skipped']];
  const parts = order.filter(([v]) => links[v] > 0).map(([v, noun]) => countOf(links[v], noun, lang));
  return parts.length === 0 ? '' : format(TEXT.linksChecked, lang, { parts: listOf(parts, lang) });
}

const LINK_PROBLEM: Record<Verdict, Messages> = {
  dead: { en: 'Dead link: {reason}', zh: '链接失效：{reason}' },
  redirected: { en: 'Link moved permanently to {finalUrl}', zh: '链接已永久迁移至 {finalUrl}' },
  blocked: { en: 'Link not judged: {reason}', zh: '无法判断链接：{reason}' },
  error: { en: 'Link check failed: {reason}', zh: '链接检查失败：{reason}' },
  alive: { en: 'Link alive', zh: '链接正常' },
  skipped: { en: 'Link skipped: {reason}', zh: '已跳过链接：{reason}' },
};

/** The reason of a reported link in words (see core/reasons.ts). */
export function linkReason(link: { reason: Reason; retryAt?: string; checkedAt?: string }, lang: Lang): string {
  return describeReason(link.reason, lang, { ...(link.retryAt ? { retryAt: link.retryAt } : {}), ...(link.checkedAt ? { checkedAt: link.checkedAt } : {}) });
}

/** A link finding in words, without the row's title (the caller shows it): "链接失效：文章已被作者删除". */
export function linkProblem(link: { verdict: Verdict; reason: Reason; finalUrl?: string; retryAt?: string; checkedAt?: string }, lang: Lang): string {
  return format(LINK_PROBLEM[link.verdict], lang, { reason: linkReason(link, lang), finalUrl: link.finalUrl ?? '' });
}

const LINK_MESSAGE: Record<Verdict, Messages> = {
  dead: { en: 'Dead link, {why}: {title} {url}', zh: '链接失效，{why}：{title} {url}' },
  redirected: { en: 'Link moved permanently: {title} {url} → {finalUrl}', zh: '链接已永久迁移：{title} {url} → {finalUrl}' },
  blocked: { en: 'Link not judged, {why}: {title} {url}', zh: '无法判断，{why}：{title} {url}' },
  error: { en: 'Link check failed, {why}: {title} {url}', zh: '链接检查失败，{why}：{title} {url}' },
  alive: { en: 'Link alive: {title} {url}', zh: '链接正常：{title} {url}' },
  skipped: { en: 'Link skipped, {why}: {title} {url}', zh: '已跳过链接，{why}：{title} {url}' },
};

/** One self-contained line for a link finding (annotations, CLI annotations), in the tracker's language. */
export function linkMessage(
  link: { verdict: Verdict; status: number | null; reason: Reason; title: string; finalUrl?: string; url: string; retryAt?: string; checkedAt?: string },
  lang: Lang,
): string {
  const why = linkReason(link, lang);
  return format(LINK_MESSAGE[link.verdict], lang, { why, title: link.title, url: link.url, finalUrl: link.finalUrl ?? '' }).replace(/\s+/g, ' ').trim();
}

const RULE_WORDS = new Map<string, Messages>(RULES.map((rule) => [rule.id, rule.description]));

/** What a rule checks, in words (never its id unless the rule is unknown). */
export function ruleWords(rule: string, lang: Lang): string {
  const words = RULE_WORDS.get(rule);
  return words ? format(words, lang) : rule;
}
