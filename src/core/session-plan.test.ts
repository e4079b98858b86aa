import { describe, expect, it } from 'vitest';
import type { Intake } from './intake.js';
import { plainIntake } from '../../test/support/intakes.js';
import { assess } from './assess.js';
import { safetyKey } from './session-plan.js';

describe('buildSessionPlan', () => {
  it('builds a 10-20 minute home session: warm-up, the best home techniques on the sore areas, then water', () => {
    const { plan, recommendations } = assess(plainIntake({ areas: ['lower-back', 'upper-back'], equipment: ['tennis-ball'], pattern: 'one-spot' }));
    const steps = plan.steps;
    expect(steps[0]?.technique).toBe('warm-up');
    expect(steps.at(-1)?.technique).toBe('water');
    expect(steps.at(-1)?.instructions).toMatch(/if you are thirsty/);
    expect(steps.at(-1)?.instructions).not.toMatch(/toxin/i);
    expect(plan.totalSeconds).toBeGreaterThanOrEqual(600);
    expect(plan.totalSeconds).toBeLessThanOrEqual(1200);
    const bestHome = recommendations.find((r) => r.setting === 'home')?.technique;
    expect(steps[1]?.technique).toBe(bestHome);
    for (const step of steps.slice(1, -1)) {
      const safety = plan.safety[safetyKey(step)] ?? [];
      expect(safety).toContain('Stop at once if you feel sharp pain.');
      if (step.kind !== 'movement') expect(safety.filter((line) => /\bspine\b/.test(line)), 'one spine warning per step').toHaveLength(1);
    }
  });

  it('says each kind of step\'s safety list once, for every kind of step in the plan and no other', () => {
    const { plan } = assess(plainIntake({ areas: ['lower-back', 'upper-back'], equipment: ['tennis-ball'], pattern: 'one-spot' }));
    const kinds = [...new Set(plan.steps.map(safetyKey))];
    expect(Object.keys(plan.safety)).toEqual(kinds);
    expect(plan.safety['water']).toEqual(['Stand up slowly.']);
    for (const step of plan.steps) expect(step).not.toHaveProperty('safety');
  });

  it('has no steps when the person wants a professional only, or massage is not advised', () => {
    expect(assess(plainIntake({ setting: 'professional' })).plan.steps).toEqual([]);
    expect(assess(plainIntake({ symptoms: ['fever'] })).plan).toEqual({ steps: [], safety: {}, totalSeconds: 0, lifestyle: [] });
  });

  it('adds stretching, posture and exercise advice for pain lasting over 6 weeks', () => {
    expect(assess(plainIntake({ durationDays: 42 })).plan.lifestyle).toEqual([]);
    const lifestyle = assess(plainIntake({ durationDays: 43 })).plan.lifestyle.join(' ');
    expect(lifestyle).toMatch(/Stretch/);
    expect(lifestyle).toMatch(/sit/);
    expect(lifestyle).toMatch(/exercise/);
  });

  it('gives exercise advice only with self-care: a doctor sees the rest first (safety screen v2)', () => {
    expect(assess(plainIntake({ durationDays: 60 })).plan.lifestyle.length).toBeGreaterThan(0);
    expect(assess(plainIntake({ durationDays: 60, trend: 'worsening' })).plan.lifestyle).toEqual([]);
    expect(assess(plainIntake({ durationDays: 60, symptoms: ['fever'] })).plan.lifestyle).toEqual([]);
  });

  it('gives bone-safe exercise advice when bones may break easily: no knee-hugs, sit-ups or toe-touches [ROSSSS]', () => {
    const usual = assess(plainIntake({ durationDays: 60 })).plan.lifestyle.join(' ');
    expect(usual).toMatch(/hugging your knees/);
    for (const overrides of [{ conditions: ['osteoporosis'] }, { age: 72 }, { conditions: ['frail'] }] as Partial<Intake>[]) {
      const advice = assess(plainIntake({ durationDays: 60, radiatesBelowKnee: false, ...overrides })).plan.lifestyle.join(' ');
      expect(advice, JSON.stringify(overrides)).not.toMatch(/hugging your knees/);
      expect(advice).toMatch(/Avoid knee-hugs, toe-touches and sit-ups/);
      expect(advice).toMatch(/back-straightening/);
    }
  });

  it('puts desk posture advice first when desk work started it', () => {
    expect(assess(plainIntake({ durationDays: 60, causes: ['desk-posture'] })).plan.lifestyle[0]).toMatch(/sit/);
  });

  it('warns people with less feeling to keep the warm-up warm, not hot', () => {
    const { plan } = assess(plainIntake({ conditions: ['diabetic-neuropathy'] }));
    expect(plan.safety['warm-up']?.join(' ')).toMatch(/not hot/);
    expect(plan.safety['warm-up']?.join(' ')).toMatch(/normal feeling/);
  });

  it('warms up by moving: the checklist before the session already asks about a shower (decision 0065)', () => {
    for (const conditions of [[], ['diabetic-neuropathy']] as Intake['conditions'][]) {
      const warmUp = assess(plainIntake({ conditions })).plan.steps[0];
      expect(warmUp?.title).toBe('Warm up: move gently');
      expect(warmUp?.instructions).toMatch(/march on the spot/);
      expect(warmUp?.instructions).not.toMatch(/shower|warm pack/);
    }
  });

  it('names each step apart: technique, what to do and where, never the same title twice (decision 0065)', () => {
    const { plan } = assess(plainIntake({ areas: ['lower-back', 'upper-back'], equipment: ['tennis-ball'], pattern: 'one-spot' }));
    const titles = plan.steps.map((s) => s.title);
    expect(titles).toContain('Tennis ball: lean and roll, lower back');
    expect(new Set(titles).size).toBe(titles.length);
    for (const step of plan.steps) {
      expect(step.title, step.instructions).toBeTruthy();
      // The words say how: the title already says what and where.
      expect(step.instructions).not.toMatch(/^(Lower|Upper) back:/);
    }
    const movement = plan.steps.find((s) => s.kind === 'movement');
    if (movement) expect(movement.title).toMatch(/^[A-Z][^:]+, for your [a-z ]+$/);
  });
});
