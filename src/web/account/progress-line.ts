import { dateToDay } from '../../core/diary.js';

// The streak and progress line on the diary home: plain facts from the entries already loaded, said
// kindly. It never scolds: a gap is not a failure, and a short entry counts.

interface Dated {
  localDate: string;
  techniques: readonly string[];
  movements?: readonly string[];
}

export interface Progress {
  /** Days in a row with an entry, ending today or yesterday. */
  streak: number;
  /** True when older entries were not loaded and the streak may be longer. */
  atLeast: boolean;
  /** Entries with a massage or a movement in the last 7 days (today included). */
  sessionsThisWeek: number;
}

/** `entries` newest first (as the diary lists them); `more` is true when older ones exist but are not loaded. */
export function progressOf(entries: readonly Dated[], today: string, more: boolean): Progress {
  const todayDay = dateToDay(today);
  const days = new Set(entries.map((e) => dateToDay(e.localDate)));
  let day = days.has(todayDay) ? todayDay : todayDay - 1;
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day -= 1;
  }
  const oldest = entries.length > 0 ? dateToDay(entries[entries.length - 1]!.localDate) : todayDay;
  const sessionsThisWeek = entries.filter(
    (e) => dateToDay(e.localDate) > todayDay - 7 && (e.techniques.length > 0 || (e.movements?.length ?? 0) > 0),
  ).length;
  return { streak, atLeast: more && streak > 0 && day < oldest, sessionsThisWeek };
}

export function progressLine(p: Progress): string {
  const sessions = p.sessionsThisWeek === 0
    ? 'No sessions in the last 7 days yet. A short one counts.'
    : `${p.sessionsThisWeek} ${p.sessionsThisWeek === 1 ? 'session' : 'sessions'} in the last 7 days.`;
  if (p.streak < 2) return sessions;
  return `You wrote in your diary ${p.atLeast ? 'at least ' : ''}${p.streak} days in a row. ${sessions}`;
}
