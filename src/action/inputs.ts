// Action adapter: reads the inputs declared in action.yml into one typed, validated object.
// An absent or empty input means its default; an invalid value is a one-line InputError.
import * as core from '@actions/core';
import { splitPatterns } from '../io/find-files.js';
import { InputError } from '../io/read-tracker.js';

export type Scope = 'changed' | 'all';
export type CheckLinksMode = 'auto' | 'changed' | 'all' | 'none';
export type SortMode = 'check' | 'suggest' | 'commit' | 'off';
export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  githubToken: string;
  files: string[];
  config: string;
  scope: Scope;
  checkLinks: CheckLinksMode;
  comment: boolean;
  suggestions: boolean;
  sort: SortMode;
  failOn: FailOn;
  allowPrivateHosts: boolean;
  lang: 'auto' | 'en' | 'zh';
  reportFrom: string;
  cachePath: string;
  deadAfter: number;
  issueLabel: string;
  issueTitle: string;
  shard: { index: number; count: number } | null;
  mergeReports: string;
  fixPr: boolean;
}

function input(name: string, fallback: string): string {
  const value = core.getInput(name).trim();
  return value === '' ? fallback : value;
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = input(name, fallback);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function bool(name: string, fallback: boolean): boolean {
  const value = input(name, String(fallback)).toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(`input ${name}: "${value}" is not a boolean (true or false)`);
}

function positiveInt(name: string, fallback: number): number {
  const value = input(name, String(fallback));
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`input ${name}: "${value}" is not a positive whole number`);
  return Number(value);
}

export function parseShard(value: string): { index: number; count: number } | null {
  if (value === '') return null;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError(`input shard: "${value}" is not of the form i/n with 1 ≤ i ≤ n`);
  }
  return { index, count };
}

export function readInputs(): ActionInputs {
  return {
    githubToken: input('github-token', process.env.GITHUB_TOKEN ?? ''),
    files: splitPatterns(input('files', 'README.md')),
    config: input('config', '.tracker-bot.yml'),
    scope: choice('scope', ['changed', 'all'] as const, 'changed'),
    checkLinks: choice('check-links', ['auto', 'changed', 'all', 'none'] as const, 'auto'),
    comment: bool('comment', true),
    suggestions: bool('suggestions', true),
    sort: choice('sort', ['check', 'suggest', 'commit', 'off'] as const, 'check'),
    failOn: choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    allowPrivateHosts: bool('allow-private-hosts', false),
    lang: choice('lang', ['auto', 'en', 'zh'] as const, 'auto'),
    reportFrom: input('report-from', ''),
    cachePath: input('cache-path', '.tracker-bot/cache.json'),
    deadAfter: positiveInt('dead-after', 2),
    issueLabel: input('issue-label', 'dead-links'),
    issueTitle: input('issue-title', ''),
    shard: parseShard(input('shard', '')),
    mergeReports: input('merge-reports', ''),
    fixPr: bool('fix-pr', false),
  };
}
