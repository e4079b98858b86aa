import { parse, safeParse, type $ZodObject, type $ZodType, type output } from 'zod/v4/core';

// Saved data outlives the code that wrote it: a value may be renamed or retired. Salvaging keeps every
// field the schema still accepts, keeps the known items of a list, and names what it dropped, so the
// app can tell the person instead of trusting a cast or failing the whole save. Written against zod's
// core, so it works with the full zod and with zod/mini (which the web app's first load uses).

export interface Salvaged<T> {
  value: T;
  /** The fields (in the schema's order, then unknown ones) whose saved value was dropped or trimmed. */
  dropped: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The item schema of a list field (inside its default or optional), or null if the field is not a list. */
function itemOf(field: $ZodType): $ZodType | null {
  let def = field._zod.def as { type: string; innerType?: $ZodType; element?: $ZodType };
  while ((def.type === 'default' || def.type === 'optional') && def.innerType) def = def.innerType._zod.def as typeof def;
  return def.type === 'array' && def.element ? def.element : null;
}

/**
 * Parses `input` with an object schema field by field. Every field must accept `undefined` (optional or
 * with a default), which is what a dropped value becomes. Input that is not an object gives the defaults.
 */
export function salvage<S extends $ZodObject>(schema: S, input: unknown): Salvaged<output<S>> {
  const raw = isRecord(input) ? input : {};
  const shape = schema._zod.def.shape as Record<string, $ZodType>;
  const dropped: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const whole = safeParse(field, raw[key]);
    if (whole.success) {
      if (whole.data !== undefined) out[key] = whole.data;
      continue;
    }
    dropped.push(key);
    const item = itemOf(field);
    const value = raw[key];
    const kept = item && Array.isArray(value) ? [...new Set(value.filter((v) => safeParse(item, v).success))] : undefined;
    const fallback = safeParse(field, kept);
    if (fallback.success && fallback.data !== undefined) out[key] = fallback.data;
  }
  for (const key of Object.keys(raw)) if (!(key in shape)) dropped.push(key);
  return { value: parse(schema, out), dropped };
}
