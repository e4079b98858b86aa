import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. */
export const SESSION_COOKIE = 'backrub_session';

/** Parses the Cookie header (@fastify/cookie) for the account routes; registered in the accounts scope. */
export async function registerCookies(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
}

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  return request.cookies[name];
}

/** `request.protocol` honours X-Forwarded-Proto only when TRUST_PROXY says the proxy is trusted. */
function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

function setCookie(request: FastifyRequest, reply: FastifyReply, name: string, value: string, maxAgeSeconds: number, scope: { path: string; sameSite: 'lax' | 'strict' }): void {
  // Several cookies may go out on one answer (the session and device cookies): the plugin keeps them all.
  reply.setCookie(name, value, { ...scope, httpOnly: true, maxAge: Math.max(0, Math.floor(maxAgeSeconds)), secure: isHttps(request) });
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  setCookie(request, reply, SESSION_COOKIE, token, maxAgeSeconds, { path: '/', sameSite: 'lax' });
}

/** The device cookie (decision 0044): only the API reads it, and only same-site requests need it. */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, name: string, value: string, maxAgeSeconds: number): void {
  setCookie(request, reply, name, value, maxAgeSeconds, { path: '/api', sameSite: 'strict' });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  setSessionCookie(request, reply, '', 0);
}
