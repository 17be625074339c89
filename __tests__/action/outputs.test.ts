// Step outputs as the runner reads GITHUB_OUTPUT (name<<DELIMITER, value lines, DELIMITER): every
// value comes back whole, whatever lines it holds, including ones that look like our delimiters.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { outputFileText, RunOutputs } from '../../src/action/outputs.js';
import { readOutputBlocks } from '../support/action-run.js';
import { runs } from '../support/properties.js';

/** Each output as the runner reads it; every block must end with its own delimiter line. */
function readOutputFile(text: string): [string, string][] {
  return readOutputBlocks(text).map(({ name, value, closed }) => {
    expect(closed).toBe(true);
    return [name, value];
  });
}

describe('GITHUB_OUTPUT', () => {
  const saved = process.env['GITHUB_OUTPUT'];
  afterEach(() => {
    if (saved === undefined) delete process.env['GITHUB_OUTPUT'];
    else process.env['GITHUB_OUTPUT'] = saved;
  });

  it('picks a delimiter that no line of the value can end early', () => {
    const value = 'title\nghadelimiter_tracker-bot_0\nerrors<<x\nghadelimiter_tracker-bot_1';
    const text = outputFileText([['report', value], ['errors', 3]]);
    expect(text).toContain('report<<ghadelimiter_tracker-bot_2\n');
    expect(text).toContain('errors<<ghadelimiter_tracker-bot_0\n3\nghadelimiter_tracker-bot_0\n');
    expect(readOutputFile(text)).toEqual([['report', value], ['errors', '3']]);
  });

  it('reads back every value as written (fixed seed)', () => {
    const line = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('ghadelimiter_tracker-bot_0', 'ghadelimiter_tracker-bot_1', 'x<<ghadelimiter_tracker-bot_0', ''));
    const value = fc.array(line, { maxLength: 5 }).map((lines) => lines.join('\n'));
    const name = fc.constantFrom('errors', 'report', 'comment-url');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 4 }), (outputs) => {
        expect(readOutputFile(outputFileText(outputs))).toEqual(outputs);
      }),
      runs(300),
    );
  });

  it('flush appends every output to the GITHUB_OUTPUT file in one write, after what is there', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tb-out-')), 'output.txt');
    writeFileSync(file, 'earlier<<EOF\nkept\nEOF\n');
    process.env['GITHUB_OUTPUT'] = file;
    const outputs = new RunOutputs();
    outputs.set('errors', 2);
    outputs.set('report', '/tmp/r.json');
    outputs.flush();
    expect(readOutputFile(readFileSync(file, 'utf8'))).toEqual([
      ['earlier', 'kept'],
      ['errors', '2'],
      ['report', '/tmp/r.json'],
    ]);
  });

  it('flush with no outputs writes nothing and asks nothing of the runner', () => {
    process.env['GITHUB_OUTPUT'] = join(tmpdir(), 'tracker-bot-no-such-dir', 'output.txt');
    expect(() => new RunOutputs().flush()).not.toThrow();
  });

  it('flush with outputs and a missing GITHUB_OUTPUT file fails with one line', () => {
    process.env['GITHUB_OUTPUT'] = join(tmpdir(), 'tracker-bot-no-such-dir', 'output.txt');
    const outputs = new RunOutputs();
    outputs.set('errors', 1);
    expect(() => outputs.flush()).toThrow(/^Missing file at path: /);
  });
});

