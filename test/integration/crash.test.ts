import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_SERVER_MAIN as MAIN, killed, session, startBuiltServer as startServer } from '../support/built-server.js';

describe('crash safety: SIGKILL in the middle of a stream of diary writes (SQLite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'backrub-crash-'));
  const children: ChildProcess[] = [];
  afterAll(async () => {
    await Promise.all(children.map(killed));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every write that was answered with a success', async () => {
    expect(existsSync(MAIN), 'dist/server/main.js is missing: run `npm run build` (npm test does)').toBe(true);
    const first = await startServer(dataDir);
    children.push(first.child);
    const credentials = { email: 'crash@example.org', password: 'survives any sudden stop' };
    const { cookie, csrfToken } = await session(first.url, '/api/auth/signup', credentials);

    const acknowledged: string[] = [];
    let attempted = 0;
    let stop = false;
    const writer = async (lane: number) => {
      for (let i = 0; !stop; i++) {
        const marker = `lane-${lane}-write-${i}`;
        attempted += 1;
        try {
          const response = await fetch(`${first.url}/api/diary/entries`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
            body: JSON.stringify({ occurredAt: new Date(Date.UTC(2025, 0, 1) + attempted * 60_000).toISOString(), painBefore: i % 11, painAfter: (i + 3) % 11, techniques: ['tennis-ball'], notes: marker }),
          });
          if (response.status === 201) acknowledged.push(marker);
          else await response.body?.cancel();
        } catch {
          return; // the server is gone: this write's outcome is unknown, and that is allowed
        }
      }
    };
    const lanes = Array.from({ length: 8 }, (_, lane) => writer(lane));
    // Kill once a good number of writes were acknowledged, with more in flight.
    while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    await killed(first.child);
    stop = true;
    await Promise.all(lanes);
    const acked = [...acknowledged];

    const second = await startServer(dataDir);
    children.push(second.child);
    const again = await session(second.url, '/api/auth/signin', credentials);
    const exported = await fetch(`${second.url}/api/export/json`, { headers: { cookie: again.cookie } });
    expect(exported.status).toBe(200);
    const notes = new Set(((await exported.json()) as { entries: { notes: string }[] }).entries.map((e) => e.notes));
    const lost = acked.filter((marker) => !notes.has(marker));
    expect(lost, `${lost.length} of ${acked.length} acknowledged writes were lost`).toEqual([]);
    expect(notes.size).toBeGreaterThanOrEqual(acked.length);
    expect(notes.size).toBeLessThanOrEqual(attempted);
    await killed(second.child);
  }, 60_000);
});
