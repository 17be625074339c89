// Test support: Settings as settings.ts builds them, from action.yml-named inputs (absent = default) and
// optional event fields, with the built-in config unless one is given.
import { readInputs, withConfig, type Settings } from '../../src/action/settings.js';
import { defaultConfig } from '../../src/config/defaults.js';

export function settingsFor(inputs: Record<string, string> = {}, extra: Partial<Settings> = {}): Settings {
  const base = {
    inputs: readInputs((name) => inputs[name] ?? ''),
    repo: { owner: 'octo', repo: 'list' },
    eventName: 'push',
    payload: {},
    workspace: '/work/space',
    sha: 'a'.repeat(40),
    serverUrl: 'https://github.com',
    runUrl: null,
    refBranch: null,
    now: new Date('2026-01-01T00:00:00Z'),
    ...extra,
  };
  return withConfig(base, extra.config ?? defaultConfig(), 'workspace');
}
