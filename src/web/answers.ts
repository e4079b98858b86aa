import {
  BODY_AREAS, CAUSES, CONDITIONS, CONTEXTS, EQUIPMENT, GOALS, ONSETS, PAIN_PATTERNS, PAIN_QUALITIES, PRESSURES, QUESTION_IDS,
  SETTINGS, SYMPTOMS, TRENDS,
  type BodyArea, type Cause, type Condition, type Context, type Equipment, type Goal, type Intake, type Onset, type PainPattern,
  type PainQuality, type Pressure, type QuestionId, type SettingPreference, type Symptom, type Trend,
} from '../core/intake.js';
import { applyAnswer, FLOW_QUESTIONS, type Draft, type FlowAnswer, type PregnancyAnswer } from './core.js';

// The wizard's answers as the person gives them (some still missing), kept in localStorage so a reload
// or a closed tab loses nothing. `toDraft` turns them into the core flow's draft (a partial intake with
// `answered`), through the core's own `applyAnswer`, so the web and the CLI fill the intake the same way.

export type DurationUnit = 'days' | 'weeks' | 'months' | 'years';

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

/** The questions the first wizard asked: an old save that made a whole intake had answered all of them. */
const V1_QUESTIONS: readonly QuestionId[] = [
  'emergency-signs', 'warning-signs', 'conditions', 'age', 'pregnant', 'areas', 'pattern', 'quality', 'intensity', 'duration',
  'trend', 'causes', 'contexts', 'goals', 'setting', 'pressure', 'equipment',
];

const listOf = <V extends string>(value: unknown, allowed: readonly V[]): V[] =>
  Array.isArray(value) ? [...new Set(value.filter((v): v is V => (allowed as readonly unknown[]).includes(v)))] : [];
const oneOf = <V extends string>(value: unknown, allowed: readonly V[]): V | undefined =>
  (allowed as readonly unknown[]).includes(value) ? (value as V) : undefined;
const numberOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const booleanOf = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/**
 * Saved answers, from this wizard or an older one: every value is checked against today's lists and a
 * value the app no longer knows is dropped, never trusted. An old save (no `answered`) that made a whole
 * intake counts the first wizard's questions as answered, so only the new follow-up questions are asked.
 */
export function parseAnswers(value: unknown): Answers {
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
  if (!('answered' in raw)) {
    const v1 = toDraft({ ...a, answered: [...V1_QUESTIONS] });
    if (V1_QUESTIONS.every((id) => v1.answered?.includes(id))) a.answered = [...V1_QUESTIONS];
  }
  return a;
}

export function loadAnswers(): Answers {
  const raw = storage()?.getItem(KEY);
  if (!raw) return { ...EMPTY_ANSWERS };
  try {
    return parseAnswers(JSON.parse(raw));
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

/** The value one intake field has in the answers (durationDays from amount and unit; pregnant as yes/no/unsure). */
export function fieldValue(a: Answers, field: keyof Intake): unknown {
  if (field === 'durationDays') return durationDays(a);
  if (field === 'pregnant') return a.pregnancy;
  return (a as unknown as Record<string, unknown>)[field];
}

const LISTS = new Set<keyof Intake>(['symptoms', 'conditions']);

/** The values of one flow question: a shared list (symptoms, conditions) gives only this question's options. */
export function answerFor(a: Answers, id: QuestionId): FlowAnswer {
  const question = FLOW_QUESTIONS.find((q) => q.id === id);
  const answer: FlowAnswer = {};
  for (const part of question?.parts ?? []) {
    let value = fieldValue(a, part.field);
    if (part.kind === 'multi' && LISTS.has(part.field) && Array.isArray(value)) {
      const own = new Set(part.options.map((o) => o.value));
      value = value.filter((v: string) => own.has(v));
    }
    if (value !== undefined) answer[part.field] = value;
  }
  return answer;
}

const hasValue = (answer: FlowAnswer) => Object.values(answer).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));

/**
 * The core flow's draft: every question with a value is put in through the core's `applyAnswer` (so the
 * flow sees what is on screen before Next, e.g. a ticked emergency sign), and `answered` keeps only the
 * questions the person moved on from with a value the core accepted.
 */
export function toDraft(a: Answers): Draft {
  let draft: Draft = {};
  const accepted: QuestionId[] = [];
  for (const question of FLOW_QUESTIONS) {
    const answer = answerFor(a, question.id);
    if (!a.answered.includes(question.id) && !hasValue(answer)) continue;
    const applied = applyAnswer(draft, question.id, answer);
    if (!applied.ok) continue; // e.g. an age still being typed: the page names the problem on Next
    draft = applied.value;
    accepted.push(question.id);
  }
  return { ...draft, answered: a.answered.filter((id) => accepted.includes(id)) };
}

/** The answers in the core's Intake shape (with `answered`); missing required answers stay missing, so validation can name them. */
export function toIntake(a: Answers): Partial<Intake> {
  return toDraft(a);
}
