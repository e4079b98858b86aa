import type { Kysely, Selectable } from 'kysely';
import { dayToDate, localCalendar, pegScore, withOffset, type PegCheckIn, type PegCheckInInput } from '../../core/diary.js';
import type { Database, PegCheckInsTable } from '../db/schema.js';
import { withinDays, type DayRange } from './day-range.js';
import { num } from './entries.repository.js';
import { fingerprintOf } from './fingerprint.js';

/** PEG-3 check-ins, scoped by owner like the entries. */
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

function checkInColumns(input: PegCheckInInput) {
  const when = localCalendar(input.occurredAt);
  return {
    occurred_at: when.utc, utc_offset: when.offsetMinutes, local_day: when.day,
    pain: input.pain, enjoyment: input.enjoyment, activity: input.activity,
  };
}

export class CheckInsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertCheckIn(userId: string, id: string, input: PegCheckInInput, now: string): Promise<PegCheckIn> {
    const values = { id, user_id: userId, ...checkInColumns(input), created_at: now };
    const row =
      (await this.db
        .insertInto('peg_checkins')
        .values({ ...values, fingerprint: fingerprintOf.checkIn(values) })
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
        return { id, user_id: userId, ...columns, created_at: createdAt, fingerprint: fingerprintOf.checkIn(columns) };
      }))
      .onConflict((oc) => oc.columns(['user_id', 'fingerprint']).doNothing())
      .returning('id')
      .execute();
    return inserted.length;
  }

  async listCheckIns(userId: string, range?: DayRange): Promise<PegCheckIn[]> {
    let query = this.db.selectFrom('peg_checkins').selectAll().where('user_id', '=', userId);
    if (range) query = query.where(withinDays(range));
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
