// Reading an alive page's body for its facts (facts.ts) in the same request that judged it: the
// body's Content-Encoding is undone as a stream and its charset sniffed (body.ts), and the text
// goes chunk by chunk into the facts reader until the facts are complete or `links.factsBytes`
// decoded bytes were read. Also keeps the first `keepBytes` as text for the page signatures, so
// one read serves both. Memory stays flat: the kept prefix plus the reader's carry.
import { TextDecoder } from 'node:util';
import type { PageFacts } from '../core/types.js';
import { canDecode, contentCodings, decodedBody, decodeText } from './body.js';
import type { ResponseBody } from './http-response.js';
import { PageFactsReader } from './facts.js';

/** Bodies whose facts are complete are still drained this far (keeping the connection), else dropped. */
const DRAIN_AFTER_FACTS_BYTES = 32 * 1024;
/** Bodies up to this size (by Content-Length, no Content-Encoding) are read whole rather than streamed. */
const SMALL_BODY_BYTES = 64 * 1024;
/** How many bytes the charset sniffing (BOM, <meta charset>) looks at before text decoding starts. */
const SNIFF_BYTES = 1024;

/** Content types whose bodies carry page facts. */
export const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b|^$/i;

export interface FactsRead {
  facts: PageFacts;
  /** The first `keepBytes` of decoded text, when asked for (undefined when the coding is unknown). */
  body?: string;
}

export interface FactsHeaders {
  contentType: string;
  contentEncoding?: string | string[];
  contentLength?: number;
}

/**
 * Streams `body` (raw response bytes) into a PageFactsReader for `hostname`.
 * Stops after `factsBytes` decoded bytes, or once the facts are complete (then drains up to 32 KB
 * more so a small page keeps its connection); `keepBytes` > 0 also returns that much text for the
 * page signatures. A body cut short or undecodable still yields what was read. Never throws.
 */
export async function readFacts(body: ResponseBody, headers: FactsHeaders, hostname: string, limits: { factsBytes: number; keepBytes: number }): Promise<FactsRead> {
  const reader = new PageFactsReader(hostname);
  if (!canDecode(headers.contentEncoding)) {
    body.destroy();
    return { facts: {} };
  }
  const plain = contentCodings(headers.contentEncoding).length === 0;
  // A small plain body of known length is read in one piece: fewer stream turns per link.
  if (plain && headers.contentLength !== undefined && headers.contentLength <= Math.min(limits.factsBytes, SMALL_BODY_BYTES)) {
    let bytes: Buffer;
    try {
      bytes = await body.bytes();
    } catch {
      bytes = Buffer.alloc(0);
    }
    const { text } = decodeText(bytes, headers.contentType);
    reader.push(text, true);
    const read: FactsRead = { facts: reader.facts() };
    if (limits.keepBytes > 0) read.body = bytes.length <= limits.keepBytes ? text : decodeText(bytes.subarray(0, limits.keepBytes), headers.contentType).text;
    return read;
  }

  const kept: Buffer[] = [];
  let keptBytes = 0;
  let read = 0;
  let settledAt = -1;
  let decoder: TextDecoder | null = null;
  let sniffed: Buffer[] = [];
  let sniffedBytes = 0;
  const feed = (bytes: Buffer, last: boolean) => {
    if (!decoder) {
      sniffed.push(bytes);
      sniffedBytes += bytes.length;
      if (sniffedBytes < SNIFF_BYTES && !last) return;
      const head = Buffer.concat(sniffed);
      sniffed = [];
      decoder = new TextDecoder(decodeText(head.subarray(0, SNIFF_BYTES), headers.contentType).encoding);
      bytes = head;
    }
    reader.push(decoder.decode(bytes, { stream: !last }), last);
  };
  let ended = true;
  try {
    for await (const chunk of decodedBody(body, headers.contentEncoding)) {
      const start = read;
      read += chunk.length;
      if (keptBytes < limits.keepBytes) {
        kept.push(chunk);
        keptBytes += chunk.length;
      }
      if (!reader.done && start < limits.factsBytes) feed(read > limits.factsBytes ? chunk.subarray(0, limits.factsBytes - start) : chunk, false);
      if (keptBytes < limits.keepBytes) continue;
      // The cap without complete facts: the rest is not worth reading.
      if (!reader.done && read >= limits.factsBytes) {
        ended = false;
        break;
      }
      if (reader.done) {
        if (settledAt < 0) settledAt = read;
        else if (read - settledAt > DRAIN_AFTER_FACTS_BYTES) {
          ended = false;
          break;
        }
      }
    }
  } catch {
    // A body cut short (reset, total timeout, corrupt compression) still tells what its first bytes say.
    ended = false;
  } finally {
    body.destroy();
  }
  if (!reader.done) feed(Buffer.alloc(0), true);
  void ended;
  const result: FactsRead = { facts: reader.facts() };
  if (limits.keepBytes > 0) result.body = decodeText(Buffer.concat(kept).subarray(0, limits.keepBytes), headers.contentType).text;
  return result;
}
