// Link engine › event-loop turns: how long to yield so that requests just handed to undici are written.
// Used by the engine (before setting up the links that wait for a slot) and by the CLI (before the rules
// take the thread). No imports, so the CLI can load it without loading the engine.

/**
 * Resolves once the event loop has passed through one poll phase after the caller queued its requests.
 * Starting a request only starts the connect (net.connect defers it to process.nextTick); undici writes
 * the request when the socket's connect completes, which Node handles in a poll phase. Two setImmediate
 * turns always include one such phase, whichever phase the caller runs in. (A sleep does not: its timer
 * can run before that poll phase.) A connect that needs more time (DNS, TLS) completes later, as it would
 * anyway.
 */
export async function afterRequestsWritten(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}
