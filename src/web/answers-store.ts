import type { Intake } from '../core/intake.js';
import { spanDays } from '../core/days-ago.js';
import { type DurationUnit, parseSavedAnswers, type SavedAnswers } from '../core/saved-answers.js';
import type { Salvaged } from '../core/salvage.js';

// The wizard's answers as the person gives them (some still missing), kept in localStorage so a reload
// or a closed tab loses nothing. Free of the safety engine, so the first page can read them; answers.ts
// adds what needs the engine (the core flow's draft, the first wizard's saves).

export type { DurationUnit };
export type Answers = SavedAnswers;

export const EMPTY_ANSWERS: Answers = {
  symptoms: [], conditions: [], areas: [], quality: [], durationUnit: 'weeks', causes: [], contexts: [], goals: [], equipment: [],
  answered: [],
};

const KEY = 'backrub.answers.v1';
const STEP_KEY = 'backrub.step.v1';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode or storage blocked: the app still works, it just forgets on reload
  }
}

/**
 * Saved answers, from this wizard or an older one, parsed with the core schema (saved-answers.ts): a
 * value the app no longer knows is dropped, never trusted. A save from the first wizard (no `answered`)
 * comes back with none answered; `parseAnswers` in answers.ts, which has the engine, settles it.
 */
export function parseStoredAnswers(value: unknown): Answers {
  return parseSavedAnswers(value).value;
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null; // storage blocked after all: same as nothing saved
  }
}

const NOT_JSON = Symbol('not JSON');

function savedJson(): unknown {
  const raw = read(KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** The saved answers as JSON, or undefined when there are none or they are not JSON. */
export function storedAnswers(): unknown {
  const json = savedJson();
  return json === NOT_JSON ? undefined : json;
}

/** The saved answers and the names of any saved values that could not be read (and were left out). */
export function readStoredAnswers(): Salvaged<Answers> {
  const json = savedJson();
  if (json === NOT_JSON) return { value: { ...EMPTY_ANSWERS }, dropped: ['answers'] };
  return json === undefined ? { value: { ...EMPTY_ANSWERS }, dropped: [] } : parseSavedAnswers(json);
}

/** The saved answers without the engine: right for every field except a first-wizard save's `answered`. */
export function loadStoredAnswers(): Answers {
  return readStoredAnswers().value;
}

/** Whether the saved answers come from the first wizard, which kept no `answered` list. */
export function isV1Save(value: unknown = storedAnswers()): boolean {
  return !!value && typeof value === 'object' && !('answered' in value);
}

export function saveAnswers(answers: Answers): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(answers));
  } catch {
    /* storage full or blocked: the answers stay on screen until the tab closes */
  }
}

export function loadStep(): number {
  const step = Number(read(STEP_KEY) ?? 0);
  return Number.isInteger(step) && step >= 0 ? step : 0;
}

export function saveStep(step: number): void {
  storage()?.setItem(STEP_KEY, String(step));
}

export function clearAnswers(): void {
  storage()?.removeItem(KEY);
  storage()?.removeItem(STEP_KEY);
}

export function durationDays(answers: Answers): number | undefined {
  if (answers.durationAmount === undefined) return undefined;
  return spanDays(answers.durationAmount, answers.durationUnit);
}

/** The value one intake field has in the answers (durationDays from amount and unit; pregnant as yes/no/unsure). */
export function fieldValue(a: Answers, field: keyof Intake): unknown {
  if (field === 'durationDays') return durationDays(a);
  if (field === 'pregnant') return a.pregnancy;
  return (a as unknown as Record<string, unknown>)[field];
}

