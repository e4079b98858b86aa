import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntake } from '../../../test/support/arbitraries.js';
import type { Draft } from '../signs.js';
import { BODY_AREAS, CAUSES, CONDITIONS, LIMITS, ONSETS, PAIN_QUALITIES, SYMPTOMS, TRENDS } from '../vocabulary.js';
import { TRIAGE_RULES, type TriageRule } from './triage-rules.js';

// The screen skips a rule when the draft holds none of its trigger answers. That is only safe if a rule
// never fires without one: checked here on every rule, over intakes dense enough to make each rule fire.
const LIST_FIELDS = ['symptoms', 'conditions', 'quality', 'causes', 'areas'] as const;
const VALUE_FIELDS = ['onset', 'movementChangesPain', 'pregnant', 'radiatesBelowKnee', 'trend'] as const;

function holdsTrigger(rule: TriageRule, draft: Draft): boolean {
  const { triggers } = rule;
  for (const field of LIST_FIELDS) {
    const values: readonly string[] = triggers[field] ?? [];
    if (values.some((value) => (draft[field] as readonly string[] | undefined)?.includes(value))) return true;
  }
  return VALUE_FIELDS.some((field) => triggers[field] !== undefined && draft[field] === triggers[field]);
}

// Many boxes ticked and every v2 field given (or not): rare combinations come up often.
const dense = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: Math.min(8, values.length) });
const denseDraft: fc.Arbitrary<Draft> = fc.record(
  {
    age: fc.integer({ min: LIMITS.age.min, max: LIMITS.age.max }),
    pregnant: fc.boolean(),
    areas: fc.subarray([...BODY_AREAS], { minLength: 1 }),
    radiatesBelowKnee: fc.boolean(),
    quality: dense(PAIN_QUALITIES),
    intensity: fc.integer({ min: 0, max: 10 }),
    durationDays: fc.oneof(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 20_000 })),
    trend: fc.constantFrom(...TRENDS),
    causes: dense(CAUSES),
    conditions: dense(CONDITIONS),
    symptoms: dense(SYMPTOMS),
    onset: fc.constantFrom(...ONSETS),
    movementChangesPain: fc.boolean(),
    pregnancyWeeks: fc.integer({ min: LIMITS.pregnancyWeeks.min, max: LIMITS.pregnancyWeeks.max }),
    daysSinceInjury: fc.integer({ min: 0, max: 30 }),
  },
  { requiredKeys: [] },
);

describe('triage rule triggers', () => {
  it('name only fields the rule reads', () => {
    for (const rule of TRIAGE_RULES) {
      for (const field of Object.keys(rule.triggers)) expect(rule.reads, `${rule.id} triggers on ${field}`).toContain(field);
    }
  });

  it('hold whenever a rule fires, so skipping a rule without them changes no screen', () => {
    const fired = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(denseDraft, arbitraryIntake), (draft) => {
        for (const rule of TRIAGE_RULES) {
          if (rule.firesWhen(draft) === null) continue;
          fired.add(rule.id);
          expect(holdsTrigger(rule, draft), `${rule.id} fired without a trigger answer: ${JSON.stringify(draft)}`).toBe(true);
        }
      }),
      { numRuns: 4000, seed: 2026 },
    );
    // Not vacuous: every rule fired at least once above.
    expect(TRIAGE_RULES.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
