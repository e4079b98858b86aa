import fc from 'fast-check';
import {
  BODY_AREAS, CAUSES, CONDITIONS, CONTEXTS, EQUIPMENT, GOALS, PAIN_PATTERNS, PAIN_QUALITIES, PRESSURES, SETTINGS,
  SYMPTOMS, TRENDS, type Condition, type Intake, type Symptom,
} from '../../src/core/index.js';

const subset = <T>(values: readonly T[], options: { minLength?: number } = {}) =>
  fc.subarray([...values], options);

/** Any valid intake, including rare combinations (optional fields left out or set). */
export const arbitraryIntake: fc.Arbitrary<Intake> = fc.record(
  {
    age: fc.integer({ min: 16, max: 110 }),
    pregnant: fc.boolean(),
    areas: subset(BODY_AREAS, { minLength: 1 }),
    pattern: fc.constantFrom(...PAIN_PATTERNS),
    radiatesBelowKnee: fc.boolean(),
    quality: subset(PAIN_QUALITIES),
    intensity: fc.integer({ min: 0, max: 10 }),
    durationDays: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 36_500 })),
    trend: fc.constantFrom(...TRENDS),
    causes: subset(CAUSES),
    contexts: subset(CONTEXTS),
    goals: subset(GOALS),
    setting: fc.constantFrom(...SETTINGS),
    pressure: fc.constantFrom(...PRESSURES),
    equipment: subset(EQUIPMENT),
    conditions: fc.oneof(fc.constant<Condition[]>([]), subset(CONDITIONS)),
    symptoms: fc.oneof({ weight: 3, arbitrary: fc.constant<Symptom[]>([]) }, { weight: 1, arbitrary: subset(SYMPTOMS) }),
  },
  { requiredKeys: ['age', 'areas', 'pattern', 'quality', 'intensity', 'durationDays', 'causes', 'conditions', 'symptoms'] },
);

/** A valid intake with no warning signs and no health conditions: the self-care path. */
export const arbitraryPlainIntake: fc.Arbitrary<Intake> = arbitraryIntake.map((intake) => ({
  ...intake,
  conditions: [],
  symptoms: [],
  radiatesBelowKnee: false,
  trend: intake.trend === 'worsening' ? 'stable' : intake.trend,
  quality: intake.quality.filter((q) => q !== 'numbness' && q !== 'tingling'),
}));
