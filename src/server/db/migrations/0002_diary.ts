import type { Kysely } from 'kysely';

// Saved assessments, diary entries (with a per-technique table for relief queries) and PEG-3 check-ins.
// Indexes lead with user_id: every query is scoped to one person.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('intake_json', 'text', (col) => col.notNull())
    .addColumn('assessment_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('assessments_user_created').on('assessments').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('diary_entries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .addColumn('utc_offset', 'integer', (col) => col.notNull())
    .addColumn('local_day', 'integer', (col) => col.notNull())
    .addColumn('local_month', 'integer', (col) => col.notNull())
    .addColumn('pain_before', 'integer', (col) => col.notNull())
    .addColumn('pain_after', 'integer')
    .addColumn('areas_json', 'text', (col) => col.notNull())
    .addColumn('techniques_json', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer')
    .addColumn('pressure_felt', 'integer')
    .addColumn('notes', 'text', (col) => col.notNull())
    .addColumn('triggers_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('diary_entries_user_occurred').on('diary_entries').columns(['user_id', 'occurred_at']).execute();
  // Covering index for the dashboard's buckets: 10 years of daily entries stay an index range scan.
  await db.schema
    .createIndex('diary_entries_user_day')
    .on('diary_entries')
    .columns(['user_id', 'local_day', 'local_month', 'pain_before', 'pain_after'])
    .execute();

  await db.schema
    .createTable('diary_entry_techniques')
    .addColumn('entry_id', 'text', (col) => col.notNull().references('diary_entries.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('technique', 'text', (col) => col.notNull())
    .addColumn('relief', 'integer')
    .addPrimaryKeyConstraint('diary_entry_techniques_pk', ['entry_id', 'technique'])
    .execute();
  await db.schema
    .createIndex('diary_entry_techniques_user')
    .on('diary_entry_techniques')
    .columns(['user_id', 'technique', 'relief'])
    .execute();

  await db.schema
    .createTable('peg_checkins')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .addColumn('utc_offset', 'integer', (col) => col.notNull())
    .addColumn('local_day', 'integer', (col) => col.notNull())
    .addColumn('pain', 'integer', (col) => col.notNull())
    .addColumn('enjoyment', 'integer', (col) => col.notNull())
    .addColumn('activity', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('peg_checkins_user_occurred').on('peg_checkins').columns(['user_id', 'occurred_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('peg_checkins').execute();
  await db.schema.dropTable('diary_entry_techniques').execute();
  await db.schema.dropTable('diary_entries').execute();
  await db.schema.dropTable('assessments').execute();
}
