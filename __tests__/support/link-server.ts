// A real HTTP server on loopback for link-engine and Action tests. Routes are chosen by path, so
// any host name pointed at it through `links.resolve` (mp.weixin.qq.com, github.com, …) gets the
// same behaviour. It records every request (method, host, headers, time), the peak number of
// concurrent requests per host, and how many body bytes each streamed response generated.
//
// Routes:
//   /ok                         200 small HTML page
//   /status/:code               that status with a small HTML page (999 included)
//   /delay/:ms                  200 after ms (the timer is cleared when the client goes away)
//   /redirect/:code?to=URL      redirect with that code to URL
//   /chain/:code/:n?end=PATH    n redirects with that code, then PATH (default /ok)
//   /loop/a, /loop/b            302 to each other
//   /once/:status/:id?retry-after=V   first request per id answers status (+ Retry-After: V), later ones 200
//   /head/:status               HEAD answers status, GET 200
//   /cloudflare                 403, cf-mitigated: challenge, "Just a moment..."
//   /cloudflare-title           503 with only the "Just a moment..." title
//   /huge/:bytes                200 text/html body of that many bytes, generated lazily
//   /wechat/{deleted,removed,verify,migrated,article,quoting,unknown}
//   /bilibili/{deleted,deleted-state,video,risk}, /bilibili/api/{ok,deleted,review}
//   /zhihu/{missing,missing-200,deleted-answer,unhuman,article}
//   /compressed/:coding/ROUTE   ROUTE's answer with its body compressed (gzip, deflate, deflate-raw
//                               sent as "deflate", br), whatever the request's Accept-Encoding says
//   /legacy/:charset/:where     a "topic no longer exists" notice in gbk or big5, the charset named
//                               in the Content-Type (where=header), a <meta charset> (meta) or an
//                               http-equiv <meta> (http-equiv)
//   /cookie-gate/:name          302 to itself with Set-Cookie name=yes until that cookie comes back, then 200
//   /cookie-gate-broken/:name   302 to itself with Set-Cookie name=yes, whatever comes back
//   /cookie-hop/:name?to=URL    302 to URL with Set-Cookie name=yes
//   /self                       302 to itself, no cookie
//   /bomb                       200, gzip: a "Just a moment..." page followed by 1 GiB of zeros
//                               (about 1 MB sent in full); bodyBytes counts the compressed bytes sent
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

export interface RecordedRequest {
  method: string;
  /** Host header without the port, lowercased. */
  host: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Local address the connection arrived on (which 127.0.0.x). */
  localAddress: string;
  receivedAt: number;
}

export interface LinkServer {
  port: number;
  addresses: string[];
  /** `http://host:port/path`; host defaults to the first address. */
  url(path: string, host?: string): string;
  readonly requests: RecordedRequest[];
  requestsTo(host: string): RecordedRequest[];
  /** Most requests in flight at once for a Host header (port excluded), or over all hosts. */
  peakConcurrency(host?: string): number;
  /** Body bytes generated per request path (streamed routes). */
  readonly bodyBytes: Map<string, number>;
  /** When each response was sent, by path (first send time per path and status). */
  readonly responsesSent: { path: string; status: number; at: number }[];
  reset(): void;
  close(): Promise<void>;
}

const ALL_HOSTS = '*';

const page = (title: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const LONG_ARTICLE_TEXT = '这是一篇正常的文章，正文很长。'.repeat(200);

const WECHAT: Record<string, string> = {
  deleted: page('', '<div class="weui-msg"><div class="weui-msg__text-area"><h2 class="weui-msg__title">该内容已被发布者删除</h2></div></div>'),
  removed: page('', '<div class="weui-msg"><h2 class="weui-msg__title">此内容因违规无法查看</h2></div>'),
  verify: page('', '<div class="weui-msg"><p class="weui-msg__desc">当前环境异常，完成验证后即可继续访问。</p><a>去验证</a></div>'),
  migrated: page('', '<div class="weui-msg"><h2 class="weui-msg__title">该公众号已迁移</h2></div>'),
  article: page('ChatGPT数据集之谜', '<div id="js_article"><div id="js_content"><p>本文作者整理分析了相关数据集。</p></div></div>'),
  quoting: page('如何处理', `<div class="rich_media"><p>常见提示：“该内容已被发布者删除”。</p><p>${LONG_ARTICLE_TEXT}</p></div>`),
  unknown: page('', '<div>请在微信客户端打开链接</div>'),
};

const BILIBILI: Record<string, [number, string, string?]> = {
  deleted: [200, page('视频去哪了呢？_哔哩哔哩_bilibili', '<div class="error-container">啊叻？视频不见了？</div>')],
  'deleted-state': [200, page('哔哩哔哩 (゜-゜)つロ 干杯~-bilibili', '<script>window.__INITIAL_STATE__={"error":{"trueCode":-404}}</script><div id="app"></div>')],
  video: [200, page('InstructGPT 论文精读_哔哩哔哩_bilibili', '<div id="app">视频</div>')],
  risk: [412, page('出错啦! - bilibili.com', '<div>由于触发哔哩哔哩安全风控策略，该次访问请求被拒绝。</div>')],
};
const BILIBILI_API: Record<string, string> = {
  ok: '{"code":0,"message":"0","ttl":1,"data":{"bvid":"BV1hd4y187CR"}}',
  deleted: '{"code":-404,"message":"啥都木有","ttl":1}',
  review: '{"code":62004,"message":"稿件审核中","ttl":1}',
};

const ZHIHU_MISSING = page('知乎 - 有问题，就会有答案', '<div class="ErrorPage"><h1>404</h1><p>你似乎来到了没有知识存在的荒原</p><a href="/">去往首页</a></div>');

/** Content codings the /compressed/:coding prefix applies to a response's body. */
const compression = new WeakMap<http.ServerResponse, string>();

function compress(coding: string, bytes: Buffer): Buffer {
  if (coding === 'gzip') return zlib.gzipSync(bytes);
  if (coding === 'deflate') return zlib.deflateSync(bytes);
  if (coding === 'deflate-raw') return zlib.deflateRawSync(bytes);
  if (coding === 'br') return zlib.brotliCompressSync(bytes);
  throw new Error(`unknown coding ${coding}`);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}): void {
  let bytes: Buffer = Buffer.from(body);
  const coding = compression.get(res);
  const extra: http.OutgoingHttpHeaders = {};
  if (coding && bytes.length > 0) {
    bytes = compress(coding, bytes);
    extra['content-encoding'] = coding === 'deflate-raw' ? 'deflate' : coding;
  }
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers, ...extra, 'content-length': bytes.length });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

// "该主题不存在或已被删除" in GBK and "此主題已不存在" in Big5 (bytes from iconv).
const LEGACY_NOTICES: Record<string, Buffer> = {
  gbk: Buffer.from('b8c3d6f7cce2b2bbb4e6d4dabbf2d2d1b1bbc9beb3fd', 'hex'),
  big5: Buffer.from('a6b9a544c344a477a4a3a673a662', 'hex'),
};

function legacyPage(charset: string, where: string): { body: Buffer; contentType: string } {
  const meta =
    where === 'meta' ? `<meta charset="${charset}">` : where === 'http-equiv' ? `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">` : '';
  const body = Buffer.concat([Buffer.from(`<!doctype html><html><head>${meta}<title>forum</title></head><body><div class="notice">`), LEGACY_NOTICES[charset]!, Buffer.from('</div></body></html>')]);
  return { body, contentType: where === 'header' ? `text/html; charset=${charset}` : 'text/html' };
}

export const BOMB_DECODED_BYTES = 1024 ** 3;
let bomb: Buffer | undefined;
/** A multi-member gzip stream: a short wall page, then 1024 members of 1 MiB of zeros each. */
function gzipBomb(): Buffer {
  if (!bomb) {
    const head = zlib.gzipSync(page('Just a moment...', '<p>Checking your browser before accessing.</p>'));
    const zeros = zlib.gzipSync(Buffer.alloc(1024 ** 2), { level: 9 });
    bomb = Buffer.concat([head, ...Array.from({ length: BOMB_DECODED_BYTES / 1024 ** 2 }, () => zeros)]);
  }
  return bomb;
}

function hugeBody(total: number, onChunk: (bytes: number) => void): Readable {
  const chunk = Buffer.alloc(64 * 1024, '<p>lorem ipsum dolor sit amet</p>\n');
  let produced = 0;
  return new Readable({
    read() {
      if (produced >= total) return void this.push(null);
      const piece = total - produced >= chunk.length ? chunk : chunk.subarray(0, total - produced);
      produced += piece.length;
      onChunk(piece.length);
      this.push(piece);
    },
  });
}

export async function startLinkServer(options: { addresses?: string[] } = {}): Promise<LinkServer> {
  const addresses = options.addresses ?? ['127.0.0.1'];
  const requests: RecordedRequest[] = [];
  const inFlight = new Map<string, number>();
  const peaks = new Map<string, number>();
  const bodyBytes = new Map<string, number>();
  const responsesSent: LinkServer['responsesSent'] = [];
  const onceSeen = new Set<string>();

  const handler: http.RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    requests.push({ method: req.method ?? 'GET', host, path: url.pathname + url.search, headers: req.headers, localAddress: req.socket.localAddress ?? '', receivedAt: Date.now() });
    for (const key of [host, ALL_HOSTS]) {
      const active = (inFlight.get(key) ?? 0) + 1;
      inFlight.set(key, active);
      peaks.set(key, Math.max(peaks.get(key) ?? 0, active));
    }
    let closed = false;
    res.on('close', () => {
      closed = true;
      for (const key of [host, ALL_HOSTS]) inFlight.set(key, (inFlight.get(key) ?? 1) - 1);
    });
    const origWriteHead = res.writeHead.bind(res);
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      responsesSent.push({ path: url.pathname + url.search, status, at: Date.now() });
      return (origWriteHead as (...a: unknown[]) => http.ServerResponse)(status, ...rest);
    }) as typeof res.writeHead;

    let parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'compressed') {
      compression.set(res, parts[1] ?? '');
      parts = parts.slice(2);
    }
    const [route, a, b] = parts;
    const isHead = req.method === 'HEAD';
    switch (route) {
      case 'ok':
      case 'echo':
        return send(res, 200, page('OK', '<p>ok</p>'));
      case 'status':
        return send(res, Number(a), page(`Status ${a}`, `<p>status ${a}</p>`));
      case 'delay': {
        const timer = setTimeout(() => !closed && send(res, 200, page('Slow', '<p>finally</p>')), Number(a));
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'redirect':
        return send(res, Number(a), '', { location: url.searchParams.get('to') ?? '/ok' });
      case 'chain': {
        const left = Number(b);
        const end = url.searchParams.get('end') ?? '/ok';
        const location = left > 1 ? `/chain/${a}/${left - 1}${url.search}` : end;
        return send(res, Number(a), '', { location });
      }
      case 'slowchain': {
        // /slowchain/MS/N: each of N hops answers a 302 after MS milliseconds, then /ok.
        const left = Number(b);
        const location = left > 1 ? `/slowchain/${a}/${left - 1}` : '/ok';
        const timer = setTimeout(() => !closed && send(res, 302, '', { location }), Number(a));
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'loop':
        return send(res, 302, '', { location: a === 'a' ? '/loop/b' : '/loop/a' });
      case 'once': {
        const key = `${a}/${b}`;
        if (onceSeen.has(key)) return send(res, 200, page('OK', '<p>second time</p>'));
        onceSeen.add(key);
        const retryAfter = url.searchParams.get('retry-after');
        return send(res, Number(a), page('Busy', '<p>try later</p>'), retryAfter ? { 'retry-after': retryAfter } : {});
      }
      case 'head':
        return isHead ? send(res, Number(a), '') : send(res, 200, page('OK', '<p>GET works</p>'));
      case 'cloudflare':
        return send(res, 403, page('Just a moment...', '<p>Checking your browser before accessing.</p>'), { 'cf-mitigated': 'challenge', server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f-SJC' });
      case 'cloudflare-title':
        return send(res, 503, page('Just a moment...', '<p>Enable JavaScript and cookies to continue</p>'), { server: 'cloudflare' });
      case 'huge': {
        const total = Number(a);
        const path = url.pathname;
        bodyBytes.set(path, 0);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': total });
        if (isHead) return void res.end();
        const body = hugeBody(total, (n) => bodyBytes.set(path, (bodyBytes.get(path) ?? 0) + n));
        res.on('close', () => body.destroy());
        body.pipe(res);
        return;
      }
      case 'cookie-gate':
      case 'cookie-gate-broken':
      case 'cookie-hop': {
        const name = a ?? 'consent';
        const passed = new RegExp(`(?:^|;\\s*)${name}=yes(?:;|$)`).test(req.headers.cookie ?? '');
        if (route === 'cookie-gate' && passed) return send(res, 200, page('Welcome', '<p>the page behind the gate</p>'));
        const location = route === 'cookie-hop' ? (url.searchParams.get('to') ?? '/ok') : url.pathname + url.search;
        return send(res, 302, '', { location, 'set-cookie': `${name}=yes; Path=/; HttpOnly` });
      }
      case 'self':
        return send(res, 302, '', { location: url.pathname + url.search });
      case 'legacy': {
        const { body, contentType } = legacyPage(a ?? 'gbk', b ?? 'header');
        return send(res, 200, body, { 'content-type': contentType });
      }
      case 'bomb': {
        const data = gzipBomb();
        const path = url.pathname;
        bodyBytes.set(path, 0);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': data.length });
        if (isHead) return void res.end();
        let at = 0;
        const body = new Readable({
          read() {
            if (at >= data.length) return void this.push(null);
            const piece = data.subarray(at, at + 16 * 1024);
            at += piece.length;
            bodyBytes.set(path, at);
            this.push(piece);
          },
        });
        res.on('close', () => body.destroy());
        body.pipe(res);
        return;
      }
      case 'wechat': {
        const html = WECHAT[a ?? ''];
        return html ? send(res, 200, html) : send(res, 404, page('404', ''));
      }
      case 'bilibili': {
        if (a === 'api') {
          const json = BILIBILI_API[b ?? ''];
          return json ? send(res, 200, json, { 'content-type': 'application/json; charset=utf-8' }) : send(res, 404, '');
        }
        const entry = BILIBILI[a ?? ''];
        return entry ? send(res, entry[0], entry[1]) : send(res, 404, page('404', ''));
      }
      case 'zhihu':
        switch (a) {
          case 'missing':
            return send(res, 404, ZHIHU_MISSING);
          case 'missing-200':
            return send(res, 200, ZHIHU_MISSING);
          case 'deleted-answer':
            return send(res, 200, page('知乎', '<div class="ContentItem">该回答已被删除</div>'));
          case 'unhuman':
            return send(res, 302, '', { location: '/account/unhuman?type=unhuman&need_login=false' });
          case 'article':
            return send(res, 200, page('ChatGPT/InstructGPT详解 - 知乎', `<article>${LONG_ARTICLE_TEXT}你似乎来到了没有知识存在的荒原</article>`));
        }
        return send(res, 404, ZHIHU_MISSING);
      default:
        return send(res, 404, page('Not Found', '<p>no such route</p>'));
    }
  };

  const servers: http.Server[] = [];
  const listen = (server: http.Server, address: string, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, address, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const closeAll = () =>
    Promise.all(
      servers.splice(0).map(
        (s) =>
          new Promise<void>((resolve) => {
            s.closeAllConnections();
            s.close(() => resolve());
          }),
      ),
    );

  let port = 0;
  for (let tries = 0; ; tries++) {
    try {
      for (const address of addresses) {
        const server = http.createServer({ keepAliveTimeout: 5000 }, handler);
        servers.push(server);
        port = await listen(server, address, port);
      }
      break;
    } catch (e) {
      await closeAll();
      port = 0;
      if (tries >= 5) throw e;
    }
  }

  return {
    port,
    addresses,
    url: (path, host = addresses[0]!) => `http://${host}:${port}${path}`,
    requests,
    requestsTo: (host) => requests.filter((r) => r.host === host.toLowerCase()),
    peakConcurrency: (host) => peaks.get(host?.toLowerCase() ?? ALL_HOSTS) ?? 0,
    bodyBytes,
    responsesSent,
    reset() {
      requests.length = 0;
      responsesSent.length = 0;
      peaks.clear();
      bodyBytes.clear();
      onceSeen.clear();
    },
    close: async () => {
      await closeAll();
    },
  };
}
