// GitHub workflow-command annotations (`::error file=…,line=…::message`). Used by
// `tracker-bot check --format github` and by the Action (which adds ordering and the 10-per-kind cap).
import type { Diagnostic, Lang } from '../core/types.js';
import { ruleWords } from './messages.js';
import type { ReportedLink } from './model.js';
import { escapeWorkflowProperty, escapeWorkflowValue } from './workflow-commands.js';


export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  title: string;
  message: string;
}

const LINK_TITLE: Record<'dead' | 'redirected', Record<Lang, string>> = {
  dead: { en: 'Dead link', zh: '链接失效' },
  redirected: { en: 'Link moved', zh: '链接已迁移' },
};

/** Annotation titles are words in the tracker's language ("tracker-bot: 日期须为…"), never rule ids. */
export function diagnosticAnnotation(file: string, d: Diagnostic, lang: Lang = 'en'): Annotation {
  return {
    level: d.severity,
    file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    title: `tracker-bot: ${ruleWords(d.rule, lang)}`,
    message: d.message,
  };
}

export function linkAnnotation(file: string, link: ReportedLink, message: string, lang: Lang = 'en'): Annotation {
  return {
    level: link.verdict === 'dead' ? 'error' : 'warning',
    file,
    line: link.line,
    title: `tracker-bot: ${LINK_TITLE[link.verdict === 'dead' ? 'dead' : 'redirected'][lang]}`,
    message,
  };
}

export function renderAnnotation(a: Annotation): string {
  const props = [`file=${escapeWorkflowProperty(a.file)}`, `line=${a.line}`];
  if (a.column !== undefined) props.push(`col=${a.column}`);
  if (a.endLine !== undefined && a.endLine !== a.line) props.push(`endLine=${a.endLine}`);
  else if (a.endColumn !== undefined) props.push(`endColumn=${a.endColumn}`);
  props.push(`title=${escapeWorkflowProperty(a.title)}`);
  return `::${a.level} ${props.join(',')}::${escapeWorkflowValue(a.message)}`;
}
