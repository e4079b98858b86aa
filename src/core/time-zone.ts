import { text } from './text.js';

/** The zone a download uses when the browser does not say one. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** True when this runtime knows `name` as an IANA time zone ("Europe/Paris", "America/New_York", "UTC"). */
export function isTimeZone(name: string): boolean {
  // Offsets such as "+01:00" are accepted by newer runtimes, but they are not a place: daylight saving
  // would be wrong for half the year. Only area/location names (and UTC) pass.
  if (!/^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+)+)$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, e.g. from the browser's `Intl.DateTimeFormat().resolvedOptions().timeZone`. */
export const TimeZoneName = text()
  .max(64, 'must be at most 64 characters')
  .refine(isTimeZone, 'must be a time zone name such as Europe/Paris or UTC');

export interface LocalDateTime {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  /** `HH:MM` (24-hour) in the zone. */
  time: string;
}

/** Formats instants as the calendar date and clock time people in `timeZone` read. Made once per export. */
export function localDateTimeIn(timeZone: string): (instant: string) => LocalDateTime {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  return (instant) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(instant))) parts[part.type] = part.value;
    return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
  };
}
