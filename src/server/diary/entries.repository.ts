import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { z } from 'zod';
import { TECHNIQUE_IDS, type TechniqueId } from '../../core/assessment.js';
import {
  dayToDate, DiaryEntryInputSchema, localCalendar, withOffset, type DiaryEntry, type DiaryEntryInput, reliefOf,
} from '../../core/diary.js';
import { isMovementId } from '../../core/movement-vocabulary.js';
import type { Database, DiaryEntriesTable } from '../db/schema.js';
import { parseStored } from '../db/stored-json.js';
import { withinDays, type DayRange } from './day-range.js';
import { fingerprintOf } from './fingerprint.js';

/**
 * Diary entries. Every method takes the owner's id and puts it in the WHERE clause: there is no way
 * to reach a row by id alone.
 */

export const num = (value: unknown): number => Number(value);

// Decision 0052: an entry's movements are stored with its techniques (techniques_json and the
// diary_entry_techniques rows); the two id lists never share a value, so reading splits them again.
export const isTechniqueId = (id: string): id is TechniqueId => (TECHNIQUE_IDS as readonly string[]).includes(id);
const activitiesOf = (input: Pick<DiaryEntryInput, 'techniques' | 'movements'>): string[] => [...input.techniques, ...input.movements];

// The JSON columns hold what the entry schema accepted when the entry was written.
const ACTIVITY_IDS = z.array(z.string());
const ENTRY_AREAS = DiaryEntryInputSchema.shape.areas;
const ENTRY_TRIGGERS = DiaryEntryInputSchema.shape.triggers;
const ENTRY_SOURCE = DiaryEntryInputSchema.shape.source;

function toEntry(row: Selectable<DiaryEntriesTable>): DiaryEntry {
  const activities = parseStored(ACTIVITY_IDS, row.techniques_json, 'diary_entries.techniques_json');
  const entry: DiaryEntry = {
    id: row.id,
    occurredAt: withOffset(row.occurred_at, num(row.utc_offset)),
    localDate: dayToDate(num(row.local_day)),
    painBefore: num(row.pain_before),
    areas: parseStored(ENTRY_AREAS, row.areas_json, 'diary_entries.areas_json'),
    techniques: activities.filter(isTechniqueId),
    movements: activities.filter(isMovementId),
    source: parseStored(ENTRY_SOURCE, JSON.stringify(row.source), 'diary_entries.source'),
    notes: row.notes,
    triggers: parseStored(ENTRY_TRIGGERS, row.triggers_json, 'diary_entries.triggers_json'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.pain_after !== null) entry.painAfter = num(row.pain_after);
  if (row.duration_minutes !== null) entry.durationMinutes = num(row.duration_minutes);
  if (row.pressure_felt !== null) entry.pressureFelt = num(row.pressure_felt);
  return entry;
}

function entryColumns(input: DiaryEntryInput) {
  const when = localCalendar(input.occurredAt);
  return {
    occurred_at: when.utc,
    utc_offset: when.offsetMinutes,
    local_day: when.day,
    local_month: when.month,
    pain_before: input.painBefore,
    pain_after: input.painAfter ?? null,
    areas_json: JSON.stringify(input.areas),
    techniques_json: JSON.stringify(activitiesOf(input)),
    source: input.source,
    duration_minutes: input.durationMinutes ?? null,
    pressure_felt: input.pressureFelt ?? null,
    notes: input.notes,
    triggers_json: JSON.stringify(input.triggers),
  };
}

/** An item for `importEntries`. */
export interface ImportedEntry {
  id: string;
  input: DiaryEntryInput;
  createdAt: string;
  updatedAt: string;
}

export interface EntryCursor {
  occurredAt: string;
  id: string;
}

export class EntriesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private async writeTechniques(trx: Transaction<Database>, userId: string, entryId: string, input: DiaryEntryInput): Promise<void> {
    if (activitiesOf(input).length === 0) return;
    const relief = reliefOf(input) ?? null;
    const localDay = localCalendar(input.occurredAt).day;
    await trx
      .insertInto('diary_entry_techniques')
      .values(activitiesOf(input).map((technique) => ({ entry_id: entryId, user_id: userId, technique, relief, local_day: localDay })))
      .execute();
  }

  /**
   * A person may write the same entry twice on purpose: the second keeps no fingerprint (NULL), so it is
   * stored all the same; only imports skip an entry whose fingerprint is already there.
   */
  async insertEntry(userId: string, id: string, input: DiaryEntryInput, now: string): Promise<DiaryEntry> {
    return this.db.transaction().execute(async (trx) => {
      const values = { id, user_id: userId, ...entryColumns(input), created_at: now, updated_at: now };
      const row =
        (await trx
          .insertInto('diary_entries')
          .values({ ...values, fingerprint: fingerprintOf.entry(input) })
          .onConflict((oc) => oc.columns(['user_id', 'fingerprint']).doNothing())
          .returningAll()
          .executeTakeFirst()) ??
        (await trx.insertInto('diary_entries').values({ ...values, fingerprint: null }).returningAll().executeTakeFirstOrThrow());
      await this.writeTechniques(trx, userId, id, input);
      return toEntry(row);
    });
  }

  /**
   * Import: inserts the entries whose fingerprint this person does not have yet, in one statement
   * (`INSERT ... ON CONFLICT DO NOTHING`, so concurrent imports of one file store each entry once).
   * Call inside the import's transaction; returns how many were new.
   */
  async importEntries(userId: string, entries: ImportedEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    const inserted = await this.db
      .insertInto('diary_entries')
      .values(entries.map((e) => ({
        id: e.id, user_id: userId, ...entryColumns(e.input), created_at: e.createdAt, updated_at: e.updatedAt, fingerprint: fingerprintOf.entry(e.input),
      })))
      .onConflict((oc) => oc.columns(['user_id', 'fingerprint']).doNothing())
      .returning('id')
      .execute();
    const byId = new Map(entries.map((e) => [e.id, e.input]));
    const techniques = inserted.flatMap(({ id }) => {
      const input = byId.get(id)!;
      return activitiesOf(input).map((technique) => ({
        entry_id: id, user_id: userId, technique, relief: reliefOf(input) ?? null, local_day: localCalendar(input.occurredAt).day,
      }));
    });
    if (techniques.length > 0) await this.db.insertInto('diary_entry_techniques').values(techniques).execute();
    return inserted.length;
  }

  /** Entries and bytes of notes this person keeps (the import's per-account cap). */
  async usage(userId: string): Promise<{ entries: number; noteBytes: number; checkIns: number }> {
    const entries = await this.db
      .selectFrom('diary_entries')
      .select([sql<number>`count(*)`.as('n'), sql<number | null>`sum(octet_length(notes))`.as('bytes')])
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    const checkIns = await this.db.selectFrom('peg_checkins').select(sql<number>`count(*)`.as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
    return { entries: num(entries.n), noteBytes: num(entries.bytes ?? 0), checkIns: num(checkIns.n) };
  }

  async updateEntry(userId: string, id: string, input: DiaryEntryInput, now: string): Promise<DiaryEntry | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const fingerprint = fingerprintOf.entry(input);
      const row = await trx
        .updateTable('diary_entries')
        .set((eb) => ({
          ...entryColumns(input),
          updated_at: now,
          // Edited into a copy of another entry: keep both, the edited one without a fingerprint.
          fingerprint: eb
            .case()
            .when(eb.exists(eb.selectFrom('diary_entries as other').select('other.id').where('other.user_id', '=', userId).where('other.fingerprint', '=', fingerprint).where('other.id', '<>', id)))
            .then(sql<string | null>`null`)
            .else(fingerprint)
            .end(),
        }))
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .returningAll()
        .executeTakeFirst();
      if (!row) return undefined;
      await trx.deleteFrom('diary_entry_techniques').where('entry_id', '=', id).where('user_id', '=', userId).execute();
      await this.writeTechniques(trx, userId, id, input);
      return toEntry(row);
    });
  }

  async deleteEntry(userId: string, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('diary_entries').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async findEntry(userId: string, id: string): Promise<DiaryEntry | undefined> {
    const row = await this.db.selectFrom('diary_entries').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return row && toEntry(row);
  }

  /** Newest first, keyset-paginated by (occurred_at, id). */
  async listEntries(userId: string, options: { range?: DayRange; limit: number; before?: EntryCursor }): Promise<DiaryEntry[]> {
    let query = this.db.selectFrom('diary_entries').selectAll().where('user_id', '=', userId);
    if (options.range) query = query.where(withinDays(options.range));
    const before = options.before;
    if (before) {
      query = query.where((eb) =>
        eb.or([
          eb('occurred_at', '<', before.occurredAt),
          eb.and([eb('occurred_at', '=', before.occurredAt), eb('id', '<', before.id)]),
        ]),
      );
    }
    const rows = await query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
    return rows.map(toEntry);
  }

  /**
   * Every entry, oldest first, a page at a time (keyset on occurred_at, id): the export streams these
   * rather than holding 100k entries and their JSON in memory at once.
   */
  async *entryPages(userId: string, pageSize = 1000): AsyncGenerator<DiaryEntry[]> {
    let after: EntryCursor | undefined;
    for (;;) {
      let query = this.db.selectFrom('diary_entries').selectAll().where('user_id', '=', userId);
      const cursor = after;
      if (cursor) {
        query = query.where((eb) =>
          eb.or([eb('occurred_at', '>', cursor.occurredAt), eb.and([eb('occurred_at', '=', cursor.occurredAt), eb('id', '>', cursor.id)])]),
        );
      }
      const rows = await query.orderBy('occurred_at').orderBy('id').limit(pageSize).execute();
      if (rows.length === 0) return;
      yield rows.map(toEntry);
      const last = rows[rows.length - 1]!;
      after = { occurredAt: last.occurred_at, id: last.id };
      if (rows.length < pageSize) return;
    }
  }

  /** Every entry, oldest first (export). */
  async allEntries(userId: string): Promise<DiaryEntry[]> {
    const rows = await this.db.selectFrom('diary_entries').selectAll().where('user_id', '=', userId).orderBy('occurred_at').orderBy('id').execute();
    return rows.map(toEntry);
  }
}
