import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntake } from '../../test/support/arbitraries.js';
import { assess } from './assess.js';
import { AssessmentSchema, type Assessment } from './assessment.js';
import { SYMPTOMS, type Condition, type Intake, type Symptom } from './intake.js';
import { TRIAGE_SEVERITY } from './knowledge/triage-guidance.js';

// The article's "when to avoid massage" list, as intake values [A].
const ARTICLE_CONTRAINDICATIONS: readonly Condition[] = [
  'open-wound-or-skin-infection', 'severe-osteoporosis', 'clotting-disorder', 'recent-surgery', 'recent-fracture',
  'contagious-illness',
];
// Every symptom except morning stiffness is a red flag at any age; morning stiffness is one under 45.
const RED_FLAG_SYMPTOMS: readonly Symptom[] = SYMPTOMS.filter((s) => s !== 'morning-stiffness-over-30-min');

const severity = (a: Assessment) => TRIAGE_SEVERITY[a.triage];
const withSymptom = (intake: Intake, s: Symptom): Intake =>
  intake.symptoms.includes(s) ? intake : { ...intake, symptoms: [...intake.symptoms, s] };
const withCondition = (intake: Intake, c: Condition): Intake =>
  intake.conditions.includes(c) ? intake : { ...intake, conditions: [...intake.conditions, c] };

const runs = { numRuns: 2000 };

describe('assess: safety properties over generated intakes', () => {
  it('never throws and always returns a valid assessment', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        expect(AssessmentSchema.safeParse(assess(intake)).success).toBe(true);
      }),
      runs,
    );
  });

  it('a red-flag symptom never yields self-care', () => {
    fc.assert(
      fc.property(arbitraryIntake, fc.constantFrom(...RED_FLAG_SYMPTOMS), (intake, symptom) => {
        const result = assess(withSymptom(intake, symptom));
        expect(result.triage).not.toBe('self-care');
        expect(result.massageAdvised).toBe(false);
        expect(result.recommendations).toEqual([]);
      }),
      runs,
    );
  });

  it('any contraindication from the article means no massage advice', () => {
    fc.assert(
      fc.property(arbitraryIntake, fc.constantFrom(...ARTICLE_CONTRAINDICATIONS), (intake, condition) => {
        const result = assess(withCondition(intake, condition));
        expect(result.massageAdvised).toBe(false);
        expect(result.recommendations).toEqual([]);
        expect(result.plan.steps).toEqual([]);
        expect(severity(result)).toBeGreaterThanOrEqual(TRIAGE_SEVERITY['see-doctor-first']);
      }),
      runs,
    );
  });

  it('a fever means no massage advice and at least urgent care', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const result = assess(withSymptom(intake, 'fever'));
        expect(result.massageAdvised).toBe(false);
        expect(severity(result)).toBeGreaterThanOrEqual(TRIAGE_SEVERITY.urgent);
      }),
      runs,
    );
  });

  it('adding a red flag or a condition never lowers the triage', () => {
    fc.assert(
      fc.property(
        arbitraryIntake,
        fc.oneof(
          fc.constantFrom(...SYMPTOMS).map((s) => (i: Intake) => withSymptom(i, s)),
          fc.constantFrom(...ARTICLE_CONTRAINDICATIONS, 'dvt-history' as const, 'cancer-history' as const).map(
            (c) => (i: Intake) => withCondition(i, c),
          ),
        ),
        (intake, addFinding) => {
          expect(severity(assess(addFinding(intake)))).toBeGreaterThanOrEqual(severity(assess(intake)));
        },
      ),
      runs,
    );
  });

  it('massage is advised exactly when the triage is self-care', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const result = assess(intake);
        expect(result.massageAdvised).toBe(result.triage === 'self-care');
        if (!result.massageAdvised) expect(result.recommendations).toEqual([]);
      }),
      runs,
    );
  });

  it('avoid and recommendations never share a technique', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const result = assess(intake);
        const avoided = new Set(result.avoid.map((a) => a.technique));
        for (const rec of result.recommendations) expect(avoided.has(rec.technique)).toBe(false);
      }),
      runs,
    );
  });

  it('scores lie within 0..1 and are sorted best first, ties by id', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const recs = assess(intake).recommendations;
        recs.forEach((rec, i) => {
          expect(rec.score).toBeGreaterThanOrEqual(0);
          expect(rec.score).toBeLessThanOrEqual(1);
          const next = recs[i + 1];
          if (next) {
            expect(rec.score >= next.score).toBe(true);
            if (rec.score === next.score) expect(rec.technique < next.technique).toBe(true);
          }
        });
      }),
      runs,
    );
  });

  it('every recommendation explains itself, and the setting and equipment wishes are respected', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        for (const rec of assess(intake).recommendations) {
          expect(rec.why.length).toBeGreaterThan(0);
          if (intake.setting === 'home' || intake.setting === 'professional') expect(rec.setting).toBe(intake.setting);
          if (intake.equipment && rec.technique === 'foam-roller') expect(intake.equipment).toContain('foam-roller');
          if (intake.equipment && rec.technique === 'tennis-ball') expect(intake.equipment).toContain('tennis-ball');
        }
      }),
      runs,
    );
  });

  it('a home plan lasts 10 to 20 minutes, starts with a warm-up and ends with water', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const { plan, recommendations } = assess(intake);
        if (plan.steps.length === 0) return;
        expect(plan.totalSeconds).toBeGreaterThanOrEqual(600);
        expect(plan.totalSeconds).toBeLessThanOrEqual(1200);
        expect(plan.totalSeconds).toBe(plan.steps.reduce((sum, s) => sum + s.seconds, 0));
        expect(plan.steps[0]?.technique).toBe('warm-up');
        expect(plan.steps.at(-1)?.technique).toBe('water');
        const home = new Set(recommendations.filter((r) => r.setting === 'home').map((r) => r.technique));
        for (const step of plan.steps.slice(1, -1)) if (step.kind !== 'movement') expect(home.has(step.technique as never)).toBe(true);
        for (const step of plan.steps) expect(intake.areas.concat(['whole-back' as never])).toContain(step.area);
      }),
      runs,
    );
  });

  it('never plans a foam roller on the lower back', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        for (const step of assess(intake).plan.steps) {
          if (step.technique === 'foam-roller') expect(step.area).not.toBe('lower-back');
        }
      }),
      runs,
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(arbitraryIntake, (intake) => {
      expect(assess(intake)).toEqual(assess(intake));
    }), { numRuns: 300 });
  });
});
