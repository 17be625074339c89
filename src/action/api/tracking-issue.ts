// Action adapter › GitHub API layer: the scheduled scan's one tracking issue — created when links die, edited in
// place while they stay dead, closed as completed when they recover, and reopened (the same issue) on relapse.
import { GitHubApiError, callApi, isNotFoundError } from './errors.js';
import type { GitHubClient } from './octokit.js';
import { withMarker } from './sticky-comment.js';

export const TRACKING_ISSUE_MARKER = '<!-- tracker-bot:dead-links -->';

export interface TrackingIssueParams {
  owner: string;
  repo: string;
  label: string;
  labelColor?: string;
  labelDescription?: string;
  title: string;
  /** Current report; the marker is prepended when missing. */
  body: string;
  marker?: string;
  /** true while something is broken (the issue must be open), false when all is well (close it). */
  open: boolean;
  /** Comment posted when closing the issue. */
  closeComment: string;
}

export type TrackingIssueAction = 'created' | 'updated' | 'unchanged' | 'reopened' | 'closed' | 'none';

export interface TrackingIssueResult {
  number: number | null;
  url: string | null;
  action: TrackingIssueAction;
}

interface IssueSummary {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body?: string | null;
  updated_at: string;
  pull_request?: unknown;
  user: { type?: string } | null;
}

async function ensureLabel(octokit: GitHubClient, params: TrackingIssueParams): Promise<void> {
  const { owner, repo, label } = params;
  try {
    await callApi('GET', `/repos/${owner}/${repo}/labels/${encodeURIComponent(label)}`, () =>
      octokit.rest.issues.getLabel({ owner, repo, name: label }),
    );
    return;
  } catch (error) {
    if (!isNotFoundError(error)) throw error;
  }
  try {
    await callApi('POST', `/repos/${owner}/${repo}/labels`, () =>
      octokit.rest.issues.createLabel({
        owner,
        repo,
        name: label,
        color: (params.labelColor ?? 'b60205').replace(/^#/, ''),
        ...(params.labelDescription === undefined ? {} : { description: params.labelDescription }),
      }),
    );
  } catch (error) {
    // Another run created it in the meantime.
    if (!(error instanceof GitHubApiError && error.status === 422 && /already_exists/.test(error.reason))) throw error;
  }
}

/** The bot's own tracking issues: labelled, carrying the marker, written by a Bot, not pull requests. */
async function listTrackingIssues(octokit: GitHubClient, params: TrackingIssueParams, marker: string): Promise<IssueSummary[]> {
  const { owner, repo, label } = params;
  const issues: IssueSummary[] = await callApi('GET', `/repos/${owner}/${repo}/issues`, () =>
    octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: label,
      state: 'all',
      sort: 'updated',
      direction: 'desc',
      per_page: 100,
    }),
  );
  return issues.filter((issue) => issue.pull_request === undefined && issue.user?.type === 'Bot' && (issue.body ?? '').includes(marker));
}

/** The one to keep among the bot's issues: the oldest open one, else the most recently updated. */
function pickTrackingIssue(ours: readonly IssueSummary[]): IssueSummary | undefined {
  const open = ours.filter((issue) => issue.state === 'open').sort((a, b) => a.number - b.number);
  return open[0] ?? ours[0];
}

/** Comment on and close every other open tracking issue of the bot, pointing at the one kept. */
async function closeDuplicates(octokit: GitHubClient, params: TrackingIssueParams, ours: readonly IssueSummary[], kept: number): Promise<number[]> {
  const { owner, repo } = params;
  const duplicates = ours.filter((issue) => issue.state === 'open' && issue.number !== kept);
  for (const issue of duplicates) {
    const route = `/repos/${owner}/${repo}/issues/${issue.number}`;
    await callApi('POST', `${route}/comments`, () =>
      octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: `Duplicate of #${kept}: tracker-bot keeps one tracking issue.` }),
    );
    await callApi('PATCH', route, () =>
      octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'not_planned' }),
    );
  }
  return duplicates.map((issue) => issue.number);
}

export async function upsertTrackingIssue(
  octokit: GitHubClient,
  params: TrackingIssueParams,
): Promise<TrackingIssueResult> {
  const { owner, repo } = params;
  const marker = params.marker ?? TRACKING_ISSUE_MARKER;
  const body = withMarker(params.body, marker);
  const ours = await listTrackingIssues(octokit, params, marker);
  const issue = pickTrackingIssue(ours);
  const issueRoute = (n: number) => `/repos/${owner}/${repo}/issues/${n}`;
  // Two runs at once may each have opened one (a workflow without a concurrency group): keep the oldest.
  if (issue) await closeDuplicates(octokit, params, ours, issue.number);

  if (!issue) {
    if (!params.open) return { number: null, url: null, action: 'none' };
    await ensureLabel(octokit, params);
    const created = await callApi('POST', `/repos/${owner}/${repo}/issues`, () =>
      octokit.rest.issues.create({ owner, repo, title: params.title, body, labels: [params.label] }),
    );
    // Look again: a run started at the same time may have created one too. The oldest open issue wins.
    const now = await listTrackingIssues(octokit, params, marker);
    const kept = pickTrackingIssue(now.some((i) => i.number === created.data.number) ? now : [...now, { ...created.data, state: 'open', updated_at: '', user: { type: 'Bot' } }]);
    if (!kept || kept.number === created.data.number) {
      await closeDuplicates(octokit, params, now, created.data.number);
      return { number: created.data.number, url: created.data.html_url, action: 'created' };
    }
    await closeDuplicates(octokit, params, now, kept.number);
    if (kept.body !== body) {
      await callApi('PATCH', issueRoute(kept.number), () => octokit.rest.issues.update({ owner, repo, issue_number: kept.number, title: params.title, body }));
    }
    return { number: kept.number, url: kept.html_url, action: 'updated' };
  }

  const found = { number: issue.number, url: issue.html_url };
  if (issue.state === 'open') {
    if (!params.open) {
      await callApi('POST', `${issueRoute(issue.number)}/comments`, () =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: params.closeComment }),
      );
      await callApi('PATCH', issueRoute(issue.number), () =>
        octokit.rest.issues.update({
          owner,
          repo,
          issue_number: issue.number,
          state: 'closed',
          state_reason: 'completed',
          body,
        }),
      );
      return { ...found, action: 'closed' };
    }
    if (issue.body === body && issue.title === params.title) return { ...found, action: 'unchanged' };
    await callApi('PATCH', issueRoute(issue.number), () =>
      octokit.rest.issues.update({ owner, repo, issue_number: issue.number, title: params.title, body }),
    );
    return { ...found, action: 'updated' };
  }

  if (!params.open) return { ...found, action: 'unchanged' };
  await callApi('PATCH', issueRoute(issue.number), () =>
    octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'open', title: params.title, body }),
  );
  return { ...found, action: 'reopened' };
}
