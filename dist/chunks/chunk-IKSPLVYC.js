import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/core/url/host-params.ts
var GLOBAL_TRACKING = ["utm_*", "gclid", "fbclid"];
var HOST_PARAMS = [
  {
    hosts: ["mp.weixin.qq.com"],
    tracking: [
      "chksm",
      "mpshare",
      "scene",
      "srcid",
      "sharer_*",
      "from",
      "isappinstalled",
      "subscene",
      "ascene",
      "clicktime",
      "enterid",
      "sessionid",
      "realreporttime",
      "nettype",
      "abtest_cookie",
      "lang",
      "version",
      "wx_header",
      "fontgear",
      "poc_token",
      "fasttmpl_*",
      // Device information of low sensitivity.
      "devicetype",
      // Seen in share URLs next to the session parameters; it does not identify the article.
      "acctmode"
    ],
    secrets: ["key", "uin", "pass_ticket", "appmsg_token", "exportkey", "wxtoken", "token"],
    keep: ["__biz", "mid", "idx", "sn"],
    trackingFragments: ["rd", "wechat_redirect"]
  },
  {
    hosts: ["bilibili.com", "b23.tv"],
    tracking: [
      "spm_id_from",
      "vd_source",
      "from_spmid",
      "share_source",
      "share_medium",
      "share_plat",
      "share_tag",
      "share_session_id",
      "share_from",
      "unique_k",
      "timestamp",
      "plat_id",
      "up_id",
      "buvid",
      "mid",
      "is_story_h5",
      "seid",
      "from",
      "from_source",
      "msource",
      "refer_from"
    ],
    secrets: [],
    keep: ["p", "t"],
    trackingFragments: []
  },
  {
    hosts: ["zhihu.com"],
    tracking: ["hybrid_search_source", "hybrid_search_extra", "s_r", "share_code"],
    secrets: [],
    keep: [],
    trackingFragments: []
  },
  {
    hosts: ["medium.com"],
    tracking: ["source"],
    secrets: [],
    keep: [],
    trackingFragments: []
  },
  {
    hosts: ["x.com", "twitter.com"],
    tracking: ["s", "t", "ref_src", "ref_url", "cn"],
    secrets: [],
    keep: [],
    trackingFragments: []
  },
  {
    hosts: ["linkedin.com"],
    tracking: ["trk", "refid", "trackingid"],
    secrets: [],
    keep: [],
    trackingFragments: []
  },
  {
    hosts: ["github.com"],
    tracking: ["email_token", "email_source"],
    secrets: [],
    keep: [],
    trackingFragments: []
  }
];
function hostMatches(host, pattern) {
  return host === pattern || host.endsWith(`.${pattern}`);
}
function nameMatches(name, pattern) {
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}
var classifierCache = /* @__PURE__ */ new Map();
function paramsForHost(host) {
  const cached = classifierCache.get(host);
  if (cached) return cached;
  const entries = HOST_PARAMS.filter((entry) => entry.hosts.some((h) => hostMatches(host, h)));
  const tracking = [...GLOBAL_TRACKING, ...entries.flatMap((e) => e.tracking)];
  const secrets = entries.flatMap((e) => e.secrets);
  const keep = entries.flatMap((e) => e.keep);
  const fragments = new Set(entries.flatMap((e) => e.trackingFragments));
  const byName = /* @__PURE__ */ new Map();
  const classifyUncached = (name) => {
    const lower = name.toLowerCase();
    if (keep.some((p) => nameMatches(lower, p))) return "keep";
    if (secrets.some((p) => nameMatches(lower, p))) return "secret";
    if (tracking.some((p) => nameMatches(lower, p))) return "tracking";
    return null;
  };
  const classifier = {
    classify(name) {
      let kind = byName.get(name);
      if (kind === void 0) {
        kind = classifyUncached(name);
        if (byName.size < 1e4) byName.set(name, kind);
      }
      return kind;
    },
    isTrackingFragment: (fragment) => fragments.has(fragment)
  };
  if (classifierCache.size > 1e3) classifierCache.clear();
  classifierCache.set(host, classifier);
  return classifier;
}

// src/core/url/canonicalize.ts
function splitUrl(url) {
  const hashAt = url.indexOf("#");
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? null : url.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf("?");
  return {
    base: queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt),
    query: queryAt < 0 ? null : beforeHash.slice(queryAt + 1),
    fragment
  };
}
function decodeParamName(segment) {
  const eq = segment.indexOf("=");
  const name = eq < 0 ? segment : segment.slice(0, eq);
  if (!name.includes("%") && !name.includes("+")) return name;
  const rawName = name.replace(/\+/g, " ");
  try {
    return decodeURIComponent(rawName);
  } catch {
    return rawName;
  }
}
function parseHttpUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.hostname ? parsed : null;
}
function strip(url, hostname, kinds) {
  const classifier = paramsForHost(hostname);
  const { base, query, fragment } = splitUrl(url);
  const tracking = /* @__PURE__ */ new Set();
  const secrets = /* @__PURE__ */ new Set();
  let keptQuery = query;
  if (query !== null) {
    const segments = query.split("&");
    const kept = [];
    for (const segment of segments) {
      const name = decodeParamName(segment);
      const kind = segment === "" ? null : classifier.classify(name);
      if (kind === "tracking") {
        tracking.add(name);
        if (kinds.tracking) continue;
      } else if (kind === "secret") {
        secrets.add(name);
        if (kinds.secrets) continue;
      }
      kept.push(segment);
    }
    if (kept.length !== segments.length) keptQuery = kept.filter((s) => s !== "").join("&");
  }
  let keptFragment = fragment;
  if (fragment !== null && classifier.isTrackingFragment(fragment)) {
    tracking.add(`#${fragment}`);
    if (kinds.tracking) keptFragment = null;
  }
  const emptied = keptQuery === null || keptQuery === "" && query !== "";
  const out = base + (emptied ? "" : `?${keptQuery}`) + (keptFragment === null ? "" : `#${keptFragment}`);
  return { url: out, query: emptied ? null : keptQuery, tracking: [...tracking], secrets: [...secrets] };
}
function isRouteFragment(hash) {
  return hash.startsWith("#/") || hash.startsWith("#!/");
}
function canonicalOf(parsed, result) {
  if (result.query === null) {
    if (parsed.href.includes("?")) parsed.search = "";
  } else if (result.url !== parsed.href) parsed.search = `?${result.query}`;
  if (parsed.href.includes("#") && !isRouteFragment(parsed.hash)) parsed.hash = "";
  return parsed.href;
}
var PLAIN_PREFIX = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?$/;
var NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/;
var DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?=\/|$)/i;
function isPlainUrl(url) {
  const match = PLAIN_PREFIX.exec(url);
  if (!match) return false;
  const host = match[1];
  if (host.includes("xn--") || NUMERIC_LABEL.test(host.slice(host.lastIndexOf(".") + 1))) return false;
  return match[2] === void 0 || !DOT_SEGMENT.test(match[2]);
}
var PLAIN_TAIL = /^[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*$/;
var NONE = [];
function plainHref(url) {
  return url.indexOf("/", 8) === -1 ? `${url}/` : url;
}
function analyzePlainWithQuery(url) {
  const { base, query, fragment } = splitUrl(url);
  if (query !== null && !PLAIN_TAIL.test(query) || fragment !== null && !PLAIN_TAIL.test(fragment) || !isPlainUrl(base)) return void 0;
  const hostEnd = base.indexOf("/", 8);
  const hostname = base.slice(base.indexOf("//") + 2, hostEnd === -1 ? base.length : hostEnd);
  const result = strip(url, hostname, { tracking: true, secrets: true });
  const route = fragment !== null && (fragment.startsWith("/") || fragment.startsWith("!/"));
  const canonical = plainHref(base) + (result.query === null ? "" : `?${result.query}`) + (route ? `#${fragment}` : "");
  return {
    canonical,
    cleaned: result.url,
    tracking: result.tracking.length === 0 ? NONE : result.tracking,
    secrets: result.secrets.length === 0 ? NONE : result.secrets
  };
}
function analyzeUrl(url) {
  if (isPlainUrl(url)) return { canonical: plainHref(url), cleaned: url, tracking: NONE, secrets: NONE };
  return analyzePlainWithQuery(url) ?? analyzeUrlByParsing(url);
}
function analyzeUrlByParsing(url) {
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  const result = strip(url, parsed.hostname, { tracking: true, secrets: true });
  return { canonical: canonicalOf(parsed, result), cleaned: result.url, tracking: result.tracking, secrets: result.secrets };
}
function stripUrlParams(url, kinds) {
  const parsed = parseHttpUrl(url);
  return parsed ? strip(url, parsed.hostname, kinds).url : url;
}
var canonicalMemo = /* @__PURE__ */ new Map();
var CANONICAL_MEMO_LIMIT = 1e5;
function canonicalizeUrl(url) {
  let canonical = canonicalMemo.get(url);
  if (canonical === void 0) {
    if (canonicalMemo.size >= CANONICAL_MEMO_LIMIT) canonicalMemo.clear();
    canonical = analyzeUrl(url)?.canonical ?? url;
    canonicalMemo.set(url, canonical);
  }
  return canonical;
}

// src/core/i18n.ts
var templateParts = /* @__PURE__ */ new Map();
var MAX_TEMPLATES = 1e3;
function partsOf(template) {
  let parts = templateParts.get(template);
  if (parts === void 0) {
    parts = template.split(/\{(\w+)\}/);
    if (templateParts.size < MAX_TEMPLATES) templateParts.set(template, parts);
  }
  return parts;
}
function format(messages, lang, params = {}) {
  const parts = partsOf(messages[lang]);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    text += (key in params ? String(params[key]) : `{${key}}`) + parts[i + 1];
  }
  return text;
}
var SAMPLE_CHARS = 2e5;
function isHan(code) {
  return code >= 19968 && code <= 40959 || code >= 13312 && code <= 19903 || code >= 63744 && code <= 64255;
}
function isKana(code) {
  return code >= 12352 && code <= 12543;
}
function withoutNoise(line) {
  return line.replace(/`[^`]*`/g, " ").replace(/!\[[^[\]]*\]\([^()\s]*\)/g, " ").replace(/\]\([^()\s]*\)/g, "]").replace(/https?:\/\/\S+/g, " ").replace(/<[^<>]*>/g, " ");
}
function isNameLike(word) {
  return /\d/.test(word) || /.[A-Z]/.test(word);
}
function detectLang(source) {
  const sample = source.length > SAMPLE_CHARS ? source.slice(0, SAMPLE_CHARS) : source;
  let han = 0;
  let words = 0;
  let kanaOrHangul = 0;
  let fenced = false;
  for (const raw of sample.split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced) continue;
    const line = withoutNoise(raw);
    const weight = /^\s*\|/.test(line) ? 1 : 3;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code < 12352) continue;
      if (isHan(code)) han += weight;
      else if (isKana(code) || code >= 44032 && code <= 55215) kanaOrHangul += weight;
    }
    for (const word of line.match(/[A-Za-z][A-Za-z0-9'-]*/g) ?? []) {
      if (!isNameLike(word)) words += weight;
    }
  }
  if (kanaOrHangul * 4 >= han && kanaOrHangul > 0) return "en";
  return han >= words * 2 && han > 0 ? "zh" : "en";
}

export {
  analyzeUrl,
  stripUrlParams,
  canonicalizeUrl,
  format,
  detectLang
};
