// The built-in defaults are written once (src/config/defaults.ts) and read two ways: by runs without a
// config file (defaultConfig, no zod) and by the schema for keys a config file leaves out.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { validateConfig } from '../../src/config/validate.js';

describe('defaultConfig', () => {
  it('is what the validator makes of an empty config', async () => {
    expect(defaultConfig()).toStrictEqual(validateConfig({}));
    expect(await parseConfig('')).toStrictEqual(validateConfig({}));
    expect(await parseConfig('# only a comment\n')).toStrictEqual(defaultConfig());
  });

  it('is a fresh copy each time: changing one run\'s config changes no other', () => {
    const first = defaultConfig();
    first.files.push('OTHER.md');
    first.links.include.push('x');
    first.links.resolve['a.example'] = '127.0.0.1';
    first.placeholders.length = 0;
    expect(defaultConfig()).toStrictEqual(validateConfig({}));
  });

  it('keeps keys a config file leaves out at their defaults', async () => {
    const config = await parseConfig('lang: zh\n');
    expect({ ...config, lang: 'auto' }).toStrictEqual(defaultConfig());
  });
});
