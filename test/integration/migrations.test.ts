import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, type AppDatabase } from '../../src/server/db/database.js';
import { MIGRATIONS } from '../../src/server/db/migrations/index.js';
import { DIALECTS } from './harness.js';

/**
 * Fingerprints of landed migrations: a migration that ran somewhere must never change. To change the
 * schema, add a new migration (and its line here); never edit one of these files.
 */
const LANDED: Record<string, string> = {
  '0001_accounts': 'bea22aeac959a712',
  '0002_diary': '5f4c9f7c8f8f1512',
  '0003_share_links': '9506a2790cd32af3',
  '0004_rate_limits': '62df65f03134df4c',
  '0005_technique_days': '9526414ddafc729c',
  '0006_password_resets': 'fbb632439e01634a',
  '0007_auth_secrets': '5826c865ac33de87',
  '0008_import_fingerprints': '753bbc8b7ed31ece',
  '0009_share_assessment': 'f41aab13f36ca3c3',
  '0010_share_name': '0bfde7172fce6834',
};

describe('the migration list', () => {
  it('never edits a landed migration, and records every new one', () => {
    for (const name of Object.keys(MIGRATIONS)) {
      const text = readFileSync(new URL(`../../src/server/db/migrations/${name}.ts`, import.meta.url));
      expect(createHash('sha256').update(text).digest('hex').slice(0, 16), `${name} was edited after it landed`).toBe(LANDED[name]);
    }
  });

  it('is ordered, numbered without gaps, and named NNNN_words', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    names.forEach((name, index) => expect(name).toMatch(new RegExp(`^${String(index + 1).padStart(4, '0')}_[a-z_]+$`)));
  });
});

describe.each(DIALECTS)('migrations on $name', (dialect) => {
  let database: AppDatabase;
  let destroy: () => Promise<void>;
  beforeAll(async () => {
    const created = await dialect.create();
    destroy = created.destroy;
    database = openDatabase(created.config);
  });
  afterAll(async () => {
    await database?.close();
    await destroy?.();
  });

  it('run from an empty database to the latest, then are a no-op', async () => {
    const first = await migrateToLatest(database);
    expect(first.map((r) => [r.migrationName, r.status])).toEqual(Object.keys(MIGRATIONS).map((name) => [name, 'Success']));
    const tables = (await database.db.introspection.getTables()).map((table) => table.name).sort();
    expect(tables).toEqual(
      expect.arrayContaining(['assessments', 'auth_secrets', 'auth_throttle', 'password_resets', 'diary_entries', 'diary_entry_techniques', 'peg_checkins', 'sessions', 'share_links', 'users']),
    );
    expect(await migrateToLatest(database)).toEqual([]);
  });

  it('run concurrently from several instances without harm', async () => {
    const results = await Promise.all([migrateToLatest(database), migrateToLatest(database)]);
    expect(results.flat()).toEqual([]);
  });

  it('enforce foreign keys with cascading deletes', async () => {
    await expect(
      database.db
        .insertInto('sessions')
        .values({ id: 'x', user_id: 'missing', csrf_token: 't', created_at: '', expires_at: '', last_seen_at: '' })
        .execute(),
    ).rejects.toThrow();
  });

  it.runIf(dialect.name === 'sqlite')('use WAL journaling on SQLite', async () => {
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
    expect(rows[0]?.journal_mode).toBe('wal');
  });
});
