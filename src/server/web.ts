import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the built web app (Vite output in `webRoot`) with cache headers that match how it is built:
 * files under /assets/ carry a content hash in their name, so they never change and may be cached for
 * a year; index.html, the service worker and the manifest must be re-checked on every load, or an
 * update would never reach people.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=3600';

const ALWAYS_REVALIDATE = new Set(['index.html', 'sw.js', 'manifest.webmanifest']);

export function cacheControlFor(relativePath: string): string {
  const path = relativePath.split(sep).join('/');
  if (path.startsWith('assets/')) return IMMUTABLE;
  if (ALWAYS_REVALIDATE.has(path)) return REVALIDATE;
  return SHORT;
}

export function registerWebApp(app: FastifyInstance, webRoot: string): void {
  app.register(fastifyStatic, {
    root: webRoot,
    // Look files up per request, so a `vite build` after start-up is picked up without a restart.
    wildcard: true,
    index: ['index.html'],
    // The build writes x.js.br and x.js.gz beside each hashed asset (vite.config.ts): sent as they
    // are to browsers that accept them, so no CPU goes to compressing the same file again and again.
    preCompressed: true,
    cacheControl: false,
    serveDotFiles: false,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlFor(relative(webRoot, filePath)));
    },
  });
}

/**
 * Client-side routes (/results, /techniques/swedish, ...) have no file: a GET for a path outside /api
 * without a file extension gets index.html and the app routes it. A missing /assets/x.js stays a 404,
 * so a stale page does not receive HTML in place of a script.
 */
export function isAppRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  if (path === '/api' || path.startsWith('/api/')) return false;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return !lastSegment.includes('.');
}

export function sendAppShell(reply: FastifyReply, webRoot: string): FastifyReply {
  if (existsSync(join(webRoot, 'index.html'))) {
    return reply.header('cache-control', REVALIDATE).sendFile('index.html');
  }
  return reply
    .code(503)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(notBuiltPage(webRoot));
}

// Plain HTML with no inline script or style, so it passes the same CSP as the app.
function notBuiltPage(webRoot: string): string {
  const escaped = webRoot.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>backrub: web app not built</title></head>
<body>
<h1>The backrub web app has not been built yet</h1>
<p>The server is running, but there is no web app in <code>${escaped}</code>.</p>
<p>Run <code>npm run build</code> (or start with <code>npm start</code>, which builds first), then reload this page.</p>
<p>The API works already: see <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>
`;
}
