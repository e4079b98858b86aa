import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { MigrationResult } from 'kysely';
import { migrateToLatest, openDatabase, sqliteFile, tuneSqlite, type PersistenceConfig } from './database.js';
import { MIGRATIONS } from './migrations/index.js';
import { lockHolder } from './sqlite-lock.js';

/**
 * The operations behind `backrub migrate`, `backrub backup FILE` and `backrub restore FILE`. They throw
 * `MaintenanceError` with a message meant for the person at the terminal.
 */
export class MaintenanceError extends Error {
  override name = 'MaintenanceError';
}

export interface MigrateReport {
  dialect: 'sqlite' | 'postgres';
  applied: string[];
  total: number;
}

export async function migrate(config: PersistenceConfig): Promise<MigrateReport> {
  const database = openDatabase(config);
  try {
    const results: MigrationResult[] = await migrateToLatest(database);
    return {
      dialect: database.dialect,
      applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName),
      total: Object.keys(MIGRATIONS).length,
    };
  } finally {
    await database.close();
  }
}

function requireSqlite(config: PersistenceConfig, what: string): string {
  if (config.databaseUrl) {
    throw new MaintenanceError(`${what} works on the SQLite database only; for PostgreSQL use pg_dump and pg_restore.`);
  }
  return sqliteFile(config);
}

/** Flushes a file (or a folder's entry list) to the disk. */
function fsyncPath(path: string, flags = 'r'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A consistent copy of the live SQLite database, taken online while the server keeps writing.
 * `VACUUM INTO` copies one read snapshot in a single pass, so it finishes however busy the database
 * is (the page-stepping backup API restarted whenever a write came in, and never finished on a busy
 * 230 MB file). The copy is written under a temporary name in the target's folder, flushed to disk,
 * and only then linked to the target name: a run that is killed or fails leaves nothing at the target
 * name (at most a `.<name>.partial-*` file beside it). Refuses to overwrite an existing file.
 */
export async function backup(config: PersistenceConfig, target: string): Promise<{ file: string; bytes: number }> {
  const source = requireSqlite(config, 'backup');
  const file = resolve(target);
  if (!existsSync(source)) throw new MaintenanceError(`There is no database at ${source} yet: nothing to back up.`);
  if (existsSync(file)) throw new MaintenanceError(`${file} already exists; choose a new file name.`);
  if (!existsSync(dirname(file))) throw new MaintenanceError(`The folder ${dirname(file)} does not exist.`);
  const partial = join(dirname(file), `.${basename(file)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = new SQLite(source, { fileMustExist: true });
  try {
    handle.pragma('busy_timeout = 5000');
    handle.prepare('vacuum into ?').run(partial);
    fsyncPath(partial, 'r+');
    // link() fails if the target appeared meanwhile (rename would silently replace it).
    linkSync(partial, file);
    fsyncPath(dirname(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new MaintenanceError(`${file} already exists; choose a new file name.`);
    throw error;
  } finally {
    handle.close();
    rmSync(partial, { force: true });
  }
  return { file, bytes: statSync(file).size };
}

/** Checks that `file` is a backrub database whose migrations this version knows. */
export function inspectBackup(file: string): { migrations: string[] } {
  let handle: SQLite.Database;
  try {
    handle = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new MaintenanceError(`Cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    const integrity = handle.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new MaintenanceError(`${file} is damaged (SQLite quick_check: ${String(integrity)}).`);
    const tables = new Set(
      (handle.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name),
    );
    if (!tables.has('kysely_migration') || !tables.has('users')) {
      throw new MaintenanceError(`${file} is not a backrub database (no users or migration table).`);
    }
    const migrations = (handle.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map(
      (m) => m.name,
    );
    const unknown = migrations.filter((name) => !(name in MIGRATIONS));
    if (unknown.length > 0) {
      throw new MaintenanceError(`${file} comes from a newer backrub (unknown migrations: ${unknown.join(', ')}); upgrade first.`);
    }
    return { migrations };
  } catch (error) {
    if (error instanceof MaintenanceError) throw error;
    throw new MaintenanceError(`${file} is not a readable SQLite database: ${(error as Error).message}`);
  } finally {
    handle.close();
  }
}

/**
 * Replaces the SQLite database with a backup. Safe by construction: the backup is validated first, the
 * running server (if any) must be stopped, the current database is kept beside it as
 * `backrub.db.before-restore-<time>`, and the swap is a rename (atomic on one file system). Migrations
 * then bring the restored copy up to date.
 */
export async function restore(
  config: PersistenceConfig,
  backupFile: string,
  now: Date = new Date(),
): Promise<{ restoredFrom: string; previousKeptAt: string | undefined; migrated: string[] }> {
  const target = requireSqlite(config, 'restore');
  const source = resolve(backupFile);
  if (source === target) throw new MaintenanceError('The backup file is the live database itself.');
  inspectBackup(source);
  const holder = lockHolder(target);
  if (holder !== undefined) {
    throw new MaintenanceError(`A backrub server (pid ${holder}) is using ${target}; stop it before restoring.`);
  }
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  copyFileSync(source, staging);

  let previousKeptAt: string | undefined;
  if (existsSync(target)) {
    previousKeptAt = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    // Opening and closing through SQLite folds any WAL left by a crash into the copy we keep.
    const current = new SQLite(target, { fileMustExist: true });
    try {
      tuneSqlite(current);
      await current.backup(previousKeptAt);
    } finally {
      current.close();
    }
  }
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(staging, target);
  const report = await migrate(config);
  return { restoredFrom: source, previousKeptAt, migrated: report.applied };
}
