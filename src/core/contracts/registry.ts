import type { z } from 'zod';

// The named answer schemas: /api/openapi.json lists each once under components.schemas and refers to
// it by name wherever a route (or another schema) uses it. A registry of our own rather than zod's
// global one, so `z.toJSONSchema` of a single schema (GET /api/schema/:name) stays self-contained.

const byName = new Map<string, z.ZodType>();
const names = new Map<z.ZodType, string>();

export function nameContracts(contracts: Readonly<Record<string, z.ZodType>>): void {
  for (const [name, schema] of Object.entries(contracts)) {
    const taken = byName.get(name);
    if (taken && taken !== schema) throw new Error(`Two answer schemas are both named "${name}"`);
    byName.set(name, schema);
    names.set(schema, name);
  }
}

/** The component name of a named answer schema, or undefined. */
export function contractName(schema: z.ZodType): string | undefined {
  return names.get(schema);
}

export function namedContracts(): ReadonlyMap<string, z.ZodType> {
  return byName;
}
