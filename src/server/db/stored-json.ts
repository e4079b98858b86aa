import type { z } from 'zod';

/** A JSON column that does not hold what its schema says: a bug or a hand-edited database, never the user's fault. */
export class StoredDataError extends Error {
  override name = 'StoredDataError';
}

/**
 * Reads a JSON column with the core schema of what was written there, instead of trusting a cast: a
 * renamed or missing value fails here, naming the column and the field, rather than deep in a page.
 */
export function parseStored<S extends z.ZodType>(schema: S, json: string, column: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new StoredDataError(`${column} is not JSON`);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new StoredDataError(`${column} does not match its schema: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim());
}
