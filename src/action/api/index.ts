// Action adapter › GitHub API layer: the operations the Action calls, one per module, re-exported in one place.
// The client itself (./octokit.js, with @actions/github and its plugins) is not re-exported: run.ts loads it
// on demand, and a value re-export here would load it with every module that imports this one.
export * from './errors.js';
export type { CreateOctokitOptions, GitHubClient, OctokitLog } from './octokit.js';
export * from './pull-request.js';
export * from './pull-request-files.js';
export * from './file-contents.js';
export * from './sticky-comment.js';
export * from './review-suggestions.js';
export * from './tracking-issue.js';
export * from './repositories.js';
export * from './comment-permission.js';
export * from './issue-comment.js';
export * from './branch-ref.js';
export * from './head-branch-pull.js';
