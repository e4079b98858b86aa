import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// The built server (`node dist/server/main.js`) as a child process, for the tests that kill it with
// SIGKILL and start it again on the same data: crash safety of diary writes and of imports.

export const BUILT_SERVER_MAIN = fileURLToPath(new URL('../../dist/server/main.js', import.meta.url));

/** Starts the built server on SQLite in `dataDir` and resolves with its base URL once it is ready. */
export function startBuiltServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BUILT_SERVER_MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', WEB_ROOT: '/nonexistent', DATA_DIR: dataDir, LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk;
      const match = /backrub is ready at http:\/\/localhost:(\d+)/.exec(stdout);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before it was ready: ${stderr}`)));
  });
}

/** SIGKILL: no shutdown hooks, no flushing; resolves once the process is gone. */
export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Signs up or in over HTTP and returns the session cookie and CSRF token. */
export async function session(url: string, path: string, body: unknown) {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
