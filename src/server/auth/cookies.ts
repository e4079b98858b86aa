import type { FastifyReply, FastifyRequest } from 'fastify';

/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. */
export const SESSION_COOKIE = 'backrub_session';

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** `request.protocol` honours X-Forwarded-Proto only when TRUST_PROXY says the proxy is trusted. */
function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

function cookieLine(request: FastifyRequest, name: string, value: string, maxAgeSeconds: number, extra: string[]): string {
  const attributes = [`${name}=${encodeURIComponent(value)}`, ...extra, 'HttpOnly', `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`];
  if (isHttps(request)) attributes.push('Secure');
  return attributes.join('; ');
}

/** Adds a Set-Cookie line, keeping any set before (the session and device cookies go out together). */
function appendCookie(reply: FastifyReply, line: string): void {
  const before = reply.getHeader('set-cookie');
  const lines = before === undefined ? [] : Array.isArray(before) ? before.map(String) : [String(before)];
  reply.header('set-cookie', [...lines, line]);
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  appendCookie(reply, cookieLine(request, SESSION_COOKIE, token, maxAgeSeconds, ['Path=/', 'SameSite=Lax']));
}

/** The device cookie (decision 0044): only the API reads it, and only same-site requests need it. */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, name: string, value: string, maxAgeSeconds: number): void {
  appendCookie(reply, cookieLine(request, name, value, maxAgeSeconds, ['Path=/api', 'SameSite=Strict']));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  setSessionCookie(request, reply, '', 0);
}
