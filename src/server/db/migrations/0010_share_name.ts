import type { Kysely } from 'kysely';

// The name a person chooses to show on a share link's summary ("Sam", "S. K."), so a therapist knows
// whose summary it is. Optional: links made before this, or without a name, show none.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('share_links').addColumn('display_name', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('share_links').dropColumn('display_name').execute();
}
