// A loopback HTTP server for page-facts tests: serves the pages of ../support/fact-pages.ts by
// path, whatever Host header a test sends through `links.resolve`, optionally compressed.
//   /wechat, /bilibili, /zhihu, /jsonld, /og, /title   the fact pages (text/html; charset=utf-8)
//   /gzip/NAME, /br/NAME, /deflate/NAME               the same page, compressed with that encoding
//   /gbk                                              a <title>-only page encoded as GBK
//   /late/:padding                                    facts after that many bytes (streamed; bytes counted)
//   /gone                                             404
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { BILIBILI_VIDEO, factsAfter, JSON_LD_BLOG, OPEN_GRAPH_ONLY, TITLE_ONLY, WECHAT_ARTICLE, ZHIHU_ARTICLE } from './fact-pages.js';

export const PAGES: Record<string, string> = {
  wechat: WECHAT_ARTICLE,
  bilibili: BILIBILI_VIDEO,
  zhihu: ZHIHU_ARTICLE,
  jsonld: JSON_LD_BLOG,
  og: OPEN_GRAPH_ONLY,
  title: TITLE_ONLY,
};

// "中文标题" in GBK.
const GBK_TITLE = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xea, 0xcc, 0xe2]);

export interface PagesServer {
  url(path: string, host: string): string;
  /** Body bytes written per path. */
  readonly sent: Map<string, number>;
  readonly methods: string[];
  close(): Promise<void>;
}

export async function startPagesServer(address = '127.0.0.1'): Promise<PagesServer> {
  const sent = new Map<string, number>();
  const methods: string[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    methods.push(`${req.method} ${path}`);
    const count = (n: number) => sent.set(path, (sent.get(path) ?? 0) + n);
    const [, first, second] = path.split('/');
    if (first === 'late') {
      const html = factsAfter(Number(second));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      let at = 0;
      const pump = () => {
        while (at < html.length) {
          const chunk = html.slice(at, at + 16_384);
          at += chunk.length;
          count(chunk.length);
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (at = html.length));
      pump();
      return;
    }
    if (first === 'gbk') {
      const body = Buffer.concat([Buffer.from('<html><head><title>'), GBK_TITLE, Buffer.from('</title></head><body></body></html>')]);
      res.writeHead(200, { 'content-type': 'text/html; charset=gbk', 'content-length': body.length });
      res.end(body);
      return;
    }
    const encoding = first === 'gzip' || first === 'br' || first === 'deflate' ? first : undefined;
    const page = PAGES[encoding ? second! : first!];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<title>Not found</title>');
      return;
    }
    const raw = Buffer.from(page);
    const body = encoding === 'gzip' ? zlib.gzipSync(raw) : encoding === 'br' ? zlib.brotliCompressSync(raw) : encoding === 'deflate' ? zlib.deflateSync(raw) : raw;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, ...(encoding ? { 'content-encoding': encoding } : {}) });
    count(body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path, host) => `http://${host}:${port}${path}`,
    sent,
    methods,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
