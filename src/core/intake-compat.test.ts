import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import desk from '../../test/support/desk-worker.intake.json' with { type: 'json' };
import { assess } from './assess.js';
import { AssessmentSchema } from './assessment.js';
import { IntakeSchema, type Intake } from './intake.js';
import { validateIntake } from './validate-intake.js';

// The v1 vocabulary, frozen here as it was before the safety screen v2: every intake valid then must stay valid.
const V1 = {
  areas: ['neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg', 'head'],
  pattern: ['one-spot', 'widespread', 'radiating'],
  quality: ['dull-ache', 'sharp', 'stiffness', 'burning', 'tingling', 'numbness', 'throbbing', 'tension'],
  trend: ['improving', 'stable', 'worsening'],
  causes: ['desk-posture', 'lifting', 'sports', 'stress', 'fall-or-accident', 'sleep-position', 'unknown'],
  contexts: ['after-long-day', 'cold-weather', 'tension-headaches', 'after-exercise'],
  goals: ['relaxation', 'pain-relief', 'mobility'],
  setting: ['home', 'professional', 'either'],
  pressure: ['light', 'medium', 'firm'],
  equipment: ['foam-roller', 'tennis-ball'],
  conditions: [
    'open-wound-or-skin-infection', 'severe-osteoporosis', 'osteoporosis', 'clotting-disorder', 'anticoagulant-medication',
    'dvt-history', 'recent-surgery', 'recent-fracture', 'contagious-illness', 'cancer-history', 'diabetic-neuropathy',
    'heat-sensitivity', 'varicose-veins', 'long-term-steroids', 'immunosuppressed', 'iv-drug-use', 'inflammatory-arthritis',
  ],
  symptoms: [
    'bladder-or-bowel-change', 'saddle-numbness', 'numbness-both-legs', 'progressive-leg-weakness', 'unexplained-weight-loss',
    'night-pain-at-rest', 'significant-trauma', 'fever', 'chest-pain', 'breathlessness', 'pulsating-abdominal-pain',
    'morning-stiffness-over-30-min',
  ],
} as const;

// The CLI's fixtures as they were in v1 (test/cli/fixtures.ts), copied so the core test stays inside core.
const SELF_CARE_V1 = {
  age: 35, areas: ['upper-back', 'lower-back'], pattern: 'one-spot', quality: ['stiffness', 'dull-ache'], intensity: 4, durationDays: 10,
  causes: ['desk-posture'], conditions: [], symptoms: [], goals: ['pain-relief'], setting: 'either', equipment: ['foam-roller'],
};
const V1_FIXTURES = {
  selfCare: SELF_CARE_V1,
  emergency: { ...SELF_CARE_V1, symptoms: ['chest-pain'] },
  seeDoctorFirst: { ...SELF_CARE_V1, trend: 'worsening' },
};

const v1Intake = fc.record(
  {
    age: fc.integer({ min: 16, max: 110 }),
    pregnant: fc.boolean(),
    areas: fc.subarray([...V1.areas], { minLength: 1 }),
    pattern: fc.constantFrom(...V1.pattern),
    radiatesBelowKnee: fc.boolean(),
    quality: fc.subarray([...V1.quality]),
    intensity: fc.integer({ min: 0, max: 10 }),
    durationDays: fc.integer({ min: 0, max: 36_500 }),
    trend: fc.constantFrom(...V1.trend),
    causes: fc.subarray([...V1.causes]),
    contexts: fc.subarray([...V1.contexts]),
    goals: fc.subarray([...V1.goals]),
    setting: fc.constantFrom(...V1.setting),
    pressure: fc.constantFrom(...V1.pressure),
    equipment: fc.subarray([...V1.equipment]),
    conditions: fc.subarray([...V1.conditions]),
    symptoms: fc.subarray([...V1.symptoms]),
  },
  { requiredKeys: ['age', 'areas', 'pattern', 'quality', 'intensity', 'durationDays', 'causes', 'conditions', 'symptoms'] },
);

describe('the v2 contract keeps every v1 intake valid', () => {
  it('accepts every intake the v1 schema accepted, unchanged, and assesses it', () => {
    fc.assert(
      fc.property(v1Intake, (intake) => {
        const result = validateIntake(intake);
        expect(result).toEqual({ ok: true, value: intake });
        expect(AssessmentSchema.safeParse(assess(intake)).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts the existing fixtures', () => {
    expect(validateIntake(desk).ok).toBe(true);
    for (const [name, intake] of Object.entries(V1_FIXTURES)) expect(validateIntake(intake).ok, name).toBe(true);
  });

  it('still parses an assessment stored before v2 (no facts, no safety net)', () => {
    const old = { ...assess((V1_FIXTURES.selfCare as Intake)), safetyNet: undefined, reasons: [{ code: 'no-warning-signs', message: 'x', source: 'IFOMPT20' }] };
    const parsed = AssessmentSchema.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed.safetyNet).toEqual([]);
    expect(parsed.reasons[0]?.facts).toEqual([]);
  });

  it('checks the new fields at the boundary, naming the field', () => {
    const base = V1_FIXTURES.selfCare;
    const bad = validateIntake({ ...base, onset: 'slow', pregnancyWeeks: 43, daysSinceInjury: -1, answered: ['age', 'age'], movementChangesPain: 'yes' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((i) => i.path).sort()).toEqual(['answered', 'daysSinceInjury', 'movementChangesPain', 'onset', 'pregnancyWeeks']);
      expect(bad.issues.find((i) => i.path === 'onset')?.message).toBe('must be one of: sudden, gradual');
      expect(bad.issues.find((i) => i.path === 'answered')?.message).toBe('must not repeat a value');
    }
    expect(validateIntake({ ...base, answered: ['not-a-question'] }).ok).toBe(false);
  });

  it('describes the new fields and outputs in the JSON Schema the CLI and API publish', () => {
    const intake = z.toJSONSchema(IntakeSchema, { io: 'input' }) as { properties: Record<string, { enum?: string[]; items?: { enum?: string[] }; description?: string; maximum?: number }> };
    expect(intake.properties.onset?.enum).toEqual(['sudden', 'gradual']);
    expect(intake.properties.pregnancyWeeks?.maximum).toBe(42);
    expect(intake.properties.answered?.items?.enum).toContain('cancer-check');
    expect(intake.properties.areas?.items?.enum).toEqual(expect.arrayContaining(['abdomen', 'flank']));
    expect(intake.properties.symptoms?.items?.enum).toEqual(expect.arrayContaining(['fainting', 'eases-with-anti-inflammatories']));
    const assessment = JSON.stringify(z.toJSONSchema(AssessmentSchema, { io: 'output' }));
    for (const word of ['facts', 'safetyNet', 'call-maternity', 'noExactFit', 'nearest', 'NICE234']) expect(assessment).toContain(word);
  });
});
