import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { TECHNIQUE_IDS, type TechniqueId } from '../../core/assessment.js';
import { isMovementId, type MovementId } from '../../core/movement-vocabulary.js';
import type { MovementEvidence } from '../../core/movement-learning.js';
import {
  dayToDate, entryFingerprint, localCalendar, monthToDate, withOffset, type BucketSize, type DiaryEntry, type DiaryEntryInput,
  type EntrySource, type PainBucket, type PegCheckIn, type PegCheckInInput, type SessionsPerWeek, type TechniqueEvidence,
  pegScore, reliefOf,
} from '../../core/diary.js';
import type { Database, DiaryEntriesTable, PegCheckInsTable } from '../db/schema.js';

/**
 * Diary entries and PEG-3 check-ins. Every method takes the owner's id and puts it in the WHERE clause:
 * there is no way to reach a row by id alone.
 */

const round2 = (value: number) => Math.round(value * 100) / 100;
const num = (value: unknown): number => Number(value);

// Decision 0052: an entry's movements are stored with its techniques (techniques_json and the
// diary_entry_techniques rows); the two id lists never share a value, so reading splits them again.
const isTechniqueId = (id: string): id is TechniqueId => (TECHNIQUE_IDS as readonly string[]).includes(id);
const activitiesOf = (input: Pick<DiaryEntryInput, 'techniques' | 'movements'>): string[] => [...input.techniques, ...input.movements];

function toEntry(row: Selectable<DiaryEntriesTable>): DiaryEntry {
  const activities = JSON.parse(row.techniques_json) as string[];
  const entry: DiaryEntry = {
    id: row.id,
    occurredAt: withOffset(row.occurred_at, num(row.utc_offset)),
    localDate: dayToDate(num(row.local_day)),
    painBefore: num(row.pain_before),
    areas: JSON.parse(row.areas_json) as DiaryEntry['areas'],
    techniques: activities.filter(isTechniqueId),
    movements: activities.filter(isMovementId),
    source: row.source as EntrySource,
    notes: row.notes,
    triggers: JSON.parse(row.triggers_json) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.pain_after !== null) entry.painAfter = num(row.pain_after);
  if (row.duration_minutes !== null) entry.durationMinutes = num(row.duration_minutes);
  if (row.pressure_felt !== null) entry.pressureFelt = num(row.pressure_felt);
  return entry;
}

function toCheckIn(row: Selectable<PegCheckInsTable>): PegCheckIn {
  const items = { pain: num(row.pain), enjoyment: num(row.enjoyment), activity: num(row.activity) };
  return {
    id: row.id,
    occurredAt: withOffset(row.occurred_at, num(row.utc_offset)),
    localDate: dayToDate(num(row.local_day)),
    ...items,
    score: pegScore(items),
    createdAt: row.created_at,
  };
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

function checkInColumns(input: PegCheckInInput) {
  const when = localCalendar(input.occurredAt);
  return {
    occurred_at: when.utc, utc_offset: when.offsetMinutes, local_day: when.day,
    pain: input.pain, enjoyment: input.enjoyment, activity: input.activity,
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

export interface DayRange {
  fromDay: number;
  toDay: number;
}

export class DiaryRepository {
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
          .values({ ...values, fingerprint: entryFingerprint(input) })
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
        id: e.id, user_id: userId, ...entryColumns(e.input), created_at: e.createdAt, updated_at: e.updatedAt, fingerprint: entryFingerprint(e.input),
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
      const fingerprint = entryFingerprint(input);
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
    if (options.range) query = query.where('local_day', '>=', options.range.fromDay).where('local_day', '<=', options.range.toDay);
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

  /** Pain over time: one row per day, week (Monday) or month, straight from the (user_id, local_day) index. */
  async painBuckets(userId: string, range: DayRange, size: BucketSize): Promise<PainBucket[]> {
    const bucket =
      size === 'day'
        ? sql<number>`local_day`
        : size === 'week'
          ? sql<number>`(local_day - ((((local_day + 3) % 7) + 7) % 7))`
          : sql<number>`local_month`;
    const rows = await this.db
      .selectFrom('diary_entries')
      .select([
        bucket.as('bucket'),
        sql<number>`count(*)`.as('entries'),
        sql<number>`avg(pain_before)`.as('avg_before'),
        sql<number | null>`avg(pain_after)`.as('avg_after'),
        sql<number>`max(pain_before)`.as('max_before'),
      ])
      .where('user_id', '=', userId)
      .where('local_day', '>=', range.fromDay)
      .where('local_day', '<=', range.toDay)
      .groupBy(bucket)
      .orderBy(bucket)
      .execute();
    return rows.map((row) => ({
      start: size === 'month' ? monthToDate(num(row.bucket)) : dayToDate(num(row.bucket)),
      entries: num(row.entries),
      avgBefore: round2(num(row.avg_before)),
      avgAfter: row.avg_after === null ? null : round2(num(row.avg_after)),
      maxBefore: num(row.max_before),
    }));
  }

  /** Entries with at least one technique, per Monday-starting week. */
  async sessionsPerWeek(userId: string, range: DayRange): Promise<SessionsPerWeek[]> {
    const week = sql<number>`(local_day - ((((local_day + 3) % 7) + 7) % 7))`;
    const rows = await this.db
      .selectFrom('diary_entries')
      .select([week.as('week'), sql<number>`count(*)`.as('sessions')])
      .where('user_id', '=', userId)
      .where('local_day', '>=', range.fromDay)
      .where('local_day', '<=', range.toDay)
      .where('techniques_json', '<>', '[]')
      .groupBy(week)
      .orderBy(week)
      .execute();
    return rows.map((row) => ({ weekStart: dayToDate(num(row.week)), sessions: num(row.sessions) }));
  }

  /** The person's own relief per technique (entries with both scores). */
  async techniqueEvidence(userId: string, range?: DayRange): Promise<TechniqueEvidence[]> {
    return (await this.evidence(userId, range)).techniques;
  }

  /** The person's own relief per technique and per stretch or movement, in one query. */
  async evidence(userId: string, range?: DayRange): Promise<{ techniques: TechniqueEvidence[]; movements: MovementEvidence[] }> {
    const rows = await this.activityEvidence(userId, range);
    return {
      techniques: rows.flatMap(({ id, ...e }) => (isTechniqueId(id) ? [{ technique: id, ...e }] : [])),
      movements: rows.flatMap(({ id, ...e }) => (isMovementId(id) ? [{ movement: id as MovementId, ...e }] : [])),
    };
  }

  private async activityEvidence(userId: string, range?: DayRange) {
    let query = this.db
      .selectFrom('diary_entry_techniques as t')
      .select([
        't.technique',
        sql<number>`count(*)`.as('sessions'),
        sql<number>`sum(t.relief)`.as('total_relief'),
        sql<number>`sum(case when t.relief >= 2 then 1 else 0 end)`.as('helped'),
        sql<number>`sum(case when t.relief = 1 then 1 else 0 end)`.as('helped_a_little'),
      ])
      .where('t.user_id', '=', userId)
      .where('t.relief', 'is not', null);
    if (range) query = query.where('t.local_day', '>=', range.fromDay).where('t.local_day', '<=', range.toDay);
    const rows = await query.groupBy('t.technique').orderBy('t.technique').execute();
    return rows.map((row) => ({
      id: row.technique,
      sessions: num(row.sessions),
      totalRelief: num(row.total_relief),
      helped: num(row.helped),
      helpedALittle: num(row.helped_a_little),
    }));
  }

  /** Count and mean pain-before of the entries in a day range. */
  async painStats(userId: string, range: DayRange): Promise<{ entries: number; meanPain: number | null }> {
    const row = await this.db
      .selectFrom('diary_entries')
      .select([sql<number>`count(*)`.as('entries'), sql<number | null>`avg(pain_before)`.as('mean')])
      .where('user_id', '=', userId)
      .where('local_day', '>=', range.fromDay)
      .where('local_day', '<=', range.toDay)
      .executeTakeFirstOrThrow();
    return { entries: num(row.entries), meanPain: row.mean === null ? null : num(row.mean) };
  }

  /** Areas marked in entries of the range, with mean intensity (for the summary's pain map). */
  async areaIntensities(userId: string, range: DayRange): Promise<{ area: string; entries: number; meanIntensity: number }[]> {
    const rows = await this.db
      .selectFrom('diary_entries')
      .select('areas_json')
      .where('user_id', '=', userId)
      .where('local_day', '>=', range.fromDay)
      .where('local_day', '<=', range.toDay)
      .where('areas_json', '<>', '[]')
      .execute();
    const totals = new Map<string, { sum: number; n: number }>();
    for (const row of rows) {
      for (const item of JSON.parse(row.areas_json) as { area: string; intensity: number }[]) {
        const total = totals.get(item.area) ?? { sum: 0, n: 0 };
        total.sum += item.intensity;
        total.n += 1;
        totals.set(item.area, total);
      }
    }
    return [...totals].map(([area, t]) => ({ area, entries: t.n, meanIntensity: round2(t.sum / t.n) }));
  }

  async meanPressureFelt(userId: string, range: DayRange): Promise<{ entries: number; mean: number | null }> {
    const row = await this.db
      .selectFrom('diary_entries')
      .select([sql<number>`count(pressure_felt)`.as('entries'), sql<number | null>`avg(pressure_felt)`.as('mean')])
      .where('user_id', '=', userId)
      .where('local_day', '>=', range.fromDay)
      .where('local_day', '<=', range.toDay)
      .executeTakeFirstOrThrow();
    return { entries: num(row.entries), mean: row.mean === null ? null : round2(num(row.mean)) };
  }

  // ---- PEG-3 check-ins ----

  async insertCheckIn(userId: string, id: string, input: PegCheckInInput, now: string): Promise<PegCheckIn> {
    const values = { id, user_id: userId, ...checkInColumns(input), created_at: now };
    const row =
      (await this.db
        .insertInto('peg_checkins')
        .values({ ...values, fingerprint: values.occurred_at })
        .onConflict((oc) => oc.columns(['user_id', 'fingerprint']).doNothing())
        .returningAll()
        .executeTakeFirst()) ??
      (await this.db.insertInto('peg_checkins').values({ ...values, fingerprint: null }).returningAll().executeTakeFirstOrThrow());
    return toCheckIn(row);
  }

  /** Import: check-ins at an instant this person has none at yet (ON CONFLICT DO NOTHING); returns how many were new. */
  async importCheckIns(userId: string, items: { id: string; input: PegCheckInInput; createdAt: string }[]): Promise<number> {
    if (items.length === 0) return 0;
    const inserted = await this.db
      .insertInto('peg_checkins')
      .values(items.map(({ id, input, createdAt }) => {
        const columns = checkInColumns(input);
        return { id, user_id: userId, ...columns, created_at: createdAt, fingerprint: columns.occurred_at };
      }))
      .onConflict((oc) => oc.columns(['user_id', 'fingerprint']).doNothing())
      .returning('id')
      .execute();
    return inserted.length;
  }

  async listCheckIns(userId: string, range?: DayRange): Promise<PegCheckIn[]> {
    let query = this.db.selectFrom('peg_checkins').selectAll().where('user_id', '=', userId);
    if (range) query = query.where('local_day', '>=', range.fromDay).where('local_day', '<=', range.toDay);
    const rows = await query.orderBy('occurred_at').orderBy('id').execute();
    return rows.map(toCheckIn);
  }

  async latestCheckIn(userId: string): Promise<PegCheckIn | undefined> {
    const row = await this.db
      .selectFrom('peg_checkins')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('occurred_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toCheckIn(row);
  }

  async deleteCheckIn(userId: string, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('peg_checkins').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
