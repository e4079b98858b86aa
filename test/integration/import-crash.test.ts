import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_SERVER_MAIN as MAIN, killed, session, startBuiltServer as startServer } from '../support/built-server.js';
import { exportFile } from '../support/export-file.js';


const waitFor = async (condition: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
};

type KillPoint = 'mid-transaction' | 'first-visible-entry';

/**
 * Imports a file into a fresh account on the built server and SIGKILLs it at `killAt`:
 * - mid-transaction: once the WAL has grown by 1 MiB (the import is writing);
 * - first-visible-entry: as soon as another connection can see any imported entry (before, entries
 *   committed on their own and check-ins later, so a kill here left entries without check-ins).
 * Returns what the account holds after a restart, and the server's answer the client saw.
 */
async function importAndKill(killAt: KillPoint, entries: number, checkIns: number, children: ChildProcess[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'backrub-import-crash-'));
  try {
    const first = await startServer(dataDir);
    children.push(first.child);
    const credentials = { email: 'import-crash@example.org', password: 'survives a crash' };
    const { cookie, csrfToken } = await session(first.url, '/api/auth/signup', credentials);
    const body = JSON.stringify(exportFile(entries, { checkIns }));

    const wal = join(dataDir, 'backrub.db-wal');
    const walBytes = () => (existsSync(wal) ? statSync(wal).size : 0);
    const before = walBytes();
    const reader = new SQLite(join(dataDir, 'backrub.db'), { readonly: true });
    const visibleEntries = () => (reader.prepare('select count(*) as n from diary_entries').get() as { n: number }).n;
    const importing = fetch(`${first.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body }).then(
      (r) => r.status,
      () => 'connection lost' as const,
    );
    await waitFor(killAt === 'mid-transaction' ? () => walBytes() > before + 1024 * 1024 : () => visibleEntries() > 0, 60_000);
    first.child.kill('SIGKILL');
    await killed(first.child);
    reader.close();
    const outcome = await importing;

    const second = await startServer(dataDir);
    children.push(second.child);
    const again = await session(second.url, '/api/auth/signin', credentials);
    const exported = await fetch(`${second.url}/api/export/json`, { headers: { cookie: again.cookie } });
    const data = (await exported.json()) as { entries: unknown[]; checkIns: unknown[] };
    const stored = { entries: data.entries.length, checkIns: data.checkIns.length };
    console.log(`import killed at ${killAt} (client saw: ${outcome}); after restart the account holds`, stored);

    // The same file again on the restarted server completes the account, whatever survived.
    const retry = await fetch(`${second.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: again.cookie, 'x-csrf-token': again.csrfToken }, body });
    expect(retry.status).toBe(200);
    const retried = ((await retry.json()) as { imported: { entries: number } }).imported.entries;
    await killed(second.child);
    return { stored, outcome, retried };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('crash safety: SIGKILL in the middle of an import (SQLite)', () => {
  const children: ChildProcess[] = [];
  afterAll(async () => {
    await Promise.all(children.map(killed));
  });
  const entries = 10_000;
  const checkIns = 2_000;
  const nothing = { entries: 0, checkIns: 0 };
  const everything = { entries, checkIns };

  it('killed while the import writes: after restart the account holds none of the file', async () => {
    expect(existsSync(MAIN), 'dist/server/main.js is missing: run `npm run build` (npm test does)').toBe(true);
    const { stored, retried } = await importAndKill('mid-transaction', entries, checkIns, children);
    expect(stored).toEqual(nothing);
    expect(retried).toBe(entries);
  }, 120_000);

  it('killed the moment any imported entry is visible: the account holds all of it, check-ins included', async () => {
    const { stored, retried } = await importAndKill('first-visible-entry', entries, checkIns, children);
    expect(stored).toEqual(everything);
    expect(retried).toBe(0);
  }, 120_000);
});
