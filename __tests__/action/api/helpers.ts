// Test support › API layer tests: a fake GitHub plus a real Octokit pointed at it, with back-off shrunk.
import { createOctokit, type GitHubClient } from '../../../src/action/api/octokit.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';

export interface Harness {
  github: FakeGitHub;
  octokit: GitHubClient;
  warnings: string[];
}

export async function startHarness(): Promise<Harness> {
  const github = await startFakeGitHub();
  const warnings: string[] = [];
  const octokit = createOctokit('test-token', {
    baseUrl: github.url,
    retryBaseMs: 5,
    writeIntervalMs: 0,
    log: { debug: () => {}, info: () => {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) },
  });
  return { github, octokit, warnings };
}
