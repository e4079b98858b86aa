import { z } from 'zod';

/**
 * Form checks read from the schemas the server and the engine apply, so a limit is written once: change a
 * schema's `.min()` / `.max()` and the form's check and its words follow. The words for each field sit
 * next to its schema's use (intake-form-rules.ts for the wizard, share-days.ts for share links).
 */
export interface NumberLimits {
  min: number;
  max: number;
  whole: boolean;
}

/** The bounds of a number schema (optional, default and nullable wrappers are looked through). */
export function numberLimits(schema: z.ZodType): NumberLimits {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodNumber)) throw new Error('numberLimits needs a number schema');
  const { minValue, maxValue, isInt } = inner;
  if (minValue === null || maxValue === null || !Number.isFinite(minValue) || !Number.isFinite(maxValue)) {
    throw new Error('numberLimits needs a schema with both a minimum and a maximum');
  }
  return { min: minValue, max: maxValue, whole: isInt };
}

/** What to say when a number is missing, not whole, or out of bounds. */
export interface NumberWords {
  missing: string;
  notWhole?: string;
  outOfRange: (limits: NumberLimits) => string;
  /** Said instead of `outOfRange` when the number is under the minimum (e.g. the age limit). */
  tooLow?: (limits: NumberLimits) => string;
}

/** The first problem with a number typed into a form, in the field's own words, or undefined. */
export function numberProblem(value: number | undefined, limits: NumberLimits, words: NumberWords): string | undefined {
  if (value === undefined || Number.isNaN(value)) return words.missing;
  if (limits.whole && !Number.isInteger(value)) return words.notWhole ?? words.outOfRange(limits);
  if (value < limits.min) return (words.tooLow ?? words.outOfRange)(limits);
  if (value > limits.max) return words.outOfRange(limits);
  return undefined;
}

