import type { TechniqueId } from '../../core/assessment.js';
import type { DiaryEntry, PegCheckIn } from '../../core/diary.js';
import { MOVEMENTS } from '../../core/knowledge/movements.js';
import { TECHNIQUES } from '../../core/knowledge/techniques.js';
import type { MovementId } from '../../core/movement-vocabulary.js';
import { DEFAULT_TIME_ZONE, localDateTimeIn, type LocalDateTime } from '../../core/time-zone.js';

/**
 * RFC 4180 CSV (CRLF, quotes doubled), hardened per the OWASP "CSV injection" guidance: notes and tags
 * are free text typed by a person, and a spreadsheet runs a cell that starts with = + - @ as a formula.
 */

// Characters a spreadsheet skips before it looks for a formula sign: space, tab, CR, LF, no-break
// space, and the zero-width and other Unicode spaces.
const LEADING_BLANKS = '[\\s\\u00a0\\u1680\\u180e\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u2060\\u3000\\ufeff]*';
const FORMULA_START = new RegExp(`^${LEADING_BLANKS}[=+\\-@]`, 'u');
// A cell may also be split into a formula at a tab or CR (some importers treat them as separators).
const CONTROL_START = /^[\t\r]/;
// Anything a reader might take as a separator or a quote: comma, semicolon (the separator in many
// European locales), quotes and line breaks.
const NEEDS_QUOTES = /[",;\r\n]/;

/** One CSV cell: text that could run as a formula gets a leading apostrophe, then quoting as needed. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && (FORMULA_START.test(text) || CONTROL_START.test(text))) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header line and rows, each line ending in CRLF. */
export function csvLine(row: unknown[]): string {
  return row.map(csvCell).join(',') + '\r\n';
}

/**
 * Spreadsheet columns: the date and time as the person reads them (in the export's time zone, named on
 * every row), names a person knows, then the ids and the exact instant for anyone joining files.
 */
export const ENTRY_CSV_HEADER = [
  'date', 'time', 'timeZone', 'painBefore', 'painAfter', 'relief', 'techniques', 'movements', 'source', 'durationMinutes',
  'pressureFelt', 'areas', 'triggers', 'notes', 'techniqueIds', 'movementIds', 'id', 'occurredAt',
];

/** The zone a CSV export is written in, and how an instant reads there. */
export interface CsvZone {
  timeZone: string;
  local: (instant: string) => LocalDateTime;
}

export function csvZone(timeZone: string): CsvZone {
  return { timeZone, local: localDateTimeIn(timeZone) };
}

const techniqueNames = (ids: readonly string[]) => ids.map((id) => TECHNIQUES[id as TechniqueId]?.name ?? id).join('; ');
const movementNames = (ids: readonly string[]) => ids.map((id) => MOVEMENTS[id as MovementId]?.name ?? id).join('; ');

export function entryCsvRow(e: DiaryEntry, zone: CsvZone): unknown[] {
  const { date, time } = zone.local(e.occurredAt);
  const movements = e.movements ?? [];
  return [
    date, time, zone.timeZone, e.painBefore, e.painAfter,
    e.painAfter === undefined ? undefined : e.painBefore - e.painAfter,
    techniqueNames(e.techniques), movementNames(movements), e.source, e.durationMinutes, e.pressureFelt,
    e.areas.map((a) => `${a.area}:${a.intensity}`).join(';'), e.triggers.join(';'), e.notes,
    e.techniques.join(';'), movements.join(';'), e.id, e.occurredAt,
  ];
}

export const CHECK_IN_CSV_HEADER = ['date', 'time', 'timeZone', 'pain', 'enjoyment', 'activity', 'pegScore', 'id', 'occurredAt'];

export function checkInCsvRow(c: PegCheckIn, zone: CsvZone): unknown[] {
  const { date, time } = zone.local(c.occurredAt);
  return [date, time, zone.timeZone, c.pain, c.enjoyment, c.activity, c.score, c.id, c.occurredAt];
}

export function entriesCsv(entries: DiaryEntry[], zone: CsvZone = csvZone(DEFAULT_TIME_ZONE)): string {
  return csvLine(ENTRY_CSV_HEADER) + entries.map((e) => csvLine(entryCsvRow(e, zone))).join('');
}
