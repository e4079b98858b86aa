import { sql, type Kysely } from 'kysely';

// Makes the import idempotent under concurrency: each diary entry, check-in and assessment gets a
// fingerprint (what makes two of them "the same item"), unique per person, so the import can use
// INSERT ... ON CONFLICT DO NOTHING instead of a racy check-then-insert. Existing duplicates (left by
// imports that raced before this) are kept, not deleted: only one of each group gets the
// fingerprint, the others keep NULL, which a unique index allows any number of.
// Entry fingerprint: `occurred_at|pain_before|pain_after|techniques_json`, as `entryFingerprint` builds it.

const ENTRY_FINGERPRINT = sql`occurred_at || '|' || cast(pain_before as text) || '|' || coalesce(cast(pain_after as text), '') || '|' || techniques_json`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, fingerprint] of [
    ['diary_entries', ENTRY_FINGERPRINT],
    ['peg_checkins', sql`occurred_at`],
    ['assessments', sql`created_at`],
  ] as const) {
    await db.schema.alterTable(table).addColumn('fingerprint', 'text').execute();
    await sql`
      update ${sql.table(table)} set fingerprint = ${fingerprint}
      where id in (select min(id) from ${sql.table(table)} group by user_id, ${fingerprint})
    `.execute(db);
    await db.schema.createIndex(`${table}_user_fingerprint`).on(table).columns(['user_id', 'fingerprint']).unique().execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['assessments', 'peg_checkins', 'diary_entries']) {
    await db.schema.dropIndex(`${table}_user_fingerprint`).execute();
    await db.schema.alterTable(table).dropColumn('fingerprint').execute();
  }
}
