// Linter: runs every registered rule over a parsed tracker and turns their reports into the one
// Diagnostic type (rule id, configured severity, section, position, fix), sorted by position.
// Pure: the caller injects config, language and "now".
import type { Config, RuleEntry } from './options.js';
import { detectLang, format } from './i18n.js';
import { parseTracker } from './parse/index.js';
import type { ReportInput, Rule, RuleContext } from './rule.js';
import { RULE_IDS, RULES } from './rules/index.js';
import { resolveSchema } from './schema.js';
import type { Diagnostic, Fix, Lang, LinkVerdict, PageFacts, RuleSetting, Severity, Tracker, Verdict } from './types.js';

export { RULE_IDS, RULES };

export interface LintOptions {
  config?: Partial<Pick<Config, 'columns' | 'sort' | 'tables' | 'placeholders' | 'duplicates' | 'rules'>>;
  /** Message language; 'auto' (the default) detects it from the document. */
  lang?: Lang | 'auto';
  /** Reference "today" for date-range. */
  now: Date;
  /**
   * Page facts keyed by canonical URL (from the link engine). Rules that compare rows with the
   * pages they cite (`usesPageFacts`) run only when this is given.
   */
  pageFacts?: ReadonlyMap<string, PageFacts>;
  /**
   * Link verdicts keyed by canonical URL (from the link engine). Rules that judge verdicts
   * (`usesLinkVerdicts`: link-redirected, repo-archived) run only when this is given.
   */
  linkVerdicts?: ReadonlyMap<string, LinkVerdict>;
  /** Run only the rules fed by the link engine (page facts, link verdicts): the second pass once link checks are done. */
  onlyPageFactRules?: boolean;
  /**
   * The lines under review (a pull request's added or changed lines, 1-based). Rules that judge rows
   * against each other (sort-order) then judge only these rows and leave the rest as they were.
   */
  focusLines?: (line: number) => boolean;
  /**
   * False for callers that report findings and never apply a fix (`tracker-bot check`): diagnostics
   * still say whether they are `fixable`, but carry no `fix`. A large tracker's fixes then cost no
   * memory, and no deferred fix keeps the tracker alive once the findings are made. Default true.
   */
  fixes?: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1 };
const RULE_RANK = new Map(RULE_IDS.map((id, index) => [id, index]));

/** Throws a one-line error naming the first unknown rule id in `rules`. */
export function assertKnownRuleIds(rules: Record<string, unknown>): void {
  for (const id of Object.keys(rules)) {
    if (!RULE_RANK.has(id)) throw new Error(`unknown rule "${id}" in rules (known: ${RULE_IDS.join(', ')})`);
  }
}

/**
 * A rule's configured severity and validated options. Throws a one-line Error (`rules.<id>: …`)
 * for options the rule does not take or rejects.
 */
export function ruleSettings(rule: Rule, entry: RuleEntry | undefined): { setting: RuleSetting; options: Record<string, unknown> } {
  if (entry === undefined || typeof entry === 'string') {
    return { setting: entry ?? (rule.offByDefault ? 'off' : rule.defaultSeverity), options: rule.parseOptions?.({}) ?? {} };
  }
  const { severity, ...raw } = entry;
  const setting = severity ?? rule.defaultSeverity;
  if (!rule.parseOptions) {
    const key = Object.keys(raw)[0];
    if (key !== undefined) throw new Error(`rules.${rule.id}: unknown option "${key}" (this rule takes only severity)`);
    return { setting, options: {} };
  }
  try {
    return { setting, options: rule.parseOptions(raw) };
  } catch (e) {
    throw new Error(`rules.${rule.id}: ${(e as Error).message}`);
  }
}

/**
 * The configured setting of each verdict a rule owns (Rule.ownsVerdict, e.g. link-redirected owns
 * `redirected`): `off` drops such links' findings from the reports, a severity grades them.
 */
export function verdictSettings(rules: Readonly<Record<string, RuleEntry>>): Map<Verdict, RuleSetting> {
  const settings = new Map<Verdict, RuleSetting>();
  for (const rule of RULES) if (rule.ownsVerdict) settings.set(rule.ownsVerdict, ruleSettings(rule, rules[rule.id]).setting);
  return settings;
}

export function lintTracker(tracker: Tracker, options: LintOptions): Diagnostic[] {
  const config = options.config ?? {};
  const settings = config.rules ?? {};
  assertKnownRuleIds(settings);
  const schema = resolveSchema(config, tracker);
  const lang = !options.lang || options.lang === 'auto' ? detectLang(tracker.source) : options.lang;
  const diagnostics: Diagnostic[] = [];
  // One string per distinct message: a large tracker repeats a few messages thousands of times, and
  // each report would otherwise keep its own copy (built by concatenation, so several strings each).
  const messageTexts = new Map<string, string>();

  const { pageFacts, linkVerdicts } = options;
  const keepFixes = options.fixes !== false;
  for (const rule of RULES) {
    if (rule.usesPageFacts ? !pageFacts : rule.usesLinkVerdicts ? !linkVerdicts : options.onlyPageFactRules) continue;
    const { setting, options: ruleOptions } = ruleSettings(rule, settings[rule.id]);
    if (setting === 'off') continue;
    const ctx: RuleContext = {
      tracker,
      schema,
      lang,
      now: options.now,
      options: ruleOptions,
      pageFacts: (canonicalUrl) => pageFacts?.get(canonicalUrl),
      linkVerdict: (canonicalUrl) => linkVerdicts?.get(canonicalUrl),
      ...(options.focusLines ? { focusLines: options.focusLines } : {}),
      t: (messages, params) => format(messages, lang, params),
      report(input: ReportInput) {
        // A per-finding severity may only lower the configured one.
        const severity = setting === 'warning' ? 'warning' : (input.severity ?? setting);
        const diagnostic = newDiagnostic(rule.id, severity, internedMessage(messageTexts, input.message), input);
        // A caller that applies no fix (LintOptions.fixes false) reads only `fixable`.
        if (keepFixes && input.fix) diagnostic.fix = input.fix;
        else if (keepFixes && input.deferredFix) deferFix(diagnostic, input.deferredFix);
        diagnostics.push(diagnostic);
      },
    };
    rule.check(ctx);
  }

  return sortByPosition(diagnostics);
}

/**
 * The Diagnostic for one report, `expected` included when the rule gave one. It is written in the
 * object literal rather than added afterwards: V8 gives a literal's own properties in-object slots,
 * and a property added later goes to a separate out-of-object array. Per finding with `expected` that
 * is 112 bytes instead of 144; at 100k rows, where 53k of the 54k findings have one, 1.7 MB less. `fix`
 * is still added afterwards, by the callers that keep fixes.
 */
function newDiagnostic(rule: string, severity: Severity, message: string, input: ReportInput): Diagnostic {
  const { start, end } = input.span;
  const section = input.section.title;
  const fixable = input.fix !== undefined ? input.fix.edits.length > 0 : input.deferredFix !== undefined;
  const { expected } = input;
  return expected === undefined
    ? { rule, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, section, fixable }
    : { rule, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, section, fixable, expected };
}

/** `message`, or an equal string already kept in `texts` (at most MESSAGE_TEXTS_LIMIT of them). */
function internedMessage(texts: Map<string, string>, message: string): string {
  const kept = texts.get(message);
  if (kept !== undefined) return kept;
  if (texts.size < MESSAGE_TEXTS_LIMIT) texts.set(message, message);
  return message;
}
const MESSAGE_TEXTS_LIMIT = 10_000;

/**
 * Gives the diagnostic a `fix` property (enumerable, in the place a plain one would take) that
 * builds the fix when first read and keeps it; every reader sees an ordinary Fix.
 */
function deferFix(diagnostic: Diagnostic, build: () => Fix): void {
  let fix: Fix | undefined;
  Object.defineProperty(diagnostic, 'fix', {
    enumerable: true,
    configurable: true,
    get: () => (fix ??= build()),
    set: (value: Fix) => {
      fix = value;
    },
  });
}

/** By line, column, then errors before warnings, then registry order (Array#sort is stable). */
export function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const COLUMN_SPAN = 2 ** 21;
  // The keys sit in two typed arrays indexed like `diagnostics`, and the indices are sorted on
  // them: a wrapper object per diagnostic was 54k short-lived objects on a large tracker.
  const position = new Float64Array(diagnostics.length);
  const rank = new Float64Array(diagnostics.length);
  const order = new Array<number>(diagnostics.length);
  for (let i = 0; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i]!;
    position[i] = diagnostic.line * COLUMN_SPAN + Math.min(diagnostic.column, COLUMN_SPAN - 1);
    rank[i] = SEVERITY_RANK[diagnostic.severity] * RULE_IDS.length + RULE_RANK.get(diagnostic.rule)!;
    order[i] = i;
  }
  order.sort((a, b) => position[a]! - position[b]! || rank[a]! - rank[b]!);
  return order.map((i) => diagnostics[i]!);
}

export function lintSource(source: string, options: LintOptions): { tracker: Tracker; diagnostics: Diagnostic[] } {
  const tracker = parseTracker(source);
  return { tracker, diagnostics: lintTracker(tracker, options) };
}
