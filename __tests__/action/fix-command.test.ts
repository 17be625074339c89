import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainPath, localFixCommand, localFixCommandBlock, shellQuote } from '../../src/action/fix-command.js';

/** What /bin/sh makes of one quoted word: the argument printf receives. */
function shellWord(word: string): string {
  const result = spawnSync('/bin/sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('shellQuote', () => {
  it('gives /bin/sh back exactly the argument, for any text without NUL (fixed seed)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...`'"\\$\`!;&|<>(){}[]*?~# \t\n-`), fc.integer({ min: 1, max: 0x2fff }).map((code) => String.fromCharCode(code)), fc.constantFrom('资', 'é')), maxLength: 24 });
    fc.assert(
      fc.property(text, (arg) => {
        fc.pre(arg !== '' && !arg.includes('\u0000'));
        expect(shellWord(shellQuote(arg))).toBe(arg);
      }),
      { seed: 12, numRuns: 150 },
    );
  });

  it('quotes the attack from the issue into one inert word', () => {
    const attack = "docs/a'; touch PWNED; '.md";
    expect(shellQuote(attack)).toBe(`'docs/a'\\''; touch PWNED; '\\''.md'`);
    expect(shellWord(shellQuote(attack))).toBe(attack);
  });

  it('leaves plain words bare and quotes one that looks like an option', () => {
    expect(shellQuote('docs/list.md')).toBe('docs/list.md');
    expect(shellQuote('-rf')).toBe(`'-rf'`);
  });
});

describe('localFixCommand', () => {
  it("points npx at the Action's own repository and ref", () => {
    const env = { GITHUB_ACTION_REPOSITORY: 'acme/tracker-bot', GITHUB_ACTION_REF: 'v1' };
    expect(localFixCommand(['README.md'], env).command).toBe('npx --yes github:acme/tracker-bot#v1 fix README.md');
  });
  it('never names a bare npm package when the repository is unknown', () => {
    expect(localFixCommand(['docs/list.md'], {}).command).toBe('tracker-bot fix docs/list.md');
  });
  it('ignores a malformed repository or ref', () => {
    const env = { GITHUB_ACTION_REPOSITORY: 'acme/tracker-bot; rm -rf ~', GITHUB_ACTION_REF: '$(id)' };
    expect(localFixCommand(['a.md'], env).command).toBe('tracker-bot fix a.md');
    expect(localFixCommand(['a.md'], { GITHUB_ACTION_REPOSITORY: 'acme/bot', GITHUB_ACTION_REF: '$(id)' }).command).toBe('npx --yes github:acme/bot fix a.md');
  });
  it('leaves out paths that are not plain, and names them inertly in a note under a fenced block', () => {
    const paths = ['docs/资料.md', "docs/a'; touch PWNED; '.md", 'b`c.md', '-x.md', 'a\nb.md'];
    expect(paths.map(isPlainPath)).toEqual([true, false, false, false, false]);
    const { command, omitted } = localFixCommand(paths, {});
    expect(command).toBe(`tracker-bot fix 'docs/资料.md'`);
    expect(omitted).toEqual(paths.slice(1));
    const block = localFixCommandBlock(paths, 'en', {});
    expect(block.startsWith("```sh\ntracker-bot fix 'docs/资料.md'\n```\n\n")).toBe(true);
    expect(block).not.toContain('PWNED; \'.md\n');
    expect(block).toContain("`docs/a'; touch PWNED; '.md`");
  });
});
