/**
 * A minimal static host for tests: serves a folder the way GitHub Pages or
 * Netlify would (directory index.html, 404.html for unknown paths, gzip for
 * text), under an optional base path. Usage: node tests/serve.ts dist 4391 [/explainer/]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4391);
const base = process.argv[4] ?? process.env.BASE ?? '/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

async function file(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return path;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  // "//x" would parse as a host: read every request target as a path, and answer a bad one with 400.
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(`http://localhost/${(req.url ?? '/').replace(/^\/+/, '')}`).pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
    return;
  }
  if (!pathname.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not under base');
    return;
  }
  const asked = pathname;
  pathname = '/' + pathname.slice(base.length);
  const target = resolve(join(root, pathname));
  if (target !== root && !target.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (!extname(pathname) && !pathname.endsWith('/')) {
    const dir = await file(join(target, 'index.html'));
    if (dir) {
      res.writeHead(301, { Location: `${encodeURI(asked)}/` }).end();
      return;
    }
  }
  const found = await file(target);
  const send = (status: number, type: string, body: Buffer) => {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|xml|svg|javascript/.test(type);
    res.writeHead(status, { 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(gzip ? gzipSync(body) : body);
  };
  if (found) {
    send(200, TYPES[extname(found)] ?? 'application/octet-stream', await readFile(found));
    return;
  }
  const notFound = await file(join(root, '404.html'));
  send(404, 'text/html; charset=utf-8', notFound ? await readFile(notFound) : Buffer.from('Not found'));
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
