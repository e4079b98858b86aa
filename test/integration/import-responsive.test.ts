import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../src/server/export/export.service.js';
import { exportFile } from '../support/export-file.js';
import { Client, startTestApp, type TestApp } from './harness.js';

/**
 * The server keeps answering while one person imports the largest file allowed, and while a large
 * export streams out. Before, a 100k-entry import held the event loop for about 7 s (and a 163 MB FHIR
 * export 2.9 s). The target is 100 ms; on a 2-core machine that other tests (and other people's
 * processes) share, a process can be kept off the CPU for a few hundred ms whatever it does, so the
 * test bounds the 90th percentile and the worst answer: both far below what a blocking import costs.
 */
const P90_BOUND_MS = 250;
const MAX_BOUND_MS = 1500;
const TARGET_MS = 100;

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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

function expectResponsive(what: string, values: number[]): void {
  const sorted = [...values].sort((a, b) => a - b);
  const figures = {
    n: sorted.length,
    p50: Math.round(percentile(sorted, 0.5)),
    p90: Math.round(percentile(sorted, 0.9)),
    max: Math.round(sorted[sorted.length - 1]!),
    withinTarget: `${Math.round((100 * sorted.filter((v) => v <= TARGET_MS).length) / sorted.length)}% within ${TARGET_MS} ms`,
  };
  console.log(`${what}; /healthz during it:`, figures);
  expect(sorted.length).toBeGreaterThan(5);
  expect(figures.p90).toBeLessThan(P90_BOUND_MS);
  expect(figures.max).toBeLessThan(MAX_BOUND_MS);
}

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

  it(`/healthz keeps answering while ${IMPORT_LIMITS.entriesPerAccount} entries are imported`, async () => {
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
    expectResponsive(`import of ${IMPORT_LIMITS.entriesPerAccount} entries (${(body.length / 1024 / 1024).toFixed(1)} MiB) took ${took} ms`, latencies);
  }, 180_000);

  for (const path of ['/api/export/json', '/api/export/fhir', '/api/export/diary.csv']) {
    it(`/healthz keeps answering while ${path} streams ${IMPORT_LIMITS.entriesPerAccount} entries`, async () => {
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
      expect(bytes).toBeGreaterThan(IMPORT_LIMITS.entriesPerAccount * 100);
      expectResponsive(`${path}: ${(bytes / 1024 / 1024).toFixed(1)} MiB`, latencies);
    }, 180_000);
  }
});
