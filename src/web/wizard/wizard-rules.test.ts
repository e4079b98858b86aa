import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../core/intake.js';
import { EMPTY_ANSWERS, type Answers } from '../answers.js';
import { nextStep } from '../core.js';
import { toDraft } from '../answers.js';
import { checkStep } from './check-step.js';
import { questionsOn, shownStep, STEPS, stepIndexOf } from './steps.js';

const health = STEPS.findIndex((s) => s.id === 'health');
const pain = STEPS.findIndex((s) => s.id === 'pain');
const answers = (patch: Partial<Answers>): Answers => ({ ...EMPTY_ANSWERS, ...patch });
const checkOn = (step: number, a: Answers) => checkStep(questionsOn(step, nextStep(toDraft(a))), a);

describe('wizard steps', () => {
  it('finds a step by its id or by the id of a question on it (links to /check?step=...)', () => {
    expect(stepIndexOf('pain')).toBe(pain);
    expect(stepIndexOf('duration')).toBe(pain);
    expect(stepIndexOf('age')).toBe(health);
    expect(stepIndexOf('no-such-step')).toBeUndefined();
    expect(stepIndexOf(null)).toBeUndefined();
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(STEPS.length);
  });

  it('shows a step that does not apply as the next one that does', () => {
    expect(shownStep(4, [0, 1, 2, 3, 5])).toBe(5);
    expect(shownStep(3, [0, 1, 2, 3, 5])).toBe(3);
    expect(shownStep(9, [0, 1])).toBe(1);
  });
});

describe('wizard step check', () => {
  it('checks the age against the intake schema limits, in plain words', () => {
    const a = answers({ pregnancy: 'no' });
    expect(checkOn(health, { ...a, age: LIMITS.age.min - 1 })['age']).toMatch(new RegExp(`aged ${LIMITS.age.min} and over`));
    expect(checkOn(health, { ...a, age: LIMITS.age.min })['age']).toBeUndefined();
    expect(checkOn(health, { ...a, age: LIMITS.age.max + 1 })['age']).toBe(`Please check your age: it should be ${LIMITS.age.max} or less.`);
    expect(checkOn(health, { ...a, age: undefined })['age']).toBe('Please type your age in years.');
  });

  it('checks the duration in the unit the person chose', () => {
    const a = answers({ intensity: 3, quality: ['stiffness'], causes: ['unknown'], trend: 'stable' });
    expect(checkOn(pain, { ...a, durationAmount: 101, durationUnit: 'years' })['duration']).toBe('Please check how long: it should be between 0 days and 100 years.');
    expect(checkOn(pain, { ...a, durationAmount: 3, durationUnit: 'months' })['duration']).toBeUndefined();
    expect(checkOn(pain, { ...a, durationAmount: undefined })['duration']).toBe('Please say how long you have had this pain.');
  });
});
