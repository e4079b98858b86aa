import { sql, type Kysely } from 'kysely';

// A share link shows the assessment that was current when the link was made, not whatever was saved
// later: the link keeps that assessment's id. Deleting the assessment clears it (the link then shows
// none). Existing links get the latest assessment made at or before their creation.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('share_links')
    .addColumn('assessment_id', 'text', (col) => col.references('assessments.id').onDelete('set null'))
    .execute();
  await sql`
    update share_links set assessment_id = (
      select a.id from assessments a
      where a.user_id = share_links.user_id and a.created_at <= share_links.created_at
      order by a.created_at desc, a.id desc
      limit 1
    )
  `.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('share_links').dropColumn('assessment_id').execute();
}
