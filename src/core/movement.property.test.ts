import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arbitraryIntake, arbitraryPlainIntake } from '../../test/support/arbitraries.js';
import { pathCounter } from '../../test/support/reach.js';
import { assess } from './assess.js';
import { TECHNIQUE_IDS } from './assessment.js';
import { findMovementsToAvoid } from './movement-plan.js';
import { MAX_SESSION_SECONDS, MIN_SESSION_SECONDS } from './session-plan.js';

const runs = { numRuns: 2000 };
// Needs a reason to leave a movement out and self-care at once: a small share, but never none.
const LEFT_OUT_SHARE = 0.03;
const movementSteps = (a: ReturnType<typeof assess>) => [...a.plan.steps, ...(a.plan.routine?.steps ?? [])].filter((s) => s.kind === 'movement');

// The avoid list as consumers from before movements read it: every entry names a technique.
const OldAvoid = z.array(z.strictObject({ technique: z.enum(TECHNIQUE_IDS), why: z.string() }));

describe('movement: safety properties over generated intakes', { timeout: 120_000 }, () => {
  it('no movement step, routine or activity goal unless the triage is self-care', () => {
    const notSelfCare = pathCounter('a triage other than self-care');
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const a = assess(intake);
        if (!notSelfCare.count(a.triage !== 'self-care')) return;
        expect(movementSteps(a)).toEqual([]);
        expect(a.plan.routine).toBeUndefined();
        expect(a.plan.activity).toBeUndefined();
        expect(a.plan.posture).toBeUndefined();
      }),
      runs,
    );
    notSelfCare.expectShare(1 / 4);
  });

  it('no movement the screening left out is ever in the plan or the routine', () => {
    // The case that matters: movements are planned while screening leaves some out.
    const both = pathCounter('movements planned while some are left out');
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const out = new Set(findMovementsToAvoid(intake).map((x) => x.movement));
        const steps = movementSteps(assess(intake));
        both.count(out.size > 0 && steps.length > 0);
        for (const step of steps) expect(out.has(step.movement ?? 'short-walk')).toBe(false);
      }),
      runs,
    );
    both.expectShare(LEFT_OUT_SHARE);
  });

  it('a session with movement still lasts 10 to 20 minutes, movements after the massage, water last', () => {
    const withMovement = pathCounter('a home plan with movement');
    fc.assert(
      fc.property(arbitraryPlainIntake, (intake) => {
        const { plan } = assess(intake);
        if (!withMovement.count(plan.steps.some((s) => s.kind === 'movement'))) return;
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
    withMovement.expectShare(1 / 3);
  });

  it('a daily routine stays short (at most 7 minutes) and only appears for self-care', () => {
    const withRoutine = pathCounter('a daily routine');
    fc.assert(
      fc.property(arbitraryPlainIntake, (intake) => {
        const { plan, triage } = assess(intake);
        withRoutine.count(plan.routine !== undefined);
        if (!plan.routine) return;
        expect(triage).toBe('self-care');
        expect(plan.routine.totalSeconds).toBeLessThanOrEqual(420);
        expect(plan.routine.totalSeconds).toBe(plan.routine.steps.reduce((sum, s) => sum + s.seconds, 0));
      }),
      runs,
    );
    withRoutine.expectShare(1 / 3);
  });

  it('old consumers keep working: every avoid entry still names a technique', () => {
    const avoiding = pathCounter('an avoid list');
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const { avoid } = assess(intake);
        avoiding.count(avoid.length > 0);
        expect(OldAvoid.safeParse(avoid).success).toBe(true);
      }),
      runs,
    );
    avoiding.expectShare(1 / 10);
  });
});
