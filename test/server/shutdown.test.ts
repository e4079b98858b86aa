import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { deskWorkerIntake, testServer } from './support.js';

const MAIN = fileURLToPath(new URL('../../dist/server/main.js', import.meta.url));

describe('graceful shutdown', () => {
  it('lets a request in flight finish when the server closes', async () => {
    let markStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const app = testServer({}, {
      features: [
        {
          name: 'slow',
          plugin: async (api: FastifyInstance) => {
            api.get('/slow', async () => {
              markStarted();
              await new Promise((resolve) => setTimeout(resolve, 300));
              return { done: true };
            });
          },
        },
      ],
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const inFlight = fetch(`${address}/api/slow`);
    await started;
    await app.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
  });
});

// The production server opens its own SQLite database: keep it away from the developer's ./data.
const dataDir = mkdtempSync(join(tmpdir(), 'backrub-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// A test that fails before its SIGTERM must not leave a server running after the suite.
const started = new Set<ChildProcess>();
afterEach(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  started.clear();
});

/** Runs the built server as `npm start` does, and collects its output. */
function runMain(env: Record<string, string>) {
  expect(existsSync(MAIN), 'dist/server/main.js is missing: run `npm run build` (npm test does)').toBe(true);
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', WEB_ROOT: '/nonexistent', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /backrub is ready at (http:\/\/\S+?)"/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    exited.then((code) => reject(new Error(`exited with ${code} before ready: ${stderr}`)));
  });
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

describe('node dist/server/main.js', () => {
  it('serves, then exits with code 0 on SIGTERM, logging structured JSON lines', async () => {
    const server = runMain({ LOG_LEVEL: 'info' });
    const url = await server.ready;
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    const port = new URL(url).port;
    const response = await fetch(`http://127.0.0.1:${port}/api/assess`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(deskWorkerIntake),
    });
    expect(response.status).toBe(200);
    // Log lines are buffered (decision 0107): a quiet server must still write a request's line while it
    // runs, not hold it until the process ends.
    const waitedFrom = Date.now();
    while (!server.output().stdout.includes('"msg":"request completed"') && Date.now() - waitedFrom < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(server.output().stdout).toContain('"msg":"request completed"');
    expect(Date.now() - waitedFrom).toBeLessThan(3000);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // "server closed" is logged after the server has closed, so only the flush at exit writes it.
    const lines = server.output().stdout.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; level: number });
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['shutting down: finishing requests in flight', 'server closed']));
    // A clean start and stop: nothing at error level (pino 50+) and nothing on stderr.
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(server.output().stderr).toBe('');
    // Health data must never reach the logs.
    expect(server.output().stdout).not.toContain('desk-posture');
  });

  it('still exits on SIGTERM when nothing reads its log any more', async () => {
    const server = runMain({ LOG_LEVEL: 'info' });
    const url = await server.ready;
    server.child.stdout.destroy();
    // Lines logged after the reader has gone: the buffer holds them until exit, where the write fails.
    expect((await fetch(`${url.replace('localhost', '127.0.0.1')}/healthz`)).status).toBe(200);
    server.child.kill('SIGTERM');
    const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 5000))]);
    expect(code).toBe(0);
  });

  it('exits with code 1 and says so when the port is taken, instead of hanging', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address() as AddressInfo;
      const server = runMain({ PORT: String(port) });
      server.ready.catch(() => {});
      expect(await server.exited).toBe(1);
      expect(server.output().stderr).toContain('the port is already in use');
    } finally {
      blocker.close();
    }
  });

  it('exits with code 1 and names the variable when the configuration is wrong', async () => {
    const server = runMain({ PORT: 'eighty' });
    server.ready.catch(() => {});
    expect(await server.exited).toBe(1);
    expect(server.output().stderr).toContain('PORT must be a whole number');
  });
});
