// Rule link-redirected: a link the link engine found permanently moved (HTTP 301/308 to a live page,
// or a renamed or transferred GitHub repository) points at where it lives now. Fed by link verdicts
// (runs with --links, in the Action and in the scheduled scan). The fix, movedLinkEdit, is the one
// place a moved link is rewritten: PR suggestions and the scheduled fix pull request both apply it.
import { linkCells } from '../extract-links.js';
import type { Rule } from '../rule.js';
import type { LinkValue, LinkVerdict, TextEdit } from '../types.js';
import { canonicalizeUrl } from '../url/canonicalize.js';

const messages = {
  moved: { en: 'Unexpected moved link, expected its new address {finalUrl}', zh: '链接已永久迁移，应改为新地址 {finalUrl}' },
};

/** A URL fit for a Markdown link destination: http(s), with no character that would end or break it; null otherwise. */
function asLinkDestination(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  } catch {
    return null;
  }
  return url.replace(/[\s()<>]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}

/**
 * The edit that replaces a moved link's URL (source offsets link.urlStart..urlEnd) with where it
 * lives now (verdict.finalUrl, made safe for a link destination); null when the verdict is not
 * `redirected`, has no usable http(s) target, or the target is the same canonical URL.
 */
export function movedLinkEdit(link: Pick<LinkValue, 'url' | 'urlStart' | 'urlEnd'>, verdict: LinkVerdict | undefined): TextEdit | null {
  if (verdict?.verdict !== 'redirected' || !verdict.finalUrl) return null;
  const target = asLinkDestination(verdict.finalUrl);
  if (!target || canonicalizeUrl(target) === canonicalizeUrl(link.url)) return null;
  return { start: link.urlStart, end: link.urlEnd, text: target };
}

const rule: Rule = {
  id: 'link-redirected',
  description: { en: 'Links point where they live now, not at an address that moved permanently', zh: '链接指向当前地址，而不是已永久迁移的旧地址' },
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'row',
  botSafeFix: true,
  usesLinkVerdicts: true,
  ownsVerdict: 'redirected',
  check(ctx) {
    for (const { section, cell, link } of linkCells(ctx.tracker, ctx.schema)) {
      const verdict = ctx.linkVerdict(canonicalizeUrl(link.url));
      const edit = movedLinkEdit(link, verdict);
      if (!edit) continue;
      ctx.report({ span: cell.span, section, message: ctx.t(messages.moved, { finalUrl: edit.text }), fix: { edits: [edit] }, expected: edit.text });
    }
  },
};

export default rule;
