import { sql, type Kysely } from 'kysely';

// Per-technique relief by date range without joining back to diary_entries (a join PostgreSQL may plan as
// a nested loop on fresh tables): the entry's local day is copied onto each technique row.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('diary_entry_techniques').addColumn('local_day', 'integer').execute();
  await sql`update diary_entry_techniques set local_day = (select e.local_day from diary_entries e where e.id = diary_entry_techniques.entry_id)`.execute(db);
  await db.schema
    .createIndex('diary_entry_techniques_user_day')
    .on('diary_entry_techniques')
    .columns(['user_id', 'local_day', 'technique', 'relief'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('diary_entry_techniques_user_day').execute();
  await db.schema.alterTable('diary_entry_techniques').dropColumn('local_day').execute();
}
