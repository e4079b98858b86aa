import type { Intake } from '../../src/core/index.js';

/** A plain case: mild, recent, non-specific low back pain with no warning signs. Tests tweak one thing at a time. */
export function plainIntake(overrides: Partial<Intake> = {}): Intake {
  return {
    age: 35,
    areas: ['lower-back'],
    pattern: 'widespread',
    quality: ['dull-ache'],
    intensity: 4,
    durationDays: 10,
    trend: 'stable',
    causes: ['desk-posture'],
    conditions: [],
    symptoms: [],
    ...overrides,
  };
}
