import type { DiaryEntry, PegCheckIn } from '../../core/diary.js';

/**
 * RFC 4180 CSV (CRLF, quotes doubled). Text that a spreadsheet would run as a formula (starting with
 * = + - @ or a tab/CR) is prefixed with an apostrophe: notes are free text typed by a person.
 */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function entriesCsv(entries: DiaryEntry[]): string {
  return table(
    ['id', 'occurredAt', 'localDate', 'painBefore', 'painAfter', 'relief', 'techniques', 'source', 'durationMinutes', 'pressureFelt', 'areas', 'triggers', 'notes'],
    entries.map((e) => [
      e.id, e.occurredAt, e.localDate, e.painBefore, e.painAfter,
      e.painAfter === undefined ? undefined : e.painBefore - e.painAfter,
      e.techniques.join(';'), e.source, e.durationMinutes, e.pressureFelt,
      e.areas.map((a) => `${a.area}:${a.intensity}`).join(';'), e.triggers.join(';'), e.notes,
    ]),
  );
}

export function checkInsCsv(checkIns: PegCheckIn[]): string {
  return table(
    ['id', 'occurredAt', 'localDate', 'pain', 'enjoyment', 'activity', 'pegScore'],
    checkIns.map((c) => [c.id, c.occurredAt, c.localDate, c.pain, c.enjoyment, c.activity, c.score]),
  );
}
