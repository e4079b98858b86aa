import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, sqliteFile } from '../../src/server/db/database.js';
import { inspectBackup } from '../../src/server/db/maintenance.js';
import { BIN } from '../cli/run.js';

/**
 * `backrub backup` on a database of over 200 MB that is written to 10 times a second: it must finish,
 * and a run killed half-way must leave nothing at the target name.
 */
const TARGET_BYTES = 200 * 1024 * 1024;
const WRITES_PER_SECOND = 10;

function runBackup(dataDir: string, file: string, killWhen?: () => boolean): Promise<{ code: number | null; signal: string | null; out: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'backup', file], { env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk));
    // Killed once the copy has started to be written (and is not finished).
    const watch = killWhen && setInterval(() => {
      if (killWhen()) child.kill('SIGKILL');
    }, 5);
    child.on('exit', () => watch && clearInterval(watch));
    child.on('exit', (code, signal) => resolve({ code, signal, out, ms: Math.round(performance.now() - started) }));
  });
}

describe('backrub backup under writes (SQLite, 200 MB)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'backrub-big-'));
  const work = mkdtempSync(join(tmpdir(), 'backrub-big-backups-'));
  let writer: SQLite.Database;
  let writes = 0;
  let timer: NodeJS.Timeout | undefined;

  beforeAll(async () => {
    const database = openDatabase({ dataDir });
    await migrateToLatest(database);
    await database.close();
    // Bulk-load in one transaction: 1,700 entries with 128 KB notes each.
    const bulk = new SQLite(sqliteFile({ dataDir }));
    bulk.pragma('journal_mode = WAL');
    bulk.prepare("insert into users (id, email, password_hash, created_at) values ('u1', 'big@example.org', 'x', '2025-01-01T00:00:00.000Z')").run();
    const insert = bulk.prepare(`insert into diary_entries (id, user_id, occurred_at, utc_offset, local_day, local_month, pain_before, pain_after, areas_json, techniques_json, source, duration_minutes, pressure_felt, notes, triggers_json, created_at, updated_at)
      values (?, 'u1', ?, 0, 20000, 24300, 5, 3, '[]', '[]', 'other', null, null, ?, '[]', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`);
    const note = 'n'.repeat(128 * 1024);
    bulk.transaction(() => {
      for (let i = 0; i < 1700; i++) insert.run(`bulk-${i}`, new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(), `${i}${note}`);
    })();
    bulk.pragma('wal_checkpoint(TRUNCATE)');
    bulk.close();
    expect(statSync(sqliteFile({ dataDir })).size).toBeGreaterThan(TARGET_BYTES);

    // A writer like a busy server: one small diary entry every 100 ms.
    writer = new SQLite(sqliteFile({ dataDir }));
    writer.pragma('busy_timeout = 5000');
    const write = writer.prepare(`insert into diary_entries (id, user_id, occurred_at, utc_offset, local_day, local_month, pain_before, pain_after, areas_json, techniques_json, source, duration_minutes, pressure_felt, notes, triggers_json, created_at, updated_at)
      values (?, 'u1', ?, 0, 20001, 24300, 4, 2, '[]', '[]', 'other', null, null, 'during backup', '[]', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`);
    timer = setInterval(() => {
      writes += 1;
      write.run(`live-${writes}`, new Date().toISOString());
    }, 1000 / WRITES_PER_SECOND);
  }, 120_000);

  afterAll(() => {
    if (timer) clearInterval(timer);
    writer?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('a killed run leaves no file at the target name', async () => {
    const file = join(work, 'killed.db');
    const started = () => readdirSync(work).some((name) => name.includes('killed.db') && statSync(join(work, name)).size > 10 * 1024 * 1024);
    const run = await runBackup(dataDir, file, started);
    expect(run.signal).toBe('SIGKILL');
    expect(existsSync(file)).toBe(false);
  }, 60_000);

  it('completes while the writer keeps writing, and the copy is a whole backrub database', async () => {
    const file = join(work, 'copy.db');
    const writesBefore = writes;
    const run = await runBackup(dataDir, file);
    const writesDuring = writes - writesBefore;
    console.log(`backup of ${(statSync(sqliteFile({ dataDir })).size / 1024 / 1024).toFixed(0)} MB took ${run.ms} ms with ${writesDuring} writes during it`);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/^Backed up to .*copy\.db \(\d+ KiB\)\.\n$/);
    expect(writesDuring / (run.ms / 1000)).toBeGreaterThanOrEqual(5);
    expect(statSync(file).size).toBeGreaterThan(TARGET_BYTES);
    expect(inspectBackup(file).migrations.length).toBeGreaterThan(0);
    const copy = new SQLite(file, { readonly: true });
    expect((copy.prepare("select count(*) as n from diary_entries where id like 'bulk-%'").get() as { n: number }).n).toBe(1700);
    copy.close();
    // Only the copy is left in the folder (the killed run's partial file was the only other thing).
    expect(readdirSync(work).filter((name) => !name.startsWith('.'))).toEqual(['copy.db']);
  }, 120_000);
});
