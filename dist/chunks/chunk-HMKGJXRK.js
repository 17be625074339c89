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
var NONE = [];
var foundNames = /* @__PURE__ */ new Map();
function foundName(name) {
  const known = foundNames.get(name);
  if (known !== void 0) return known;
  if (foundNames.size < 1e4) foundNames.set(name, name);
  return name;
}
function strip(url, hostname, kinds, parts = splitUrl(url)) {
  const classifier = paramsForHost(hostname);
  const { base, query, fragment } = parts;
  let tracking;
  let secrets;
  let keptQuery = query;
  if (query !== null) {
    const segments = query.split("&");
    let kept;
    let keptIsPrefix = true;
    let prefixEnd = 0;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      let removed = false;
      if (segment !== "") {
        const name = decodeParamName(segment);
        const kind = classifier.classify(name);
        if (kind === "tracking") {
          (tracking ??= /* @__PURE__ */ new Set()).add(foundName(name));
          removed = kinds.tracking;
        } else if (kind === "secret") {
          (secrets ??= /* @__PURE__ */ new Set()).add(foundName(name));
          removed = kinds.secrets;
        }
      }
      if (removed) {
        kept ??= segments.slice(0, i);
      } else if (kept) {
        kept.push(segment);
        if (segment !== "") keptIsPrefix = false;
      } else {
        if (segment === "") keptIsPrefix = false;
        prefixEnd += (i === 0 ? 0 : 1) + segment.length;
      }
    }
    if (kept) keptQuery = keptIsPrefix ? query.slice(0, prefixEnd) : kept.filter((s) => s !== "").join("&");
  }
  let keptFragment = fragment;
  if (fragment !== null && classifier.isTrackingFragment(fragment)) {
    (tracking ??= /* @__PURE__ */ new Set()).add(foundName(`#${fragment}`));
    if (kinds.tracking) keptFragment = null;
  }
  const emptied = keptQuery === null || keptQuery === "" && query !== "";
  const out = base + (emptied ? "" : `?${keptQuery}`) + (keptFragment === null ? "" : `#${keptFragment}`);
  return { url: out, query: emptied ? null : keptQuery, tracking: tracking ? [...tracking] : NONE, secrets: secrets ? [...secrets] : NONE };
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
var PLAIN_URL = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?(?:#[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?$/;
var DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?=\/|$)/i;
function isNumericLabel(url, start, end) {
  const hex = url.startsWith("0x", start);
  for (let i = hex ? start + 2 : start; i < end; i++) {
    const code = url.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    if (!(digit || hex && code >= 97 && code <= 102)) return false;
  }
  return hex || end > start;
}
function analyzeUrl(url) {
  if (!PLAIN_URL.test(url)) return analyzeUrlByParsing(url);
  const hostStart = url.charCodeAt(4) === 115 ? 8 : 7;
  const queryAt = url.indexOf("?", hostStart);
  const hashAt = url.indexOf("#", hostStart);
  const baseEnd = queryAt >= 0 && (hashAt < 0 || queryAt < hashAt) ? queryAt : hashAt >= 0 ? hashAt : url.length;
  const pathAt = url.indexOf("/", hostStart);
  const hostEnd = pathAt >= 0 && pathAt < baseEnd ? pathAt : baseEnd;
  const xn = url.indexOf("xn--", hostStart);
  const lastDot = url.lastIndexOf(".", hostEnd - 1);
  if (xn >= 0 && xn < hostEnd || isNumericLabel(url, lastDot >= hostStart ? lastDot + 1 : hostStart, hostEnd)) return analyzeUrlByParsing(url);
  const base = baseEnd === url.length ? url : url.slice(0, baseEnd);
  if (hostEnd < baseEnd && DOT_SEGMENT.test(base)) return analyzeUrlByParsing(url);
  const href = hostEnd === baseEnd ? `${base}/` : base;
  if (base === url) return { canonical: href, cleaned: url, tracking: NONE, secrets: NONE };
  const fragment = hashAt >= 0 ? url.slice(hashAt + 1) : null;
  const query = queryAt >= 0 && queryAt === baseEnd ? url.slice(queryAt + 1, hashAt >= 0 ? hashAt : url.length) : null;
  const result = strip(url, url.slice(hostStart, hostEnd), { tracking: true, secrets: true }, { base, query, fragment });
  const route = fragment !== null && (fragment.startsWith("/") || fragment.startsWith("!/"));
  const canonical = href + (result.query === null ? "" : `?${result.query}`) + (route ? `#${fragment}` : "");
  return { canonical, cleaned: result.url, tracking: result.tracking, secrets: result.secrets };
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

// src/core/options.ts
var DATE_FORMATS = ["YYYY-MM-DD", "YYYY.MM.DD", "YYYY/MM/DD", "YYYY-MM", "YYYY.MM", "YYYY/MM", "YYYY"];
var COLUMN_TYPES = ["link", "links", "text", "date", "rating"];
var RULE_SETTINGS = ["off", "warning", "error"];
function parseDuration(value) {
  if (typeof value === "number") return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!m) throw new Error(`invalid duration "${value}" (use e.g. 500ms, 3s, 2m, 7d)`);
  const n = Number(m[1]);
  const unit = m[2] ?? "ms";
  const factor = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 }[unit];
  return Math.round(n * factor);
}
var USER_REGEX_FLAGS = "u";
function compileUserRegex(source) {
  return new RegExp(source, USER_REGEX_FLAGS);
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

// src/core/values/title.ts
var SITE_TITLE_SUFFIXES = [
  /\s*[_-]\s*哔哩哔哩\s*_\s*bilibili\s*$/i,
  /\s*[_-]\s*哔哩哔哩\s*$/,
  /\s*[-|_]\s*知乎\s*$/,
  /\s*[-_|]\s*CSDN\s*博客\s*$/i,
  /\s*[-|]\s*掘金\s*$/,
  /\s*[-|]\s*简书\s*$/,
  /\s*[|-]\s*机器之心\s*$/,
  /\s*[|–—-]\s*Medium\s*$/i
];
function stripSiteSuffix(title, siteName, suffixes = SITE_TITLE_SUFFIXES) {
  let out = title.trim();
  for (const suffix of suffixes) out = out.replace(suffix, "");
  if (siteName && siteName.trim() !== "" && siteName.trim() !== out) {
    const name = siteName.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`\\s*[-|\u2013\u2014_\xB7:\uFF1A]\\s*${name}\\s*$`, "iu"), "");
  }
  return out.trim();
}
function normalizeTitle(title) {
  return stripSiteSuffix(title).normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, " ").trim();
}

export {
  format,
  detectLang,
  analyzeUrl,
  stripUrlParams,
  canonicalizeUrl,
  DATE_FORMATS,
  COLUMN_TYPES,
  RULE_SETTINGS,
  parseDuration,
  compileUserRegex,
  stripSiteSuffix,
  normalizeTitle
};
