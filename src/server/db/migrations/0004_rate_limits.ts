import type { Kysely } from 'kysely';

// Request counters for the API rate limit, shared by every server instance on one PostgreSQL.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .addColumn('window_started_ms', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_started_ms').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
}
