import { TECHNIQUE_IDS, type TechniqueId } from '../../core/assessment.js';
import { BODY_AREAS, type BodyArea } from '../../core/intake.js';
import { TECHNIQUES } from '../core.js';
import { optionLabel } from '../labels.js';

// Words and dates for the diary pages: technique and area names come from the core, so every page
// (and the CLI) names things the same way.

export { TECHNIQUE_IDS, BODY_AREAS, type TechniqueId, type BodyArea };

export function techniqueName(id: string): string {
  return TECHNIQUES[id as TechniqueId]?.name ?? id;
}

export function areaName(id: string): string {
  return optionLabel('areas', id);
}

/** `2025-03-01T21:30` (what <input type="datetime-local"> holds) for this moment, in local time. */
export function localInputValue(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The device's UTC offset at that local time, as `+01:00`. */
function offsetFor(localValue: string): string {
  const minutes = -new Date(localValue).getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** datetime-local value -> the API's timestamp with offset, e.g. `2025-03-01T21:30:00+01:00`. */
export function toTimestamp(localValue: string): string {
  return `${localValue}:00${offsetFor(localValue)}`;
}

/** The API's timestamp (written in the person's own offset) -> datetime-local value. */
export function fromTimestamp(timestamp: string): string {
  return timestamp.slice(0, 16);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `YYYY-MM-DD` -> "Saturday 1 March 2025". */
export function longDay(date: string): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** `YYYY-MM-DD` -> "1 Mar 2025". */
export function shortDay(date: string): string {
  return shortDayFormat.format(new Date(`${date}T00:00:00Z`));
}

export function monthName(date: string): string {
  return monthFormat.format(new Date(`${date}T00:00:00Z`));
}

/** The clock time written in the entry's own offset, e.g. "21:30". */
export function clockTime(timestamp: string): string {
  return timestamp.slice(11, 16);
}

/** A moment (UTC ISO) in this device's local words, e.g. "1 Mar 2025, 21:30". */
export function moment(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** `YYYY-MM-DD` of a day `days` before today, in local time. */
export function daysAgo(days: number, from: Date = new Date()): string {
  const d = new Date(from);
  d.setDate(d.getDate() - days);
  return localInputValue(d).slice(0, 10);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Relief in words: positive means less pain after. */
export function reliefWords(relief: number): string {
  const r = Math.round(relief * 10) / 10;
  if (r > 0) return `${r} ${r === 1 ? 'point' : 'points'} less pain`;
  if (r < 0) return `${-r} ${r === -1 ? 'point' : 'points'} more pain`;
  return 'no change';
}
