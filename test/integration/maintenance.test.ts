import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup, inspectBackup, restore } from '../../src/server/db/maintenance.js';
import { openDatabase, sqliteFile } from '../../src/server/db/database.js';
import { MIGRATIONS } from '../../src/server/db/migrations/index.js';
import { acquireSqliteLock } from '../../src/server/db/sqlite-lock.js';
import { spawn } from 'node:child_process';
import { backrub, BIN } from '../cli/run.js';
import { Client, sampleEntry, startTestApp, type TestApp } from './harness.js';

describe('backrub migrate, backup and restore (SQLite)', () => {
  let t: TestApp;
  let dataDir: string;
  let work: string;
  beforeAll(async () => {
    t = await startTestApp({
      name: 'sqlite',
      create: async () => {
        dataDir = mkdtempSync(join(tmpdir(), 'backrub-maint-'));
        return { config: { dataDir, databaseUrl: undefined }, destroy: async () => rmSync(dataDir, { recursive: true, force: true }) };
      },
    });
    work = mkdtempSync(join(tmpdir(), 'backrub-backups-'));
  });
  afterAll(async () => {
    await t?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('`backrub migrate` creates and updates the schema, then says it is up to date', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'backrub-migrate-'));
    const first = backrub(['migrate'], { env: { DATA_DIR: fresh, DATABASE_URL: undefined } });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^sqlite: applied ${Object.keys(MIGRATIONS).join(', ')} `));
    const second = backrub(['migrate'], { env: { DATA_DIR: fresh, DATABASE_URL: undefined } });
    expect(second.stdout).toMatch(/^sqlite: already up to date/);
    rmSync(fresh, { recursive: true, force: true });
  });

  it('lets several processes migrate one fresh SQLite file at once (one does the work, the others wait)', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'backrub-race-'));
    const runs = await Promise.all(
      Array.from({ length: 3 }, () =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, [BIN, 'migrate'], { env: { PATH: process.env.PATH ?? '', DATA_DIR: fresh } });
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk));
          child.stderr.on('data', (chunk: Buffer) => (out += chunk));
          child.on('exit', (code) => resolve({ code, out }));
        }),
      ),
    );
    expect(runs.map((r) => r.code), runs.map((r) => r.out).join('\n')).toEqual([0, 0, 0]);
    expect(runs.filter((r) => r.out.includes('applied 0001_accounts'))).toHaveLength(1);
    rmSync(fresh, { recursive: true, force: true });
  });

  it('backs up online while the server keeps writing, and restores that copy', async () => {
    const me = await new Client(t.app).signUp('backup@example.org');
    await me.post('/api/diary/entries', sampleEntry({ notes: 'before backup' }));

    const file = join(work, 'copy.db');
    const writes = Array.from({ length: 20 }, (_, i) => me.post('/api/diary/entries', sampleEntry({ notes: `during ${i}` })));
    const result = await backup({ dataDir, databaseUrl: undefined }, file);
    await Promise.all(writes);
    expect(result.bytes).toBeGreaterThan(0);
    expect(inspectBackup(file).migrations).toEqual(Object.keys(MIGRATIONS));
    await expect(backup({ dataDir }, file)).rejects.toThrow(/already exists/);

    await me.post('/api/diary/entries', sampleEntry({ notes: 'after backup' }));
    // Refused while a server holds the database.
    const lock = acquireSqliteLock(sqliteFile({ dataDir }));
    await expect(restore({ dataDir }, file)).rejects.toThrow(/stop it before restoring/);
    lock.release();

    await t.database.close();
    const restored = await restore({ dataDir }, file, new Date('2025-06-02T12:00:00Z'));
    expect(restored.previousKeptAt).toMatch(/backrub\.db\.before-restore-2025-06-02T12-00-00-000Z$/);
    expect(existsSync(restored.previousKeptAt!)).toBe(true);

    const reopened = openDatabase({ dataDir });
    const notes = (await reopened.db.selectFrom('diary_entries').select('notes').execute()).map((r) => r.notes);
    expect(notes).toContain('before backup');
    expect(notes).not.toContain('after backup');
    await reopened.close();
    // The harness closes its own handle again; give it a fresh one.
    t.database = openDatabase({ dataDir });
  });

  it('refuses to restore something that is not a backrub database, through the CLI with exit code 2', () => {
    const notDb = join(work, 'notes.txt');
    rmSync(notDb, { force: true });
    const missing = backrub(['restore', notDb], { env: { DATA_DIR: dataDir } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^backrub: Cannot open/);
    const before = readdirSync(dataDir).length;
    const empty = join(work, 'empty.db');
    new SQLite(empty).exec('create table something (x)').close();
    const wrong = backrub(['restore', empty], { env: { DATA_DIR: dataDir } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('is not a backrub database');
    expect(readdirSync(dataDir).length).toBe(before);
    const pg = backrub(['backup', join(work, 'x.db')], { env: { DATA_DIR: dataDir, DATABASE_URL: 'postgres://nowhere/db' } });
    expect(pg.code).toBe(2);
    expect(pg.stderr).toContain('pg_dump');
  });
});
