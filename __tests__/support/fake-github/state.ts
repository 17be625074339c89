// Test support › fake GitHub: the in-memory world the fake server serves — repositories with commits per
// branch, pull requests whose files/patches are diffed from real contents, issues, comments, reviews, labels.
import { createHash } from 'node:crypto';
import { structuredPatch } from 'diff';

export type UserType = 'Bot' | 'User';

export interface FakeUser {
  login: string;
  id: number;
  type: UserType;
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface FakeCommit {
  sha: string;
  tree: Map<string, string>;
  message: string;
  parent: string | null;
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  user: FakeUser;
  labels: FakeLabel[];
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set when this issue is the conversation of a pull request. */
  isPullRequest: boolean;
  authorAssociation: string;
}

export interface FakePull {
  number: number;
  title: string;
  body: string | null;
  user: FakeUser;
  headRepoId: number | null;
  headRef: string;
  baseRef: string;
  /** Commit the head branch started from: files are diffed against it. */
  mergeBaseSha: string;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
}

export interface FakeIssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
  authorAssociation: string;
}

export interface FakeReviewComment {
  id: number;
  pullNumber: number;
  reviewId: number | null;
  path: string;
  line: number | null;
  originalLine: number;
  side: 'LEFT' | 'RIGHT';
  commitId: string;
  body: string;
  user: FakeUser;
  diffHunk: string;
  createdAt: string;
}

export interface FakeReview {
  id: number;
  pullNumber: number;
  body: string;
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING';
  commitId: string;
  user: FakeUser;
  submittedAt: string;
}

export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
  sha: string;
}

export class FakeRepo {
  readonly commits = new Map<string, FakeCommit>();
  readonly branches = new Map<string, string>();
  readonly issues = new Map<number, FakeIssue>();
  readonly pulls = new Map<number, FakePull>();
  readonly comments: FakeIssueComment[] = [];
  readonly reviewComments: FakeReviewComment[] = [];
  readonly reviews: FakeReview[] = [];
  readonly labels = new Map<string, FakeLabel>();
  readonly permissions = new Map<string, Permission>();
  nextNumber = 1;

  constructor(
    readonly id: number,
    public owner: string,
    public name: string,
    public defaultBranch: string,
    public archived: boolean,
    public isPrivate: boolean,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** Resolves a branch name or a (possibly abbreviated, ≥ 7 chars) commit sha. */
  resolveRef(ref: string | undefined): FakeCommit | undefined {
    const name = ref ?? this.defaultBranch;
    const branchSha = this.branches.get(name.replace(/^refs\/heads\//, ''));
    if (branchSha) return this.commits.get(branchSha);
    if (/^[0-9a-f]{7,40}$/.test(name)) {
      for (const [sha, commit] of this.commits) if (sha.startsWith(name)) return commit;
    }
    return undefined;
  }

  label(name: string): FakeLabel | undefined {
    return this.labels.get(name.toLowerCase());
  }
}

/** Git's blob sha for the given text. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function gitRange(start: number, count: number): string {
  const first = count === 0 ? start - 1 : start;
  return count === 1 ? `${first}` : `${first},${count}`;
}

/** The hunks-only patch GitHub puts in a pull request file's `patch`, as git would print it. */
export function gitPatch(before: string, after: string): string {
  const { hunks } = structuredPatch('a', 'b', before, after, '', '', { context: 3 });
  return hunks
    .map((hunk) =>
      [`@@ -${gitRange(hunk.oldStart, hunk.oldLines)} +${gitRange(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines].join(
        '\n',
      ),
    )
    .join('\n');
}

export interface AddRepoOptions {
  owner: string;
  name: string;
  defaultBranch?: string;
  /** Files on the default branch, path → UTF-8 text. */
  files?: Record<string, string>;
  archived?: boolean;
  private?: boolean;
}

export interface AddPullRequestOptions {
  /** "owner/name" of the base repository. */
  repo: string;
  number?: number;
  title?: string;
  body?: string;
  /** Login of the author (a User). */
  author?: string;
  baseRef?: string;
  headRef: string;
  /** "owner/name" of a fork holding the head branch; the base repository when omitted. */
  headRepo?: string;
  /** Changes committed on the head branch: path → new text, or null to delete. */
  changes: Record<string, string | null>;
  draft?: boolean;
}

const EPOCH = Date.parse('2024-01-01T00:00:00Z');

export class FakeGitHubState {
  readonly users = new Map<string, FakeUser>();
  readonly repos = new Map<number, FakeRepo>();
  /** Former "owner/name" (lower case) → repository id, for renamed and transferred repositories. */
  readonly redirects = new Map<string, number>();
  /** The identity behind the token: GITHUB_TOKEN acts as github-actions[bot]. */
  readonly appUser: FakeUser;
  private nextId = 1000;
  private tick = 0;
  private commitCounter = 0;

  constructor() {
    this.appUser = this.user('github-actions[bot]', 'Bot');
  }

  newId(): number {
    this.nextId += 1;
    return this.nextId;
  }

  /** Monotonic timestamps, one second apart, so ordering by time is deterministic. */
  now(): string {
    this.tick += 1;
    return new Date(EPOCH + this.tick * 1000).toISOString();
  }

  user(login: string, type: UserType = login.endsWith('[bot]') ? 'Bot' : 'User'): FakeUser {
    let user = this.users.get(login.toLowerCase());
    if (!user) {
      user = { login, id: this.newId(), type };
      this.users.set(login.toLowerCase(), user);
    }
    return user;
  }

  addRepo(options: AddRepoOptions): FakeRepo {
    if (this.findRepo(options.owner, options.name)) throw new Error(`repo ${options.owner}/${options.name} exists`);
    const repo = new FakeRepo(
      this.newId(),
      options.owner,
      options.name,
      options.defaultBranch ?? 'main',
      options.archived ?? false,
      options.private ?? false,
    );
    this.repos.set(repo.id, repo);
    this.user(options.owner);
    const sha = this.writeCommit(repo, null, new Map(Object.entries(options.files ?? {})), 'Initial commit');
    repo.branches.set(repo.defaultBranch, sha);
    return repo;
  }

  /** The repository currently named owner/name (case-insensitive), ignoring redirects. */
  findRepo(owner: string, name: string): FakeRepo | undefined {
    const wanted = `${owner}/${name}`.toLowerCase();
    for (const repo of this.repos.values()) if (repo.fullName.toLowerCase() === wanted) return repo;
    return undefined;
  }

  /** The repository a former name now redirects to. */
  redirectedRepo(owner: string, name: string): FakeRepo | undefined {
    const id = this.redirects.get(`${owner}/${name}`.toLowerCase());
    return id === undefined ? undefined : this.repos.get(id);
  }

  repo(fullName: string): FakeRepo {
    const [owner = '', name = ''] = fullName.split('/');
    const repo = this.findRepo(owner, name);
    if (!repo) throw new Error(`fake GitHub has no repository ${fullName}`);
    return repo;
  }

  /** Renames or transfers: the old name keeps redirecting, as on GitHub. */
  moveRepo(from: string, to: string): FakeRepo {
    const repo = this.repo(from);
    const [owner = '', name = ''] = to.split('/');
    this.redirects.set(repo.fullName.toLowerCase(), repo.id);
    repo.owner = owner;
    repo.name = name;
    this.redirects.delete(to.toLowerCase());
    return repo;
  }

  deleteRepo(fullName: string): void {
    const repo = this.repo(fullName);
    this.repos.delete(repo.id);
    for (const [alias, id] of this.redirects) if (id === repo.id) this.redirects.delete(alias);
  }

  private writeCommit(repo: FakeRepo, parent: string | null, tree: Map<string, string>, message: string): string {
    this.commitCounter += 1;
    const sha = createHash('sha1')
      .update(`${repo.id}:${this.commitCounter}:${parent ?? ''}:${message}`)
      .digest('hex');
    repo.commits.set(sha, { sha, tree, message, parent });
    return sha;
  }

  /** Commits changes (path → text, or null to delete) on a branch, creating the branch from the default one. */
  commit(fullName: string, branch: string, changes: Record<string, string | null>, message = 'Update files'): string {
    return this.commitTo(this.repo(fullName), branch, changes, message);
  }

  commitTo(repo: FakeRepo, branch: string, changes: Record<string, string | null>, message: string): string {
    const parentSha = repo.branches.get(branch) ?? repo.branches.get(repo.defaultBranch) ?? null;
    const parent = parentSha ? repo.commits.get(parentSha) : undefined;
    const tree = new Map(parent?.tree ?? []);
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) tree.delete(path);
      else tree.set(path, content);
    }
    const sha = this.writeCommit(repo, parentSha, tree, message);
    repo.branches.set(branch, sha);
    return sha;
  }

  readFile(fullName: string, path: string, ref?: string): string | undefined {
    return this.repo(fullName).resolveRef(ref)?.tree.get(path);
  }

  addPullRequest(options: AddPullRequestOptions): FakePull {
    const repo = this.repo(options.repo);
    const headRepo = options.headRepo ? this.repo(options.headRepo) : repo;
    const baseRef = options.baseRef ?? repo.defaultBranch;
    const mergeBaseSha = repo.branches.get(baseRef);
    if (!mergeBaseSha) throw new Error(`no base branch ${baseRef} in ${repo.fullName}`);
    if (headRepo !== repo) {
      // A fork starts from the base repository's history.
      for (const [sha, commit] of repo.commits) if (!headRepo.commits.has(sha)) headRepo.commits.set(sha, commit);
      headRepo.branches.set(options.headRef, mergeBaseSha);
    } else if (!repo.branches.has(options.headRef)) {
      repo.branches.set(options.headRef, mergeBaseSha);
    }
    this.commitTo(headRepo, options.headRef, options.changes, options.title ?? 'Update tracker');
    const number = options.number ?? repo.nextNumber;
    if (repo.issues.has(number)) throw new Error(`#${number} already exists in ${repo.fullName}`);
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    const author = this.user(options.author ?? 'contributor', 'User');
    const created = this.now();
    repo.issues.set(number, {
      id: this.newId(),
      number,
      title: options.title ?? 'Update tracker',
      body: options.body ?? null,
      user: author,
      labels: [],
      state: 'open',
      stateReason: null,
      createdAt: created,
      updatedAt: created,
      closedAt: null,
      isPullRequest: true,
      authorAssociation: headRepo === repo ? 'COLLABORATOR' : 'CONTRIBUTOR',
    });
    const pull: FakePull = {
      number,
      title: options.title ?? 'Update tracker',
      body: options.body ?? null,
      user: author,
      headRepoId: headRepo.id,
      headRef: options.headRef,
      baseRef,
      mergeBaseSha,
      state: 'open',
      merged: false,
      draft: options.draft ?? false,
    };
    repo.pulls.set(number, pull);
    return pull;
  }

  headCommit(repo: FakeRepo, pull: FakePull): FakeCommit | undefined {
    const headRepo = pull.headRepoId === null ? undefined : this.repos.get(pull.headRepoId);
    const sha = headRepo?.branches.get(pull.headRef);
    return sha ? headRepo?.commits.get(sha) : undefined;
  }

  /** The pull request's changed files, diffed from merge base to head like GitHub does. */
  pullFiles(repo: FakeRepo, pull: FakePull): FakePullFile[] {
    const base = repo.commits.get(pull.mergeBaseSha)?.tree ?? new Map<string, string>();
    const head = this.headCommit(repo, pull)?.tree ?? base;
    const paths = [...new Set([...base.keys(), ...head.keys()])].sort();
    const files: FakePullFile[] = [];
    for (const path of paths) {
      const before = base.get(path);
      const after = head.get(path);
      if (before === after) continue;
      const patch = gitPatch(before ?? '', after ?? '');
      const lines = patch.split('\n');
      const additions = lines.filter((l) => l.startsWith('+')).length;
      const deletions = lines.filter((l) => l.startsWith('-')).length;
      files.push({
        filename: path,
        status: before === undefined ? 'added' : after === undefined ? 'removed' : 'modified',
        additions,
        deletions,
        changes: additions + deletions,
        patch,
        sha: blobSha(after ?? ''),
      });
    }
    return files;
  }

  addIssue(options: {
    repo: string;
    title: string;
    body?: string;
    author?: string;
    labels?: string[];
    state?: 'open' | 'closed';
  }): FakeIssue {
    const repo = this.repo(options.repo);
    const author = this.user(options.author ?? 'octocat');
    return this.createIssue(repo, author, options.title, options.body ?? null, options.labels ?? [], options.state);
  }

  createIssue(
    repo: FakeRepo,
    author: FakeUser,
    title: string,
    body: string | null,
    labelNames: string[],
    state: 'open' | 'closed' = 'open',
  ): FakeIssue {
    const created = this.now();
    const issue: FakeIssue = {
      id: this.newId(),
      number: repo.nextNumber,
      title,
      body,
      user: author,
      labels: labelNames.map((name) => this.ensureLabel(repo, name)),
      state,
      stateReason: state === 'closed' ? 'completed' : null,
      createdAt: created,
      updatedAt: created,
      closedAt: state === 'closed' ? created : null,
      isPullRequest: false,
      authorAssociation: author.login === repo.owner ? 'OWNER' : 'NONE',
    };
    repo.nextNumber += 1;
    repo.issues.set(issue.number, issue);
    return issue;
  }

  ensureLabel(repo: FakeRepo, name: string, color = 'ededed', description: string | null = null): FakeLabel {
    let label = repo.label(name);
    if (!label) {
      label = { id: this.newId(), name, color, description };
      repo.labels.set(name.toLowerCase(), label);
    }
    return label;
  }

  addIssueComment(options: { repo: string; issueNumber: number; body: string; author?: string }): FakeIssueComment {
    const repo = this.repo(options.repo);
    if (!repo.issues.has(options.issueNumber)) throw new Error(`no issue #${options.issueNumber}`);
    return this.createComment(repo, options.issueNumber, this.user(options.author ?? 'octocat'), options.body);
  }

  createComment(repo: FakeRepo, issueNumber: number, author: FakeUser, body: string): FakeIssueComment {
    const created = this.now();
    const comment: FakeIssueComment = {
      id: this.newId(),
      issueNumber,
      body,
      user: author,
      createdAt: created,
      updatedAt: created,
      authorAssociation: author.type === 'Bot' ? 'NONE' : author.login === repo.owner ? 'OWNER' : 'CONTRIBUTOR',
    };
    repo.comments.push(comment);
    return comment;
  }

  issueComments(fullName: string, issueNumber: number): FakeIssueComment[] {
    return this.repo(fullName).comments.filter((comment) => comment.issueNumber === issueNumber);
  }

  /** Everything the fake knows about one repository's pull request review comments. */
  reviewCommentsOf(fullName: string, pullNumber: number): FakeReviewComment[] {
    return this.repo(fullName).reviewComments.filter((comment) => comment.pullNumber === pullNumber);
  }

  setPermission(fullName: string, login: string, permission: Permission): void {
    this.user(login);
    this.repo(fullName).permissions.set(login.toLowerCase(), permission);
  }
}
