// Action adapter › settings: the one place a run's settings are decided. The Action inputs (one table:
// each input's action.yml name, default and parser), the event (GITHUB_* variables and the payload), the
// config file and the input overrides are merged and validated here into one Settings object, and the
// message language is decided here. Every other module receives Settings and decides nothing of this again.
//
// Adding an input: declare it in action.yml (its one default lives there), add one entry to INPUTS
// (name and parser; a test holds the two lists equal), and use `settings.inputs.<field>` where it
// matters. See CONTRIBUTING.md.
import * as core from '@actions/core';
import ACTION_YML_DEFAULTS from 'virtual:action-inputs';
import { readFile } from 'node:fs/promises';
import { defaultConfig } from '../config/load.js';
import { detectLang } from '../core/i18n.js';
import type { Config } from '../core/options.js';
import { ROW_ORDER_RULE_IDS } from '../core/rules/index.js';
import type { Lang } from '../core/types.js';
import { splitPatterns } from '../io/find-files.js';
import { InputError } from '../io/read-tracker.js';
import { workflowRunUrl } from '../report/line-link.js';
import { loadWorkspaceConfig } from './config.js';

export type Scope = 'changed' | 'all';
export type CheckLinksMode = 'auto' | 'changed' | 'all' | 'none';
export type SortMode = 'check' | 'suggest' | 'commit' | 'off';
export type FailOn = 'error' | 'warning' | 'never';
export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** One Action input: its action.yml name and default, and how its text becomes a value. */
interface InputSpec<T> {
  name: string;
  /** action.yml's `default:`, inlined at build time (a `${{ … }}` expression is the runner's to expand). */
  default: string;
  parse(value: string, name: string): T;
  /** Used instead of the default when the runner did not set the input and the default is an expression. */
  outsideRunner?: () => string;
}

/** An input declared in action.yml; its default is read from there (scripts/action-inputs.mjs). */
function spec<T>(name: string, parse: (value: string, name: string) => T, outsideRunner?: () => string): InputSpec<T> {
  const defaultValue = ACTION_YML_DEFAULTS[name];
  if (defaultValue === undefined) throw new Error(`input ${name} is not declared in action.yml`);
  return { name, default: defaultValue, parse, ...(outsideRunner ? { outsideRunner } : {}) };
}

const text = (value: string): string => value;

function choice<const T extends string>(allowed: readonly T[]) {
  return (value: string, name: string): T => {
    if (!(allowed as readonly string[]).includes(value)) throw new InputError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
    return value as T;
  };
}

function bool(value: string, name: string): boolean {
  const lower = value.toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(lower)) return true;
  if (['false', 'no', '0', 'off'].includes(lower)) return false;
  throw new InputError(`input ${name}: "${value}" is not a boolean (true or false)`);
}

function positiveInt(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`input ${name}: "${value}" is not a positive whole number`);
  return Number(value);
}

/** `i/n` with 1 ≤ i ≤ n, or null for ''. Throws InputError. */
export function parseShard(value: string): ShardSpec | null {
  if (value === '') return null;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError(`input shard: "${value}" is not of the form i/n with 1 ≤ i ≤ n`);
  }
  return { index, count };
}

/** Every Action input, in action.yml's order. The field name is the camelCase of the input name. */
export const INPUTS = {
  githubToken: spec('github-token', text, () => process.env.GITHUB_TOKEN ?? ''),
  files: spec('files', splitPatterns),
  config: spec('config', text),
  scope: spec('scope', choice(['changed', 'all'] as const)),
  checkLinks: spec('check-links', choice(['auto', 'changed', 'all', 'none'] as const)),
  comment: spec('comment', bool),
  suggestions: spec('suggestions', bool),
  sort: spec('sort', choice(['check', 'suggest', 'commit', 'off'] as const)),
  failOn: spec('fail-on', choice(['error', 'warning', 'never'] as const)),
  allowPrivateHosts: spec('allow-private-hosts', bool),
  lang: spec('lang', choice(['auto', 'en', 'zh'] as const)),
  reportFrom: spec('report-from', text),
  cachePath: spec('cache-path', text),
  deadAfter: spec('dead-after', positiveInt),
  issueLabel: spec('issue-label', text),
  issueTitle: spec('issue-title', text),
  shard: spec('shard', parseShard),
  mergeReports: spec('merge-reports', text),
  fixPr: spec('fix-pr', bool),
};

export type ActionInputs = { [K in keyof typeof INPUTS]: ReturnType<(typeof INPUTS)[K]['parse']> };

/**
 * The inputs, each from INPUT_<NAME> (trimmed; absent or empty means its default). `read` stands in for
 * core.getInput in tests. Throws a one-line InputError for an invalid value.
 */
export function readInputs(read: (name: string) => string = (name) => core.getInput(name)): ActionInputs {
  const values: Record<string, unknown> = {};
  for (const [field, input] of Object.entries(INPUTS) as [string, InputSpec<unknown>][]) {
    const given = read(input.name).trim();
    const raw = given !== '' ? given : input.outsideRunner && input.default.includes('${{') ? input.outsideRunner() : input.default;
    values[field] = input.parse(raw, input.name);
  }
  return values as ActionInputs;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Where the run's config came from. */
export type ConfigOrigin = 'workspace' | 'base-branch' | 'defaults';

/** Everything one run is told: inputs, event, config (input overrides applied) and the language. */
export interface Settings {
  inputs: ActionInputs;
  repo: RepoRef;
  eventName: string;
  /** The parsed event payload (GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>;
  /** GITHUB_WORKSPACE: the checkout the tracker files are read from. */
  workspace: string;
  sha: string;
  /** GITHUB_SERVER_URL, for blob links in comments. */
  serverUrl: string;
  /** The run's page (GITHUB_RUN_ID), for links back to it; null outside a runner. */
  runUrl: string | null;
  /** The branch the run is on (GITHUB_REF_NAME), null on a tag or outside a runner. */
  refBranch: string | null;
  /** The config with the input overrides applied (see withConfig). */
  config: Config;
  configOrigin: ConfigOrigin;
  /** The message language the inputs or the config fix; null when it follows each tracker's script (auto). */
  lang: Lang | null;
  /** Reference "today" for date rules. */
  now: Date;
}

/** True for the events whose config is the base branch's, never the workspace's (the pull request's copy). */
export function isPullRequestEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

/**
 * Settings with `config` as the run's config: the input overrides applied the one way they apply on every
 * event (`allow-private-hosts: true` allows private hosts, `sort: off` turns sort-order off) and the
 * language decided (`lang` input, else the config's `lang`, else auto).
 */
export function withConfig(settings: Omit<Settings, 'config' | 'configOrigin' | 'lang'>, config: Config, configOrigin: ConfigOrigin): Settings {
  const merged: Config = { ...config, links: { ...config.links }, rules: { ...config.rules } };
  if (settings.inputs.allowPrivateHosts) merged.links.allowPrivateHosts = true;
  if (settings.inputs.sort === 'off') for (const id of ROW_ORDER_RULE_IDS) merged.rules[id] = 'off';
  const lang = settings.inputs.lang !== 'auto' ? settings.inputs.lang : merged.lang !== 'auto' ? merged.lang : null;
  return { ...settings, config: merged, configOrigin, lang };
}

/** The language of one tracker's messages: the decided one, else the tracker's script. */
export function langOf(settings: Pick<Settings, 'lang'>, source: string): Lang {
  return settings.lang ?? detectLang(source);
}

/** The language of the run's own messages (comment, summary, issue): the first tracker's, else English. */
export function runLang(settings: Pick<Settings, 'lang'>, firstSource: string | undefined): Lang {
  return settings.lang ?? (firstSource === undefined ? 'en' : detectLang(firstSource));
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new InputError(`${name} is not set; tracker-bot runs as a GitHub Action step`);
  return value;
}

async function readPayload(path: string | undefined): Promise<Record<string, unknown>> {
  if (!path) return {};
  let body: string;
  try {
    body = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`cannot read the event payload at GITHUB_EVENT_PATH (${path})`);
  }
  try {
    const payload: unknown = JSON.parse(body);
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  } catch {
    throw new InputError('the event payload at GITHUB_EVENT_PATH is not valid JSON');
  }
}

/**
 * The run's Settings from the runner's environment: inputs, event, and the workspace config — except on
 * pull requests, where the workspace holds the pull request's copy: their config is the base branch's,
 * put in with withConfig once read (until then the built-in defaults). Throws InputError or ConfigError.
 */
export async function buildSettings(env: NodeJS.ProcessEnv = process.env, now = new Date()): Promise<Settings> {
  const inputs = readInputs();
  const [owner = '', repo = ''] = required(env, 'GITHUB_REPOSITORY').split('/');
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const runId = env['GITHUB_RUN_ID'];
  const base = {
    inputs,
    repo: { owner, repo },
    eventName,
    payload: await readPayload(env['GITHUB_EVENT_PATH']),
    workspace,
    sha: env['GITHUB_SHA'] ?? '',
    serverUrl,
    runUrl: runId ? workflowRunUrl({ serverUrl, owner, repo }, runId) : null,
    refBranch: env['GITHUB_REF_NAME'] && env['GITHUB_REF_TYPE'] !== 'tag' ? env['GITHUB_REF_NAME'] : null,
    now,
  };
  if (isPullRequestEvent(eventName) && !inputs.reportFrom) return withConfig(base, defaultConfig(), 'defaults');
  return withConfig(base, await loadWorkspaceConfig(workspace, inputs.config), 'workspace');
}
