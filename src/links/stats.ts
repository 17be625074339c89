// Live per-host request statistics of one link check, for progress displays: the scheduler feeds
// it, the CLI reads slowestHosts() / pausedHosts() while the check runs.

export interface HostTiming {
  host: string;
  /** Requests finished. */
  requests: number;
  /** Requests in flight right now. */
  active: number;
  /** Most requests in flight at once. */
  peakActive: number;
  meanMs: number;
  maxMs: number;
  /** Epoch ms until which the host is paused (Retry-After), 0 when never paused. */
  pausedUntil: number;
}

interface MutableTiming {
  requests: number;
  active: number;
  peakActive: number;
  totalMs: number;
  maxMs: number;
  pausedUntil: number;
}

export class HostStats {
  private readonly hosts = new Map<string, MutableTiming>();
  private readonly starts = new Map<string, number[]>();
  requests = 0;

  /** `at`: epoch ms the scheduler let the request start (its own clock reading, not the server's). */
  requestStarted(host: string, at = Date.now()): void {
    const t = this.timing(host);
    t.active++;
    t.peakActive = Math.max(t.peakActive, t.active);
    let starts = this.starts.get(host);
    if (!starts) this.starts.set(host, (starts = []));
    starts.push(at);
  }

  /** Epoch ms at which each request to `host` was started by the scheduler, in start order. */
  startTimes(host: string): readonly number[] {
    return this.starts.get(host) ?? [];
  }

  requestFinished(host: string, ms: number): void {
    const t = this.timing(host);
    t.active--;
    t.requests++;
    t.totalMs += ms;
    t.maxMs = Math.max(t.maxMs, ms);
    this.requests++;
  }

  hostPaused(host: string, until: number): void {
    const t = this.timing(host);
    t.pausedUntil = Math.max(t.pausedUntil, until);
  }

  host(host: string): HostTiming | undefined {
    const t = this.hosts.get(host);
    return t && snapshot(host, t);
  }

  /** Hosts by mean request time, slowest first. */
  slowestHosts(limit = 3): HostTiming[] {
    return [...this.hosts]
      .filter(([, t]) => t.requests > 0)
      .map(([host, t]) => snapshot(host, t))
      .sort((a, b) => b.meanMs - a.meanMs || b.maxMs - a.maxMs)
      .slice(0, limit);
  }

  /** Hosts paused at `now` (epoch ms), longest pause first. */
  pausedHosts(now = Date.now()): HostTiming[] {
    return [...this.hosts]
      .filter(([, t]) => t.pausedUntil > now)
      .map(([host, t]) => snapshot(host, t))
      .sort((a, b) => b.pausedUntil - a.pausedUntil);
  }

  private timing(host: string): MutableTiming {
    let t = this.hosts.get(host);
    if (!t) {
      t = { requests: 0, active: 0, peakActive: 0, totalMs: 0, maxMs: 0, pausedUntil: 0 };
      this.hosts.set(host, t);
    }
    return t;
  }
}

function snapshot(host: string, t: MutableTiming): HostTiming {
  return {
    host,
    requests: t.requests,
    active: t.active,
    peakActive: t.peakActive,
    meanMs: t.requests === 0 ? 0 : Math.round(t.totalMs / t.requests),
    maxMs: t.maxMs,
    pausedUntil: t.pausedUntil,
  };
}
