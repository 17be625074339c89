// Shared setup for the link-engine tests: a links config with short timeouts for loopback.
import { linksSchema, type LinksConfig } from '../../src/config/schema.js';

/** Loopback is private, so tests that talk to the test server must allow it explicitly. */
export function loopbackConfig(overrides: Record<string, unknown> = {}): LinksConfig {
  return linksSchema.parse({ allowPrivateHosts: true, timeout: '1s', retries: 1, retryAfterCap: '2s', ...overrides });
}
