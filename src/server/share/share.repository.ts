import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Database, ShareLinksTable } from '../db/schema.js';
import { parseStored } from '../db/stored-json.js';

// Section names as the share route accepted them; which ones a summary knows is the summary's business.
const SECTION_NAMES = z.array(z.string());

export interface ShareLinkRecord {
  id: string;
  userId: string;
  sections: string[];
  fromDate: string;
  toDate: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** The assessment the link shows: the one current when it was made. */
  assessmentId: string | null;
  /** The name or initials to show on the summary (migration 0010), or null. */
  displayName: string | null;
}

function toRecord(row: Selectable<ShareLinksTable>): ShareLinkRecord {
  return {
    id: row.id,
    userId: row.user_id,
    sections: parseStored(SECTION_NAMES, row.sections_json, 'share_links.sections_json'),
    fromDate: row.from_date ?? '',
    toDate: row.to_date ?? '',
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    assessmentId: row.assessment_id,
    displayName: row.display_name,
  };
}

export class ShareRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(link: ShareLinkRecord, tokenHash: string): Promise<void> {
    await this.db
      .insertInto('share_links')
      .values({
        id: link.id,
        user_id: link.userId,
        token_hash: tokenHash,
        sections_json: JSON.stringify(link.sections),
        from_date: link.fromDate,
        to_date: link.toDate,
        created_at: link.createdAt,
        expires_at: link.expiresAt,
        revoked_at: null,
        assessment_id: link.assessmentId,
        display_name: link.displayName,
      })
      .execute();
  }

  async listForUser(userId: string): Promise<ShareLinkRecord[]> {
    const rows = await this.db.selectFrom('share_links').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
    return rows.map(toRecord);
  }

  /** Revokes one of the user's own links; false when the id is unknown or someone else's. */
  async revoke(userId: string, id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('share_links')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return true;
    // Revoking twice is fine; only a link that is not the user's is "not found".
    const mine = await this.db.selectFrom('share_links').select('id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return mine !== undefined;
  }

  /** A link that is neither revoked nor expired. */
  async findLiveByTokenHash(tokenHash: string, now: string): Promise<ShareLinkRecord | undefined> {
    const row = await this.db
      .selectFrom('share_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row && toRecord(row);
  }
}
