import { describe, expect, it } from 'vitest';
import { EMERGENCY_SYMPTOMS, WARNING_SYMPTOMS } from '../core/questions.js';
import { IntakeSchema, validate } from '../core/index.js';
import { answerFor, durationDays, EMPTY_ANSWERS, fieldValue, toIntake, type Answers } from './answers.js';

// The wizard's answers as the web app turns them into the core's intake: what the results page,
// the saved assessment and the safety probe all see.

const ALWAYS_ASKED = [
  'emergency-signs', 'warning-signs', 'conditions', 'age', 'pregnant', 'areas', 'pattern', 'quality', 'intensity', 'duration',
  'trend', 'causes',
] as const;

/** A person who went through the always-asked questions with plain answers. */
const answers = (overrides: Partial<Answers> = {}): Answers => ({
  ...EMPTY_ANSWERS,
  age: 35,
  pregnancy: 'no',
  areas: ['lower-back'],
  pattern: 'widespread',
  quality: ['dull-ache'],
  intensity: 4,
  durationAmount: 10,
  durationUnit: 'days',
  trend: 'stable',
  causes: ['desk-posture'],
  answered: [...ALWAYS_ASKED],
  ...overrides,
});

describe('durationDays: how long the pain has lasted, in days', () => {
  it.each([
    [3, 'days', 3],
    [2, 'weeks', 14],
    [2, 'months', 60],
    [1, 'years', 365],
    [1.5, 'weeks', 11],
    [0, 'days', 0],
  ] as const)('%s %s is %s days', (amount, unit, days) => {
    expect(durationDays(answers({ durationAmount: amount, durationUnit: unit }))).toBe(days);
  });

  it('is unknown until an amount is given, whatever the unit', () => {
    const { durationAmount: _none, ...unanswered } = answers({ durationUnit: 'years' });
    expect(durationDays(unanswered)).toBeUndefined();
  });

  it('is what the intake gets as durationDays', () => {
    expect(fieldValue(answers({ durationAmount: 3, durationUnit: 'months' }), 'durationDays')).toBe(90);
    expect(toIntake(answers({ durationAmount: 3, durationUnit: 'months' })).durationDays).toBe(90);
  });
});

describe('toIntake', () => {
  it('turns complete answers into a valid intake with every question the person moved on from', () => {
    const intake = toIntake(answers());
    expect(validate(IntakeSchema, intake).ok).toBe(true);
    expect(intake).toMatchObject({ age: 35, pregnant: false, areas: ['lower-back'], intensity: 4, durationDays: 10, causes: ['desk-posture'] });
    expect(intake.answered).toEqual([...ALWAYS_ASKED]);
  });

  it('leaves a missing answer missing, so validation names the field', () => {
    const { age: _age, ...noAge } = answers();
    const intake = toIntake({ ...noAge, answered: ALWAYS_ASKED.filter((id) => id !== 'age') });
    expect(intake).not.toHaveProperty('age');
    const result = validate(IntakeSchema, intake);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain('age');
  });

  it('keeps an answer the core refuses out of both the intake and the answered list', () => {
    // An age still being typed ("1" on the way to "16") is below the limit: not an answer yet.
    const intake = toIntake(answers({ age: 1 }));
    expect(intake).not.toHaveProperty('age');
    expect(intake.answered).not.toContain('age');
  });

  it('counts a ticked emergency sign before Next, so the safety stop sees it, but not as answered', () => {
    const sign = EMERGENCY_SYMPTOMS[0]!;
    const intake = toIntake({ ...EMPTY_ANSWERS, symptoms: [sign] });
    expect(intake.symptoms).toEqual([sign]);
    expect(intake.answered).toEqual([]);
  });

  it('turns "I might be" pregnant into the might-be-pregnant condition, not a yes', () => {
    const intake = toIntake(answers({ pregnancy: 'unsure' }));
    expect(intake.conditions).toContain('might-be-pregnant');
    expect(intake.pregnant).toBeUndefined();
    expect(toIntake(answers({ pregnancy: 'yes' })).pregnant).toBe(true);
  });

  it('keeps the emergency and warning signs of one shared symptoms list apart per question', () => {
    const emergency = EMERGENCY_SYMPTOMS[0]!;
    const warning = WARNING_SYMPTOMS.find((s) => !EMERGENCY_SYMPTOMS.includes(s))!;
    const a = answers({ symptoms: [emergency, warning] });
    expect(answerFor(a, 'emergency-signs')).toEqual({ symptoms: [emergency] });
    expect(answerFor(a, 'warning-signs')).toEqual({ symptoms: [warning] });
    expect([...(toIntake(a).symptoms ?? [])].sort()).toEqual([emergency, warning].sort());
  });
});
