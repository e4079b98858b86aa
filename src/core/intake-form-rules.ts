import { IntakeSchema } from './intake.js';
import { numberLimits, numberProblem, type NumberLimits, type NumberWords } from './form-rules.js';

const DAYS_PER_YEAR = 365;
const spanWords = (days: number): string =>
  days >= DAYS_PER_YEAR && days % DAYS_PER_YEAR === 0 ? `${days / DAYS_PER_YEAR} years` : `${days} ${days === 1 ? 'day' : 'days'}`;

/** The intake's number fields: their limits (from IntakeSchema) and the words the forms use. */
export const INTAKE_NUMBER_RULES = {
  age: {
    limits: numberLimits(IntakeSchema.shape.age),
    words: {
      missing: 'Please type your age in years.',
      notWhole: 'Please type your age as a whole number.',
      tooLow: ({ min }) => `backrub is for people aged ${min} and over. For a child or teenager with back pain, please see a doctor.`,
      outOfRange: ({ max }) => `Please check your age: it should be ${max} or less.`,
    },
  },
  durationDays: {
    limits: numberLimits(IntakeSchema.shape.durationDays),
    words: {
      missing: 'Please say how long you have had this pain.',
      outOfRange: ({ min, max }) => `Please check how long: it should be between ${spanWords(min)} and ${spanWords(max)}.`,
    },
  },
  intensity: {
    limits: numberLimits(IntakeSchema.shape.intensity),
    words: {
      missing: 'Move the slider to say how much it hurts (0 means no pain).',
      outOfRange: ({ min, max }) => `Please choose a number from ${min} to ${max}.`,
    },
  },
} satisfies Record<string, { limits: NumberLimits; words: NumberWords }>;

export type IntakeNumberField = keyof typeof INTAKE_NUMBER_RULES;

/** The problem with one intake number as the wizard shows it, or undefined. */
export function intakeNumberProblem(field: IntakeNumberField, value: number | undefined): string | undefined {
  const rule = INTAKE_NUMBER_RULES[field];
  return numberProblem(value, rule.limits, rule.words);
}
