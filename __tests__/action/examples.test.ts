// The example workflows in examples/workflows/ (mine: all but scheduled*/matrix*) are valid YAML, use
// only inputs that action.yml declares, and keep to the permissions each mode needs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/action-run.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const dir = join(REPO_ROOT, 'examples/workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml') && !/^(scheduled|matrix)/.test(f));
const declared = Object.keys((parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs);

function load(name: string): Workflow {
  return parse(readFileSync(join(dir, name), 'utf8')) as Workflow;
}

function botSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps.filter((s) => s.uses?.startsWith('tracker-bot/tracker-bot@')));
}

describe('example workflows', () => {
  it.each(files)('%s uses the Action with declared inputs only', (name) => {
    const steps = botSteps(load(name));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) for (const input of Object.keys(step.with ?? {})) expect(declared).toContain(input);
  });

  it('stage 1 cannot write and uploads the report; stage 2 publishes it without checking out PR code', () => {
    const stage1 = load('fork-stage-1.yml');
    expect(Object.values(stage1.permissions)).not.toContain('write');
    expect(botSteps(stage1)[0]!.with).toMatchObject({ comment: false });
    const stage2 = load('fork-stage-2.yml');
    expect(Object.keys(stage2.on)).toEqual(['workflow_run']);
    expect(stage2.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const steps = Object.values(stage2.jobs).flatMap((job) => job.steps);
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(botSteps(stage2)[0]!.with?.['report-from']).toBe('tracker-bot-artifact/tracker-bot-report.json');
  });
});
