import type {
  BodyArea, Cause, Condition, Context, Equipment, Goal, Intake, PainPattern, PainQuality, Pressure,
  SettingPreference, Symptom, Trend,
} from '../core/intake.js';

// The wizard's answers as the person gives them (some still missing), kept in localStorage so a reload
// or a closed tab loses nothing. `toIntake` turns them into the core's Intake shape.

export type DurationUnit = 'days' | 'weeks' | 'months' | 'years';

export interface Answers {
  symptoms: Symptom[];
  age?: number;
  pregnant?: boolean;
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
  contexts: Context[];
  goals: Goal[];
  setting?: SettingPreference;
  pressure?: Pressure;
  equipment: Equipment[];
}

export const EMPTY_ANSWERS: Answers = {
  symptoms: [], conditions: [], areas: [], quality: [], durationUnit: 'weeks', causes: [], contexts: [], goals: [], equipment: [],
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

export function loadAnswers(): Answers {
  const raw = storage()?.getItem(KEY);
  if (!raw) return { ...EMPTY_ANSWERS };
  try {
    const parsed = JSON.parse(raw) as Partial<Answers>;
    return { ...EMPTY_ANSWERS, ...parsed };
  } catch {
    return { ...EMPTY_ANSWERS };
  }
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

const DAYS_PER: Record<DurationUnit, number> = { days: 1, weeks: 7, months: 30, years: 365 };

export function durationDays(answers: Answers): number | undefined {
  if (answers.durationAmount === undefined) return undefined;
  return Math.round(answers.durationAmount * DAYS_PER[answers.durationUnit]);
}

/** The answers in the core's Intake shape. Missing required answers stay missing, so validation can name them. */
export function toIntake(a: Answers): Partial<Intake> {
  const intake: Partial<Intake> = {
    age: a.age,
    areas: a.areas,
    pattern: a.pattern,
    quality: a.quality,
    intensity: a.intensity,
    durationDays: durationDays(a),
    causes: a.causes,
    contexts: a.contexts,
    goals: a.goals,
    equipment: a.equipment,
    conditions: a.conditions,
    symptoms: a.symptoms,
  };
  if (a.pregnant !== undefined) intake.pregnant = a.pregnant;
  if (a.radiatesBelowKnee !== undefined) intake.radiatesBelowKnee = a.radiatesBelowKnee;
  if (a.trend) intake.trend = a.trend;
  if (a.setting) intake.setting = a.setting;
  if (a.pressure) intake.pressure = a.pressure;
  for (const key of Object.keys(intake) as (keyof Intake)[]) if (intake[key] === undefined) delete intake[key];
  return intake;
}

/** A complete intake for the safety screen alone, with neutral stand-ins for what is not yet answered. */
export function safetyProbe(a: Answers): Intake {
  return {
    age: a.age ?? 40,
    areas: a.areas.length ? a.areas : ['lower-back'],
    pattern: a.pattern ?? 'one-spot',
    quality: a.quality,
    intensity: a.intensity ?? 0,
    durationDays: durationDays(a) ?? 1,
    causes: a.causes,
    conditions: a.conditions,
    symptoms: a.symptoms,
    ...(a.pregnant !== undefined ? { pregnant: a.pregnant } : {}),
    ...(a.radiatesBelowKnee !== undefined ? { radiatesBelowKnee: a.radiatesBelowKnee } : {}),
  };
}
