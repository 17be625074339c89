// Test support: the two loopback servers every end-to-end Action test runs against, the fake GitHub
// REST/GraphQL API (GITHUB_API_URL) and the link server, started once per test file and closed after it.
import { afterAll, beforeAll } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { startLinkServer, type LinkServer } from './link-server.js';

export interface ActionServers {
  gh: FakeGitHub;
  links: LinkServer;
}

/**
 * Registers beforeAll/afterAll hooks in the calling test file: starts both servers and hands them to
 * `started` (assign them to the file's variables), and closes them after the file's tests.
 */
export function useActionServers(started: (servers: ActionServers) => void): void {
  let servers: Partial<ActionServers> = {};
  beforeAll(async () => {
    servers = { gh: await startFakeGitHub() };
    servers.links = await startLinkServer();
    started(servers as ActionServers);
  }, 120_000);
  afterAll(async () => {
    await servers.gh?.close();
    await servers.links?.close();
  });
}
