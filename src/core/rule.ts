// Rule contract: a rule is a small declarative unit, one file per id under src/core/rules/,
// registered in src/core/rules/index.ts. The linter (src/core/lint.ts) runs each rule's
// check() over the model and stamps id, severity and section onto what it reports.
import type { Messages } from './i18n.js';
import type { Fix, Lang, Section, Severity, Span, Tracker } from './types.js';
import type { TrackerSchema } from './schema.js';

export interface ReportInput {
  /** Exact source span the problem covers. */
  span: Span;
  section: Section;
  message: string;
  fix?: Fix;
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
  check(ctx: RuleContext): void;
}
