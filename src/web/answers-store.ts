import {
  BODY_AREAS, CAUSES, CONDITIONS, CONTEXTS, EQUIPMENT, GOALS, ONSETS, PAIN_PATTERNS, PAIN_QUALITIES, PRESSURES, QUESTION_IDS,
  SETTINGS, SYMPTOMS, TRENDS,
  type BodyArea, type Cause, type Condition, type Context, type Equipment, type Goal, type Onset, type PainPattern,
  type PainQuality, type Pressure, type QuestionId, type SettingPreference, type Symptom, type Trend,
} from '../core/vocabulary.js';
import type { Intake } from '../core/intake.js';
import { spanDays, type SpanUnit } from '../core/days-ago.js';
import type { PregnancyAnswer } from '../core/knowledge/flow-questions.js';

// The wizard's answers as the person gives them (some still missing), kept in localStorage so a reload
// or a closed tab loses nothing. Free of the safety engine, so the first page can read them; answers.ts
// adds what needs the engine (the core flow's draft, the first wizard's saves).

export type DurationUnit = SpanUnit;

export interface Answers {
  symptoms: Symptom[];
  age?: number;
  /** "I might be" is an answer too: the core turns it into the might-be-pregnant condition. */
  pregnancy?: PregnancyAnswer;
  pregnancyWeeks?: number;
  conditions: Condition[];
  areas: BodyArea[];
  pattern?: PainPattern;
  radiatesBelowKnee?: boolean;
  quality: PainQuality[];
  intensity?: number;
  durationAmount?: number;
  durationUnit: DurationUnit;
  trend?: Trend;
  causes: Cause[];
  onset?: Onset;
  movementChangesPain?: boolean;
  daysSinceInjury?: number;
  contexts: Context[];
  goals: Goal[];
  setting?: SettingPreference;
  pressure?: Pressure;
  equipment: Equipment[];
  /** The flow's questions the person has seen and moved on from (pressed Next), in the order answered. */
  answered: QuestionId[];
}

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

const DURATION_UNITS: readonly DurationUnit[] = ['days', 'weeks', 'months', 'years'];
const PREGNANCY: readonly PregnancyAnswer[] = ['yes', 'no', 'unsure'];

const listOf = <V extends string>(value: unknown, allowed: readonly V[]): V[] =>
  Array.isArray(value) ? [...new Set(value.filter((v): v is V => (allowed as readonly unknown[]).includes(v)))] : [];
const oneOf = <V extends string>(value: unknown, allowed: readonly V[]): V | undefined =>
  (allowed as readonly unknown[]).includes(value) ? (value as V) : undefined;
const numberOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const booleanOf = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/**
 * Saved answers, from this wizard or an older one: every value is checked against today's lists and a
 * value the app no longer knows is dropped, never trusted. A save from the first wizard (no `answered`)
 * comes back with none answered; `parseAnswers` in answers.ts, which has the engine, settles it.
 */
export function parseStoredAnswers(value: unknown): Answers {
  if (!value || typeof value !== 'object') return { ...EMPTY_ANSWERS };
  const raw = value as Record<string, unknown>;
  const pregnancy = oneOf(raw['pregnancy'], PREGNANCY) ?? (typeof raw['pregnant'] === 'boolean' ? (raw['pregnant'] ? 'yes' : 'no') : undefined);
  const a: Answers = {
    symptoms: listOf(raw['symptoms'], SYMPTOMS),
    conditions: listOf(raw['conditions'], CONDITIONS),
    areas: listOf(raw['areas'], BODY_AREAS),
    quality: listOf(raw['quality'], PAIN_QUALITIES),
    durationUnit: oneOf(raw['durationUnit'], DURATION_UNITS) ?? 'weeks',
    causes: listOf(raw['causes'], CAUSES),
    contexts: listOf(raw['contexts'], CONTEXTS),
    goals: listOf(raw['goals'], GOALS),
    equipment: listOf(raw['equipment'], EQUIPMENT),
    answered: listOf(raw['answered'], QUESTION_IDS),
  };
  const optional: Partial<Answers> = {
    age: numberOf(raw['age']),
    pregnancy,
    pregnancyWeeks: numberOf(raw['pregnancyWeeks']),
    pattern: oneOf(raw['pattern'], PAIN_PATTERNS),
    radiatesBelowKnee: booleanOf(raw['radiatesBelowKnee']),
    intensity: numberOf(raw['intensity']),
    durationAmount: numberOf(raw['durationAmount']),
    trend: oneOf(raw['trend'], TRENDS),
    onset: oneOf(raw['onset'], ONSETS),
    movementChangesPain: booleanOf(raw['movementChangesPain']),
    daysSinceInjury: numberOf(raw['daysSinceInjury']),
    setting: oneOf(raw['setting'], SETTINGS),
    pressure: oneOf(raw['pressure'], PRESSURES),
  };
  for (const [key, v] of Object.entries(optional)) if (v !== undefined) (a as unknown as Record<string, unknown>)[key] = v;
  return a;
}

/** The saved answers as JSON, or undefined when there are none or they are not JSON. */
export function storedAnswers(): unknown {
  const raw = storage()?.getItem(KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The saved answers without the engine: right for every field except a first-wizard save's `answered`. */
export function loadStoredAnswers(): Answers {
  return parseStoredAnswers(storedAnswers());
}

/** Whether the saved answers come from the first wizard, which kept no `answered` list. */
export function isV1Save(value: unknown = storedAnswers()): boolean {
  return !!value && typeof value === 'object' && !('answered' in value);
}

export function saveAnswers(answers: Answers): void {
  storage()?.setItem(KEY, JSON.stringify(answers));
}

export function loadStep(): number {
  const step = Number(storage()?.getItem(STEP_KEY) ?? 0);
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

