// Reporter › tracking issue: the scheduled scan's two Markdown outputs, the tracking issue's body (a task list of confirmed dead and moved links,
// grouped by file and section: the entry linked to its URL, a line link, the reason in words, the
// first-seen date and an archived copy or the new address) and the job summary (which adds suspected,
// blocked and failed links). Tracker text is untrusted: every title goes through neutralize() and every
// URL through markdownLink()/codeSpan(). Pure; written in the tracker's language. The Action's scheduled
// scan passes the findings in (src/action/scheduled.ts) and posts what comes out.
import { format, type Messages } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import { fold, groupBySection } from './group.js';
import type { LineUrl } from './line-link.js';
import { lineReference } from './markdown.js';
import { linkReason, listOf, sectionName } from './messages.js';
import { countScanFindings, type ArchivedRepoFinding, type LinkFinding, type LinkFindingKind } from './model.js';
import { codeSpan, cutText, markdownLink, neutralize } from './neutralize.js';
import { MARKDOWN_BODY_LIMIT, truncateMarkdown } from './truncate.js';

type FindingKind = LinkFindingKind;
type ScanFinding = LinkFinding;

export interface RenderOptions {
  lang: Lang;
  deadAfter: number;
  /** When this scan ran (ISO). */
  scannedAt: string;
  /** Link to a line of a tracker file (a blob URL at the scanned commit). */
  lineUrl?: LineUrl;
  /** Link to the workflow run. */
  runUrl?: string;
  maxLength?: number;
  /** Section headings per file (title, line), so two sections with the same name stay apart. */
  sections?: Record<string, readonly { title: string | null; line: number }[]>;
  /** Annotations left out by GitHub's per-kind cap (job summary only). */
  annotationsOmitted?: { count: number; limit: number };
}

/** The tracking issue or fix pull request a scan kept up to date, for the job summary; `action` is the API layer's code. */
export interface ScanOutcome {
  number: number | null;
  url: string | null;
  action: string;
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
  firstSeen: { en: 'first seen {date}', zh: '首次发现 {date}' },
  archivedCopy: { en: 'archived copy', zh: '存档' },
  noArchivedCopy: { en: 'no archived copy found', zh: '未找到存档' },
  movedTo: { en: 'moved permanently to {url}', zh: '已永久迁移至 {url}' },
  checklistHint: {
    en: 'Tick an item once the row is fixed or removed; the next scan rewrites this list from the file either way.',
    zh: '修好或删除条目后可勾选；下次扫描会按文件重新生成此列表。',
  },
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
    en: '{parts}; {checked} links checked.',
    zh: '{parts}；共检查 {checked} 个链接。',
  },
  countDead: { en: '{count} confirmed dead', zh: '{count} 个确认失效' },
  countMoved: { en: '{count} moved', zh: '{count} 个已迁移' },
  countSuspected: { en: '{count} suspected', zh: '{count} 个疑似失效' },
  countBlocked: { en: '{count} blocked', zh: '{count} 个被拦截' },
  countError: { en: '{count} failed to check', zh: '{count} 个检查失败' },
  countNone: { en: 'no dead or moved links', zh: '没有失效或已迁移的链接' },
  summaryIssue: { en: 'Tracking issue: #{number} ({action}).', zh: '追踪 issue：#{number}（{action}）。' },
  annotationsOmitted: {
    en: '{count} more annotations were left out (GitHub shows {limit} of each kind per step); dead links were shown first, then moved ones, then the other findings.',
    zh: '另有 {count} 个注解未显示（GitHub 每个步骤每类只显示 {limit} 个）；已优先显示失效链接，其次是已迁移链接，最后是其他问题。',
  },
  summaryNoIssue: { en: 'No tracking issue is needed.', zh: '无需追踪 issue。' },
  fixPullRequest: { en: 'Fix pull request: {link} ({action}).', zh: '修复 PR：{link}（{action}）。' },
  labelDescription: { en: 'tracker-bot: dead-link tracking issue', zh: 'tracker-bot：失效链接追踪' },
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
  streak: { en: ' ({count}× in a row)', zh: '（连续 {count} 次）' },
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

/** What happened to an issue or pull request, in words (the API layer's action names are codes). */
const ACTION_WORDS: Record<string, Messages> = {
  created: { en: 'opened', zh: '已新建' },
  updated: { en: 'updated', zh: '已更新' },
  unchanged: { en: 'unchanged', zh: '无变化' },
  closed: { en: 'closed', zh: '已关闭' },
  reopened: { en: 'reopened', zh: '已重新打开' },
  none: { en: 'not needed', zh: '无需' },
};

function actionWords(action: string, lang: Lang): string {
  const words = ACTION_WORDS[action];
  return words ? format(words, lang) : action;
}

export function defaultIssueTitle(lang: Lang): string {
  return format(T.issueTitle, lang);
}

/** The description of the label that marks the tracking issue. */
export function issueLabelDescription(lang: Lang): string {
  return format(T.labelDescription, lang);
}

export function closeComment(lang: Lang): string {
  return format(T.closeComment, lang);
}

/** The reason of a finding in words (never the engine's code), with the HTTP status where it adds something. */
function reasonText(finding: Pick<ScanFinding, 'kind' | 'reason' | 'finalUrl' | 'retryAt' | 'checkedAt'>, lang: Lang): string {
  if (finding.kind === 'moved' && finding.finalUrl) return format(T.movedTo, lang, { url: codeSpan(finding.finalUrl) });
  return neutralize(linkReason(finding, lang));
}

function where(finding: { file: string; line: number }, options: RenderOptions): string {
  return lineReference(finding.file, finding.line, options.lang, options.lineUrl);
}

/** Untrusted text inside emphasis or link text: neutralised, brackets escaped. */
function linkText(text: string): string {
  return neutralize(text).replace(/[[\]]/g, (c) => `\\${c}`);
}

/**
 * `- [ ] **title** — [line 22](…) · reason · first seen 2026-11-23 · [archived copy](…)`. The entry's own URL
 * is tracker text, so it is never made a link here (the line link leads to the row that holds it).
 */
function checklistItem(f: ScanFinding, options: RenderOptions): string {
  const { lang } = options;
  const title = f.title.trim() === '' ? codeSpan(cutText(f.url, 200)) : `**${linkText(cutText(f.title, 80))}**`;
  const parts = [where(f, options), reasonText(f, lang), format(T.firstSeen, lang, { date: f.firstSeen })];
  if (f.kind === 'dead') parts.push(f.archiveUrl ? markdownLink(format(T.archivedCopy, lang), f.archiveUrl) : format(T.noArchivedCopy, lang));
  return `- [ ] ${title} — ${parts.join(' · ')}`;
}

interface Group<T> {
  file: string;
  section: string | null;
  items: T[];
}

/** Findings by file (in path order), then by section in line order; same-named sections stay apart. */
function groupByFileAndSection<T extends { file: string; section: string | null; line: number }>(items: readonly T[], options: RenderOptions): Group<T>[] {
  const files = [...new Set(items.map((item) => item.file))].sort();
  return files.flatMap((file) =>
    groupBySection(items.filter((item) => item.file === file), options.sections?.[file]).map((group) => ({
      file,
      section: group.section,
      items: group.rows.flatMap((row) => row.items),
    })),
  );
}

function groupHeading(group: Group<unknown>, multipleFiles: boolean, lang: Lang): string {
  const section = neutralize(sectionName(group.section, lang));
  return multipleFiles ? `${codeSpan(group.file)} › ${section}` : section;
}

function archivedList(archived: readonly ArchivedRepoFinding[], options: RenderOptions): string[] {
  if (archived.length === 0) return [];
  const items = [...archived].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line);
  return fold(
    format(T.archivedRepos, options.lang, { count: archived.length }),
    items.map((a) => `- ${where(a, options)}: ${neutralize(cutText(a.title, 80))} ${codeSpan(a.url)}`),
  );
}

/** The tracking issue's body: only confirmed dead and moved links (other kinds are ignored). */
export function renderIssueBody(
  findings: readonly ScanFinding[],
  archived: readonly ArchivedRepoFinding[],
  options: RenderOptions,
): string {
  const { lang } = options;
  const listed = findings.filter((f) => f.kind === 'dead' || f.kind === 'moved');
  const counts = countScanFindings(listed);
  const multipleFiles = new Set(listed.map((f) => f.file)).size > 1;
  const lines = [
    `## ${format(T.issueHeading, lang)}`,
    '',
    format(T.issueIntro, lang, { deadAfter: options.deadAfter }),
    '',
    format(T.counts, lang, { dead: counts.dead, moved: counts.moved, date: options.scannedAt.slice(0, 10) }) +
      (options.runUrl ? ` ${markdownLink(format(T.runLink, lang), options.runUrl)}` : ''),
  ];
  for (const group of groupByFileAndSection(listed, options)) {
    lines.push('', `### ${groupHeading(group, multipleFiles, lang)}`, '', ...group.items.map((f) => checklistItem(f, options)));
  }
  if (listed.length > 0) lines.push('', `_${format(T.checklistHint, lang)}_`);
  lines.push(...archivedList(archived, options));
  return truncateMarkdown(lines.join('\n') + '\n', format(T.truncated, lang), options.maxLength ?? MARKDOWN_BODY_LIMIT);
}

function summaryList(findings: readonly ScanFinding[], options: RenderOptions): string[] {
  return findings.map((f) => {
    const status = reasonText(f, options.lang);
    const extra = f.kind === 'dead' || f.kind === 'suspected' ? format(T.streak, options.lang, { count: f.streak }) : '';
    const file = f.file ? `${codeSpan(f.file)} ` : '';
    return `- ${file}${where(f, options)}: ${neutralize(cutText(f.title || f.url, 80))} ${codeSpan(f.url)} — ${listOf([format(KIND_LABEL[f.kind], options.lang), status], options.lang)}${extra}`;
  });
}

function foldedSection(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : fold(heading, lines);
}

/** `[#12](url)` where the URL is known, else `#12`; in `text`, the first `#12`. */
function linkIssueNumber(text: string, outcome: ScanOutcome): string {
  const ref = `#${outcome.number}`;
  return outcome.url ? text.replace(ref, markdownLink(ref, outcome.url)) : text;
}

/**
 * The job summary of a scheduled scan: every kind, suspected and not-judged links included; the tracking
 * issue (`issue`, null when the scan kept none) and the fix pull request (`fixPullRequest`) it touched.
 */
export function renderScanSummary(
  findings: readonly ScanFinding[],
  archived: readonly ArchivedRepoFinding[],
  checked: number,
  issue: ScanOutcome | null,
  options: RenderOptions & { fixPullRequest?: ScanOutcome | null },
): string {
  const { lang, deadAfter } = options;
  const of = (kinds: FindingKind[]) => findings.filter((f) => kinds.includes(f.kind));
  const counts = countScanFindings(findings);
  const kinds: [Messages, number][] = [
    [T.countDead, counts.dead],
    [T.countMoved, counts.moved],
    [T.countSuspected, counts.suspected],
    [T.countBlocked, counts.blocked],
    [T.countError, counts.error],
  ];
  const parts = kinds.filter(([, count]) => count > 0).map(([words, count]) => format(words, lang, { count }));
  const joined = parts.length > 0 ? listOf(parts, lang) : format(T.countNone, lang);
  const lines = [`## ${format(T.summaryHeading, lang)}`, '', format(T.summaryCounts, lang, { parts: joined, checked })];
  if (issue?.number != null) {
    lines.push('', linkIssueNumber(format(T.summaryIssue, lang, { number: issue.number, action: actionWords(issue.action, lang) }), issue));
  } else if (issue) {
    lines.push('', format(T.summaryNoIssue, lang));
  }
  if (counts.dead > 0) lines.push('', `### ${format(T.deadHeading, lang, { count: counts.dead })}`, '', ...summaryList(of(['dead']), options));
  if (counts.moved > 0) lines.push('', `### ${format(T.movedHeading, lang, { count: counts.moved })}`, '', ...summaryList(of(['moved']), options));
  lines.push(...foldedSection(format(T.suspectedHeading, lang, { count: counts.suspected, deadAfter }), summaryList(of(['suspected']), options)));
  lines.push(...foldedSection(format(T.notJudgedHeading, lang, { count: counts.blocked + counts.error }), summaryList(of(['blocked', 'error']), options)));
  lines.push(...archivedList(archived, options));
  if (options.annotationsOmitted) {
    lines.push('', `> ${format(T.annotationsOmitted, lang, { count: options.annotationsOmitted.count, limit: options.annotationsOmitted.limit })}`);
  }
  const fixPr = options.fixPullRequest;
  if (fixPr && fixPr.number !== null) {
    const link = fixPr.url ? markdownLink(`#${fixPr.number}`, fixPr.url) : `#${fixPr.number}`;
    lines.push('', format(T.fixPullRequest, lang, { link, action: actionWords(fixPr.action, lang) }));
  }
  return lines.join('\n') + '\n';
}
