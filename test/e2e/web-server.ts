import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

// Serves dist/web for the browser tests: with the real Fastify server when it is built (so its CSP,
// SPA fallback and /api/config are part of the test), else with a tiny static server that sends the
// same strict CSP, so an inline script or style still fails the suite.

const root = resolve(import.meta.dirname, '../..');
const webRoot = join(root, 'dist/web');

export interface RunningServer {
  url: string;
  kind: 'backrub server' | 'static';
  close: () => Promise<void>;
}

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'; worker-src 'self'; manifest-src 'self'";

/** `env` adds settings, e.g. `{ REGION: 'uk' }`; the static fallback has no settings (and no /api). */
export async function startWebServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first.');
  const startModule = join(root, 'dist/server/start.js');
  const appModule = join(root, 'dist/server/app.js');
  const configModule = join(root, 'dist/server/config.js');
  if (existsSync(appModule) && existsSync(configModule)) {
    const { loadConfig } = (await import(configModule)) as { loadConfig: (env: Record<string, string>) => unknown };
    const dataDir = mkdtempSync(join(tmpdir(), 'backrub-e2e-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, WEB_ROOT: webRoot, RATE_LIMIT_MAX: '0', ...env });
    const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
    if (existsSync(startModule)) {
      // The same server as `npm start`, with every feature (accounts, diary) mounted.
      const { startServer } = (await import(startModule)) as {
        startServer: (c: unknown, o: object) => Promise<{ url: string; close: () => Promise<void> }>;
      };
      const running = await startServer(config, { logger: false, handleSignals: false });
      return {
        url: running.url.replace('localhost', '127.0.0.1'),
        kind: 'backrub server',
        close: async () => {
          await running.close();
          cleanUp();
        },
      };
    }
    const { buildServer } = (await import(appModule)) as { buildServer: (c: unknown, o?: unknown) => FastifyLike };
    const app = buildServer(config, { logger: false });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      url: address.replace('localhost', '127.0.0.1'),
      kind: 'backrub server',
      close: async () => {
        await app.close();
        cleanUp();
      },
    };
  }
  return startStaticServer();
}

interface FastifyLike {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json',
};

async function startStaticServer(): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    res.setHeader('content-security-policy', STRICT_CSP);
    if (path.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"not_found","message":"no API here"}}');
      return;
    }
    let file = resolve(webRoot, `.${path}`);
    if (!file.startsWith(webRoot) || !existsSync(file) || statSync(file).isDirectory()) file = join(webRoot, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, kind: 'static', close: () => new Promise((ok) => server.close(() => ok())) };
}
