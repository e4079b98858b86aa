import { z } from 'zod';

// Where a guided session had got to, as the web player keeps it in the tab's storage so a reload or a
// phone that slept can carry on (decision 0066). `plan` names the steps the progress belongs to: progress
// saved for other steps (new answers, the routine instead of the session) is never resumed.

export const SessionProgressSchema = z.object({
  version: z.literal(1),
  plan: z.string().min(1).describe('The steps this progress belongs to, as the player names them.'),
  phase: z.enum(['running', 'after']).describe('Playing the steps, or asking the after-score.'),
  index: z.number().int().nonnegative().describe('The step the person was on.'),
  left: z.number().nonnegative().describe('Seconds left in that step.'),
  before: z.number().int().min(0).max(10).describe('The pain score given before the session.'),
  spent: z.array(z.number().nonnegative().nullable()).describe('Seconds spent on each step so far.'),
});

export type SessionProgress = z.infer<typeof SessionProgressSchema>;
