// The workflow-command escaping helper, fed every control character: nothing it returns can start, end or
// split a runner command, and the runner's own unescaping gives back %, CR and LF as they were.
import { describe, expect, it } from 'vitest';
import { escapeWorkflowProperty, escapeWorkflowValue } from '../../src/report/workflow-commands.js';

/** The runner's data unescaping (ActionCommand: %0D, %0A, %25; properties also %3A, %2C). */
function runnerUnescape(value: string, property = false): string {
  let out = value.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u2028',
  '\u2029',
];
const LINE_BREAKING = /[\r\n\u000b\u000c\u0085\u2028\u2029]/;

describe('escapeWorkflowValue', () => {
  it.each(CONTROLS.map((c) => [c.charCodeAt(0).toString(16).padStart(4, '0'), c]))('leaves no raw U+%s', (_, char) => {
    const escaped = escapeWorkflowValue(`a${char}b${char}`);
    expect(escaped).not.toMatch(LINE_BREAKING);
    if (char !== '\t') expect(escaped.includes(char)).toBe(false);
    if (char === '\r' || char === '\n') expect(runnerUnescape(escaped)).toBe(`a${char}b${char}`);
  });

  it('keeps % round-trippable and plain text unchanged', () => {
    expect(escapeWorkflowValue('100% done')).toBe('100%25 done');
    expect(runnerUnescape(escapeWorkflowValue('%0A is not a newline'))).toBe('%0A is not a newline');
    expect(escapeWorkflowValue('docs/资料.md')).toBe('docs/资料.md');
  });

  it('never lets a value start or end a command', () => {
    const attack = 'x.md\n::warning file=README.md,line=1::forged\n::stop-commands::abc';
    const escaped = escapeWorkflowValue(attack);
    expect(escaped.split('\n')).toHaveLength(1);
    expect(escapeWorkflowValue('::error::forged')).toBe('%3A:error::forged');
    expect(`tracker-bot: ${escaped}`).not.toMatch(/^::/m);
  });

  it('escapes : and , in properties, which would end them', () => {
    expect(escapeWorkflowProperty('a,b:c\nd')).toBe('a%2Cb%3Ac%0Ad');
    expect(runnerUnescape(escapeWorkflowProperty('a,b:c\nd%'), true)).toBe('a,b:c\nd%');
  });
});
