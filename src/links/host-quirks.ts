// Host quirks for page facts: where each host's pages say their title, publisher and publish date
// (facts from public crawler projects and the hosts' own page markup), which time zone their dates
// are in, and which site suffixes their titles carry. Sits next to the soft-404 signatures (signatures.ts); the facts
// reader (facts.ts) applies a host's finders before the generic meta / JSON-LD ones. Pure data.
import { hostMatches } from './host-match.js';

export type FactField = 'title' | 'publisher' | 'author' | 'published';

/**
 * How a finder's first capture group is read:
 * - `text`: HTML text (tags dropped, entities decoded, spaces collapsed);
 * - `js-string`: a JavaScript/JSON string literal body (escapes decoded, then HTML entities);
 * - `unix`: Unix seconds (or milliseconds when 13 digits), turned into a day in the host's zone;
 * - `date`: an ISO-like date or date-time.
 */
export type FactReading = 'text' | 'js-string' | 'unix' | 'date';

export interface FactFinder {
  field: FactField;
  /** Matched against the raw page source; group 1 holds the value. Keep spans short (< 1 KB). */
  pattern: RegExp;
  read: FactReading;
}

export interface HostFactQuirks {
  id: string;
  hosts: string[];
  /** Host-specific finders, tried in order, ahead of every generic source. */
  finders: FactFinder[];
  /** Facts without which reading goes on (up to `links.factsBytes`), e.g. WeChat's late `ct`. */
  needs?: FactField[];
}

/** Minutes east of UTC used for Unix times and for dates that state no zone. */
export const CHINA_OFFSET_MINUTES = 8 * 60;

/** Hosts that publish in China Standard Time (UTC+8); any `.cn` host counts too. */
export const CHINESE_HOSTS: readonly string[] = [
  'qq.com',
  'bilibili.com',
  'zhihu.com',
  'csdn.net',
  'jianshu.com',
  'juejin.cn',
  'jiqizhixin.com',
  '36kr.com',
  'sohu.com',
  '163.com',
  'weibo.com',
  'toutiao.com',
  'cnblogs.com',
  'oschina.net',
  'baidu.com',
  'aliyun.com',
];

/** The UTC offset (minutes) a host's zone-less dates and Unix times are read in: UTC+8 for Chinese hosts, else UTC. */
export function hostUtcOffsetMinutes(hostname: string): number {
  return perHost(hostname).offsetMinutes;
}

interface HostFacts {
  offsetMinutes: number;
  quirks: HostFactQuirks[];
}

// Every link of a host asks the same two questions: answer them once per host name.
const byHost = new Map<string, HostFacts>();
const BY_HOST_LIMIT = 10_000;

function perHost(hostname: string): HostFacts {
  let found = byHost.get(hostname);
  if (!found) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    const chinese = host.endsWith('.cn') || CHINESE_HOSTS.some((h) => hostMatches(host, h));
    found = { offsetMinutes: chinese ? CHINA_OFFSET_MINUTES : 0, quirks: HOST_FACT_QUIRKS.filter((q) => q.hosts.some((h) => hostMatches(host, h))) };
    if (byHost.size >= BY_HOST_LIMIT) byHost.clear();
    byHost.set(hostname, found);
  }
  return found;
}

const JS_STRING = String.raw`(?:'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)")`;

export const HOST_FACT_QUIRKS: readonly HostFactQuirks[] = [
  {
    // WeChat article pages fill the visible title, account and time by script; the raw page keeps
    // them in script variables: msg_title, nickname (the account) and ct (creation, Unix seconds).
    id: 'wechat',
    hosts: ['mp.weixin.qq.com'],
    finders: [
      { field: 'title', pattern: new RegExp(String.raw`\bvar\s+msg_title\s*=\s*${JS_STRING}`), read: 'js-string' },
      { field: 'title', pattern: /\bid\s*=\s*["']activity-name["'][^>]*>([\s\S]{0,600}?)<\/h1>/i, read: 'text' },
      { field: 'publisher', pattern: new RegExp(String.raw`\bvar\s+nickname\s*=\s*(?:htmlDecode\(\s*)?${JS_STRING}`), read: 'js-string' },
      { field: 'publisher', pattern: /\bid\s*=\s*["']js_name["'][^>]*>([\s\S]{0,300}?)<\/(?:a|span|strong)>/i, read: 'text' },
      { field: 'published', pattern: /\bvar\s+ct\s*=\s*["']?(\d{9,13})\b/, read: 'unix' },
    ],
    needs: ['title', 'publisher', 'published'],
  },
  {
    // Bilibili video pages: <h1 title="…">, and the page state's owner.name (the uploader) and
    // pubdate (Unix seconds); <meta itemprop="uploadDate"> is read by the generic meta finder.
    id: 'bilibili',
    hosts: ['bilibili.com'],
    finders: [
      { field: 'title', pattern: /<h1\b[^>]*\btitle\s*=\s*"([^"]{1,500})"/i, read: 'text' },
      { field: 'publisher', pattern: /"owner"\s*:\s*\{[^{}]{0,400}?"name"\s*:\s*"((?:\\.|[^"\\]){1,200})"/, read: 'js-string' },
      { field: 'published', pattern: /"pubdate"\s*:\s*(\d{9,13})\b/, read: 'unix' },
    ],
    needs: ['title', 'publisher', 'published'],
  },
  {
    // Zhihu articles: <h1 class="Post-Title">, the author block's <meta itemprop="name">, and
    // datePublished (meta itemprop or JSON-LD, read generically). Scripted clients often get the
    // anti-bot wall instead: then the page is not alive and no facts are read.
    id: 'zhihu',
    hosts: ['zhihu.com'],
    finders: [
      { field: 'title', pattern: /<h1\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:Post-Title|QuestionHeader-title)\b[^"']*["'][^>]*>([\s\S]{0,600}?)<\/h1>/i, read: 'text' },
      {
        field: 'author',
        pattern: /\bitemprop\s*=\s*["']author["'][\s\S]{0,800}?<meta\b(?=[^>]*\bitemprop\s*=\s*["']name["'])[^>]*\bcontent\s*=\s*"([^"]{1,200})"/i,
        read: 'text',
      },
    ],
  },
];

/** The quirks that apply to a host (at most one set in practice). */
export function quirksFor(hostname: string): HostFactQuirks[] {
  return perHost(hostname).quirks;
}
