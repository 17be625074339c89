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
  const fragmentNames = [...fragments].map((fragment) => ({ fragment, name: `#${fragment}` }));
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
    isTrackingFragment: (fragment) => fragments.has(fragment),
    trackingFragmentAt(url, start) {
      for (const { fragment, name } of fragmentNames) {
        if (url.length - start === fragment.length && url.startsWith(fragment, start)) return name;
      }
      return null;
    }
  };
  if (classifierCache.size > 1e3) classifierCache.clear();
  classifierCache.set(host, classifier);
  return classifier;
}

// src/core/url/canonicalize.ts
function queryStart(url, hashAt) {
  const queryAt = url.indexOf("?");
  return queryAt >= 0 && (hashAt < 0 || queryAt < hashAt) ? queryAt : -1;
}
function decodeParamName(name) {
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
var NO_PARAMS = [];
var FoundNames = class {
  names = [];
  count = 0;
  seen;
  reset() {
    this.count = 0;
    this.seen = void 0;
  }
  add(name) {
    const names = this.names;
    if (this.seen === void 0) {
      for (let i = 0; i < this.count; i++) if (names[i] === name) return;
      names[this.count++] = name;
      if (this.count > 16) this.seen = new Set(names.slice(0, this.count));
    } else if (!this.seen.has(name)) {
      this.seen.add(name);
      names[this.count++] = name;
    }
  }
  /** The names found, as a shared list (sharedList). */
  list() {
    return this.count === 0 ? NO_PARAMS : sharedList(this.names, this.count);
  }
};
var foundTracking = new FoundNames();
var foundSecrets = new FoundNames();
var nameLists = { list: NO_PARAMS, next: void 0 };
var nameListNodes = 0;
var NAME_LIST_NODES = 1e4;
function sharedList(names, count) {
  let node = nameLists;
  for (let i = 0; i < count; i++) {
    const name = names[i];
    let next = node.next?.get(name);
    if (next === void 0) {
      if (nameListNodes >= NAME_LIST_NODES) return names.slice(0, count);
      nameListNodes++;
      next = { list: void 0, next: void 0 };
      (node.next ??= /* @__PURE__ */ new Map()).set(name, next);
    }
    node = next;
  }
  return node.list ??= names.slice(0, count);
}
function strip(url, classifier, kinds, queryAt, hashAt) {
  const baseEnd = queryAt >= 0 ? queryAt : hashAt >= 0 ? hashAt : url.length;
  const queryEnd = hashAt >= 0 ? hashAt : url.length;
  foundTracking.reset();
  foundSecrets.reset();
  let removedAny = false;
  let keptIsPrefix = true;
  let keptEnd = queryEnd;
  let joined;
  if (queryAt >= 0) {
    let nextEq = -1;
    for (let start = queryAt + 1; start <= queryEnd; ) {
      const amp = url.indexOf("&", start);
      const end = amp >= 0 && amp < queryEnd ? amp : queryEnd;
      let removed = false;
      if (end > start) {
        if (nextEq < start) {
          nextEq = url.indexOf("=", start);
          if (nextEq < 0) nextEq = url.length;
        }
        const name = decodeParamName(url.slice(start, nextEq < end ? nextEq : end));
        const kind = classifier.classify(name);
        if (kind === "tracking") {
          foundTracking.add(name);
          removed = kinds.tracking;
        } else if (kind === "secret") {
          foundSecrets.add(name);
          removed = kinds.secrets;
        }
      }
      if (removed) {
        if (!removedAny) {
          removedAny = true;
          if (keptIsPrefix) keptEnd = start === queryAt + 1 ? start : start - 1;
          else joined = joinNonEmpty(url, queryAt + 1, start === queryAt + 1 ? start : start - 1);
        }
      } else if (removedAny) {
        if (end > start) {
          if (keptIsPrefix) {
            keptIsPrefix = false;
            joined = joinNonEmpty(url, queryAt + 1, keptEnd);
          }
          joined = joined === "" ? url.slice(start, end) : `${joined}&${url.slice(start, end)}`;
        }
      } else if (end === start) {
        keptIsPrefix = false;
      }
      start = end + 1;
    }
  }
  let keepFragment = hashAt >= 0;
  if (hashAt >= 0) {
    const fragment = classifier.trackingFragmentAt(url, hashAt + 1);
    if (fragment !== null) {
      foundTracking.add(fragment);
      if (kinds.tracking) keepFragment = false;
    }
  }
  const tracking = foundTracking.list();
  const secrets = foundSecrets.list();
  if (!removedAny) {
    return { url: keepFragment ? url : url.slice(0, queryEnd), query: queryAt >= 0 ? void 0 : null, prefixLength: queryEnd, tracking, secrets };
  }
  const keptQuery = keptIsPrefix ? url.slice(queryAt + 1, keptEnd) : joined;
  const emptied = keptQuery === "";
  const prefixLength = emptied ? baseEnd : keptIsPrefix ? keptEnd : -1;
  let out = prefixLength >= 0 ? url.slice(0, prefixLength) : `${url.slice(0, baseEnd)}?${keptQuery}`;
  if (keepFragment) out += url.slice(hashAt);
  return { url: out, query: emptied ? null : keptQuery, prefixLength, tracking, secrets };
}
function joinNonEmpty(url, start, end) {
  let out = "";
  for (const segment of url.slice(start, end).split("&")) if (segment !== "") out = out === "" ? segment : `${out}&${segment}`;
  return out;
}
function isRouteFragment(hash) {
  return hash.startsWith("#/") || hash.startsWith("#!/");
}
function canonicalOf(parsed, url, queryAt, result) {
  if (result.query === null) {
    if (parsed.href.includes("?")) parsed.search = "";
  } else if (result.url !== parsed.href) parsed.search = `?${result.query ?? url.slice(queryAt + 1, result.prefixLength)}`;
  if (parsed.href.includes("#") && !isRouteFragment(parsed.hash)) parsed.hash = "";
  return parsed.href;
}
var PLAIN_URL = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?(?:#[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?$/;
var ALL_KINDS = { tracking: true, secrets: true };
function isNumericLabel(url, start, end) {
  const first = url.charCodeAt(start);
  if (!(first >= 48 && first <= 57)) return false;
  const hex = url.startsWith("0x", start);
  for (let i = hex ? start + 2 : start; i < end; i++) {
    const code = url.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    if (!(digit || hex && code >= 97 && code <= 102)) return false;
  }
  return hex || end > start;
}
function mayHaveDotSegment(url, start, end) {
  const dot = url.indexOf("/.", start);
  if (dot >= 0 && dot < end) return true;
  const percent = url.indexOf("/%", start);
  return percent >= 0 && percent < end;
}
function hasDotSegment(url, start, end) {
  for (let slash = url.indexOf("/", start); slash >= 0 && slash < end; slash = url.indexOf("/", slash + 1)) {
    let i = slash + 1;
    let dots = 0;
    for (; dots < 2; dots++) {
      if (url.charCodeAt(i) === 46) i++;
      else if (url.charCodeAt(i) === 37 && url.charCodeAt(i + 1) === 50 && (url.charCodeAt(i + 2) | 32) === 101) i += 3;
      else break;
    }
    if (dots > 0 && (i === end || url.charCodeAt(i) === 47)) return true;
  }
  return false;
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
  if (hostEnd < baseEnd && mayHaveDotSegment(url, hostEnd, baseEnd) && hasDotSegment(url, hostEnd, baseEnd)) return analyzeUrlByParsing(url);
  if (baseEnd === url.length) return { canonical: hostEnd === baseEnd ? `${url}/` : url, cleaned: url, tracking: NO_PARAMS, secrets: NO_PARAMS };
  const query = queryAt === baseEnd ? queryAt : -1;
  const result = strip(url, paramsForHost(url.slice(hostStart, hostEnd)), ALL_KINDS, query, hashAt);
  const route = hashAt >= 0 && (url.startsWith("/", hashAt + 1) || url.startsWith("!/", hashAt + 1));
  let canonical;
  if (hostEnd < baseEnd && !route && result.prefixLength >= 0) {
    canonical = result.url.length === result.prefixLength ? result.url : url.slice(0, result.prefixLength);
  } else {
    const keptQuery = result.query === void 0 ? url.slice(query + 1, hashAt >= 0 ? hashAt : url.length) : result.query;
    const href = hostEnd === baseEnd ? `${url.slice(0, baseEnd)}/` : url.slice(0, baseEnd);
    canonical = href + (keptQuery === null ? "" : `?${keptQuery}`) + (route ? url.slice(hashAt) : "");
  }
  return { canonical, cleaned: result.url, tracking: result.tracking, secrets: result.secrets };
}
function analyzeUrlByParsing(url) {
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  const hashAt = url.indexOf("#");
  const queryAt = queryStart(url, hashAt);
  const result = strip(url, paramsForHost(parsed.hostname), ALL_KINDS, queryAt, hashAt);
  return { canonical: canonicalOf(parsed, url, queryAt, result), cleaned: result.url, tracking: result.tracking, secrets: result.secrets };
}
function stripUrlParams(url, kinds) {
  const parsed = parseHttpUrl(url);
  if (!parsed) return url;
  const hashAt = url.indexOf("#");
  return strip(url, paramsForHost(parsed.hostname), kinds, queryStart(url, hashAt), hashAt).url;
}
var canonicalMemo = /* @__PURE__ */ new Map();
var CANONICAL_MEMO_LIMIT = 1e5;
function rememberCanonical(url, analysis) {
  if (canonicalMemo.has(url)) return;
  if (canonicalMemo.size >= CANONICAL_MEMO_LIMIT) canonicalMemo.clear();
  canonicalMemo.set(url, analysis?.canonical ?? url);
}
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
function withoutNoise(lines) {
  return lines.replace(/`[^`\n]*`/g, " ").replace(/!\[[^[\]\n]*\]\([^()\s]*\)/g, " ").replace(/\]\([^()\s]*\)/g, "]").replace(/https?:\/\/\S+/g, " ").replace(/<[^<>\n]*>/g, " ");
}
var FENCE = /^\s*(```|~~~)/;
var ANY_FENCE = /^\s*(```|~~~)/m;
function withoutFencedCode(text) {
  if (!ANY_FENCE.test(text)) return text;
  const kept = [];
  let fenced = false;
  for (const raw of text.split("\n")) {
    if (FENCE.test(raw)) fenced = !fenced;
    if (!fenced) kept.push(raw);
  }
  return kept.join("\n");
}
var TABLE_ROW = /^\s*\|/;
var NOT_HAN = /[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+/g;
var NOT_KANA_OR_HANGUL = /[^\u3040-\u30ff\uac00-\ud7af]+/g;
var PROSE_WORD = /(?<![A-Za-z0-9'-])[0-9'-]*[A-Za-z][a-z'-]*(?![A-Za-z0-9'-])/g;
function countOf(others, text) {
  return text.replace(others, "").length;
}
function languageCounts(source) {
  const sample = source.length > SAMPLE_CHARS ? source.slice(0, SAMPLE_CHARS) : source;
  const rows = [];
  const prose = [];
  for (const line of withoutNoise(withoutFencedCode(sample)).split("\n")) (TABLE_ROW.test(line) ? rows : prose).push(line);
  const rowText = rows.join("\n");
  const proseText = prose.join("\n");
  return {
    han: countOf(NOT_HAN, rowText) + 3 * countOf(NOT_HAN, proseText),
    words: (rowText.match(PROSE_WORD)?.length ?? 0) + 3 * (proseText.match(PROSE_WORD)?.length ?? 0),
    kanaOrHangul: countOf(NOT_KANA_OR_HANGUL, rowText) + 3 * countOf(NOT_KANA_OR_HANGUL, proseText)
  };
}
function detectLang(source) {
  const { han, words, kanaOrHangul } = languageCounts(source);
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
  NO_PARAMS,
  analyzeUrl,
  stripUrlParams,
  rememberCanonical,
  canonicalizeUrl,
  DATE_FORMATS,
  COLUMN_TYPES,
  RULE_SETTINGS,
  parseDuration,
  compileUserRegex,
  stripSiteSuffix,
  normalizeTitle
};
