// Rule repo-archived: a row's GitHub repository is not archived. An archived repository is alive
// (read-only), but it is no longer maintained, so the entry may be stale. Fed by link verdicts: the
// link engine's GitHub repository checker (the Action, through the API) says `github-repo-archived`.
import { linkCells } from '../extract-links.js';
import type { Rule } from '../rule.js';
import { canonicalizeUrl } from '../url/canonicalize.js';

const messages = {
  archived: {
    en: 'Unexpected archived repository (read-only, no longer maintained); the entry may be stale: {title}',
    zh: '链接的仓库已归档（只读，不再维护），条目内容可能已过时：{title}',
  },
};

const rule: Rule = {
  id: 'repo-archived',
  // Worded as the finding: annotations are titled with it ("tracker-bot: 链接的仓库已归档").
  description: { en: 'Linked repository is archived', zh: '链接的仓库已归档' },
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'row',
  usesLinkVerdicts: true,
  check(ctx) {
    for (const { section, cell, link } of linkCells(ctx.tracker, ctx.schema)) {
      if (ctx.linkVerdict(canonicalizeUrl(link.url))?.reason.kind !== 'github-repo-archived') continue;
      // At the cell's start: one finding per row and link, where the scheduled scan always put it.
      const at = cell.span.start;
      ctx.report({ span: { start: at, end: at }, section, message: ctx.t(messages.archived, { title: link.text || link.url }) });
    }
  },
};

export default rule;
