// Link engine › one HTTP request through undici's dispatcher, with a small response handler of our own
// instead of undici's request() API. request() wraps every response in an AsyncResource and a Node
// Readable stream (BodyReadable): per link that costs more than reading a short page itself (a GET of the
// link bench's 120-byte pages through request() + arrayBuffer() took about 60 µs more CPU per link than
// through dispatch(), in a minimal undici script on the bench's servers, 2026-12-01). The handler below
// keeps request()'s behaviour where the engine can see it (api/api-request.js and api/readable.js of undici 7):
//   - informational (1xx) answers are skipped; headers are parsed by undici's own parseHeaders;
//   - an abort before the answer rejects with the signal's reason; after it, the body fails with it and
//     the connection is dropped unless the body had arrived whole;
//   - a body given up before its end (destroy, early return from iteration, dump over its limit) aborts the
//     request, so undici drops the connection; a body read to its end keeps it;
//   - iteration yields what has arrived since the last read as one Buffer (as a Readable's read() does),
//     and stops undici reading the socket while 64 KB wait unread (request()'s highWaterMark).
import type { AbortLike } from './abort.js';
import { parseHeaders, type Agent } from './http-client.js';

/** Unread bytes at which the socket stops being read until the body is read (undici's BodyReadable default). */
const HIGH_WATER_MARK = 64 * 1024;

export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface HttpResponse {
  statusCode: number;
  headers: ResponseHeaders;
  body: ResponseBody;
}

export interface HttpRequestOptions {
  origin: string;
  path: string;
  method: 'GET' | 'HEAD';
  headers: Record<string, string>;
  /** Aborts the request (before the answer: the promise rejects with its reason; after: the body fails). */
  signal?: AbortLike;
  /** false: keep the connection alive after the response (undici's `reset`). */
  reset?: boolean;
}

/** Error of a body given up by its reader (undici's RequestAbortedError has the same code). */
class BodyAbortedError extends Error {
  readonly code = 'UND_ERR_ABORTED';
  constructor() {
    super('Request aborted');
    this.name = 'AbortError';
  }
}

/**
 * A response body as it arrives: an async iterable of Buffers with backpressure, read at most once.
 * Also offers the parts of undici's BodyReadable the engine uses: dump(), destroy(),
 * `destroyed` and a no-op on('error') (so `drop()` helpers work on both).
 */
export class ResponseBody implements AsyncIterable<Buffer> {
  private chunks: Buffer[] = [];
  private unread = 0;
  /** Every byte of the body has arrived (undici called onComplete). */
  private received = false;
  private error: unknown = null;
  private closed = false;
  private paused = false;
  private wake: (() => void) | null = null;
  /** Bytes received so far (what dump()'s limit counts). */
  bytesRead = 0;

  /**
   * @param resume undici's resume(): reading the socket again after onData returned false
   * @param abortRequest undici's abort(): drops the request (no-op once it completed)
   * @param contentLength the Content-Length of a GET's answer, else null (dump() gives up bodies announced over its limit)
   * @param onClose called once when the body is read to its end, fails or is given up
   */
  constructor(
    private readonly resume: () => void,
    private readonly abortRequest: (reason?: unknown) => void,
    private readonly contentLength: number | null,
    private readonly onClose: () => void,
  ) {}

  get destroyed(): boolean {
    return this.closed;
  }

  /** Compatibility with stream helpers that attach an error listener before destroying: errors surface through reads. */
  on(_event: 'error', _listener: (error: unknown) => void): this {
    return this;
  }

  /** undici's onData: false asks it to stop reading the socket until `resume()`. */
  push(chunk: Buffer): boolean {
    if (this.closed) return true;
    this.chunks.push(chunk);
    this.unread += chunk.length;
    this.bytesRead += chunk.length;
    this.notify();
    if (this.unread < HIGH_WATER_MARK) return true;
    this.paused = true;
    return false;
  }

  /** undici's onComplete. */
  end(): void {
    this.received = true;
    this.notify();
  }

  /** undici's onError, or the request's signal: the body fails with `error` once its unread bytes are read. */
  fail(error: unknown): void {
    if (this.closed || this.error !== null) return;
    this.error = error;
    // Bytes already received are not handed out after a failure (a destroyed Readable drops its buffer).
    this.chunks = [];
    this.unread = 0;
    this.abortRequest(error);
    this.notify();
  }

  /** Gives the body up: a request still receiving is aborted (undici drops its connection). */
  destroy(): void {
    if (this.closed) return;
    this.close();
    this.chunks = [];
    this.unread = 0;
    if (!this.received) this.abortRequest(new BodyAbortedError());
    this.notify();
  }

  /** The next bytes: everything that arrived since the last read, as one Buffer; null at the end. Throws the body's error. */
  private async read(): Promise<Buffer | null> {
    for (;;) {
      if (this.error !== null) {
        this.close();
        throw this.error;
      }
      if (this.unread > 0) {
        const bytes = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.unread);
        this.chunks = [];
        this.unread = 0;
        if (this.paused) {
          this.paused = false;
          this.resume();
        }
        return bytes;
      }
      if (this.received || this.closed) {
        this.close();
        return null;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    try {
      for (let bytes = await this.read(); bytes !== null; bytes = await this.read()) yield bytes;
    } finally {
      // Left early (break, return, a throw in the loop body): the rest is not wanted.
      this.destroy();
    }
  }

  /** The whole body as one Buffer (no copy when it came in one piece); rejects with the body's error. */
  async bytes(): Promise<Buffer> {
    // Already here whole (a short page arrives with its headers): no iteration needed.
    if (this.received && this.error === null && !this.closed) {
      const whole = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.unread);
      this.chunks = [];
      this.unread = 0;
      this.close();
      return whole;
    }
    const parts: Buffer[] = [];
    for await (const bytes of this) parts.push(bytes);
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /**
   * Reads and discards the body, keeping the connection, unless it is (or is announced to be) over
   * `limit` bytes: then it is given up. Never rejects.
   */
  async dump({ limit }: { limit: number }): Promise<null> {
    if ((this.contentLength !== null && this.contentLength > limit) || this.bytesRead > limit) {
      this.destroy();
      return null;
    }
    try {
      for await (const _ of this) {
        if (this.bytesRead > limit) break;
      }
    } catch {
      // A body that failed is gone either way.
    }
    return null;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}

/**
 * Sends one request through `agent` and resolves with its answer once the headers are in (the body
 * streams after). Rejects with undici's error when no answer came (connect failure, reset, timeouts),
 * or with the signal's reason when aborted first.
 */
export function sendRequest(agent: Agent, options: HttpRequestOptions): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    let abortRequest: ((reason?: unknown) => void) | null = null;
    let body: ResponseBody | null = null;
    let reason: unknown = null;
    let settled = false;
    const onAbort = () => {
      reason = signal!.reason;
      if (body) body.fail(reason);
      else abortRequest?.(reason);
    };
    const detach = () => signal?.removeEventListener('abort', onAbort);
    if (signal?.aborted) reason = signal.reason;
    else signal?.addEventListener('abort', onAbort);
    const handler = {
      onConnect(abort: (reason?: unknown) => void) {
        if (reason !== null) abort(reason);
        else abortRequest = abort;
      },
      onHeaders(statusCode: number, rawHeaders: Buffer[], resume: () => void) {
        if (statusCode < 200) return true;
        const headers = parseHeaders(rawHeaders) as ResponseHeaders;
        const length = headers['content-length'];
        const contentLength = options.method !== 'HEAD' && length ? Number(length) : null;
        body = new ResponseBody(resume, (why) => abortRequest?.(why), Number.isFinite(contentLength) ? contentLength : null, detach);
        settled = true;
        resolve({ statusCode, headers, body });
        return true;
      },
      onData(chunk: Buffer) {
        return body!.push(chunk);
      },
      onComplete() {
        body!.end();
      },
      onError(error: unknown) {
        if (body) {
          body.fail(error);
          return;
        }
        detach();
        if (!settled) {
          settled = true;
          reject(error);
        }
      },
    };
    try {
      agent.dispatch({ origin: options.origin, path: options.path, method: options.method, headers: options.headers, reset: options.reset ?? null } as never, handler as never);
    } catch (error) {
      detach();
      reject(error);
    }
  });
}
