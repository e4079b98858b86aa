import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntake } from '../../test/support/arbitraries.js';
import { plainIntake } from '../../test/support/intakes.js';
import { assess } from './assess.js';
import { MOVEMENT_PRIOR, personaliseMovements, type MovementEvidence } from './movement-learning.js';
import { MOVEMENT_IDS } from './movement-vocabulary.js';

const arbitraryEvidence: fc.Arbitrary<MovementEvidence[]> = fc.uniqueArray(
  fc.record({
    movement: fc.constantFrom(...MOVEMENT_IDS),
    sessions: fc.integer({ min: 1, max: 30 }),
  }).chain(({ movement, sessions }) =>
    fc.integer({ min: 0, max: sessions }).map((helped) => ({ movement, sessions, helped, helpedALittle: 0, totalRelief: helped * 3 })),
  ),
  { selector: (e) => e.movement },
);

describe('what helps you, for movements', () => {
  it('with no diary, the plan\'s movements in the plan\'s order at the prior score', () => {
    const a = assess(plainIntake({ areas: ['lower-back', 'neck'] }));
    const planned = a.plan.steps.flatMap((s) => (s.movement ? [s.movement] : []));
    const ranked = personaliseMovements(a, []);
    expect(ranked.map((m) => m.movement)).toEqual(planned);
    expect(ranked.every((m) => m.score === MOVEMENT_PRIOR && m.learned === null)).toBe(true);
  });

  it('a movement that helped moves up, with the reason in plain words', () => {
    const a = assess(plainIntake({ areas: ['lower-back', 'neck'] }));
    const last = personaliseMovements(a, []).at(-1)!.movement;
    const ranked = personaliseMovements(a, [{ movement: last, sessions: 3, helped: 3, helpedALittle: 0, totalRelief: 9 }]);
    expect(ranked[0]?.movement).toBe(last);
    expect(ranked[0]?.learned).toMatch(/It helped you 3 times/);
  });

  it('never recommends a movement screening left out, nor any movement unless self-care (property)', () => {
    fc.assert(
      fc.property(arbitraryIntake, arbitraryEvidence, (intake, evidence) => {
        const a = assess(intake);
        const ranked = personaliseMovements(a, evidence).map((m) => m.movement);
        if (a.triage !== 'self-care') expect(ranked).toEqual([]);
        const excluded = new Set((a.avoidMovements ?? []).map((x) => x.movement));
        for (const id of ranked) expect(excluded.has(id)).toBe(false);
        const planned = new Set([...a.plan.steps, ...(a.plan.routine?.steps ?? [])].flatMap((s) => (s.movement ? [s.movement] : [])));
        for (const id of ranked) expect(planned.has(id)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
