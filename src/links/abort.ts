// Link engine › abort handles: what a link's deadline and each request listen to. A Node AbortController
// is an EventTarget: making one costs some 25 µs on a cold run, and EventTarget walks its whole listener
// list on every add. A check makes one deadline per link and one handle per request, so these are plain
// objects with the same surface (aborted, reason, add/removeEventListener), which the scheduler, sleep(),
// the engine's requests (http-response.ts) and undici's request() accept (undici takes any signal with
// addEventListener: api/api-request.js).

/** The part of AbortSignal the link engine and undici use. */
export interface AbortLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** A one-shot abort: listeners run once, synchronously, in the order they were added. */
export class AbortHandle implements AbortLike {
  aborted = false;
  reason: unknown = undefined;
  private listeners: (() => void)[] | undefined;

  addEventListener(_type: 'abort', listener: () => void): void {
    if (this.aborted) return;
    (this.listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const at = this.listeners?.indexOf(listener) ?? -1;
    if (at >= 0) this.listeners!.splice(at, 1);
  }

  /** Aborts with `reason` (the first call wins) and runs the listeners. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    this.listeners = undefined;
    for (const listener of listeners ?? []) listener();
  }
}
