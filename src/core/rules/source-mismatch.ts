// Rule source-mismatch (off by default): a row's source cell names the page's publisher or author
// (page facts from the link engine). They agree when either contains the other after removing
// case, spaces, punctuation and the suffixes trackers add (公众号, 官网, 官方, Official), or when
// the cell names the platform the link lives on (e.g. 知乎 for a Zhihu article).
import type { Rule } from '../rule.js';
import { rowsWithFacts, sourceCellIndex } from '../values/row-facts.js';

export const DEFAULT_SOURCE_SUFFIXES: readonly string[] = ['公众号', '官网', '官方', 'Official'];

/** Platforms a source cell may name instead of the account (host → names). */
const PLATFORM_NAMES: Record<string, string[]> = {
  'bilibili.com': ['B站', '哔哩哔哩', 'bilibili'],
  'zhihu.com': ['知乎'],
  'weixin.qq.com': ['微信', '微信公众号'],
};

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

const messages = {
  mismatch: { en: 'Unexpected source "{source}", expected the page\'s publisher "{publisher}"', zh: '来源“{source}”与页面发布者“{publisher}”不符' },
};

function normalizer(suffixes: readonly string[]): (name: string) => string {
  const folded = suffixes.map((s) => s.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '')).filter((s) => s !== '');
  return (name) => {
    let out = name.normalize('NFKC').toLowerCase().replace(/\\(.)/g, '$1').replace(/[\p{P}\p{S}\s]+/gu, '');
    for (let changed = true; changed; ) {
      changed = false;
      for (const suffix of folded) {
        if (out.length > suffix.length && out.endsWith(suffix)) {
          out = out.slice(0, -suffix.length);
          changed = true;
        }
      }
    }
    return out;
  };
}

const rule: Rule = {
  id: 'source-mismatch',
  description: { en: 'The source names the linked page\'s publisher or author', zh: '来源与链接页面的发布者或作者一致' },
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'row',
  offByDefault: true,
  usesPageFacts: true,
  parseOptions(raw) {
    const { suffixes = DEFAULT_SOURCE_SUFFIXES, ...rest } = raw;
    const unknown = Object.keys(rest)[0];
    if (unknown !== undefined) throw new Error(`unknown option "${unknown}" (known: suffixes)`);
    if (!Array.isArray(suffixes) || !suffixes.every((s) => typeof s === 'string')) throw new Error('suffixes: expected a list of strings');
    return { suffixes };
  },
  check(ctx) {
    const normalize = normalizer(ctx.options.suffixes as string[]);
    for (const { section, table, row, link, facts } of rowsWithFacts(ctx)) {
      const names = [facts.publisher, facts.author].filter((n): n is string => n !== undefined).map((n) => ({ raw: n, key: normalize(n) }));
      if (names.length === 0) continue;
      const index = sourceCellIndex(table, ctx);
      const cell = index < 0 ? undefined : row.cell(index);
      const source = cell ? normalize(cell.text) : '';
      if (!cell || source === '') continue;
      if (names.some(({ key }) => key !== '' && (key.includes(source) || source.includes(key)))) continue;
      const host = hostOf(link.url);
      const platforms = Object.entries(PLATFORM_NAMES).flatMap(([h, list]) => (host === h || host?.endsWith(`.${h}`) ? list : []));
      if (platforms.some((p) => source === normalize(p))) continue;
      ctx.report({ span: cell.span, section, message: ctx.t(messages.mismatch, { source: cell.text, publisher: names[0]!.raw }) });
    }
  },
};

export default rule;
