import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntake } from '../../test/support/arbitraries.js';
import { IntakeSchema, inOneShape } from './intake.js';
import { findMovementsToAvoid } from './movement-plan.js';
import { findTechniquesToAvoid, rankTechniques } from './ranking.js';
import { safetyNetFor } from './safety-net.js';
import { screenSafety } from './screening.js';
import { buildSessionPlan } from './session-plan.js';

describe('inOneShape', () => {
  it('has every field of the schema, in its order, with the same values', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const shaped = inOneShape(intake);
        expect(Object.keys(shaped)).toEqual(Object.keys(IntakeSchema.shape));
        for (const [field, value] of Object.entries(shaped)) expect(value).toBe(intake[field as keyof typeof intake]);
      }),
      { numRuns: 200 },
    );
  });

  // assess() reshapes the intake itself; its stages, called on their own, do not.
  it('changes no stage of the engine: none tells a field left out from an undefined one', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const shaped = inOneShape(intake);
        const screen = screenSafety(intake);
        expect(screenSafety(shaped)).toEqual(screen);
        const avoid = findTechniquesToAvoid(intake);
        expect(findTechniquesToAvoid(shaped)).toEqual(avoid);
        expect(rankTechniques(shaped, avoid)).toEqual(rankTechniques(intake, avoid));
        expect(findMovementsToAvoid(shaped)).toEqual(findMovementsToAvoid(intake));
        const ranked = rankTechniques(intake, avoid);
        expect(buildSessionPlan(shaped, ranked, screen.triage)).toEqual(buildSessionPlan(intake, ranked, screen.triage));
        expect(safetyNetFor(shaped, screen.triage, screen.reasons)).toEqual(safetyNetFor(intake, screen.triage, screen.reasons));
      }),
      { numRuns: 300 },
    );
  });
});
