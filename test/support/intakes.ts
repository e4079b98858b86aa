import { FLOW_QUESTIONS, type Intake } from '../../src/core/index.js';

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

/**
 * The intake as the adaptive flow would send it: every question that applies to these answers is marked
 * answered (a follow-up's own fields keep whatever the overrides say, so leaving one out means "no").
 */
export function answeredIntake(overrides: Partial<Intake> = {}): Intake {
  const intake = plainIntake(overrides);
  const answered = FLOW_QUESTIONS.filter((q) => !q.preference && q.askedWhen(intake) !== null).map((q) => q.id);
  return { ...intake, answered };
}
