import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ResetRequestedSchema, SessionAnswerSchema, SignedOutEverywhereSchema } from '../../core/contracts/index.js';
import { ApiError } from '../errors.js';
import type { ZodTypeProvider } from '../typed-routes.js';
import { newPasswordSchema, signUpSchema } from '../../core/password-policy.js';
import { isTooGuessable } from './password-strength.js';
import { ThrottledError, type AuthService, type ClientIdentity, type SessionGrant } from './auth.service.js';
import type { AccountContext } from './context.js';
import { clearSessionCookie, readCookie, SESSION_COOKIE, setDeviceCookie, setSessionCookie } from './cookies.js';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_S } from './device-cookies.js';
import { parseWith, rejectCrossOrigin, requireSession } from './http.js';

/** The policy of src/core/password-policy.ts, with the common-password check (the sign-up form runs the same schema). */
export const SignUpSchema = signUpSchema(isTooGuessable);

export const SignInSchema = z.strictObject({
  email: z.string({ error: 'must be text' }).min(1, 'is required').max(254, 'must be at most 254 characters'),
  password: z.string({ error: 'must be text' }).min(1, 'is required').max(1024, 'must be at most 1024 characters'),
});

const CurrentPassword = z.string({ error: 'must be text' }).min(1, 'is required').max(1024, 'must be at most 1024 characters');

export const DeleteAccountSchema = z.strictObject({ password: CurrentPassword });

/** The new password's policy needs the account's email, so the service checks it (same rules as sign-up). */
export const ChangePasswordSchema = z.strictObject({ currentPassword: CurrentPassword, newPassword: newPasswordSchema() });

export const ResetRequestSchema = z.strictObject({
  email: z.email({ error: 'must be an email address' }).max(254, 'must be at most 254 characters'),
});

export const ResetSchema = z.strictObject({
  token: z.string({ error: 'must be text' }).min(1, 'is required').max(200, 'must be at most 200 characters'),
  newPassword: newPasswordSchema(),
});

export const RESET_REQUESTED =
  'If this email has a backrub account, we have sent it a link to choose a new password. The link works for 30 minutes.';

// Per-route limits on top of the database-backed growing delay (they use the API's rate-limit store).
const AUTH_RATE_LIMIT = { rateLimit: { max: 30, timeWindow: 60_000 } };

export interface AuthRoutesOptions {
  ctx: AccountContext;
  auth: AuthService;
}

function grantBody(grant: SessionGrant) {
  return { user: grant.user, csrfToken: grant.csrfToken, expiresAt: grant.expiresAt };
}

const clientOf = (request: FastifyRequest): ClientIdentity => ({ address: request.ip, deviceCookie: readCookie(request, DEVICE_COOKIE) });

async function throttled<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ThrottledError) reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

/**
 * /api/auth/* and /api/account: sign up, sign in, sign out (here or everywhere), who am I, change or
 * reset the password, delete the account.
 */
export async function authRoutes(app: FastifyInstance, { ctx, auth }: AuthRoutesOptions): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const signedIn = requireSession(auth);
  const maxAge = ctx.settings.sessionMaxMs / 1000;
  const grantCookies = (request: FastifyRequest, reply: FastifyReply, grant: SessionGrant) => {
    setSessionCookie(request, reply, grant.token, maxAge);
    setDeviceCookie(request, reply, DEVICE_COOKIE, grant.deviceCookie, DEVICE_COOKIE_MAX_AGE_S);
  };

  api.post('/auth/signup', { config: AUTH_RATE_LIMIT, schema: { response: { 201: SessionAnswerSchema } } }, async (request, reply) => {
    rejectCrossOrigin(request);
    const body = parseWith(SignUpSchema, request.body);
    const grant = await throttled(reply, () => auth.signUp(body.email, body.password, request.ip));
    grantCookies(request, reply, grant);
    reply.header('cache-control', 'no-store');
    return reply.code(201).send(grantBody(grant));
  });

  api.post('/auth/signin', { config: AUTH_RATE_LIMIT, schema: { response: { 200: SessionAnswerSchema } } }, async (request, reply) => {
    rejectCrossOrigin(request);
    const body = parseWith(SignInSchema, request.body);
    const grant = await throttled(reply, () => auth.signIn(body.email, body.password, clientOf(request)));
    grantCookies(request, reply, grant);
    reply.header('cache-control', 'no-store');
    return grantBody(grant);
  });

  api.get('/auth/session', { schema: { response: { 200: SessionAnswerSchema } } }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const session = await auth.resolve(readCookie(request, SESSION_COOKIE));
    if (!session) throw new ApiError('unauthorized', 'Not signed in.');
    return { user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  });

  api.post('/auth/signout', { preHandler: signedIn }, async (request, reply) => {
    await auth.signOut(request.account!);
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  api.post('/auth/signout-everywhere', { preHandler: signedIn, schema: { response: { 200: SignedOutEverywhereSchema } } }, async (request, reply) => {
    const ended = await auth.signOutEverywhere(request.account!.user.id);
    clearSessionCookie(request, reply);
    return { sessionsEnded: ended };
  });

  api.delete('/account', { preHandler: signedIn, config: AUTH_RATE_LIMIT }, async (request, reply) => {
    const body = parseWith(DeleteAccountSchema, request.body);
    await throttled(reply, () => auth.deleteAccount(request.account!.user.id, body.password, clientOf(request)));
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  api.post('/account/password', { preHandler: signedIn, config: AUTH_RATE_LIMIT }, async (request, reply) => {
    const body = parseWith(ChangePasswordSchema, request.body);
    await throttled(reply, () => auth.changePassword(request.account!, body.currentPassword, body.newPassword, clientOf(request)));
    return reply.code(204).send();
  });

  // Always the same 202, whether or not the email has an account (ASVS 2.5.x, 3.x: no enumeration).
  api.post('/auth/reset-request', { config: AUTH_RATE_LIMIT, schema: { response: { 202: ResetRequestedSchema } } }, async (request, reply) => {
    rejectCrossOrigin(request);
    const body = parseWith(ResetRequestSchema, request.body);
    auth.requestReset(body.email);
    reply.header('cache-control', 'no-store');
    return reply.code(202).send({ message: RESET_REQUESTED });
  });

  api.post('/auth/reset', { config: AUTH_RATE_LIMIT }, async (request, reply) => {
    rejectCrossOrigin(request);
    const body = parseWith(ResetSchema, request.body);
    await auth.resetPassword(body.token, body.newPassword);
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });
}
