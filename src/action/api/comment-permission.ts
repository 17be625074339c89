// Action adapter › GitHub API layer: may the author of an `/tracker-bot …` comment make the bot act?
// The payload's author_association decides quickly; the collaborator-permission API settles the cases it
// misreports (members of an organization with private membership show up as CONTRIBUTOR).
import { callApi, isNotFoundError } from './errors.js';
import type { GitHubClient } from './octokit.js';

/** Associations that imply write access to the repository. */
export const TRUSTED_ASSOCIATIONS: ReadonlySet<string> = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

export function isTrustedAssociation(authorAssociation: string | null | undefined): boolean {
  return TRUSTED_ASSOCIATIONS.has((authorAssociation ?? '').toUpperCase());
}

export type RepositoryPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** The user's effective permission on the repository ('none' when they are not a collaborator). */
export async function getCollaboratorPermission(
  octokit: GitHubClient,
  params: { owner: string; repo: string; username: string },
): Promise<RepositoryPermission> {
  const { owner, repo, username } = params;
  try {
    const { data } = await callApi('GET', `/repos/${owner}/${repo}/collaborators/${username}/permission`, () =>
      octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username }),
    );
    const role = (data as { role_name?: string }).role_name;
    if (role === 'maintain' || role === 'triage') return role;
    const permission = data.permission;
    return permission === 'admin' || permission === 'write' || permission === 'read' ? permission : 'none';
  } catch (error) {
    if (isNotFoundError(error)) return 'none';
    throw error;
  }
}

export function canWrite(permission: RepositoryPermission): boolean {
  return permission === 'admin' || permission === 'maintain' || permission === 'write';
}

/**
 * True when the commenter may trigger write commands: a trusted association, or else (one API call) write,
 * maintain or admin permission on the repository.
 */
export async function commenterCanWrite(
  octokit: GitHubClient,
  params: { owner: string; repo: string; username: string; authorAssociation: string | null | undefined },
): Promise<boolean> {
  if (isTrustedAssociation(params.authorAssociation)) return true;
  return canWrite(await getCollaboratorPermission(octokit, params));
}
