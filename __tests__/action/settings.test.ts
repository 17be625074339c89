// Settings: the inputs table names every action.yml input in its order and takes each default from
// action.yml itself (inlined at build time, scripts/action-inputs.mjs), inputs parse to typed values,
// and the input overrides and the message language are decided in one place.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OUTPUT_NAMES } from '../../src/action/outputs.js';
import { INPUTS, langOf, readInputs, runLang } from '../../src/action/settings.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { actionInputDefaults } from '../../scripts/action-inputs.mjs';
import { REPO_ROOT } from '../support/action-run.js';
import { settingsFor } from './settings-for.js';

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('the inputs table', () => {
  it('declares every action.yml input, in its order, with action.yml\'s default', () => {
    const table = Object.entries(INPUTS).map(([field, input]) => [field, input.name, input.default]);
    const declared = Object.entries(action.inputs).map(([name, input]) => [camel(name), name, input.default ?? '']);
    expect(table).toEqual(declared);
  });

  it('refuses an action.yml default that YAML reads as a non-string, so the build fails instead of the run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-action-yml-'));
    const file = join(dir, 'action.yml');
    writeFileSync(file, "inputs:\n  comment:\n    default: 'true'\n  dead-after:\n    default: 2\n");
    expect(() => actionInputDefaults(file)).toThrow(/input dead-after: default must be a string/);
    writeFileSync(file, "inputs:\n  comment:\n    default: 'true'\n  token:\n    description: no default\n");
    expect(actionInputDefaults(file)).toEqual({ comment: 'true', token: '' });
  });

  it('names every action.yml output', () => {
    expect([...OUTPUT_NAMES].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('reads absent inputs as their defaults and parses the rest', () => {
    const defaults = readInputs(() => '');
    expect(defaults).toMatchObject({ files: ['README.md'], scope: 'changed', comment: true, deadAfter: 2, shard: null, fixPr: false });
    const given = readInputs((name) => ({ files: 'a.md, docs/*.md', 'dead-after': '3', shard: '2/4', comment: 'no' })[name] ?? '');
    expect(given).toMatchObject({ files: ['a.md', 'docs/*.md'], deadAfter: 3, shard: { index: 2, count: 4 }, comment: false });
  });

  it('refuses a bad value with one line naming the input', () => {
    expect(() => readInputs((name) => (name === 'sort' ? 'sideways' : ''))).toThrow(/^input sort: "sideways" is not one of check, suggest, commit, off$/);
    expect(() => readInputs((name) => (name === 'dead-after' ? '0' : ''))).toThrow(/^input dead-after: /);
    expect(() => readInputs((name) => (name === 'shard' ? '5/4' : ''))).toThrow(/^input shard: /);
  });
});

describe('withConfig', () => {
  it('applies the input overrides one way on every event', () => {
    for (const eventName of ['push', 'pull_request', 'schedule', 'issue_comment']) {
      const settings = settingsFor({ sort: 'off', 'allow-private-hosts': 'true' }, { eventName });
      expect(settings.config.rules['sort-order']).toBe('off');
      expect(settings.config.links.allowPrivateHosts).toBe(true);
    }
    const plain = settingsFor();
    expect(plain.config.rules['sort-order']).toBeUndefined();
    expect(plain.config.links.allowPrivateHosts).toBe(false);
  });

  it('decides the language once: the lang input, else the config, else each tracker', () => {
    expect(settingsFor({ lang: 'zh' }, { config: { ...defaultConfig(), lang: 'en' } }).lang).toBe('zh');
    expect(settingsFor({}, { config: { ...defaultConfig(), lang: 'en' } }).lang).toBe('en');
    const auto = settingsFor();
    expect(auto.lang).toBeNull();
    expect(langOf(auto, '# 资料\n\n中文的列表')).toBe('zh');
    expect(runLang(auto, undefined)).toBe('en');
    expect(runLang(settingsFor({ lang: 'zh' }), 'English text')).toBe('zh');
  });
});
