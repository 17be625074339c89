// GitHub workflow-command annotations (`::error file=…,line=…::message`). Used by
// `tracker-bot check --format github` and by the Action (which adds ordering and the 10-per-kind cap).
import type { Diagnostic } from '../core/types.js';
import type { ReportedLink } from './model.js';

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

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

export function diagnosticAnnotation(file: string, d: Diagnostic): Annotation {
  return {
    level: d.severity,
    file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    title: `tracker-bot (${d.rule})`,
    message: d.message,
  };
}

export function linkAnnotation(file: string, link: ReportedLink, message: string): Annotation {
  return {
    level: link.verdict === 'dead' ? 'error' : 'warning',
    file,
    line: link.line,
    title: `tracker-bot (link-${link.verdict})`,
    message,
  };
}

export function renderAnnotation(a: Annotation): string {
  const props = [`file=${escapeProperty(a.file)}`, `line=${a.line}`];
  if (a.column !== undefined) props.push(`col=${a.column}`);
  if (a.endLine !== undefined && a.endLine !== a.line) props.push(`endLine=${a.endLine}`);
  else if (a.endColumn !== undefined) props.push(`endColumn=${a.endColumn}`);
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${props.join(',')}::${escapeData(a.message)}`;
}
