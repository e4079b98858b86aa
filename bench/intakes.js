// Generated intakes shared by the benches: the same mix for the engine bench and the CLI bench.
import fc from 'fast-check';

export const SEED = 20_240_812;

/** `count` valid intakes as plain JSON documents (as the CLI and the API see them), from fast-check with a fixed seed. */
export function generatedIntakes(core, count, seed = SEED) {
  /** A subset of `values`, each at most once: how "tick all that apply" answers look. */
  const ticks = (values) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });
  /** Mostly nothing ticked, as for most people; sometimes one or more. */
  const rarely = (values) => fc.oneof({ arbitrary: fc.constant([]), weight: 8 }, { arbitrary: ticks(values), weight: 2 });
  const intakeArbitrary = fc.record(
    {
      age: fc.integer({ min: 16, max: 110 }),
      pregnant: fc.boolean(),
      areas: fc.uniqueArray(fc.constantFrom(...core.BODY_AREAS), { minLength: 1, maxLength: 4 }),
      pattern: fc.constantFrom(...core.PAIN_PATTERNS),
      radiatesBelowKnee: fc.boolean(),
      quality: ticks(core.PAIN_QUALITIES),
      intensity: fc.integer({ min: 0, max: 10 }),
      durationDays: fc.integer({ min: 0, max: 400 }),
      trend: fc.constantFrom(...core.TRENDS),
      causes: ticks(core.CAUSES),
      contexts: ticks(core.CONTEXTS),
      goals: ticks(core.GOALS),
      setting: fc.constantFrom(...core.SETTINGS),
      pressure: fc.constantFrom(...core.PRESSURES),
      equipment: ticks(core.EQUIPMENT),
      conditions: rarely(core.CONDITIONS),
      symptoms: rarely(core.SYMPTOMS),
    },
    { requiredKeys: ['age', 'areas', 'pattern', 'quality', 'intensity', 'durationDays', 'causes', 'conditions', 'symptoms'] },
  );
  const intakes = fc.sample(intakeArbitrary, { seed, numRuns: count }).map((intake) => JSON.parse(JSON.stringify(intake)));
  for (const [index, intake] of intakes.entries()) {
    if (!core.validate(core.IntakeSchema, intake).ok) throw new Error(`generated intake #${index} is not valid: ${JSON.stringify(intake)}`);
  }
  return intakes;
}
