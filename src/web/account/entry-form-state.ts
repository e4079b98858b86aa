import { z } from 'zod';
import { ENTRY_SOURCES, type DiaryEntryInput } from '../../core/diary.js';
import { BODY_AREAS, fromTimestamp, localInputValue, TECHNIQUE_IDS, toTimestamp, type BodyArea } from './format.js';
import type { DiaryEntry } from './types.js';

// The diary entry form's state and rules, apart from its view (EntryForm.tsx): what the fields hold,
// how an entry becomes fields and fields become the API's input, and which message goes by which field.

/** The form as typed (strings while typing), also its draft in this tab: parsed back with this schema. */
export const FormStateSchema = z.object({
  occurredAt: z.string(),
  painBefore: z.number().optional(),
  painAfter: z.number().optional(),
  areas: z.array(z.object({ area: z.enum(BODY_AREAS), intensity: z.number() })),
  techniques: z.array(z.enum(TECHNIQUE_IDS)),
  source: z.enum(ENTRY_SOURCES),
  durationMinutes: z.string(),
  pressureFelt: z.number().optional(),
  notes: z.string(),
  triggers: z.string(),
});
export type FormState = z.output<typeof FormStateSchema>;

export type FieldErrors = Record<string, string>;

export const emptyForm = (now: Date = new Date()): FormState => ({
  occurredAt: localInputValue(now),
  painBefore: undefined,
  painAfter: undefined,
  areas: [],
  techniques: [],
  source: 'other',
  durationMinutes: '',
  pressureFelt: undefined,
  notes: '',
  triggers: '',
});

export function fromEntry(e: DiaryEntry): FormState {
  return {
    occurredAt: fromTimestamp(e.occurredAt),
    painBefore: e.painBefore,
    painAfter: e.painAfter,
    areas: e.areas,
    techniques: e.techniques,
    source: e.source,
    durationMinutes: e.durationMinutes === undefined ? '' : String(e.durationMinutes),
    pressureFelt: e.pressureFelt,
    notes: e.notes,
    triggers: e.triggers.join(', '),
  };
}

/** The API's input: empty optional fields are left out, triggers become a list of lower-case words, each once. */
export function toInput(f: FormState): Partial<DiaryEntryInput> {
  const minutes = f.durationMinutes.trim();
  return {
    occurredAt: f.occurredAt ? toTimestamp(f.occurredAt) : '',
    ...(f.painBefore !== undefined && { painBefore: f.painBefore }),
    ...(f.painAfter !== undefined && { painAfter: f.painAfter }),
    areas: f.areas,
    techniques: f.techniques,
    source: f.source,
    ...(minutes !== '' && { durationMinutes: Number(minutes) }),
    ...(f.pressureFelt !== undefined && { pressureFelt: f.pressureFelt }),
    notes: f.notes,
    triggers: [...new Set(f.triggers.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))],
  };
}

/** The two answers the form needs before it asks the server; the server checks the rest. */
export function missingAnswers(f: FormState): FieldErrors {
  const missing: FieldErrors = {};
  if (!f.occurredAt) missing['occurredAt'] = 'Please choose the date and time.';
  if (f.painBefore === undefined) missing['painBefore'] = 'Please move the slider to say how much it hurt.';
  return missing;
}

/** Ticks or unticks a place; a new place starts at the pain before (or 5). */
export function withArea(f: FormState, area: BodyArea, on: boolean): FormState['areas'] {
  const others = f.areas.filter((a) => a.area !== area);
  return on ? [...others, { area, intensity: f.painBefore ?? 5 }] : others;
}

/** The errors left once the person changes these fields. */
export function withoutErrorsFor(errors: FieldErrors, patch: Partial<FormState>): FieldErrors {
  const keys = Object.keys(patch).filter((k) => errors[k]);
  if (keys.length === 0) return errors;
  const next = { ...errors };
  for (const k of keys) delete next[k];
  return next;
}

// Where each API field path shows its message, and what the field is called in the summary.
export const FIELD_IDS: readonly [field: string, id: string, label: string][] = [
  ['occurredAt', 'entry-when', 'Date and time'],
  ['painBefore', 'entry-before', 'Pain before'],
  ['painAfter', 'entry-after', 'Pain after'],
  ['areas', 'entry-areas', 'Where it hurts'],
  ['techniques', 'entry-techniques', 'What you did'],
  ['source', 'entry-source', 'Who did it'],
  ['durationMinutes', 'entry-duration', 'How long'],
  ['pressureFelt', 'entry-pressure', 'Pressure'],
  ['notes', 'entry-notes', 'Notes'],
  ['triggers', 'entry-triggers', 'Triggers'],
];

const fieldOf = (path: string) => FIELD_IDS.find(([field]) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`));

/**
 * The server's issues by form field (the first one per field, `areas[0].intensity` under `areas`), and
 * the ones no field shows, as "path: message" for the summary.
 */
export function placeIssues(byPath: Record<string, string>, wording: (text: string) => string): { fields: FieldErrors; unplaced: string[] } {
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const [path, text] of Object.entries(byPath)) {
    const field = fieldOf(path);
    if (field) fields[field[0]] ??= wording(text);
    else unplaced.push(`${path}: ${text}`);
  }
  return { fields, unplaced };
}

/** The summary's links: each field with a message, in the form's order. */
export const summaryFields = (errors: FieldErrors) =>
  FIELD_IDS.filter(([field]) => errors[field]).map(([field, id, label]) => ({ id, label, message: errors[field] as string }));
