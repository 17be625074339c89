// Page signatures: soft-404s and anti-bot walls recognised from a response's headers, <title>
// and visible text (facts from public crawler projects and link-checker issues). Host-specific sets apply only on their hosts; text
// signatures apply only to short pages, so an article quoting a deletion notice stays alive.
// Pure: the engine hands in the first bytes of the body it read.
import { compileUserRegex } from '../core/options.js';
import type { Reason } from '../core/types.js';
import { hostMatches } from './host-match.js';

/** Pages with more visible text than this are content, not a notice or a wall. */
export const SHORT_PAGE_CHARS = 1000;

export type PageVerdict = 'alive' | 'dead' | 'blocked';

export interface PageSignal {
  verdict: PageVerdict;
  /** e.g. `{ kind: 'soft-404', signature: 'wechat-deleted' }`, `{ kind: 'bot-wall', wall: 'cloudflare-challenge' }`. */
  reason: Reason;
}

interface Signature {
  id: string;
  /** title: the <title>; text: visible text of a short page; source: the raw body (page state, JSON). */
  in: 'title' | 'text' | 'source';
  pattern: RegExp;
}

export interface HostSignatureSet {
  id: string;
  hosts: string[];
  /** Raw-body markers of a normal content page: when present, no text signature is consulted. */
  contentMarkers?: RegExp[];
  /** Checked before `dead`: an anti-bot page says nothing about the link. */
  blocked: Signature[];
  dead: Signature[];
  /** A 2xx page that is neither content nor a known notice says nothing about the link. */
  unknownPageIsBlocked?: boolean;
  /** Redirect targets (pathname) that are walls, e.g. a forced sign-in. */
  blockedRedirects?: RegExp[];
}

const text = (id: string, pattern: RegExp): Signature => ({ id, in: 'text', pattern });
const title = (id: string, pattern: RegExp): Signature => ({ id, in: 'title', pattern });
const source = (id: string, pattern: RegExp): Signature => ({ id, in: 'source', pattern });

export const BUILTIN_SIGNATURES: readonly HostSignatureSet[] = [
  {
    id: 'wechat',
    hosts: ['mp.weixin.qq.com'],
    contentMarkers: [/\bid\s*=\s*["']js_(?:article|content)["']/],
    blocked: [
      text('wechat-migrated', /该公众号已迁移|此帐号处于帐号迁移流程中/),
      text('wechat-verify', /当前环境异常，完成验证后即可继续访问|访问过于频繁/),
    ],
    dead: [
      text('wechat-deleted', /该内容已被发布者删除|The content has been deleted by the author/i),
      text('wechat-removed', /此内容因违规无法查看|此内容被投诉且经审核涉嫌侵权|此内容被多人投诉|此内容因涉嫌违反相关法律法规/),
      text('wechat-account-gone', /此帐号已被屏蔽|此帐号已自主注销|此帐号被投诉且经审核涉嫌侵权/),
    ],
    unknownPageIsBlocked: true,
  },
  {
    id: 'bilibili',
    hosts: ['bilibili.com'],
    blocked: [
      title('bilibili-risk-control', /出错啦!\s*-\s*bilibili\.com/),
      source('bilibili-risk-control', /_riskdata_|v_voucher/),
      source('bilibili-api-blocked', /^\s*\{\s*"code"\s*:\s*(?:-352|-403|62004|62012)\s*[,}]/),
    ],
    dead: [
      title('bilibili-deleted', /视频去哪了呢|啊叻？视频不见了/),
      source('bilibili-deleted', /"trueCode"\s*:\s*-404\b/),
      source('bilibili-api-deleted', /^\s*\{\s*"code"\s*:\s*(?:-404|62002)\s*[,}]/),
    ],
  },
  {
    id: 'zhihu',
    hosts: ['zhihu.com'],
    blocked: [source('zhihu-api-blocked', /"code"\s*:\s*(?:40362|40352|40353|10003)\b/)],
    dead: [text('zhihu-not-found', /你似乎来到了没有知识存在的荒原/), text('zhihu-deleted', /该回答已被删除|该文章已被删除/)],
    blockedRedirects: [/^\/account\/unhuman\b/, /^\/signin\b/],
  },
];

export interface PageInput {
  hostname: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Decoded first bytes of the body; undefined when it was not read. */
  body?: string;
}

export interface PageText {
  title: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes HTML character references (numeric ones and the few named ones pages use in text). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The <title> and the visible text (scripts, styles and tags removed, whitespace collapsed). */
export function pageText(html: string): PageText {
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const visible = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|title|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return {
    title: decodeEntities(titleMatch?.[1] ?? '').replace(/\s+/g, ' ').trim(),
    text: decodeEntities(visible).replace(/\s+/g, ' ').trim(),
  };
}

function header(headers: PageInput['headers'], name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(', ') : (value ?? '')).toLowerCase();
}

/** Compiles `links.signatures` (host → regex sources) into dead signatures; throws a one-line error on a bad regex. */
export function compileUserSignatures(byHost: Record<string, string[]>): HostSignatureSet[] {
  return Object.entries(byHost).map(([host, patterns]) => ({
    id: `config:${host}`,
    hosts: [host],
    blocked: [],
    dead: patterns.map((p) => {
      let pattern: RegExp;
      try {
        pattern = compileUserRegex(p);
      } catch (e) {
        throw new Error(`links.signatures.${host}: invalid regular expression "${p}" (${(e as Error).message})`);
      }
      return { id: 'config', in: 'text' as const, pattern };
    }),
  }));
}

export class PageSignatures {
  private readonly sets: readonly HostSignatureSet[];
  /** hostname → its signature sets: asked two or three times per link, answered once per host. */
  private readonly byHost = new Map<string, HostSignatureSet[]>();

  constructor(userSets: HostSignatureSet[] = []) {
    this.sets = [...BUILTIN_SIGNATURES, ...userSets];
  }

  private setsFor(hostname: string): HostSignatureSet[] {
    let sets = this.byHost.get(hostname);
    if (!sets) {
      sets = this.sets.filter((set) => set.hosts.some((h) => hostMatches(hostname, h)));
      this.byHost.set(hostname, sets);
    }
    return sets;
  }

  /** True when a host can only be judged from its body (so GET it directly). */
  needsBody(hostname: string): boolean {
    return this.setsFor(hostname).length > 0;
  }

  /** A wall signalled by a redirect target (e.g. Zhihu's /account/unhuman), or null. */
  blockedRedirect(target: URL): PageSignal | null {
    for (const set of this.setsFor(target.hostname)) {
      if (set.blockedRedirects?.some((re) => re.test(target.pathname))) return { verdict: 'blocked', reason: { kind: 'bot-wall', wall: `${set.id}-redirect` } };
    }
    return null;
  }

  /** What the page itself says, or null when it says nothing beyond its status. */
  judge(page: PageInput): PageSignal | null {
    if (header(page.headers, 'cf-mitigated') === 'challenge') return { verdict: 'blocked', reason: { kind: 'bot-wall', wall: 'cloudflare-challenge' } };
    if (page.body === undefined) return null;
    const { title, text } = pageText(page.body);
    if (/^just a moment\.\.\.$/i.test(title) || /^attention required! \| cloudflare$/i.test(title)) {
      return { verdict: 'blocked', reason: { kind: 'bot-wall', wall: 'cloudflare-challenge' } };
    }
    const isShort = text.length <= SHORT_PAGE_CHARS;
    const matches = (sig: Signature): boolean => {
      if (sig.in === 'title') return sig.pattern.test(title);
      if (sig.in === 'source') return sig.pattern.test(page.body!);
      return isShort && sig.pattern.test(text);
    };
    for (const set of this.setsFor(page.hostname)) {
      if (set.contentMarkers?.some((re) => re.test(page.body!))) continue;
      const wall = set.blocked.find(matches);
      if (wall) return { verdict: 'blocked', reason: { kind: 'bot-wall', wall: wall.id } };
      const gone = set.dead.find(matches);
      if (gone) return { verdict: 'dead', reason: { kind: 'soft-404', signature: gone.id } };
      if (set.unknownPageIsBlocked && page.status >= 200 && page.status < 300) {
        return { verdict: 'blocked', reason: { kind: 'unknown-page', site: set.id } };
      }
    }
    return null;
  }
}
