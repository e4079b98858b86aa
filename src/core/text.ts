import { z } from 'zod';

/**
 * The one string primitive for text that crosses a boundary (API bodies, queries, path ids, imports).
 * It refuses the NUL character: PostgreSQL cannot store it in text (the insert fails with a 500) and
 * no person types it, so it is rejected at the schema, the same on every database.
 */
export const NUL_MESSAGE = 'must not contain the NUL character (\\u0000)';

// eslint-disable-next-line no-control-regex -- matching the control character is the point
export const NO_NUL = /^[^\u0000]*$/;

/** Text without NUL; chain `.min()`, `.max()`, `.trim()` as with any zod string. */
export function text(error = 'must be text') {
  return z.string({ error }).regex(NO_NUL, NUL_MESSAGE);
}

/** An id in a path or a body: 1 to 100 characters, no NUL. */
export const IdText = text().min(1, 'is required').max(100, 'must be at most 100 characters');
