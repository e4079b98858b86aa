import { describe, expect, it } from 'vitest';
import { answeredIntake } from '../../test/support/intakes.js';
import { assess } from './assess.js';
import type { Intake } from './intake.js';
import { WARNING_SYMPTOMS } from './questions.js';

// The over-triage guards of SCREENING.md §7, each as the case a person would bring.
const run = (overrides: Partial<Intake>) => assess(answeredIntake(overrides));
const codes = (overrides: Partial<Intake>) => run(overrides).reasons.map((r) => r.code);

describe('over-triage guards (SCREENING.md §7)', () => {
  it('G1: soreness after exercise that is "getting worse" counts only from 7 days', () => {
    for (const durationDays of [1, 3, 6]) {
      const result = run({ causes: ['sports'], trend: 'worsening', durationDays });
      expect(result.triage, `day ${durationDays}`).toBe('self-care');
      expect(result.safetyNet.map((s) => s.id)).toContain('exercise-soreness');
    }
    expect(run({ causes: ['sports'], trend: 'worsening', durationDays: 7 }).triage).toBe('see-doctor-first');
    expect(run({ causes: ['sports'], durationDays: 8 }).safetyNet.map((s) => s.id)).not.toContain('exercise-soreness');
  });

  it('G2: morning stiffness is not an inflammatory back pain criterion; 10 days after a new mattress never fires', () => {
    expect(run({ symptoms: ['morning-stiffness-over-30-min'], durationDays: 10, causes: ['sleep-position'], age: 30 }).triage).toBe('self-care');
    const long = run({ symptoms: ['morning-stiffness-over-30-min'], durationDays: 120, age: 40 });
    expect(long.triage).toBe('self-care');
    expect(long.safetyNet.map((s) => s.id)).toContain('ask-about-inflammation');
    // Two NG65 criteria (onset before 35, waking in the second half of the night) are not enough; three are.
    expect(codes({ durationDays: 120, age: 30, symptoms: ['wakes-second-half-of-night'] })).not.toContain('inflammatory-back-pain');
    expect(codes({ durationDays: 120, age: 30, symptoms: ['wakes-second-half-of-night', 'eases-with-movement'] })).toContain('inflammatory-back-pain');
  });

  it('G3: a sudden lifting strain that changes with movement, under 50 with no risks, is not flagged', () => {
    const strain = { causes: ['lifting'], onset: 'sudden', intensity: 8, durationDays: 1, movementChangesPain: true, age: 45 } as const;
    for (const areas of [['lower-back'], ['lower-back', 'flank']] as Intake['areas'][]) {
      expect(run({ ...strain, causes: [...strain.causes], areas }).triage, areas.join()).toBe('self-care');
    }
    expect(run({ ...strain, causes: [...strain.causes], age: 50 }).triage).not.toBe('emergency');
    expect(run({ ...strain, causes: [...strain.causes], age: 50, movementChangesPain: false }).triage).toBe('emergency');
  });

  it('G4: upper-back pain is flagged only when movement does not change it, or with cancer', () => {
    expect(run({ areas: ['upper-back'], causes: ['desk-posture'], movementChangesPain: true }).triage).toBe('self-care');
    expect(run({ areas: ['upper-back'], movementChangesPain: false }).triage).toBe('see-doctor-first');
    expect(run({ areas: ['upper-back'], movementChangesPain: true, conditions: ['cancer-history'] }).triage).toBe('urgent');
  });

  it('G5: only new or spreading pain down both legs is an emergency; pain down one leg is not', () => {
    expect(run({ symptoms: ['pain-down-both-legs'] }).triage).toBe('emergency');
    expect(run({ areas: ['lower-back', 'leg'], radiatesBelowKnee: true, durationDays: 200 }).triage).toBe('see-doctor-first');
  });

  it('G6: a change in sexual function alone is same-day, not an emergency', () => {
    const result = run({ symptoms: ['new-sexual-problem'] });
    expect(result.triage).toBe('urgent');
    expect(result.action).toBe('same-day');
  });

  it('G7: diabetes alone never raises the triage', () => {
    expect(run({ conditions: ['diabetes'], movementChangesPain: true }).triage).toBe('self-care');
    expect(run({ conditions: ['diabetes'], movementChangesPain: false }).triage).toBe('see-doctor-first');
  });

  it('G8: pain on breathing in that changes with movement, with no clot risk, is a 24-48 hour GP visit', () => {
    const result = run({ areas: ['upper-back'], symptoms: ['pain-worse-breathing-in'], movementChangesPain: true });
    expect(result.triage).toBe('see-doctor-first');
    expect(result.action).toBe('gp-48h');
    expect(result.reasons[0]?.code).toBe('chest-wall-pain');
  });

  it('G9: a single non-emergency warning sign is see-doctor-first, not urgent', () => {
    const single = WARNING_SYMPTOMS.filter((s) => s !== 'fever' && s !== 'suspected-blood-clot' && s !== 'new-sexual-problem');
    expect(single.length).toBeGreaterThan(0);
    for (const symptom of single) expect(run({ symptoms: [symptom] }).triage, symptom).toBe('see-doctor-first');
  });

  it('G10: at 60 or over, lasting pain gets a blood-test note only', () => {
    const result = run({ age: 64, durationDays: 100 });
    expect(result.triage).toBe('self-care');
    expect(result.reasons.map((r) => r.code)).toEqual(['lasting-over-6-weeks']);
    expect(result.reasons[0]?.message).toMatch(/blood test/);
  });

  it('G11: severe pain alone only adds the safety net, never a referral', () => {
    const result = run({ intensity: 10 });
    expect(result.triage).toBe('self-care');
    expect(result.reasons.map((r) => r.code)).toEqual(['severe-pain-safety-net']);
    expect(result.safetyNet.map((s) => s.id)).toContain('very-strong-pain');
  });
});
