import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../errors.js';
import { ThrottledError, type AuthService, type SessionGrant } from './auth.service.js';
import type { AccountContext } from './context.js';
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie } from './cookies.js';
import { parseWith, rejectCrossOrigin, requireSession } from './http.js';

export const SignUpSchema = z.strictObject({
  email: z.email({ error: 'must be an email address' }).max(254, 'must be at most 254 characters'),
  password: z
    .string({ error: 'must be text' })
    .min(10, 'must be at least 10 characters')
    .max(1024, 'must be at most 1024 characters'),
});

export const SignInSchema = z.strictObject({
  email: z.string({ error: 'must be text' }).min(1, 'is required').max(254, 'must be at most 254 characters'),
  password: z.string({ error: 'must be text' }).min(1, 'is required').max(1024, 'must be at most 1024 characters'),
});

export const DeleteAccountSchema = z.strictObject({
  password: z.string({ error: 'must be text' }).min(1, 'is required').max(1024),
});

// Per-route limits on top of the database-backed growing delay (they use the API's rate-limit store).
const AUTH_RATE_LIMIT = { rateLimit: { max: 30, timeWindow: 60_000 } };

export interface AuthRoutesOptions {
  ctx: AccountContext;
  auth: AuthService;
}

function grantBody(grant: SessionGrant) {
  return { user: grant.user, csrfToken: grant.csrfToken, expiresAt: grant.expiresAt };
}

async function throttled<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ThrottledError) reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

/** /api/auth/* and /api/account: sign up, sign in, sign out (here or everywhere), who am I, delete account. */
export async function authRoutes(app: FastifyInstance, { ctx, auth }: AuthRoutesOptions): Promise<void> {
  const signedIn = requireSession(auth);
  const maxAge = ctx.settings.sessionTtlMs / 1000;

  app.post('/auth/signup', { config: AUTH_RATE_LIMIT }, async (request: FastifyRequest, reply) => {
    rejectCrossOrigin(request);
    const body = parseWith(SignUpSchema, request.body);
    const grant = await throttled(reply, () => auth.signUp(body.email, body.password, request.ip));
    setSessionCookie(request, reply, grant.token, maxAge);
    reply.header('cache-control', 'no-store');
    return reply.code(201).send(grantBody(grant));
  });

  app.post('/auth/signin', { config: AUTH_RATE_LIMIT }, async (request, reply) => {
    rejectCrossOrigin(request);
    const body = parseWith(SignInSchema, request.body);
    const grant = await throttled(reply, () => auth.signIn(body.email, body.password, request.ip));
    setSessionCookie(request, reply, grant.token, maxAge);
    reply.header('cache-control', 'no-store');
    return grantBody(grant);
  });

  app.get('/auth/session', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const session = await auth.resolve(readCookie(request, SESSION_COOKIE));
    if (!session) throw new ApiError('unauthorized', 'Not signed in.');
    return { user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  });

  app.post('/auth/signout', { preHandler: signedIn }, async (request, reply) => {
    await auth.signOut(request.account!);
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.post('/auth/signout-everywhere', { preHandler: signedIn }, async (request, reply) => {
    const ended = await auth.signOutEverywhere(request.account!.user.id);
    clearSessionCookie(request, reply);
    return { sessionsEnded: ended };
  });

  app.delete('/account', { preHandler: signedIn, config: AUTH_RATE_LIMIT }, async (request, reply) => {
    const body = parseWith(DeleteAccountSchema, request.body);
    await auth.deleteAccount(request.account!.user.id, body.password);
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });
}
