import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, type AppDatabase, type PersistenceConfig } from '../../src/server/db/database.js';
import { MIGRATIONS } from '../../src/server/db/migrations/index.js';
import { deskWorkerIntake } from '../server/support.js';
import { Client, describeEachDialect, sampleEntry, startTestApp, type TestApp } from './harness.js';

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

describeEachDialect('migrations on $name', (dialect) => {
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

  it('enforce foreign keys: a row cannot point at an account that does not exist', async () => {
    await expect(
      database.db
        .insertInto('sessions')
        .values({ id: 'x', user_id: 'missing', csrf_token: 't', created_at: '', expires_at: '', last_seen_at: '' })
        .execute(),
    ).rejects.toThrow();
  });

  // WAL is SQLite's journal mode; PostgreSQL has no such setting, so this one is skipped there.
  it.runIf(dialect.name === 'sqlite')('use WAL journaling on SQLite', async () => {
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
    expect(rows[0]?.journal_mode).toBe('wal');
  });

  it('run at once from several server processes on a fresh database: each migration once, none fails', async () => {
    const { config, destroy: destroyFresh } = await dialect.create();
    try {
      const runs = await migrateFromProcesses(config, 4);
      for (const run of runs) expect(run.code, run.output).toBe(0);
      // Every migration ran exactly once across the processes; the others found nothing left to do.
      const ran = runs.flatMap((run) => run.results);
      expect(ran.map(([, status]) => status)).toEqual(ran.map(() => 'Success'));
      expect(ran.map(([name]) => name).sort()).toEqual(Object.keys(MIGRATIONS));
      const fresh = openDatabase(config);
      try {
        const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(fresh.db);
        expect(rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS));
        expect(await migrateToLatest(fresh)).toEqual([]);
      } finally {
        await fresh.close();
      }
    } finally {
      await destroyFresh();
    }
  }, 90_000);

  it('delete every row an account owns when the account is deleted, and nobody else\u2019s', async () => {
    const t = await startTestApp(dialect, { mailer: { send: async () => undefined }, publicUrl: 'https://backrub.example.org' });
    try {
      const [leaving, staying] = [await fillAccount(t), await fillAccount(t)];
      const owned = await userOwnedTables(t.database);
      // A table added later that holds an account's rows must be filled above, or this fails.
      for (const table of owned) expect(await rowsOf(t.database, table, leaving.userId!), `no ${table} row to delete`).toBeGreaterThan(0);

      expect((await leaving.delete('/api/account', { password: PASSWORD })).statusCode).toBe(204);
      for (const table of owned) {
        expect(await rowsOf(t.database, table, leaving.userId!), `${table} kept a deleted account's row`).toBe(0);
        expect(await rowsOf(t.database, table, staying.userId!), `${table} lost another account's row`).toBeGreaterThan(0);
      }
      expect(await t.database.db.selectFrom('users').select('id').where('id', '=', leaving.userId!).execute()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

const PASSWORD = 'correct horse battery';

/** Signs up and gives the account a row in every table an account owns, through the API as a person would. */
async function fillAccount(t: TestApp): Promise<Client> {
  const email = `owner${randomBytes(4).toString('hex')}@example.org`;
  const person = await new Client(t.app).signUp(email, PASSWORD);
  const expectCreated = async (url: string, body: unknown) => expect((await person.post(url, body)).statusCode, url).toBe(201);
  await expectCreated('/api/diary/entries', sampleEntry());
  await expectCreated('/api/diary/checkins', { occurredAt: '2025-06-01T10:00:00Z', pain: 5, enjoyment: 4, activity: 3 });
  await expectCreated('/api/assessments', { intake: deskWorkerIntake });
  await expectCreated('/api/shares', {});
  expect((await new Client(t.app).post('/api/auth/reset-request', { email })).statusCode).toBe(202);
  // The reset link is stored after the answer has gone: wait for it.
  for (let tries = 0; (await rowsOf(t.database, 'password_resets', person.userId!)) === 0; tries++) {
    if (tries > 100) throw new Error('the password reset was never stored');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return person;
}

/** Every table with a user_id column: the rows deleting an account must take with it. */
async function userOwnedTables(database: AppDatabase): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables.filter((table) => table.columns.some((column) => column.name === 'user_id')).map((table) => table.name).sort();
}

async function rowsOf(database: AppDatabase, table: string, userId: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where user_id = ${userId}`.execute(database.db);
  return Number(rows[0]?.n ?? 0);
}

interface MigratorRun {
  code: number | null;
  output: string;
  results: [name: string, status: string][];
}

const MIGRATOR = fileURLToPath(new URL('./migrate-once.js', import.meta.url));

/** Starts `count` processes on one database, lets them all migrate at the same moment, and collects what each ran. */
async function migrateFromProcesses(config: PersistenceConfig, count: number): Promise<MigratorRun[]> {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, [MIGRATOR], {
      env: { ...process.env, DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl ?? '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  );
  const outputs = children.map((child) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const ready = new Promise<void>((resolve) => {
      const check = () => (output.startsWith('ready\n') ? resolve() : undefined);
      child.stdout.on('data', check);
    });
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    return { ready, done, text: () => output };
  });
  await Promise.all(outputs.map((o) => o.ready));
  for (const child of children) child.stdin.write('go\n');
  return Promise.all(
    outputs.map(async (o) => {
      const code = await o.done;
      const last = o.text().trim().split('\n').at(-1) ?? '';
      const results = last.startsWith('[') ? (JSON.parse(last) as MigratorRun['results']) : [];
      return { code, output: o.text(), results };
    }),
  );
}
