import { describe, expect, it } from 'vitest';
import { localFixCommand, shellQuote } from '../../src/action/fix-command.js';

describe('localFixCommand', () => {
  it("points npx at the Action's own repository and ref", () => {
    const env = { GITHUB_ACTION_REPOSITORY: 'acme/tracker-bot', GITHUB_ACTION_REF: 'v1' };
    expect(localFixCommand(['README.md'], env)).toBe('npx --yes github:acme/tracker-bot#v1 fix README.md');
  });
  it('never names a bare npm package when the repository is unknown', () => {
    expect(localFixCommand(['docs/list.md'], {})).toBe('tracker-bot fix docs/list.md');
  });
  it('quotes paths for the shell and ignores a malformed repository or ref', () => {
    const env = { GITHUB_ACTION_REPOSITORY: 'acme/tracker-bot; rm -rf ~', GITHUB_ACTION_REF: '$(id)' };
    expect(localFixCommand(["it's here.md"], env)).toBe(`tracker-bot fix 'it'\\''s here.md'`);
    expect(localFixCommand(['a.md'], { GITHUB_ACTION_REPOSITORY: 'acme/bot', GITHUB_ACTION_REF: '$(id)' })).toBe('npx --yes github:acme/bot fix a.md');
    expect(shellQuote('a\nb.md')).toBe(`'a?b.md'`);
  });
});
