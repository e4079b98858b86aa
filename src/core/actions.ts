// Kept free of zod so light consumers (the CLI's option list, region words) load without the schema library.

/**
 * What the person should do, as a code (SCREENING.md §2.3). The words (and phone numbers) come from the
 * region the app is set to; the core only says which action.
 */
export const ACTIONS = ['call-999', 'go-to-ae', 'call-maternity', 'ae-today', 'same-day', 'gp-48h', 'book-gp'] as const;
export type Action = (typeof ACTIONS)[number];
