#!/usr/bin/env node
// A small static file server for the web build (used by ./run and the browser tests).
//   node scripts/serve.mjs DIR [PORT] [HOST]
// Serves DIR with the right types for .wasm and .webmanifest; the service worker and the page
// are never cached by the browser's HTTP cache, so a new build is always seen.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain',
};

export function serve(dir, port = 8080, host = '127.0.0.1', prefix = '/') {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
      path = path.slice(prefix.length - 1);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end('forbidden'); return; }
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const type = TYPES[extname(file)] || 'application/octet-stream';
      const noCache = file.endsWith('.html') || file.endsWith('sw.js');
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': noCache ? 'no-cache' : 'max-age=0, must-revalidate' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port = process.env.PORT || '8080', host = process.env.HOST || '127.0.0.1'] = process.argv.slice(2);
  if (!dir) { console.error('usage: serve.mjs DIR [PORT] [HOST]'); process.exit(2); }
  serve(dir, Number(port), host).then(
    () => console.log(`Failsafe is served at http://localhost:${port}/  (Ctrl-C stops it)`),
    (e) => { console.error(`serve: cannot listen on ${host}:${port}: ${e.message}`); process.exit(1); });
}
