import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../src/server/export/export.service.js';
import { exportFile } from '../support/export-file.js';
import { Client, startTestApp, type TestApp } from './harness.js';

/**
 * The server keeps answering while one person imports the largest file allowed, and while a large
 * export streams out. Before, a 100k-entry import held the event loop for about 7 s. The bound is
 * generous for a shared 2-core machine, but far below what a blocking import costs.
 */
const HEALTH_BOUND_MS = 400;

async function healthWhile(url: string, busy: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void busy.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    const response = await fetch(`${url}/healthz`);
    await response.body?.cancel();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await busy;
  return latencies;
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: Math.round(sorted[Math.floor(sorted.length / 2)]!), max: Math.round(sorted[sorted.length - 1]!) };
};

describe('the server stays responsive during a maximal import and a large export (SQLite)', () => {
  let t: TestApp;
  let url: string;
  let me: Client;
  beforeAll(async () => {
    t = await startTestApp({ name: 'sqlite', create: async () => (await import('./harness.js')).DIALECTS[0]!.create() });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
    me = await new Client(t.app).signUp();
  });
  afterAll(async () => t?.close());

  it(`/healthz answers within ${HEALTH_BOUND_MS} ms while ${IMPORT_LIMITS.entriesPerAccount} entries are imported`, async () => {
    const body = JSON.stringify(exportFile(IMPORT_LIMITS.entriesPerAccount, { checkIns: 1000 }));
    const started = performance.now();
    const importing = fetch(`${url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: me.cookie!, 'x-csrf-token': me.csrf! }, body }).then(async (r) => {
      expect(r.status, await r.clone().text()).toBe(200);
      return r.json();
    });
    const latencies = await healthWhile(url, importing);
    const result = await importing;
    const took = Math.round(performance.now() - started);
    expect(result.imported.entries).toBe(IMPORT_LIMITS.entriesPerAccount);
    console.log(`import of ${IMPORT_LIMITS.entriesPerAccount} entries (${(body.length / 1024 / 1024).toFixed(1)} MiB) took ${took} ms; /healthz during it:`, summary(latencies));
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies)).toBeLessThan(HEALTH_BOUND_MS);
  }, 180_000);

  for (const path of ['/api/export/json', '/api/export/fhir', '/api/export/diary.csv']) {
    it(`/healthz answers within ${HEALTH_BOUND_MS} ms while ${path} streams ${IMPORT_LIMITS.entriesPerAccount} entries`, async () => {
      let bytes = 0;
      const exporting = fetch(`${url}${path}`, { headers: { cookie: me.cookie! } }).then(async (r) => {
        expect(r.status).toBe(200);
        const reader = r.body!.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bytes += value.length;
        }
      });
      const latencies = await healthWhile(url, exporting);
      console.log(`${path}: ${(bytes / 1024 / 1024).toFixed(1)} MiB; /healthz during it:`, summary(latencies));
      expect(bytes).toBeGreaterThan(IMPORT_LIMITS.entriesPerAccount * 100);
      expect(Math.max(...latencies)).toBeLessThan(HEALTH_BOUND_MS);
    }, 180_000);
  }
});
