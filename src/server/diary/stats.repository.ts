import { sql, type Kysely } from 'kysely';
import { dayToDate, DiaryEntryInputSchema, monthToDate, WEEK_START_SHIFT, type BucketSize, type PainBucket, type SessionsPerWeek, type TechniqueEvidence } from '../../core/diary.js';
import { MEANINGFUL_RELIEF } from '../../core/learning.js';
import { isMovementId, type MovementId } from '../../core/movement-vocabulary.js';
import type { MovementEvidence } from '../../core/movement-learning.js';
import type { Database } from '../db/schema.js';
import { parseStored } from '../db/stored-json.js';
import { withinDays, type DayRange } from './day-range.js';
import { isTechniqueId, num } from './entries.repository.js';

/** Aggregates over a person's diary for the dashboard, the summary and the learning: reads only. */

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The Monday that starts a row's week, as `weekStartDay` in core works it out, in SQL. */
const WEEK_START = sql<number>`(local_day - ((((local_day + ${sql.lit(WEEK_START_SHIFT)}) % 7) + 7) % 7))`;

export class DiaryStatsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Pain over time: one row per day, week (Monday) or month, straight from the (user_id, local_day) index. */
  async painBuckets(userId: string, range: DayRange, size: BucketSize): Promise<PainBucket[]> {
    const bucket =
      size === 'day'
        ? sql<number>`local_day`
        : size === 'week'
          ? WEEK_START
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
      .where(withinDays(range))
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
    const week = WEEK_START;
    const rows = await this.db
      .selectFrom('diary_entries')
      .select([week.as('week'), sql<number>`count(*)`.as('sessions')])
      .where('user_id', '=', userId)
      .where(withinDays(range))
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
        sql<number>`sum(case when t.relief >= ${sql.lit(MEANINGFUL_RELIEF)} then 1 else 0 end)`.as('helped'),
        sql<number>`sum(case when t.relief > 0 and t.relief < ${sql.lit(MEANINGFUL_RELIEF)} then 1 else 0 end)`.as('helped_a_little'),
      ])
      .where('t.user_id', '=', userId)
      .where('t.relief', 'is not', null);
    if (range) query = query.where(withinDays(range, 't.local_day'));
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
      .where(withinDays(range))
      .executeTakeFirstOrThrow();
    return { entries: num(row.entries), meanPain: row.mean === null ? null : num(row.mean) };
  }

  /** Areas marked in entries of the range, with mean intensity (for the summary's pain map). */
  async areaIntensities(userId: string, range: DayRange): Promise<{ area: string; entries: number; meanIntensity: number }[]> {
    const rows = await this.db
      .selectFrom('diary_entries')
      .select('areas_json')
      .where('user_id', '=', userId)
      .where(withinDays(range))
      .where('areas_json', '<>', '[]')
      .execute();
    const totals = new Map<string, { sum: number; n: number }>();
    for (const row of rows) {
      for (const item of parseStored(DiaryEntryInputSchema.shape.areas, row.areas_json, 'diary_entries.areas_json')) {
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
      .where(withinDays(range))
      .executeTakeFirstOrThrow();
    return { entries: num(row.entries), mean: row.mean === null ? null : round2(num(row.mean)) };
  }

}
