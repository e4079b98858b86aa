import type { Kysely, Selectable } from 'kysely';
import { AssessmentSchema } from '../../core/assessment.js';
import type { SavedAssessment } from '../../core/contracts/index.js';
import { IntakeSchema } from '../../core/intake.js';
import type { AssessmentsTable, Database } from '../db/schema.js';
import { parseStored } from '../db/stored-json.js';
import { fingerprintOf } from './fingerprint.js';

export type { SavedAssessment };

function toSaved(row: Selectable<AssessmentsTable>): SavedAssessment {
  return {
    id: row.id,
    createdAt: row.created_at,
    // The intake schema reads every intake it ever accepted (older versions too); the assessment is the
    // engine's answer of its day, which the schema's defaults fill in for older engines.
    intake: parseStored(IntakeSchema, row.intake_json, 'assessments.intake_json'),
    assessment: parseStored(AssessmentSchema, row.assessment_json, 'assessments.assessment_json'),
  };
}

function columns(userId: string, saved: SavedAssessment) {
  return {
    id: saved.id,
    user_id: userId,
    intake_json: JSON.stringify(saved.intake),
    assessment_json: JSON.stringify(saved.assessment),
    created_at: saved.createdAt,
  };
}

/** Assessments a person chose to keep, scoped by owner like everything else. */
export class AssessmentsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(userId: string, saved: SavedAssessment): Promise<void> {
    // Two saved in the same millisecond are both kept; the second without a fingerprint.
    if (!(await this.importOne(userId, saved))) await this.db.insertInto('assessments').values({ ...columns(userId, saved), fingerprint: null }).execute();
  }

  /** Import: false when this person already has an assessment made at that instant (ON CONFLICT DO NOTHING). */
  async importOne(userId: string, saved: SavedAssessment): Promise<boolean> {
    const inserted = await this.db
      .insertInto('assessments')
      .values({ ...columns(userId, saved), fingerprint: fingerprintOf.assessment(saved) })
      .onConflict((oc) => oc.columns(['user_id', 'fingerprint']).doNothing())
      .returning('id')
      .execute();
    return inserted.length > 0;
  }

  async latest(userId: string): Promise<SavedAssessment | undefined> {
    const row = await this.db
      .selectFrom('assessments')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toSaved(row);
  }

  async all(userId: string): Promise<SavedAssessment[]> {
    const rows = await this.db.selectFrom('assessments').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
    return rows.map(toSaved);
  }

  async find(userId: string, id: string): Promise<SavedAssessment | undefined> {
    const row = await this.db.selectFrom('assessments').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return row && toSaved(row);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('assessments').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
