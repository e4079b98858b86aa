import fc from 'fast-check';
import {
  BODY_AREAS, CAUSES, CONDITIONS, CONTEXTS, EQUIPMENT, FLOW_QUESTIONS, GOALS, ONSETS, PAIN_PATTERNS, PAIN_QUALITIES,
  PRESSURES, QUESTION_IDS, SETTINGS, SYMPTOMS, TRENDS, type Intake,
} from '../../src/core/index.js';

// Generators derived from the vocabulary, so a value added there is generated here too. Lists are
// mostly empty or short, as people's answers are, so that a good share of cases is self-care while
// rare combinations still reach every rule.
const subset = <T>(values: readonly T[], options: { minLength?: number; maxLength?: number } = {}) =>
  fc.subarray([...values], options);
const sparse = <T>(values: readonly T[]) =>
  fc.oneof(
    { weight: 14, arbitrary: fc.constant<T[]>([]) },
    { weight: 3, arbitrary: subset(values, { minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: subset(values, { minLength: 2, maxLength: 4 }) },
    { weight: 1, arbitrary: subset(values) },
  );

/** Mostly the first value (the common, benign answer), sometimes any of the others. */
const mostly = <T>(common: T, ...others: T[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(common) }, { weight: 1, arbitrary: fc.constantFrom(common, ...others) });

const baseIntake: fc.Arbitrary<Intake> = fc.record(
  {
    age: fc.oneof(fc.integer({ min: 16, max: 49 }), fc.integer({ min: 16, max: 110 })),
    pregnant: mostly(false, true),
    areas: fc.oneof(
      { weight: 3, arbitrary: subset(BODY_AREAS, { minLength: 1, maxLength: 2 }) },
      { weight: 1, arbitrary: subset(BODY_AREAS, { minLength: 1 }) },
    ),
    pattern: fc.constantFrom(...PAIN_PATTERNS),
    radiatesBelowKnee: mostly(false, true),
    quality: subset(PAIN_QUALITIES, { maxLength: 3 }),
    intensity: fc.integer({ min: 0, max: 10 }),
    durationDays: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 36_500 })),
    trend: fc.constantFrom(...TRENDS, 'improving', 'stable'),
    causes: subset(CAUSES, { maxLength: 2 }),
    contexts: subset(CONTEXTS),
    goals: subset(GOALS),
    setting: fc.constantFrom(...SETTINGS),
    pressure: fc.constantFrom(...PRESSURES),
    equipment: subset(EQUIPMENT),
    conditions: sparse(CONDITIONS),
    symptoms: sparse(SYMPTOMS),
    onset: mostly<(typeof ONSETS)[number]>('gradual', ...ONSETS),
    movementChangesPain: mostly(true, false),
    pregnancyWeeks: fc.integer({ min: 0, max: 42 }),
    daysSinceInjury: fc.integer({ min: 0, max: 60 }),
  },
  { requiredKeys: ['age', 'areas', 'pattern', 'quality', 'intensity', 'durationDays', 'causes', 'conditions', 'symptoms'] },
);

/**
 * The rare mimics (kidney, aorta, heart, bleeds) need several answers at once: sudden, severe pain that
 * moving does not change, in one of the areas they read. A small share of cases starts from that.
 */
const suddenSevere: fc.Arbitrary<Intake> = fc
  .tuple(baseIntake, fc.constantFrom<Intake['areas'][number]>('flank', 'abdomen', 'upper-back', 'mid-back', 'neck'), fc.integer({ min: 7, max: 10 }), fc.integer({ min: 0, max: 14 }))
  .map(([intake, area, intensity, durationDays]) => ({
    ...intake,
    onset: 'sudden' as const,
    movementChangesPain: false,
    intensity,
    durationDays,
    areas: intake.areas.includes(area) ? intake.areas : [...intake.areas, area],
  }));

/** The questions that apply to an intake, as the app would mark them answered. */
export const applicableQuestions = (intake: Intake) =>
  FLOW_QUESTIONS.filter((q) => !q.preference && q.askedWhen(intake) !== null).map((q) => q.id);

/**
 * Any valid intake: sent by the app (every applicable question answered), by a v1 caller (no `answered`),
 * or by an API caller who answered some questions only.
 */
export const arbitraryIntake: fc.Arbitrary<Intake> = fc
  .tuple(fc.oneof({ weight: 14, arbitrary: baseIntake }, { weight: 1, arbitrary: suddenSevere }), fc.constantFrom('app', 'app', 'app', 'app', 'app', 'app', 'v1', 'partial'), subset(QUESTION_IDS))
  .map(([intake, sender, some]) => {
    if (sender === 'v1') {
      const { onset: _o, movementChangesPain: _m, pregnancyWeeks: _p, daysSinceInjury: _d, ...v1 } = intake;
      return v1;
    }
    return { ...intake, answered: sender === 'app' ? applicableQuestions(intake) : some };
  });

/** A valid intake with no warning signs and no health conditions: the self-care path. */
export const arbitraryPlainIntake: fc.Arbitrary<Intake> = baseIntake.map((intake) => {
  const plain: Intake = {
    ...intake,
    age: Math.min(intake.age, 45),
    conditions: [],
    symptoms: [],
    pregnant: false,
    radiatesBelowKnee: false,
    movementChangesPain: true,
    onset: 'gradual',
    trend: intake.trend === 'worsening' ? 'stable' : intake.trend,
    quality: intake.quality.filter((q) => q !== 'numbness' && q !== 'tingling' && q !== 'tearing'),
    areas: intake.areas.filter((a) => a !== 'abdomen' && a !== 'flank').length ? intake.areas.filter((a) => a !== 'abdomen' && a !== 'flank') : ['lower-back'],
  };
  return { ...plain, answered: applicableQuestions(plain) };
});
