import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { TECHNIQUE_IDS, type TechniqueId } from '../../core/assessment.js';
import { isMovementId, type MovementId } from '../../core/movement-vocabulary.js';
import type { MovementEvidence } from '../../core/movement-learning.js';
import {
  dayToDate, localCalendar, monthToDate, withOffset, type BucketSize, type DiaryEntry, type DiaryEntryInput,
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

  async insertEntry(userId: string, id: string, input: DiaryEntryInput, now: string): Promise<DiaryEntry> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('diary_entries')
        .values({ id, user_id: userId, ...entryColumns(input), created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.writeTechniques(trx, userId, id, input);
      return toEntry(row);
    });
  }

  /** Many entries in one transaction (import, seeding). */
  async insertEntries(userId: string, entries: { id: string; input: DiaryEntryInput; createdAt: string; updatedAt: string }[]): Promise<void> {
    const chunk = 200;
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < entries.length; i += chunk) {
        const part = entries.slice(i, i + chunk);
        await trx
          .insertInto('diary_entries')
          .values(part.map((e) => ({ id: e.id, user_id: userId, ...entryColumns(e.input), created_at: e.createdAt, updated_at: e.updatedAt })))
          .execute();
        const techniques = part.flatMap((e) =>
          activitiesOf(e.input).map((technique) => ({
            entry_id: e.id, user_id: userId, technique, relief: reliefOf(e.input) ?? null, local_day: localCalendar(e.input.occurredAt).day,
          })),
        );
        if (techniques.length > 0) await trx.insertInto('diary_entry_techniques').values(techniques).execute();
      }
    });
  }

  async updateEntry(userId: string, id: string, input: DiaryEntryInput, now: string): Promise<DiaryEntry | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('diary_entries')
        .set({ ...entryColumns(input), updated_at: now })
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

  /** Every entry, oldest first (export). */
  async allEntries(userId: string): Promise<DiaryEntry[]> {
    const rows = await this.db.selectFrom('diary_entries').selectAll().where('user_id', '=', userId).orderBy('occurred_at').orderBy('id').execute();
    return rows.map(toEntry);
  }

  /** Keys of existing entries, to make an import idempotent. */
  async entryFingerprints(userId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('diary_entries')
      .select(['occurred_at', 'pain_before', 'pain_after', 'techniques_json'])
      .where('user_id', '=', userId)
      .execute();
    return new Set(rows.map((r) => `${r.occurred_at}|${num(r.pain_before)}|${r.pain_after === null ? '' : num(r.pain_after)}|${r.techniques_json}`));
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
    const when = localCalendar(input.occurredAt);
    const row = await this.db
      .insertInto('peg_checkins')
      .values({
        id, user_id: userId, occurred_at: when.utc, utc_offset: when.offsetMinutes, local_day: when.day,
        pain: input.pain, enjoyment: input.enjoyment, activity: input.activity, created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCheckIn(row);
  }

  async insertCheckIns(userId: string, items: { id: string; input: PegCheckInInput; createdAt: string }[]): Promise<void> {
    if (items.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < items.length; i += 200) {
        await trx
          .insertInto('peg_checkins')
          .values(
            items.slice(i, i + 200).map(({ id, input, createdAt }) => {
              const when = localCalendar(input.occurredAt);
              return {
                id, user_id: userId, occurred_at: when.utc, utc_offset: when.offsetMinutes, local_day: when.day,
                pain: input.pain, enjoyment: input.enjoyment, activity: input.activity, created_at: createdAt,
              };
            }),
          )
          .execute();
      }
    });
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
