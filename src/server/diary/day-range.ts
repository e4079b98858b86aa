import { sql, type Expression, type SqlBool } from 'kysely';

/** An inclusive range of the person's calendar days (days since 1970-01-01, as stored in `local_day`). */
export interface DayRange {
  fromDay: number;
  toDay: number;
}

/** `column` within the range: the one WHERE clause every day-range query uses (it keeps the (user_id, local_day) index). */
export function withinDays(range: DayRange, column = 'local_day'): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} >= ${range.fromDay} and ${sql.ref(column)} <= ${range.toDay}`;
}
