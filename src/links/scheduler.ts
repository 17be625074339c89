// Politeness for the link engine: every HTTP request runs through RequestScheduler.run(), which
// holds one slot of the global concurrency cap and one of its host's cap, keeps the minimum
// interval between request starts on a host, and honours host-wide pauses (Retry-After).
import type { AbortLike } from './abort.js';
import type { HostStats } from './stats.js';

export interface SchedulerLimits {
  concurrency: number;
  perHost: number;
  intervalMs: number;
}

interface Waiter {
  /** `at`: the epoch ms the scheduler checked the limits against when it let the request start. */
  start(at: number): void;
}

interface HostState {
  active: number;
  lastStart: number;
  pausedUntil: number;
  queue: Waiter[];
  timer: NodeJS.Timeout | undefined;
  timerAt: number;
}

export class RequestScheduler {
  private readonly hosts = new Map<string, HostState>();
  private active = 0;

  constructor(
    private readonly limits: SchedulerLimits,
    private readonly stats?: HostStats,
  ) {}

  /** Runs `task` once its host and the global cap have room; rejects if `signal` aborts while waiting. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortLike): Promise<T> {
    const startedAt = await this.acquire(host, signal);
    const started = Date.now();
    this.stats?.requestStarted(host, startedAt);
    try {
      return await task();
    } finally {
      this.stats?.requestFinished(host, Date.now() - started);
      this.release(host);
    }
  }

  /** No request to `host` starts before `until` (epoch ms); a later pause extends an earlier one. */
  pauseHost(host: string, until: number): void {
    const state = this.state(host);
    if (until <= state.pausedUntil) return;
    state.pausedUntil = until;
    this.stats?.hostPaused(host, until);
  }

  /** True while fewer requests run than the global cap allows. */
  get hasFreeSlot(): boolean {
    return this.active < this.limits.concurrency;
  }

  pausedUntil(host: string): number {
    return this.hosts.get(host)?.pausedUntil ?? 0;
  }

  /** Clears pending timers; waiting tasks are left unresolved (their callers were aborted). */
  dispose(): void {
    for (const state of this.hosts.values()) clearTimeout(state.timer);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, pausedUntil: 0, queue: [], timer: undefined, timerAt: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Resolves with the start time the interval and pause were checked against (epoch ms). */
  private acquire(host: string, signal?: AbortLike): Promise<number> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const state = this.state(host);
      const onAbort = () => {
        const at = state.queue.indexOf(waiter);
        if (at >= 0) state.queue.splice(at, 1);
        reject(signal!.reason);
      };
      const waiter: Waiter = {
        start: (at) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(at);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      state.queue.push(waiter);
      this.pump();
    });
  }

  private release(host: string): void {
    this.active--;
    this.state(host).active--;
    this.pump();
  }

  /**
   * Starts waiting requests while the global cap allows, always from the ready host with the
   * longest queue, so big hosts start early and do not form the tail of the run.
   */
  private pump(): void {
    const now = Date.now();
    while (this.active < this.limits.concurrency) {
      let best: HostState | undefined;
      for (const state of this.hosts.values()) {
        if (state.queue.length === 0 || state.active >= this.limits.perHost) continue;
        const readyAt = Math.max(state.pausedUntil, state.lastStart + this.limits.intervalMs);
        if (readyAt > now) this.wakeAt(state, readyAt);
        else if (!best || state.queue.length > best.queue.length) best = state;
      }
      if (!best) return;
      best.active++;
      this.active++;
      best.lastStart = now;
      best.queue.shift()!.start(now);
    }
  }

  private wakeAt(state: HostState, at: number): void {
    if (state.timer && state.timerAt === at) return;
    clearTimeout(state.timer);
    state.timerAt = at;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.pump();
    }, at - Date.now());
  }
}
