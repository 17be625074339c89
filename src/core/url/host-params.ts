// URL parameter tables per host, used by canonicalize.ts (and through it by the url-* rules,
// duplicate-link and the link engine's dedup). Facts come from public crawler projects, link-checker
// issues and URL-cleaning rule sets, and from the parameters seen in the hosts' own share URLs.
// A name ending in `*` matches every parameter with that prefix. Names compare case-insensitively.

export interface HostParams {
  /** Host names this entry applies to; a host matches itself and its subdomains. */
  hosts: string[];
  /** Parameters that only track the click or the sharer: stripped, reported as warnings. */
  tracking: string[];
  /** Parameters that carry a reader's personal session: stripped, reported as errors. */
  secrets: string[];
  /** Parameters that identify the resource: never stripped, whatever another table says. */
  keep: string[];
  /** Fragments (without `#`) that are share residue, not anchors. */
  trackingFragments: string[];
}

/** Applies to every host. */
export const GLOBAL_TRACKING = ['utm_*', 'gclid', 'fbclid'];

export const HOST_PARAMS: HostParams[] = [
  {
    hosts: ['mp.weixin.qq.com'],
    tracking: [
      'chksm', 'mpshare', 'scene', 'srcid', 'sharer_*', 'from', 'isappinstalled', 'subscene',
      'ascene', 'clicktime', 'enterid', 'sessionid', 'realreporttime', 'nettype', 'abtest_cookie',
      'lang', 'version', 'wx_header', 'fontgear', 'poc_token', 'fasttmpl_*',
      // Device information of low sensitivity.
      'devicetype',
      // Seen in share URLs next to the session parameters; it does not identify the article.
      'acctmode',
    ],
    secrets: ['key', 'uin', 'pass_ticket', 'appmsg_token', 'exportkey', 'wxtoken', 'token'],
    keep: ['__biz', 'mid', 'idx', 'sn'],
    trackingFragments: ['rd', 'wechat_redirect'],
  },
  {
    hosts: ['bilibili.com', 'b23.tv'],
    tracking: [
      'spm_id_from', 'vd_source', 'from_spmid', 'share_source', 'share_medium', 'share_plat',
      'share_tag', 'share_session_id', 'share_from', 'unique_k', 'timestamp', 'plat_id', 'up_id',
      'buvid', 'mid', 'is_story_h5', 'seid', 'from', 'from_source', 'msource', 'refer_from',
    ],
    secrets: [],
    keep: ['p', 't'],
    trackingFragments: [],
  },
  {
    hosts: ['zhihu.com'],
    tracking: ['hybrid_search_source', 'hybrid_search_extra', 's_r', 'share_code'],
    secrets: [],
    keep: [],
    trackingFragments: [],
  },
  {
    hosts: ['medium.com'],
    tracking: ['source'],
    secrets: [],
    keep: [],
    trackingFragments: [],
  },
  {
    hosts: ['x.com', 'twitter.com'],
    tracking: ['s', 't', 'ref_src', 'ref_url', 'cn'],
    secrets: [],
    keep: [],
    trackingFragments: [],
  },
  {
    hosts: ['linkedin.com'],
    tracking: ['trk', 'refid', 'trackingid'],
    secrets: [],
    keep: [],
    trackingFragments: [],
  },
  {
    hosts: ['github.com'],
    tracking: ['email_token', 'email_source'],
    secrets: [],
    keep: [],
    trackingFragments: [],
  },
];

export type ParamKind = 'tracking' | 'secret' | 'keep';

function hostMatches(host: string, pattern: string): boolean {
  return host === pattern || host.endsWith(`.${pattern}`);
}

function nameMatches(name: string, pattern: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

export interface ParamClassifier {
  /** Kind of a (decoded) parameter name, or null for a parameter this table has no opinion on. */
  classify(name: string): ParamKind | null;
  isTrackingFragment(fragment: string): boolean;
  /**
   * When url[start…] (to the end) is a tracking fragment, its name as a strip reports it, `#`
   * and the fragment (one string per classifier); null otherwise. Compared in place: no slice.
   */
  trackingFragmentAt(url: string, start: number): string | null;
}

const classifierCache = new Map<string, ParamClassifier>();

/** The parameter rules that apply to `host` (lowercase, as WHATWG URL gives it). */
export function paramsForHost(host: string): ParamClassifier {
  const cached = classifierCache.get(host);
  if (cached) return cached;
  const entries = HOST_PARAMS.filter((entry) => entry.hosts.some((h) => hostMatches(host, h)));
  const tracking = [...GLOBAL_TRACKING, ...entries.flatMap((e) => e.tracking)];
  const secrets = entries.flatMap((e) => e.secrets);
  const keep = entries.flatMap((e) => e.keep);
  const fragments = new Set(entries.flatMap((e) => e.trackingFragments));
  const fragmentNames = [...fragments].map((fragment) => ({ fragment, name: `#${fragment}` }));
  const byName = new Map<string, ParamKind | null>();
  const classifyUncached = (name: string): ParamKind | null => {
    const lower = name.toLowerCase();
    if (keep.some((p) => nameMatches(lower, p))) return 'keep';
    if (secrets.some((p) => nameMatches(lower, p))) return 'secret';
    if (tracking.some((p) => nameMatches(lower, p))) return 'tracking';
    return null;
  };
  const classifier: ParamClassifier = {
    classify(name) {
      let kind = byName.get(name);
      if (kind === undefined) {
        kind = classifyUncached(name);
        if (byName.size < 10_000) byName.set(name, kind);
      }
      return kind;
    },
    isTrackingFragment: (fragment) => fragments.has(fragment),
    trackingFragmentAt(url, start) {
      for (const { fragment, name } of fragmentNames) {
        if (url.length - start === fragment.length && url.startsWith(fragment, start)) return name;
      }
      return null;
    },
  };
  if (classifierCache.size > 1000) classifierCache.clear();
  classifierCache.set(host, classifier);
  return classifier;
}

