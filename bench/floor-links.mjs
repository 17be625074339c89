// Bench reference row, the floor for link checking in JS: a minimal undici script that reads the
// file, pulls out every http(s) link with one regex, and sends one keep-alive HEAD per link through
// one undici Agent, 4 requests at a time per host (the politeness limit tracker-bot keeps). No
// redirects, retries, judging or safety checks. Prints how many answered 2xx.
// Usage: node bench/floor-links.mjs FILE
import { readFileSync } from 'node:fs';
import { Agent } from 'undici';

const PER_HOST = 4;
const text = readFileSync(process.argv[2], 'utf8');
const byHost = new Map();
for (const match of text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) {
  const url = new URL(match[1]);
  if (!byHost.has(url.host)) byHost.set(url.host, []);
  byHost.get(url.host).push(url);
}
const agent = new Agent({ connections: PER_HOST });
let ok = 0;
async function worker(queue) {
  for (let url = queue.shift(); url; url = queue.shift()) {
    const res = await agent.request({ origin: url.origin, path: url.pathname + url.search, method: 'HEAD', reset: false });
    await res.body.dump();
    if (res.statusCode >= 200 && res.statusCode < 300) ok++;
  }
}
await Promise.all([...byHost.values()].flatMap((queue) => Array.from({ length: PER_HOST }, () => worker(queue))));
await agent.close();
process.stdout.write(`${JSON.stringify({ alive: ok })}\n`);
