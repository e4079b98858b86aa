import { z } from 'zod';

// Saved data outlives the code that wrote it: a value may be renamed or retired. Salvaging keeps every
// field the schema still accepts, keeps the known items of a list, and names what it dropped, so the
// app can tell the person instead of trusting a cast or failing the whole save.

export interface Salvaged<T> {
  value: T;
  /** The fields (in the schema's order, then unknown ones) whose saved value was dropped or trimmed. */
  dropped: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The list schema inside a field's `.default()` / `.optional()`, if the field is a list. */
function listOf(field: z.ZodType): z.ZodArray<z.ZodType> | null {
  let inner: z.ZodType = field;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodArray ? (inner as z.ZodArray<z.ZodType>) : null;
}

/**
 * Parses `input` with an object schema field by field. Every field must accept `undefined` (optional or
 * with a default), which is what a dropped value becomes. Input that is not an object gives the defaults.
 */
export function salvage<S extends z.ZodObject>(schema: S, input: unknown): Salvaged<z.output<S>> {
  const raw = isRecord(input) ? input : {};
  const dropped: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const whole = field.safeParse(raw[key]);
    if (whole.success) {
      if (whole.data !== undefined) out[key] = whole.data;
      continue;
    }
    dropped.push(key);
    const list = listOf(field);
    const kept = list && Array.isArray(raw[key]) ? [...new Set(raw[key].filter((item) => list.element.safeParse(item).success))] : undefined;
    const fallback = field.safeParse(kept);
    if (fallback.success && fallback.data !== undefined) out[key] = fallback.data;
  }
  for (const key of Object.keys(raw)) if (!(key in schema.shape)) dropped.push(key);
  return { value: schema.parse(out), dropped };
}
