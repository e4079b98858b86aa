import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Serves the browser tests with the real server only, the same as `npm start` (every feature mounted,
// SQLite in a fresh temporary DATA_DIR): its CSP, SPA fallback and API are part of every test. There is
// no static stand-in, so a copied CSP can never drift from the real one. BACKRUB_DIST points at another build.

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(process.env['BACKRUB_DIST'] ?? join(root, 'dist'));

export interface RunningServer {
  url: string;
  /** Kept for suites that check it; always the real server now. */
  kind: 'backrub server';
  /** The server's data folder (deleted on close). */
  dataDir: string;
  close: () => Promise<void>;
}

/** `env` adds settings, e.g. `{ REGION: 'uk' }`. */
export async function startWebServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const webRoot = join(dist, 'web');
  const startModule = join(dist, 'server/start.js');
  if (!existsSync(join(webRoot, 'index.html')) || !existsSync(startModule)) {
    throw new Error(`${dist} has no built server and web app: run \`npm run build\` first.`);
  }
  const { loadConfig } = (await import(join(dist, 'server/config.js'))) as { loadConfig: (env: Record<string, string>) => unknown };
  const { startServer } = (await import(startModule)) as {
    startServer: (c: unknown, o: object) => Promise<{ url: string; close: () => Promise<void> }>;
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'backrub-e2e-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, WEB_ROOT: webRoot, RATE_LIMIT_MAX: '0', ...env });
  const running = await startServer(config, { logger: false, handleSignals: false });
  return {
    url: running.url.replace('localhost', '127.0.0.1'),
    kind: 'backrub server',
    dataDir,
    close: async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
