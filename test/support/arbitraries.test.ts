import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IntakeSchema, validate } from '../../src/core/index.js';
import { arbitraryIntake, arbitraryPlainIntake, fieldShape } from './arbitraries.js';

// The generators are derived from IntakeSchema: every generated intake is valid, and every value
// and limit of the schema comes up, so a property test cannot silently miss a value added later.

const cases = fc.sample(arbitraryIntake, { numRuns: 5000, seed: 42 });
const fields = Object.entries(IntakeSchema.shape).filter(([name]) => name !== 'answered');

describe('the generated intakes', () => {
  it('are all valid intakes, and so are the plain ones', () => {
    for (const intake of [...cases, ...fc.sample(arbitraryPlainIntake, { numRuns: 500, seed: 42 })]) {
      expect(validate(IntakeSchema, intake).ok, JSON.stringify(intake)).toBe(true);
    }
  });

  it.each(fields)('give %s every value the schema allows, including its limits', (name, schema) => {
    const { shape, optional } = fieldShape(schema as z.ZodType);
    const seen = cases.map((intake) => (intake as Record<string, unknown>)[name]);
    if (optional) expect(seen, 'sometimes left out').toContain(undefined);
    const given = seen.filter((value) => value !== undefined);
    switch (shape.kind) {
      case 'enum':
        expect(new Set(given)).toEqual(new Set(shape.values));
        break;
      case 'boolean':
        expect(new Set(given)).toEqual(new Set([true, false]));
        break;
      case 'list':
        expect(new Set(given.flat())).toEqual(new Set(shape.values));
        if (shape.minLength === 0) expect(given.some((list) => (list as unknown[]).length === 0), 'sometimes empty').toBe(true);
        break;
      case 'number':
        expect(given, 'the lowest value').toContain(shape.min);
        expect(given, 'the highest value').toContain(shape.max);
        break;
    }
  });
});
