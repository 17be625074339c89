import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  RULES,
  RULE_IDS,
  parseTracker,
  resolveSchema
} from "./chunk-7XZYIZTT.js";
import {
  detectLang,
  format
} from "./chunk-6UP4LFZW.js";

// src/core/lint.ts
var SEVERITY_RANK = { error: 0, warning: 1 };
var RULE_RANK = new Map(RULE_IDS.map((id, index) => [id, index]));
function assertKnownRuleIds(rules) {
  for (const id of Object.keys(rules)) {
    if (!RULE_RANK.has(id)) throw new Error(`unknown rule "${id}" in rules (known: ${RULE_IDS.join(", ")})`);
  }
}
function ruleSettings(rule, entry) {
  if (entry === void 0 || typeof entry === "string") {
    return { setting: entry ?? (rule.offByDefault ? "off" : rule.defaultSeverity), options: rule.parseOptions?.({}) ?? {} };
  }
  const { severity, ...raw } = entry;
  const setting = severity ?? rule.defaultSeverity;
  if (!rule.parseOptions) {
    const key = Object.keys(raw)[0];
    if (key !== void 0) throw new Error(`rules.${rule.id}: unknown option "${key}" (this rule takes only severity)`);
    return { setting, options: {} };
  }
  try {
    return { setting, options: rule.parseOptions(raw) };
  } catch (e) {
    throw new Error(`rules.${rule.id}: ${e.message}`);
  }
}
function verdictSettings(rules) {
  const settings = /* @__PURE__ */ new Map();
  for (const rule of RULES) if (rule.ownsVerdict) settings.set(rule.ownsVerdict, ruleSettings(rule, rules[rule.id]).setting);
  return settings;
}
function lintTracker(tracker, options) {
  const config = options.config ?? {};
  const settings = config.rules ?? {};
  assertKnownRuleIds(settings);
  const schema = resolveSchema(config, tracker);
  const lang = !options.lang || options.lang === "auto" ? detectLang(tracker.source) : options.lang;
  const diagnostics = [];
  const messageTexts = /* @__PURE__ */ new Map();
  const { pageFacts, linkVerdicts } = options;
  const keepFixes = options.fixes !== false;
  for (const rule of RULES) {
    if (rule.usesPageFacts ? !pageFacts : rule.usesLinkVerdicts ? !linkVerdicts : options.onlyPageFactRules) continue;
    const { setting, options: ruleOptions } = ruleSettings(rule, settings[rule.id]);
    if (setting === "off") continue;
    const ctx = {
      tracker,
      schema,
      lang,
      now: options.now,
      options: ruleOptions,
      pageFacts: (canonicalUrl) => pageFacts?.get(canonicalUrl),
      linkVerdict: (canonicalUrl) => linkVerdicts?.get(canonicalUrl),
      ...options.focusLines ? { focusLines: options.focusLines } : {},
      t: (messages, params) => format(messages, lang, params),
      report(input) {
        const severity = setting === "warning" ? "warning" : input.severity ?? setting;
        const diagnostic = newDiagnostic(rule.id, severity, internedMessage(messageTexts, input.message), input);
        if (keepFixes && input.fix) diagnostic.fix = input.fix;
        else if (keepFixes && input.deferredFix) deferFix(diagnostic, input.deferredFix);
        diagnostics.push(diagnostic);
      }
    };
    rule.check(ctx);
  }
  return sortByPosition(diagnostics);
}
function newDiagnostic(rule, severity, message, input) {
  const { start, end } = input.span;
  const section = input.section.title;
  const fixable = input.fix !== void 0 ? input.fix.edits.length > 0 : input.deferredFix !== void 0;
  const { expected } = input;
  return expected === void 0 ? { rule, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, section, fixable } : { rule, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, section, fixable, expected };
}
function internedMessage(texts, message) {
  const kept = texts.get(message);
  if (kept !== void 0) return kept;
  if (texts.size < MESSAGE_TEXTS_LIMIT) texts.set(message, message);
  return message;
}
var MESSAGE_TEXTS_LIMIT = 1e4;
function deferFix(diagnostic, build) {
  let fix;
  Object.defineProperty(diagnostic, "fix", {
    enumerable: true,
    configurable: true,
    get: () => fix ??= build(),
    set: (value) => {
      fix = value;
    }
  });
}
function sortByPosition(diagnostics) {
  const COLUMN_SPAN = 2 ** 21;
  const position = new Float64Array(diagnostics.length);
  const rank = new Float64Array(diagnostics.length);
  const order = new Array(diagnostics.length);
  for (let i = 0; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i];
    position[i] = diagnostic.line * COLUMN_SPAN + Math.min(diagnostic.column, COLUMN_SPAN - 1);
    rank[i] = SEVERITY_RANK[diagnostic.severity] * RULE_IDS.length + RULE_RANK.get(diagnostic.rule);
    order[i] = i;
  }
  order.sort((a, b) => position[a] - position[b] || rank[a] - rank[b]);
  return order.map((i) => diagnostics[i]);
}
function lintSource(source, options) {
  const tracker = parseTracker(source);
  return { tracker, diagnostics: lintTracker(tracker, options) };
}

export {
  assertKnownRuleIds,
  ruleSettings,
  verdictSettings,
  lintTracker,
  sortByPosition,
  lintSource
};
