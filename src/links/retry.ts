// Retry timing for the link engine: Retry-After parsing (seconds or HTTP date, capped) and
// exponential backoff with jitter between attempts.
import type { AbortLike } from './abort.js';

/**
 * Milliseconds a Retry-After value (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) asks for,
 * uncapped, never negative; null when absent or unparsable.
 */
export function retryAfterDelay(value: string | string[] | undefined, now = Date.now()): number | null {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(at - now, 0);
}

export const BACKOFF_BASE_MS = 250;

/** Delay before retry number `attempt` (1-based): base·2^(attempt-1), scaled by a random factor in [0.5, 1). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  return Math.round(BACKOFF_BASE_MS * 2 ** (attempt - 1) * (0.5 + random() / 2));
}

/** Waits `ms` milliseconds; rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
