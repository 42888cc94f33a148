// `npm run serve`: the built demo site on 127.0.0.1 only. A small static server (no network, no dependencies):
// /demo/* from dist/demo, /widget/* from dist/widget; / goes to the demo's index.
// Port: $PORT, else 4173; if taken, the next free one. Prints the URL.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export function createDemoServer() {
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let pathname = decodeURIComponent(url.pathname);
      if (pathname === '/' || pathname === '/demo' || pathname === '/demo/') pathname = '/demo/index.html';
      if (!pathname.startsWith('/demo/') && !pathname.startsWith('/widget/')) return send(res, 404, 'not found');
      const file = path.resolve(dist, '.' + pathname);
      if (!file.startsWith(dist + path.sep)) return send(res, 403, 'forbidden');
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return send(res, 404, 'not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 500, 'error');
    }
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** Listens on 127.0.0.1, trying the next ports when one is taken. Resolves with the base URL. */
export function listen(server, port) {
  return new Promise((resolve, reject) => {
    const attempt = (p, left) => {
      server.once('error', (err) => {
        if (err.code === 'EADDRINUSE' && left > 0) attempt(p + 1, left - 1);
        else reject(err);
      });
      server.listen(p, '127.0.0.1', () => {
        const addr = server.address();
        resolve(`http://127.0.0.1:${addr.port}`);
      });
    };
    attempt(port, port === 0 ? 0 : 20);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const missing = await stat(path.join(dist, 'widget/ezone-subsidy-calculator.js')).catch(() => undefined);
  if (!missing) console.warn('dist/widget/ezone-subsidy-calculator.js is missing: run `npm run build` first.');
  const server = createDemoServer();
  const base = await listen(server, Number(process.env.PORT ?? 4173));
  console.log(`Demo site: ${base}/demo/`);
  console.log(`  district page (中文): ${base}/demo/gov.html`);
  console.log(`  bank page (English):  ${base}/demo/bank.html`);
  console.log('Press Ctrl+C to stop.');
}
