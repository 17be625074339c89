import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  assertKnownRuleIds,
  ruleSettings
} from "./chunk-SINAV7QO.js";
import {
  CONFIG_DEFAULTS,
  ConfigError,
  DEFAULT_CONFIG_PATH,
  DUPLICATES_DEFAULTS,
  LINKS_DEFAULTS
} from "./chunk-VRCVEGMT.js";
import {
  NEVER,
  _default,
  _enum,
  _minLength,
  _nonnegative,
  _positive,
  _regex,
  array,
  boolean,
  config,
  int,
  joinValues,
  looseObject,
  number,
  optional,
  parsedType,
  pipe,
  record,
  strictObject,
  string,
  stringifyPrimitive,
  transform,
  union
} from "./chunk-44UXQGHF.js";
import {
  RULES
} from "./chunk-7XZYIZTT.js";
import {
  COLUMN_TYPES,
  DATE_FORMATS,
  RULE_SETTINGS,
  compileUserRegex,
  parseDuration
} from "./chunk-6UP4LFZW.js";
import "./chunk-3Y2NLIWH.js";

// src/config/host-keys.ts
import { domainToASCII } from "node:url";
function normalizeHostKey(key) {
  const trimmed = key.trim();
  const wildcard = trimmed.startsWith("*.");
  const name = (wildcard ? trimmed.slice(2) : trimmed).replace(/\.+$/, "");
  const ascii = domainToASCII(name) || name.toLowerCase();
  return wildcard ? `*.${ascii}` : ascii;
}
function normalizeHostRecord(record2, field) {
  const out = {};
  const spelledAs = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(record2)) {
    const host = normalizeHostKey(key);
    const earlier = spelledAs.get(host);
    if (earlier !== void 0) throw new Error(`${field}: "${earlier}" and "${key}" name the same host (${host})`);
    spelledAs.set(host, key);
    out[host] = value;
  }
  return out;
}
function normalizeLinkHosts(links) {
  return {
    ...links,
    resolve: normalizeHostRecord(links.resolve, "links.resolve"),
    headers: normalizeHostRecord(links.headers, "links.headers"),
    accept: Array.isArray(links.accept) ? links.accept : normalizeHostRecord(links.accept, "links.accept"),
    signatures: normalizeHostRecord(links.signatures, "links.signatures")
  };
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue) => {
    switch (issue.code) {
      case "invalid_type": {
        const expected = getTypeName(issue.expected);
        const receivedType = parsedType(issue.input);
        const received = getTypeName(receivedType, issue.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
      case "too_big": {
        const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
        const sizing = getSizing(issue.origin);
        if (sizing)
          return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
        const sizing = getSizing(issue.origin);
        if (sizing) {
          return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue.origin}`;
      case "invalid_union":
        if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
          const opts = issue.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// src/config/schema.ts
config(en_default());
var duration = pipe(
  union([string(), number().check(_nonnegative())]),
  transform((v, ctx) => {
    try {
      return parseDuration(v);
    } catch (e) {
      ctx.issues.push({ code: "custom", message: e.message, input: v });
      return NEVER;
    }
  })
);
var nonEmpty = () => string().check(_minLength(1));
var withDefault = (schema, value) => _default(schema, value);
var columnSchema = strictObject({
  /** Header text; may be empty for a column addressed by `index`. */
  name: withDefault(string(), ""),
  /** 1-based position of the column: matches it by place (needed when its header is empty). */
  index: optional(int().check(_positive())),
  type: withDefault(_enum(COLUMN_TYPES), "text"),
  required: optional(boolean()),
  /** Other header names accepted for this column. */
  aliases: optional(array(nonEmpty())),
  symbol: optional(nonEmpty()),
  min: optional(int().check(_nonnegative())),
  max: optional(int().check(_positive())),
  /** Ratings: `plain` (⭐⭐) or `emoji` (⭐️⭐️, a variation selector on each symbol). Default: the file's own majority. */
  style: optional(_enum(["plain", "emoji"])),
  /** Dates: one accepted format or a list of them. Default: YYYY-MM-DD. */
  format: optional(union([_enum(DATE_FORMATS), array(_enum(DATE_FORMATS)).check(_minLength(1))]))
});
var sortKeySchema = strictObject({
  column: nonEmpty(),
  order: withDefault(_enum(["asc", "desc"]), "asc")
});
var tableSchemaConfig = strictObject({
  /** Only tables under a heading that contains one of these texts (case-insensitive). */
  section: optional(union([nonEmpty(), array(nonEmpty())])),
  columns: array(columnSchema).check(_minLength(1)),
  sort: optional(array(sortKeySchema))
});
var duplicatesSchema = strictObject({
  /** Where a repeated link counts as a duplicate: anywhere in the file, within a section, or within a table. */
  scope: withDefault(_enum(["file", "section", "table"]), DUPLICATES_DEFAULTS.scope),
  /** Sections (heading text contains one of these, case-insensitive) that may repeat entries listed elsewhere. */
  exempt: withDefault(array(nonEmpty()), DUPLICATES_DEFAULTS.exempt)
});
var statusList = array(union([int(), string().check(_regex(/^\d{3}(-\d{3})?$/))]));
var linksSchema = strictObject({
  /** Unset: perHost × the number of distinct hosts, at most 128 (see links/check.ts defaultConcurrency). */
  concurrency: optional(int().check(_positive())),
  perHost: withDefault(int().check(_positive()), LINKS_DEFAULTS.perHost),
  interval: withDefault(duration, LINKS_DEFAULTS.interval),
  timeout: withDefault(duration, LINKS_DEFAULTS.timeout),
  retries: withDefault(int().check(_nonnegative()), LINKS_DEFAULTS.retries),
  /** One link's whole check (every hop, HEAD→GET fallback and retry); default 2 × timeout. */
  deadline: optional(duration),
  /** A whole run's link checking; links not checked in time are `skipped`. Default: 10 min on a pull request, 60 min on a schedule, none on the CLI. */
  budget: optional(duration),
  retryAfterCap: withDefault(duration, LINKS_DEFAULTS.retryAfterCap),
  allowPrivateHosts: withDefault(boolean(), LINKS_DEFAULTS.allowPrivateHosts),
  /** host → address, like curl --resolve. */
  resolve: withDefault(record(string(), string()), LINKS_DEFAULTS.resolve),
  include: withDefault(array(string()), LINKS_DEFAULTS.include),
  exclude: withDefault(array(string()), LINKS_DEFAULTS.exclude),
  /** host → header name → value. */
  headers: withDefault(record(string(), record(string(), string())), LINKS_DEFAULTS.headers),
  /** Status codes or ranges ("200-299") treated as alive: a list (global) or host → list. */
  accept: withDefault(union([statusList, record(string(), statusList)]), LINKS_DEFAULTS.accept),
  /** host → extra soft-404 patterns (regex source); a match on a short page means dead. */
  signatures: withDefault(record(string(), array(string())), LINKS_DEFAULTS.signatures),
  cache: optional(string()),
  cacheTtl: withDefault(duration, LINKS_DEFAULTS.cacheTtl),
  /** Body bytes of an alive HTML page read for its facts (title, publisher, publish day); 0 turns facts off. */
  factsBytes: withDefault(int().check(_nonnegative()), LINKS_DEFAULTS.factsBytes),
  archiveApi: withDefault(string(), LINKS_DEFAULTS.archiveApi)
});
var ruleEntrySchema = union([_enum(RULE_SETTINGS), looseObject({ severity: optional(_enum(RULE_SETTINGS)) })]);
var configSchema = strictObject({
  files: withDefault(array(nonEmpty()), CONFIG_DEFAULTS.files),
  lang: withDefault(_enum(["auto", "en", "zh"]), CONFIG_DEFAULTS.lang),
  columns: optional(array(columnSchema).check(_minLength(1))),
  sort: optional(array(sortKeySchema)),
  /** Several table schemas, each matched to tables by header (and optionally section). */
  tables: optional(array(tableSchemaConfig).check(_minLength(1))),
  placeholders: withDefault(array(string()), CONFIG_DEFAULTS.placeholders),
  duplicates: _default(duplicatesSchema, () => duplicatesSchema.parse({})),
  rules: withDefault(record(string(), ruleEntrySchema), CONFIG_DEFAULTS.rules),
  links: _default(linksSchema, () => linksSchema.parse({}))
});

// src/config/validate.ts
function keyPath(path) {
  return path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "");
}
function describeIssue(issue) {
  if (issue.code === "unrecognized_keys") {
    const where2 = keyPath(issue.path);
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return `unknown key ${keys}${where2 ? ` in ${where2}` : ""}`;
  }
  const where = keyPath(issue.path) || "(top level)";
  return `${where}: ${issue.message}`;
}
function checkTableSchema(origin, where, columns, sort) {
  const columnNames = new Set(columns.flatMap((c) => [c.name, ...c.aliases ?? []]).filter((n) => n !== ""));
  const missing = sort?.find((key) => !columnNames.has(key.column));
  if (missing) throw new ConfigError(`${origin}: ${where}sort: column "${missing.column}" is not in columns`);
  for (const [i, column] of columns.entries()) {
    if (column.min !== void 0 && column.max !== void 0 && column.min > column.max) {
      throw new ConfigError(`${origin}: ${where}columns[${i}]: min (${column.min}) is greater than max (${column.max})`);
    }
    if (column.name.trim() === "" && column.index === void 0) {
      throw new ConfigError(`${origin}: ${where}columns[${i}]: give the column a name, or an index for a column with an empty header`);
    }
  }
}
function validateConfig(raw, origin = DEFAULT_CONFIG_PATH) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${origin}: expected a mapping of keys at the top level`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : "";
    throw new ConfigError(`${origin}: ${describeIssue(first)}${more}`);
  }
  try {
    assertKnownRuleIds(result.data.rules);
    for (const rule of RULES) ruleSettings(rule, result.data.rules[rule.id]);
  } catch (e) {
    throw new ConfigError(`${origin}: ${e.message}`);
  }
  const schemas = [];
  if (result.data.columns) schemas.push({ where: "", columns: result.data.columns, sort: result.data.sort });
  for (const [t, table] of (result.data.tables ?? []).entries()) schemas.push({ where: `tables[${t}].`, ...table });
  for (const { where, columns, sort } of schemas) checkTableSchema(origin, where, columns, sort);
  const patterns = [
    ...result.data.links.include.map((p) => ["links.include", p]),
    ...result.data.links.exclude.map((p) => ["links.exclude", p]),
    ...Object.entries(result.data.links.signatures).flatMap(([host, list]) => list.map((p) => [`links.signatures.${host}`, p]))
  ];
  for (const [field, pattern] of patterns) {
    try {
      compileUserRegex(pattern);
    } catch (e) {
      throw new ConfigError(`${origin}: ${field}: invalid regular expression ${JSON.stringify(pattern)} (${e.message})`);
    }
  }
  try {
    result.data.links = normalizeLinkHosts(result.data.links);
  } catch (e) {
    throw new ConfigError(`${origin}: ${e.message}`);
  }
  return result.data;
}
export {
  validateConfig
};
