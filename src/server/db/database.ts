import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect, sql, type DialectAdapter, type MigrationResult } from 'kysely';
import pg from 'pg';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';
import { acquireSqliteLock, type SqliteLock } from './sqlite-lock.js';

export type DialectName = 'sqlite' | 'postgres';

/** What persistence needs from the server's config (`ServerConfig` fits). */
export interface PersistenceConfig {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
}

/** An open database: the Kysely instance (for repositories only), which dialect, and how to close it. */
export interface AppDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** The SQLite file, when the dialect is SQLite. */
  readonly file?: string;
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'backrub.db';

export function sqliteFile(config: PersistenceConfig): string {
  return join(config.dataDir, SQLITE_FILE_NAME);
}

/** Applies the connection settings every backrub SQLite handle uses. */
export function tuneSqlite(handle: SQLite.Database): void {
  handle.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the client hears "saved" (survives power loss, not just a crash).
  handle.pragma('synchronous = FULL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
}

/**
 * Kysely's SQLite adapter takes no migration lock (it assumes one connection). Two server processes
 * starting at once on one file would both migrate; this one holds `BEGIN IMMEDIATE` for the whole run,
 * so the second waits (busy_timeout) and then finds nothing left to do. SQLite DDL is transactional,
 * so the run is also all-or-nothing up to the failing step.
 */
class LockingSqliteAdapter extends SqliteAdapter {
  override async acquireMigrationLock(db: Kysely<unknown>): Promise<void> {
    await sql`begin immediate`.execute(db);
  }

  override async releaseMigrationLock(db: Kysely<unknown>): Promise<void> {
    await sql`commit`.execute(db);
  }
}

class LockingSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new LockingSqliteAdapter();
  }
}

export interface OpenOptions {
  /** Hold the `backrub.db.lock` file so `backrub restore` refuses to swap the file under a running server. */
  lock?: boolean;
}

/**
 * Opens the database the config points at: PostgreSQL when `databaseUrl` is set, otherwise SQLite at
 * `dataDir/backrub.db` (WAL, foreign keys on, busy timeout).
 */
export function openDatabase(config: PersistenceConfig, options: OpenOptions = {}): AppDatabase {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = sqliteFile(config);
  let lock: SqliteLock | undefined;
  if (options.lock) lock = acquireSqliteLock(file);
  const handle = new SQLite(file);
  tuneSqlite(handle);
  const db = new Kysely<Database>({ dialect: new LockingSqliteDialect({ database: handle }) });
  return {
    db,
    dialect: 'sqlite',
    file,
    close: async () => {
      await db.destroy();
      lock?.release();
    },
  };
}

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(message: string, readonly results: readonly MigrationResult[]) {
    super(message);
  }
}

// better-sqlite3 waits for a lock synchronously, so two handles in one process must not contend for
// the migration lock (the waiting one would block the thread holding it): queue them per file instead.
const sqliteMigrations = new Map<string, Promise<unknown>>();

/**
 * Brings the schema up to date; returns what ran. Several instances may call this at once: PostgreSQL
 * uses Kysely's advisory lock, SQLite `BEGIN IMMEDIATE` across processes and a queue within one.
 */
export async function migrateToLatest(database: AppDatabase): Promise<MigrationResult[]> {
  if (!database.file) return runMigrations(database);
  const previous = sqliteMigrations.get(database.file) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => runMigrations(database));
  sqliteMigrations.set(database.file, run);
  try {
    return await run;
  } finally {
    if (sqliteMigrations.get(database.file) === run) sqliteMigrations.delete(database.file);
  }
}

async function runMigrations(database: AppDatabase): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    const cause = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, results);
  }
  return results;
}

const sqliteWriters = new Map<string, Promise<unknown>>();

/**
 * Runs a long write transaction (the import, which yields between batches) after any other such
 * transaction on the same SQLite file in this process. better-sqlite3 waits for a lock synchronously:
 * a second handle in one process blocked on the first one's open transaction would stop the very
 * event loop the first needs to finish. PostgreSQL needs no queue: its row locks wait asynchronously.
 */
export async function serializeSqliteWrites<T>(database: AppDatabase, run: () => Promise<T>): Promise<T> {
  if (!database.file) return run();
  const previous = sqliteWriters.get(database.file) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(run);
  sqliteWriters.set(database.file, mine);
  try {
    return await mine;
  } finally {
    if (sqliteWriters.get(database.file) === mine) sqliteWriters.delete(database.file);
  }
}

/** Round trip to the database, used by health checks and the bench baseline. */
export async function ping(database: AppDatabase): Promise<void> {
  await sql`select 1`.execute(database.db);
}
