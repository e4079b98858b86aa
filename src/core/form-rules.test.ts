import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { numberLimits, numberProblem, type NumberWords } from './form-rules.js';
import { INTAKE_NUMBER_RULES, intakeNumberProblem } from './intake-form-rules.js';
import { IntakeSchema, LIMITS } from './intake.js';
import { SHARE_DAYS, ShareDaysSchema, shareDaysProblem } from './share-days.js';

const words: NumberWords = { missing: 'missing', notWhole: 'not whole', outOfRange: ({ min, max }) => `from ${min} to ${max}` };

describe('form rules read from the schemas', () => {
  it('takes the bounds from the schema, so a changed limit changes the form check and its words', () => {
    const today = numberLimits(z.number().int().min(16).max(110).optional());
    const changed = numberLimits(z.number().int().min(18).max(99).optional());
    expect(numberProblem(17, today, words)).toBeUndefined();
    expect(numberProblem(17, changed, words)).toBe('from 18 to 99');
    expect(numberProblem(100, changed, words)).toBe('from 18 to 99');
    expect(numberProblem(undefined, changed, words)).toBe('missing');
    expect(numberProblem(20.5, changed, words)).toBe('not whole');
    expect(numberProblem(20.5, numberLimits(z.number().min(0).max(1000)), words)).toBeUndefined();
  });

  it('refuses a schema without both bounds, so a form never checks against a made-up limit', () => {
    expect(() => numberLimits(z.number().min(0))).toThrow(/minimum and a maximum/);
    expect(() => numberLimits(z.string())).toThrow(/number schema/);
  });

  it('checks each intake number exactly where the intake schema does', () => {
    for (const field of ['age', 'durationDays', 'intensity'] as const) {
      const { min, max } = INTAKE_NUMBER_RULES[field].limits;
      expect({ min, max }).toEqual(LIMITS[field]);
      for (const value of [min - 1, min, max, max + 1, min + 0.5]) {
        const formSays = intakeNumberProblem(field, value) === undefined;
        expect(formSays, `${field} ${value}`).toBe(IntakeSchema.shape[field].safeParse(value).success);
      }
    }
  });

  it('words the intake limits from the numbers in the schema', () => {
    expect(intakeNumberProblem('age', LIMITS.age.min - 1)).toBe(
      `backrub is for people aged ${LIMITS.age.min} and over. For a child or teenager with back pain, please see a doctor.`,
    );
    expect(intakeNumberProblem('age', LIMITS.age.max + 1)).toBe(`Please check your age: it should be ${LIMITS.age.max} or less.`);
    expect(intakeNumberProblem('durationDays', 36_501)).toBe('Please check how long: it should be between 0 days and 100 years.');
  });

  it('gives the share form the API rule for how many days a link works', () => {
    expect(SHARE_DAYS).toEqual({ min: 1, max: 90, whole: true });
    for (const days of [0, 1, 14, 90, 91, 2.5]) expect(shareDaysProblem(days) === undefined, String(days)).toBe(ShareDaysSchema.safeParse(days).success);
    expect(shareDaysProblem(91)).toBe('Please choose a whole number of days from 1 to 90.');
    expect(shareDaysProblem(undefined)).toBe('Please choose how many days the link works.');
  });
});
