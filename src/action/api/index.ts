// Action adapter › GitHub API layer: the operations the Action calls, one per module, re-exported in one place.
export * from './errors.js';
export * from './octokit.js';
export * from './pull-request.js';
export * from './pull-request-files.js';
export * from './file-contents.js';
export * from './sticky-comment.js';
export * from './review-suggestions.js';
export * from './tracking-issue.js';
export * from './repositories.js';
export * from './comment-permission.js';
