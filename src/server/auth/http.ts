import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { validate } from '../../core/validation.js';
import { ApiError } from '../errors.js';
import type { AuthService, CurrentSession } from './auth.service.js';
import { readCookie, SESSION_COOKIE } from './cookies.js';
import { sameSecret } from './tokens.js';

// Shared route plumbing for the account features: body/query parsing with the core's wording,
// the signed-in guard, and CSRF checks.

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireSession` on routes that need a signed-in person. */
    account?: CurrentSession;
  }
}

/** Parses with a core schema; a failure is a 400 `invalid_request` listing every field problem. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what = 'request'): z.output<S> {
  const result = validate(schema, input ?? {});
  if (!result.ok) {
    const count = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`;
    throw new ApiError('invalid_request', `The ${what} has ${count}.`, result.issues);
  }
  return result.value;
}

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Rejects requests a browser sent on behalf of another site: a cross-site `Sec-Fetch-Site`, or an
 * `Origin` other than this server's. Applies to every state-changing request, signed in or not
 * (this is what stops login CSRF).
 */
export function rejectCrossOrigin(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
    throw new ApiError('csrf_failed', 'This request came from another site and was refused.');
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | undefined;
  try {
    host = origin === 'null' ? undefined : new URL(origin).host;
  } catch {
    host = undefined;
  }
  if (!host || host !== ownHost(request)) {
    throw new ApiError('csrf_failed', 'This request came from another site and was refused.');
  }
}

/** This server's host as browsers write it in Origin (default ports dropped). */
function ownHost(request: FastifyRequest): string | undefined {
  try {
    return new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return undefined;
  }
}

/** Checks the per-session CSRF token header on state-changing requests. */
export function checkCsrfToken(request: FastifyRequest, session: CurrentSession): void {
  if (SAFE_METHODS.has(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
    throw new ApiError('csrf_failed', `Missing or wrong ${CSRF_HEADER} header; reload the page and try again.`);
  }
}

/** A preHandler: the request must carry a live session cookie (and the CSRF token when it changes state). */
export function requireSession(auth: AuthService) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    rejectCrossOrigin(request);
    const session = await auth.resolve(readCookie(request, SESSION_COOKIE));
    if (!session) throw new ApiError('unauthorized', 'Please sign in first (your session may have expired).');
    checkCsrfToken(request, session);
    request.account = session;
    // Personal data: never cached by the browser or anything in between.
    reply.header('cache-control', 'no-store');
  };
}

/** The signed-in person's id; only valid behind `requireSession`. */
export function userIdOf(request: FastifyRequest): string {
  if (!request.account) throw new Error('userIdOf used on a route without requireSession');
  return request.account.user.id;
}
