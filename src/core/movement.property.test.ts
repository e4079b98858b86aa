import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arbitraryIntake, arbitraryPlainIntake } from '../../test/support/arbitraries.js';
import { assess } from './assess.js';
import { TECHNIQUE_IDS } from './assessment.js';
import { findMovementsToAvoid } from './movement-plan.js';
import { MAX_SESSION_SECONDS, MIN_SESSION_SECONDS } from './session-plan.js';

const runs = { numRuns: 2000 };
const movementSteps = (a: ReturnType<typeof assess>) => [...a.plan.steps, ...(a.plan.routine?.steps ?? [])].filter((s) => s.kind === 'movement');

// The avoid list as consumers from before movements read it: every entry names a technique.
const OldAvoid = z.array(z.strictObject({ technique: z.enum(TECHNIQUE_IDS), why: z.string() }));

describe('movement: safety properties over generated intakes', () => {
  it('no movement step, routine or activity goal unless the triage is self-care', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const a = assess(intake);
        if (a.triage === 'self-care') return;
        expect(movementSteps(a)).toEqual([]);
        expect(a.plan.routine).toBeUndefined();
        expect(a.plan.activity).toBeUndefined();
        expect(a.plan.posture).toBeUndefined();
      }),
      runs,
    );
  });

  it('no movement the screening left out is ever in the plan or the routine', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryIntake, arbitraryPlainIntake), (intake) => {
        const out = new Set(findMovementsToAvoid(intake).map((x) => x.movement));
        for (const step of movementSteps(assess(intake))) expect(out.has(step.movement ?? 'short-walk')).toBe(false);
      }),
      runs,
    );
  });

  it('a session with movement still lasts 10 to 20 minutes, movements after the massage, water last', () => {
    fc.assert(
      fc.property(arbitraryPlainIntake, (intake) => {
        const { plan } = assess(intake);
        if (plan.steps.length === 0) return;
        expect(plan.totalSeconds).toBeGreaterThanOrEqual(MIN_SESSION_SECONDS);
        expect(plan.totalSeconds).toBeLessThanOrEqual(MAX_SESSION_SECONDS);
        const kinds = plan.steps.slice(1, -1).map((s) => s.kind);
        const first = kinds.indexOf('movement');
        if (first >= 0) expect(kinds.slice(first).every((k) => k === 'movement')).toBe(true);
        expect(plan.steps.at(-1)?.technique).toBe('water');
        for (const step of plan.steps) if (step.kind === 'movement') expect(intake.areas).toContain(step.area);
      }),
      runs,
    );
  });

  it('a daily routine stays short (at most 7 minutes) and only appears for self-care', () => {
    fc.assert(
      fc.property(arbitraryPlainIntake, (intake) => {
        const { plan, triage } = assess(intake);
        if (!plan.routine) return;
        expect(triage).toBe('self-care');
        expect(plan.routine.totalSeconds).toBeLessThanOrEqual(420);
        expect(plan.routine.totalSeconds).toBe(plan.routine.steps.reduce((sum, s) => sum + s.seconds, 0));
      }),
      runs,
    );
  });

  it('old consumers keep working: every avoid entry still names a technique', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        expect(OldAvoid.safeParse(assess(intake).avoid).success).toBe(true);
      }),
      runs,
    );
  });
});
