import { z } from 'zod';
import { nameContracts } from './registry.js';

export const SignedInUserSchema = z.object({ id: z.string(), email: z.string() }).meta({ title: 'SignedInUser' });
export type SignedInUser = z.infer<typeof SignedInUserSchema>;

/** Sign-up, sign-in and GET /api/auth/session: who is signed in and the token to send back. */
export const SessionAnswerSchema = z
  .object({
    user: SignedInUserSchema,
    csrfToken: z.string().describe('Send it in the x-csrf-token header on every state-changing request.'),
    expiresAt: z.string().describe('The absolute end of the session; it ends earlier when unused for the idle timeout.'),
  })
  .meta({ title: 'SessionAnswer' });
export type SessionAnswer = z.infer<typeof SessionAnswerSchema>;

export const SignedOutEverywhereSchema = z
  .object({ sessionsEnded: z.number().int().nonnegative() })
  .meta({ title: 'SignedOutEverywhere' });

export const ResetRequestedSchema = z
  .object({ message: z.string().describe('The same words whether or not the email has an account.') })
  .meta({ title: 'ResetRequested' });

nameContracts({ SignedInUser: SignedInUserSchema, SessionAnswer: SessionAnswerSchema, SignedOutEverywhere: SignedOutEverywhereSchema, ResetRequested: ResetRequestedSchema });
