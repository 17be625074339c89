// Test support › fake GitHub, pull-request and git-refs extension: a loopback front server that serves the
// endpoints the scheduled scan's fix pull request needs and the base fake lacks (git refs read/create/update,
// pulls list/create/update) on the same in-memory state, and forwards every other request to the base fake.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeGitHub, type FakeGitHub, type FakeRepo, type StartFakeGitHubOptions } from './fake-github.js';
import type { FakeGitHubState, FakePull } from './fake-github/state.js';

export interface ExtensionRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

export interface FakeGitHubWithPulls extends FakeGitHub {
  /** Requests the extension served itself (the rest are in `requests`, recorded by the base fake). */
  extensionRequests: ExtensionRequest[];
}

interface Answer {
  status: number;
  body?: unknown;
}

const DOCS = 'https://docs.github.com/rest';
const HTML = 'https://github.com';

function pullJson(apiBase: string, state: FakeGitHubState, repo: FakeRepo, pull: FakePull) {
  const headRepo = pull.headRepoId === null ? null : state.repos.get(pull.headRepoId) ?? null;
  const headSha = headRepo?.branches.get(pull.headRef) ?? '';
  const repoJson = (r: FakeRepo) => ({ id: r.id, name: r.name, full_name: r.fullName, owner: { login: r.owner }, default_branch: r.defaultBranch });
  return {
    id: pull.number * 1000,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    draft: pull.draft,
    merged: pull.merged,
    html_url: `${HTML}/${repo.fullName}/pull/${pull.number}`,
    url: `${apiBase}/repos/${repo.fullName}/pulls/${pull.number}`,
    user: { login: pull.user.login, id: pull.user.id, type: pull.user.type },
    head: { ref: pull.headRef, sha: headSha, label: `${headRepo?.owner ?? ''}:${pull.headRef}`, repo: headRepo ? repoJson(headRepo) : null },
    base: { ref: pull.baseRef, sha: repo.branches.get(pull.baseRef) ?? '', label: `${repo.owner}:${pull.baseRef}`, repo: repoJson(repo) },
  };
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function serve(state: FakeGitHubState, method: string, path: string, query: URLSearchParams, body: unknown, apiBase: string): Answer | null {
  const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
  if (!match) return null;
  const repo = state.findRepo(decodeURIComponent(match[1]!), decodeURIComponent(match[2]!));
  // Octokit sends a ref parameter such as "heads/a/b" percent-encoded as one segment; GitHub decodes it.
  const rest = decodeURIComponent(match[3]!);
  const handled = /^\/git\/refs?(\/|$)/.test(rest) || /^\/pulls$/.test(rest) || (method === 'PATCH' && /^\/pulls\/\d+$/.test(rest));
  if (!handled) return null;
  if (!repo) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };

  const ref = /^\/git\/refs?\/heads\/(.+)$/.exec(rest)?.[1];
  if (method === 'GET' && ref !== undefined) {
    const sha = repo.branches.get(ref);
    return sha
      ? { status: 200, body: { ref: `refs/heads/${ref}`, object: { sha, type: 'commit', url: `${apiBase}/repos/${repo.fullName}/git/commits/${sha}` } } }
      : { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
  }
  if (method === 'POST' && rest === '/git/refs') {
    const fullRef = field(body, 'ref');
    const sha = field(body, 'sha');
    if (typeof fullRef !== 'string' || !fullRef.startsWith('refs/heads/') || typeof sha !== 'string') {
      return { status: 422, body: { message: 'Invalid request.', documentation_url: DOCS } };
    }
    const branch = fullRef.slice('refs/heads/'.length);
    if (repo.branches.has(branch)) return { status: 422, body: { message: 'Reference already exists', documentation_url: DOCS } };
    if (!repo.commits.has(sha)) return { status: 422, body: { message: 'Object does not exist', documentation_url: DOCS } };
    repo.branches.set(branch, sha);
    return { status: 201, body: { ref: fullRef, object: { sha, type: 'commit' } } };
  }
  if (method === 'PATCH' && ref !== undefined) {
    const branch = ref;
    const sha = field(body, 'sha');
    const current = repo.branches.get(branch);
    if (!current) return { status: 422, body: { message: 'Reference does not exist', documentation_url: DOCS } };
    if (typeof sha !== 'string' || !repo.commits.has(sha)) return { status: 422, body: { message: 'Object does not exist', documentation_url: DOCS } };
    let isFastForward = false;
    for (let cursor: string | null = sha; cursor && !isFastForward; cursor = repo.commits.get(cursor)?.parent ?? null) isFastForward = cursor === current;
    if (!isFastForward && field(body, 'force') !== true) return { status: 422, body: { message: 'Update is not a fast forward', documentation_url: DOCS } };
    repo.branches.set(branch, sha);
    return { status: 200, body: { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } } };
  }
  if (method === 'GET' && rest === '/pulls') {
    const wantedState = query.get('state') ?? 'open';
    const head = query.get('head');
    const base = query.get('base');
    const pulls = [...repo.pulls.values()].filter((pull) => {
      if (wantedState !== 'all' && pull.state !== wantedState) return false;
      if (base && pull.baseRef !== base) return false;
      if (head) {
        const [owner, branch] = head.includes(':') ? head.split(':', 2) : [repo.owner, head];
        const headRepo = pull.headRepoId === null ? undefined : state.repos.get(pull.headRepoId);
        if (pull.headRef !== branch || headRepo?.owner.toLowerCase() !== owner!.toLowerCase()) return false;
      }
      return true;
    });
    return { status: 200, body: pulls.map((pull) => pullJson(apiBase, state, repo, pull)) };
  }
  if (method === 'POST' && rest === '/pulls') {
    const head = field(body, 'head');
    const base = field(body, 'base');
    const title = field(body, 'title');
    if (typeof head !== 'string' || typeof base !== 'string' || typeof title !== 'string') {
      return { status: 422, body: { message: 'Validation Failed', documentation_url: DOCS } };
    }
    const headRef = head.includes(':') ? head.split(':')[1]! : head;
    if (!repo.branches.has(headRef) || !repo.branches.has(base)) return { status: 422, body: { message: 'Validation Failed', errors: [{ field: 'head', code: 'invalid' }], documentation_url: DOCS } };
    const duplicate = [...repo.pulls.values()].find((pull) => pull.state === 'open' && pull.headRef === headRef && pull.headRepoId === repo.id);
    if (duplicate) return { status: 422, body: { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${repo.owner}:${headRef}.` }], documentation_url: DOCS } };
    const number = repo.nextNumber;
    repo.nextNumber += 1;
    const user = state.appUser;
    const created = state.now();
    const text = typeof field(body, 'body') === 'string' ? (field(body, 'body') as string) : null;
    repo.issues.set(number, {
      id: state.newId(),
      number,
      title,
      body: text,
      user,
      labels: [],
      state: 'open',
      stateReason: null,
      createdAt: created,
      updatedAt: created,
      closedAt: null,
      isPullRequest: true,
      authorAssociation: 'NONE',
    });
    const pull: FakePull = { number, title, body: text, user, headRepoId: repo.id, headRef, baseRef: base, mergeBaseSha: repo.branches.get(base)!, state: 'open', merged: false, draft: false };
    repo.pulls.set(number, pull);
    return { status: 201, body: pullJson(apiBase, state, repo, pull) };
  }
  const pullNumber = /^\/pulls\/(\d+)$/.exec(rest)?.[1];
  if (method === 'PATCH' && pullNumber !== undefined) {
    const pull = repo.pulls.get(Number(pullNumber));
    if (!pull) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
    const title = field(body, 'title');
    const text = field(body, 'body');
    if (typeof title === 'string') pull.title = title;
    if (typeof text === 'string') pull.body = text;
    const issue = repo.issues.get(pull.number);
    if (issue) {
      issue.title = pull.title;
      issue.body = pull.body;
      issue.updatedAt = state.now();
    }
    return { status: 200, body: pullJson(apiBase, state, repo, pull) };
  }
  return null;
}

function forward(target: string, req: IncomingMessage, raw: Buffer, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', target);
  const headers: IncomingHttpHeaders = { ...req.headers, host: url.host };
  const upstream = httpRequest(url, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: `fake GitHub front: ${error.message}` }));
  });
  upstream.end(raw);
}

/** The base fake plus git refs and pulls list/create/update, on one URL. */
export async function startFakeGitHubWithPulls(options: StartFakeGitHubOptions = {}): Promise<FakeGitHubWithPulls> {
  const inner = await startFakeGitHub(options);
  const extensionRequests: ExtensionRequest[] = [];
  const front = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const method = (req.method ?? 'GET').toUpperCase();
      const parsed = new URL(req.url ?? '/', 'http://front');
      const path = parsed.pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/\/+$/, '') || '/';
      let body: unknown;
      try {
        body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        body = raw.toString('utf8');
      }
      const apiBase = `http://${req.headers.host ?? 'front'}`;
      const hasToken = /^(?:token|bearer)\s+\S+$/i.test(req.headers.authorization ?? '');
      const answer = hasToken ? serve(inner.state, method, path, parsed.searchParams, body, apiBase) : null;
      if (!answer) return forward(inner.url, req, raw, res);
      extensionRequests.push({ method, path, query: Object.fromEntries(parsed.searchParams), body, status: answer.status });
      const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
      res.end(text);
    });
  });
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = front.address() as AddressInfo;
  return {
    ...inner,
    url: `http://${address.address}:${address.port}`,
    extensionRequests,
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await inner.close();
    },
  };
}
