import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationResult } from 'kysely';
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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
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

/** Brings the schema up to date; returns what ran. Several instances may call this at once (Kysely locks). */
export async function migrateToLatest(database: AppDatabase): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    const cause = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, results);
  }
  return results;
}

/** Round trip to the database, used by health checks and the bench baseline. */
export async function ping(database: AppDatabase): Promise<void> {
  await sql`select 1`.execute(database.db);
}
