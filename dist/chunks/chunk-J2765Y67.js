import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

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
  DATE_FORMATS,
  COLUMN_TYPES,
  RULE_SETTINGS,
  parseDuration,
  compileUserRegex,
  stripSiteSuffix,
  normalizeTitle
};
