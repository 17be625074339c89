// Scheduled scan › rendering: the tracking issue's body (confirmed dead and moved links, grouped by file and
// section, with line links, verdict, HTTP status, first-seen date and an archived-copy suggestion) and the
// job summary (which adds suspected, blocked and failed links). Tracker text is untrusted: every title and
// URL goes through neutralize(). Pure; written in the tracker's language.
import { format, type Messages } from '../../core/i18n.js';
import type { Lang } from '../../core/types.js';
import { linkReason, TEXT } from '../../report/messages.js';
import { codeSpan, neutralize, tableCell } from '../../report/neutralize.js';
import { COMMENT_LIMIT, truncateComment } from '../api/sticky-comment.js';
import type { FindingKind, ScanFinding } from './confirm.js';

/** An archived repository linked from a row: alive, but the entry may be stale. */
export interface ArchivedRepoFinding {
  file: string;
  section: string | null;
  line: number;
  title: string;
  url: string;
}

export interface RenderOptions {
  lang: Lang;
  deadAfter: number;
  /** When this scan ran (ISO). */
  scannedAt: string;
  /** Link to a line of a tracker file (a blob URL at the scanned commit). */
  lineUrl?: (path: string, line: number) => string | undefined;
  /** Link to the workflow run. */
  runUrl?: string;
  maxLength?: number;
}

const T = {
  issueTitle: { en: 'Dead links in the tracker', zh: '资料链接失效追踪' },
  issueHeading: { en: 'Dead and moved links', zh: '失效与已迁移的链接' },
  issueIntro: {
    en: 'This issue is kept up to date by the scheduled tracker-bot scan: it is edited in place on every run, and closed once no dead or moved link is left. A link is listed as dead after {deadAfter} failed checks in a row.',
    zh: '本 issue 由 tracker-bot 定时扫描自动维护：每次扫描都会原地更新，所有失效和已迁移的链接处理完毕后自动关闭。链接连续 {deadAfter} 次检查失败才会被列为失效。',
  },
  counts: {
    en: '**{dead}** dead, **{moved}** moved (last scan: {date}).',
    zh: '**{dead}** 个失效，**{moved}** 个已迁移（最近一次扫描：{date}）。',
  },
  runLink: { en: 'Scan log', zh: '扫描日志' },
  entry: { en: 'Entry', zh: '条目' },
  where: { en: 'Where', zh: '位置' },
  verdict: { en: 'Verdict', zh: '结论' },
  http: { en: 'HTTP', zh: 'HTTP' },
  firstSeen: { en: 'First seen', zh: '首次发现' },
  suggestion: { en: 'Suggestion', zh: '建议' },
  archivedCopy: { en: 'archived copy', zh: '存档副本' },
  noArchivedCopy: { en: 'no archived copy found', zh: '未找到存档副本' },
  replaceWith: { en: 'replace with {url}', zh: '替换为 {url}' },
  archivedRepos: {
    en: 'Archived repositories ({count}): still online but no longer maintained, the entry may be stale',
    zh: '已归档的仓库（{count} 个）：仍可访问但已停止维护，条目内容可能已过时',
  },
  closeComment: {
    en: 'No dead or moved links are left: closing. This issue reopens if links die again.',
    zh: '已没有失效或已迁移的链接，关闭本 issue。之后若再有链接失效，会重新打开本 issue。',
  },
  summaryHeading: { en: 'tracker-bot dead-link scan', zh: 'tracker-bot 失效链接扫描' },
  summaryCounts: {
    en: '{dead} confirmed dead, {moved} moved, {suspected} suspected, {blocked} blocked, {error} failed to check, {checked} links checked.',
    zh: '{dead} 个确认失效，{moved} 个已迁移，{suspected} 个疑似失效，{blocked} 个被拦截，{error} 个检查失败，共检查 {checked} 个链接。',
  },
  summaryIssue: { en: 'Tracking issue: #{number} ({action}).', zh: '追踪 issue：#{number}（{action}）。' },
  summaryNoIssue: { en: 'No tracking issue is needed.', zh: '无需追踪 issue。' },
  suspectedHeading: {
    en: 'Suspected dead ({count}): failed fewer than {deadAfter} checks in a row, not in the issue yet',
    zh: '疑似失效（{count} 个）：连续失败次数不足 {deadAfter} 次，暂不列入 issue',
  },
  notJudgedHeading: {
    en: 'Not judged ({count}): blocked by the site or the check failed; never counted as dead',
    zh: '未能判断（{count} 个）：被网站拦截或检查失败，不计为失效',
  },
  deadHeading: { en: 'Confirmed dead ({count})', zh: '确认失效（{count} 个）' },
  movedHeading: { en: 'Moved ({count})', zh: '已迁移（{count} 个）' },
  streak: { en: '{count}× in a row', zh: '连续 {count} 次' },
  truncated: {
    en: '… the list is cut here to fit GitHub’s size limit; see the job summary for the rest.',
    zh: '……列表过长，已截断；其余内容见任务摘要（job summary）。',
  },
} satisfies Record<string, Messages>;

const KIND_LABEL: Record<FindingKind, Messages> = {
  dead: { en: '❌ dead', zh: '❌ 失效' },
  moved: { en: '↪️ moved', zh: '↪️ 已迁移' },
  suspected: { en: '❔ suspected', zh: '❔ 疑似失效' },
  blocked: { en: '🚧 blocked', zh: '🚧 被拦截' },
  error: { en: '⚠️ check failed', zh: '⚠️ 检查失败' },
};

export function defaultIssueTitle(lang: Lang): string {
  return format(T.issueTitle, lang);
}

export function closeComment(lang: Lang): string {
  return format(T.closeComment, lang);
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A URL we built or validated ourselves, made safe for a Markdown link destination. */
function linkTarget(url: string): string {
  return url.replace(/[()<>\s"]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}

function sectionName(section: string | null, lang: Lang): string {
  return section === null ? format(TEXT.unnamedSection, lang) : section;
}

/** The finding's reason in words (core/reasons.ts), never the raw code. */
function statusText(finding: { reason: string; retryAt?: string; checkedAt?: string }, lang: Lang): string {
  return neutralize(linkReason(finding, lang));
}

function where(finding: { file: string; line: number }, options: RenderOptions): string {
  const label = format(TEXT.line, options.lang, { line: finding.line });
  const url = options.lineUrl?.(finding.file, finding.line);
  return url ? `[${label}](${linkTarget(url)})` : label;
}

function entryCell(finding: { title: string; url: string }): string {
  const title = finding.title.trim() === '' ? '' : `${tableCell(neutralize(truncate(finding.title, 80)))}<br>`;
  return `${title}${tableCell(codeSpan(truncate(finding.url, 200)))}`;
}

function suggestionCell(finding: ScanFinding, lang: Lang): string {
  if (finding.kind === 'moved' && finding.finalUrl) {
    return tableCell(format(T.replaceWith, lang, { url: codeSpan(finding.finalUrl) }));
  }
  if (finding.kind === 'dead') {
    return finding.archiveUrl ? `[${format(T.archivedCopy, lang)}](${linkTarget(finding.archiveUrl)})` : format(T.noArchivedCopy, lang);
  }
  return '';
}

interface Group<T> {
  file: string;
  section: string | null;
  items: T[];
}

function groupBySection<T extends { file: string; section: string | null; line: number }>(items: readonly T[]): Group<T>[] {
  const groups: Group<T>[] = [];
  const sorted = [...items].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line);
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.file === item.file && last.section === item.section) last.items.push(item);
    else groups.push({ file: item.file, section: item.section, items: [item] });
  }
  return groups;
}

function groupHeading(group: Group<unknown>, multipleFiles: boolean, lang: Lang): string {
  const section = neutralize(sectionName(group.section, lang));
  return multipleFiles ? `${codeSpan(group.file)} › ${section}` : section;
}

function findingsTable(findings: readonly ScanFinding[], options: RenderOptions): string[] {
  const { lang } = options;
  const lines = [
    `| ${format(T.entry, lang)} | ${format(T.where, lang)} | ${format(T.verdict, lang)} | ${format(T.http, lang)} | ${format(T.firstSeen, lang)} | ${format(T.suggestion, lang)} |`,
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const f of findings) {
    lines.push(
      `| ${entryCell(f)} | ${where(f, options)} | ${format(KIND_LABEL[f.kind], lang)} | ${tableCell(statusText(f, lang))} | ${f.firstSeen} | ${suggestionCell(f, lang)} |`,
    );
  }
  return lines;
}

function archivedList(archived: readonly ArchivedRepoFinding[], options: RenderOptions): string[] {
  if (archived.length === 0) return [];
  const items = [...archived].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line);
  return [
    '',
    `<details><summary>${format(T.archivedRepos, options.lang, { count: archived.length })}</summary>`,
    '',
    ...items.map((a) => `- ${where(a, options)}: ${neutralize(truncate(a.title, 80))} ${codeSpan(a.url)}`),
    '',
    '</details>',
  ];
}

/** The tracking issue's body: only confirmed dead and moved links (other kinds are ignored). */
export function renderIssueBody(
  findings: readonly ScanFinding[],
  archived: readonly ArchivedRepoFinding[],
  options: RenderOptions,
): string {
  const { lang } = options;
  const listed = findings.filter((f) => f.kind === 'dead' || f.kind === 'moved');
  const dead = listed.filter((f) => f.kind === 'dead').length;
  const multipleFiles = new Set(listed.map((f) => f.file)).size > 1;
  const lines = [
    `## ${format(T.issueHeading, lang)}`,
    '',
    format(T.issueIntro, lang, { deadAfter: options.deadAfter }),
    '',
    format(T.counts, lang, { dead, moved: listed.length - dead, date: options.scannedAt.slice(0, 10) }) +
      (options.runUrl ? ` [${format(T.runLink, lang)}](${linkTarget(options.runUrl)})` : ''),
  ];
  for (const group of groupBySection(listed)) {
    lines.push('', `### ${groupHeading(group, multipleFiles, lang)}`, '', ...findingsTable(group.items, options));
  }
  lines.push(...archivedList(archived, options));
  return truncateComment(lines.join('\n') + '\n', format(T.truncated, lang), options.maxLength ?? COMMENT_LIMIT);
}

export interface SummaryIssue {
  number: number | null;
  url: string | null;
  action: string;
}

function summaryList(findings: readonly ScanFinding[], options: RenderOptions): string[] {
  return findings.map((f) => {
    const status = statusText(f, options.lang);
    const extra =
      f.kind === 'moved' && f.finalUrl
        ? ` → ${codeSpan(f.finalUrl)}`
        : f.kind === 'dead' || f.kind === 'suspected'
          ? ` (${format(T.streak, options.lang, { count: f.streak })})`
          : '';
    const file = f.file ? `${codeSpan(f.file)} ` : '';
    return `- ${file}${where(f, options)}: ${neutralize(truncate(f.title || f.url, 80))} ${codeSpan(f.url)} — ${format(KIND_LABEL[f.kind], options.lang)}, ${status}${extra}`;
  });
}

function foldedSection(heading: string, lines: string[]): string[] {
  if (lines.length === 0) return [];
  return ['', `<details><summary>${heading}</summary>`, '', ...lines, '', '</details>'];
}

/** The job summary of a scheduled scan: every kind, suspected and not-judged links included. */
export function renderScanSummary(
  findings: readonly ScanFinding[],
  archived: readonly ArchivedRepoFinding[],
  checked: number,
  issue: SummaryIssue | null,
  options: RenderOptions,
): string {
  const { lang, deadAfter } = options;
  const of = (kinds: FindingKind[]) => findings.filter((f) => kinds.includes(f.kind));
  const dead = of(['dead']);
  const moved = of(['moved']);
  const suspected = of(['suspected']);
  const notJudged = of(['blocked', 'error']);
  const counts = { dead: dead.length, moved: moved.length, suspected: suspected.length, blocked: of(['blocked']).length, error: of(['error']).length, checked };
  const lines = [`## ${format(T.summaryHeading, lang)}`, '', format(T.summaryCounts, lang, counts)];
  if (issue?.number != null) {
    const ref = format(T.summaryIssue, lang, { number: issue.number, action: issue.action });
    lines.push('', issue.url ? ref.replace(`#${issue.number}`, `[#${issue.number}](${linkTarget(issue.url)})`) : ref);
  } else if (issue) {
    lines.push('', format(T.summaryNoIssue, lang));
  }
  if (dead.length > 0) lines.push('', `### ${format(T.deadHeading, lang, { count: dead.length })}`, '', ...summaryList(dead, options));
  if (moved.length > 0) lines.push('', `### ${format(T.movedHeading, lang, { count: moved.length })}`, '', ...summaryList(moved, options));
  lines.push(...foldedSection(format(T.suspectedHeading, lang, { count: suspected.length, deadAfter }), summaryList(suspected, options)));
  lines.push(...foldedSection(format(T.notJudgedHeading, lang, { count: notJudged.length }), summaryList(notJudged, options)));
  lines.push(...archivedList(archived, options));
  return lines.join('\n') + '\n';
}
