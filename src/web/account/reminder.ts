import type { EventAttributes } from 'ics';

// "Remind me": a calendar file (RFC 5545 .ics) made in the browser with the `ics` library, which loads
// only when the person asks for one, so the diary page and the first load stay small.

export type ReminderKind = 'session' | 'check-in';
export type Repeat = 'daily' | 'weekly';

/** ISO weekday (1 Monday ... 7 Sunday), with the RFC 5545 BYDAY code. */
export const WEEKDAYS = [
  { value: '1', label: 'Monday', code: 'MO' }, { value: '2', label: 'Tuesday', code: 'TU' }, { value: '3', label: 'Wednesday', code: 'WE' },
  { value: '4', label: 'Thursday', code: 'TH' }, { value: '5', label: 'Friday', code: 'FR' }, { value: '6', label: 'Saturday', code: 'SA' },
  { value: '7', label: 'Sunday', code: 'SU' },
] as const;

export interface ReminderChoice {
  kind: ReminderKind;
  /** A check-in is weekly; a session may be daily or weekly. */
  repeat: Repeat;
  /** ISO weekday for a weekly reminder. */
  weekday: number;
  /** `HH:MM`, local time. */
  time: string;
}

const WORDS: Record<ReminderKind, { title: string; description: string; minutes: number; path: string }> = {
  session: {
    title: 'backrub: gentle back massage',
    description: 'Time for your guided massage. Stop if the pain gets sharp, or spreads down a leg. If your back gets worse, see a doctor.',
    minutes: 15,
    path: '/session',
  },
  'check-in': {
    title: 'backrub: weekly check-in',
    description: 'Three quick questions about your back this week. It takes under a minute.',
    minutes: 5,
    path: '/diary/checkin',
  },
};

/** The first time the reminder rings: the chosen time today or later, on the chosen weekday if weekly. */
export function firstOccurrence(choice: ReminderChoice, now: Date): Date {
  const [hours, minutes] = choice.time.split(':').map(Number);
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours ?? 0, minutes ?? 0);
  if (first <= now) first.setDate(first.getDate() + 1);
  if (choice.repeat === 'weekly') {
    const isoDay = (first.getDay() + 6) % 7 + 1;
    first.setDate(first.getDate() + ((choice.weekday - isoDay + 7) % 7));
  }
  return first;
}

/** The event, in floating local time: the calendar keeps it at the same clock time wherever the person is. */
export function reminderEvent(choice: ReminderChoice, now: Date, origin: string): EventAttributes {
  const words = WORDS[choice.kind];
  const first = firstOccurrence(choice, now);
  const repeat = choice.kind === 'check-in' ? 'weekly' : choice.repeat;
  const byDay = WEEKDAYS[choice.weekday - 1]?.code ?? 'MO';
  return {
    title: words.title,
    description: words.description,
    url: `${origin}${words.path}`,
    start: [first.getFullYear(), first.getMonth() + 1, first.getDate(), first.getHours(), first.getMinutes()],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: words.minutes },
    recurrenceRule: repeat === 'daily' ? 'FREQ=DAILY' : `FREQ=WEEKLY;BYDAY=${byDay}`,
    alarms: [{ action: 'display', description: words.title, trigger: { minutes: 0, before: true } }],
    productId: 'backrub/reminder',
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
  };
}

/** The .ics text for the choice. The library is fetched now, on the first "Add to my calendar". */
export async function reminderFile(choice: ReminderChoice, now: Date = new Date(), origin = window.location.origin): Promise<string> {
  const { createEvent } = await import('ics');
  const { error, value } = createEvent(reminderEvent(choice, now, origin));
  if (error || !value) throw error ?? new Error('The calendar file could not be made.');
  return value;
}
