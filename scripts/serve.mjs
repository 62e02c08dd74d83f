#!/usr/bin/env node
// A small static file server for the web build (used by ./run and the browser tests).
//   node scripts/serve.mjs DIR [PORT] [HOST]
//   node scripts/serve.mjs --compress DIR ...   compresses as static hosts do (brotli or gzip)
// Serves DIR with the right types for .wasm and .webmanifest; the service worker and the page
// are never cached by the browser's HTTP cache, so a new build is always seen.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain',
};

// What static hosts compress: text and wasm, not the (already compressed) images.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

// The body in the best encoding the request accepts (brotli, then gzip), each made once per
// version of the file, the way a host serves precompressed files.
function encoder() {
  const made = new Map();  // file -> { version, br, gzip }
  return (file, info, body, accept) => {
    const version = `${info.mtimeMs}:${info.size}`;
    let entry = made.get(file);
    if (!entry || entry.version !== version) made.set(file, entry = { version });
    // "gzip, deflate, br" or "br;q=1.0, gzip;q=0.5": a coding is accepted unless its q is 0.
    const accepted = new Set(accept.split(',').map((part) => part.trim().split(/\s*;\s*/))
      .filter(([, q]) => !q || Number(q.replace(/^q=/, '')) > 0).map(([name]) => name.toLowerCase()));
    if (accepted.has('br')) {
      entry.br ??= brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
      return { encoding: 'br', body: entry.br };
    }
    if (accepted.has('gzip')) return { encoding: 'gzip', body: entry.gzip ??= gzipSync(body, { level: 9 }) };
    return { encoding: null, body };
  };
}

// `compress`: answer with a brotli or gzip body when the request accepts one.
export function serve(dir, port = 8080, host = '127.0.0.1', prefix = '/', { compress = false } = {}) {
  const root = resolve(dir);
  const encode = compress ? encoder() : null;
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
      let body = await readFile(file);
      const type = TYPES[extname(file)] || 'application/octet-stream';
      const noCache = file.endsWith('.html') || file.endsWith('sw.js');
      const headers = { 'Content-Type': type, 'Cache-Control': noCache ? 'no-cache' : 'max-age=0, must-revalidate' };
      if (encode && COMPRESSIBLE.has(extname(file))) {
        const encoded = encode(file, info, body, String(req.headers['accept-encoding'] || ''));
        headers.Vary = 'Accept-Encoding';
        if (encoded.encoding) headers['Content-Encoding'] = encoded.encoding;
        body = encoded.body;
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
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
  const args = process.argv.slice(2);
  const compress = args[0] === '--compress';
  if (compress) args.shift();
  const [dir, port = process.env.PORT || '8080', host = process.env.HOST || '127.0.0.1'] = args;
  if (!dir) { console.error('usage: serve.mjs [--compress] DIR [PORT] [HOST]'); process.exit(2); }
  serve(dir, Number(port), host, '/', { compress }).then(
    () => console.log(`Failsafe is served at http://localhost:${port}/  (Ctrl-C stops it)`),
    (e) => { console.error(`serve: cannot listen on ${host}:${port}: ${e.message}`); process.exit(1); });
}
