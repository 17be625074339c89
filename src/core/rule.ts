// Rule contract: a rule is a small declarative unit, one file per id under src/core/rules/,
// registered in src/core/rules/index.ts. The linter (src/core/lint.ts) runs each rule's
// check() over the model and stamps id, severity and section onto what it reports.
import type { Messages } from './i18n.js';
import type { Fix, Lang, LinkVerdict, PageFacts, Verdict, Section, Severity, Span, Tracker } from './types.js';
import type { TrackerSchema } from './schema.js';

export interface ReportInput {
  /** Exact source span the problem covers. */
  span: Span;
  section: Section;
  message: string;
  fix?: Fix;
  /**
   * Instead of `fix`: a fix too costly to build on every run (sort-order's reordered table, as long
   * as the table), built when the diagnostic's `fix` is first read and then kept. A JSON or text
   * report never reads it. It must hold at least one edit: the diagnostic counts as fixable.
   */
  deferredFix?: () => Fix;
  expected?: string;
  /** Override the configured severity for this one finding (e.g. date-format: only unpadded → warning). */
  severity?: Severity;
}

export interface RuleContext {
  tracker: Tracker;
  schema: TrackerSchema;
  lang: Lang;
  /** Reference "today" for date-range; injected so the core stays pure. */
  now: Date;
  /** The rule's options, validated and completed by its parseOptions ({} for rules without options). */
  options: Readonly<Record<string, unknown>>;
  /**
   * What the page a link points at says about itself (title, publisher, publish day), looked up by
   * the link's canonical URL (canonicalizeUrl); undefined when that page's facts were not read. Only rules with
   * `usesPageFacts` run, and only when the caller handed in facts.
   */
  pageFacts(url: string): PageFacts | undefined;
  /**
   * The link engine's verdict for a link, looked up by its canonical URL (canonicalizeUrl); undefined
   * when the link was not checked. Only rules with `usesLinkVerdicts` run, and only when the caller
   * handed in verdicts.
   */
  linkVerdict(url: string): LinkVerdict | undefined;
  /** Lines under review (a pull request's changes); absent when the whole document is judged. */
  focusLines?: (line: number) => boolean;
  /** Format one of the rule's own messages in the document's language. */
  t(messages: Messages, params?: Record<string, string | number>): string;
  report(input: ReportInput): void;
}

export interface Rule {
  id: string;
  description: Messages;
  defaultSeverity: Severity;
  /** True when the rule can attach a fix; a test checks this against what it really emits. */
  fixable: boolean;
  /**
   * Where a finding sits: `row` (one row; its fix stays inside that row's line, so a pull request's
   * one-click suggestion can carry it) or `table` (the table as a whole; its fix may rewrite several
   * lines, e.g. move rows or drop a blank line).
   */
  scope: 'row' | 'table';
  /**
   * The fix changes no content a person must judge (it strips parameters, moves rows, replaces a
   * moved link with where it lives now), so the bot may commit it unattended: the scheduled fix
   * pull request and the `sort: commit` mode apply only such fixes.
   */
  botSafeFix?: boolean;
  /** The rule orders rows: the Action's `sort` input turns it off or applies it on its own. */
  ordersRows?: boolean;
  /** Off unless the config names it (`rules: { id: warning }`, or options, which turn it on at defaultSeverity). */
  offByDefault?: boolean;
  /** The rule compares rows with the pages they cite: it runs only when page facts were read (`--links`). */
  usesPageFacts?: boolean;
  /**
   * The rule judges link verdicts (a moved link, an archived repository): it runs only when the
   * caller checked links and handed in their verdicts (ctx.linkVerdict).
   */
  usesLinkVerdicts?: boolean;
  /**
   * The rule owns the finding every report already shows for a link with this verdict (a moved link):
   * its setting `off` drops those link findings, and its diagnostics carry their fix rather than being
   * listed a second time beside the link.
   */
  ownsVerdict?: Verdict;
  /**
   * Validates the rule's options (the keys beside `severity` in `rules: { id: {...} }`) and fills in
   * defaults. Throws an Error with a one-line message naming the bad key. Rules without it take no options.
   */
  parseOptions?(raw: Readonly<Record<string, unknown>>): Record<string, unknown>;
  check(ctx: RuleContext): void;
}
