import type { DiaryEntry, PegCheckIn } from '../../core/diary.js';

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

export const ENTRY_CSV_HEADER = ['id', 'occurredAt', 'localDate', 'painBefore', 'painAfter', 'relief', 'techniques', 'source', 'durationMinutes', 'pressureFelt', 'areas', 'triggers', 'notes'];

export function entryCsvRow(e: DiaryEntry): unknown[] {
  return [
    e.id, e.occurredAt, e.localDate, e.painBefore, e.painAfter,
    e.painAfter === undefined ? undefined : e.painBefore - e.painAfter,
    e.techniques.join(';'), e.source, e.durationMinutes, e.pressureFelt,
    e.areas.map((a) => `${a.area}:${a.intensity}`).join(';'), e.triggers.join(';'), e.notes,
  ];
}

export const CHECK_IN_CSV_HEADER = ['id', 'occurredAt', 'localDate', 'pain', 'enjoyment', 'activity', 'pegScore'];

export function checkInCsvRow(c: PegCheckIn): unknown[] {
  return [c.id, c.occurredAt, c.localDate, c.pain, c.enjoyment, c.activity, c.score];
}

export function entriesCsv(entries: DiaryEntry[]): string {
  return csvLine(ENTRY_CSV_HEADER) + entries.map((e) => csvLine(entryCsvRow(e))).join('');
}

export function checkInsCsv(checkIns: PegCheckIn[]): string {
  return csvLine(CHECK_IN_CSV_HEADER) + checkIns.map((c) => csvLine(checkInCsvRow(c))).join('');
}
