import type { FastifyRateLimitStore, FastifyRateLimitOptions } from '@fastify/rate-limit';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { deskWorkerIntake, makeWebRoot, testServer } from './support.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function parseCsp(header: unknown): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    (header as string).split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('security headers', () => {
  it('every kind of response carries a strict CSP that forbids inline script and style', async () => {
    const web = makeWebRoot();
    try {
      app = testServer({ WEB_ROOT: web.root });
      const responses = await Promise.all([
        app.inject({ method: 'GET', url: '/' }),
        app.inject({ method: 'GET', url: `/assets/${web.hashedScript}` }),
        app.inject({ method: 'POST', url: '/api/assess', payload: deskWorkerIntake }),
        app.inject({ method: 'POST', url: '/api/assess', payload: '{bad', headers: { 'content-type': 'application/json' } }),
        app.inject({ method: 'GET', url: '/api/missing' }),
        app.inject({ method: 'GET', url: '/healthz' }),
      ]);
      for (const response of responses) {
        const csp = parseCsp(response.headers['content-security-policy']);
        expect(csp.get('default-src')).toEqual(["'self'"]);
        expect(csp.get('script-src')).toEqual(["'self'"]);
        expect(csp.get('style-src')).toEqual(["'self'"]);
        expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
        expect(csp.get('object-src')).toEqual(["'none'"]);
        expect(csp.get('base-uri')).toEqual(["'self'"]);
        expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
        expect(csp.get('form-action')).toEqual(["'self'"]);
        expect(csp.get('worker-src')).toEqual(["'self'"]);
        expect(csp.get('manifest-src')).toEqual(["'self'"]);
        expect(response.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('DENY');
        expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
        expect(response.headers['permissions-policy']).toMatch(/camera=\(\), .*geolocation=\(\), .*microphone=\(\)/);
        // The guided session keeps the screen on (decision 0068): the one feature this origin may use.
        expect(response.headers['permissions-policy']).toMatch(/(^|, )screen-wake-lock=\(self\)(,|$)/);
        expect(response.headers['permissions-policy']).not.toMatch(/screen-wake-lock=\(\)/);
        // Plain http: no HSTS (see test/server/headers.test.ts for https).
        expect(response.headers['strict-transport-security']).toBeUndefined();
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers['x-powered-by']).toBeUndefined();
      }
    } finally {
      web.cleanup();
    }
  });
});

describe('rate limit on the API', () => {
  it('answers 429 rate_limited with Retry-After once an address exceeds the limit', async () => {
    app = testServer({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' });
    for (let i = 0; i < 3; i++) {
      const ok = await app.inject({ method: 'GET', url: '/api/techniques' });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['x-ratelimit-remaining']).toBe(String(2 - i));
    }
    const limited = await app.inject({ method: 'POST', url: '/api/assess', payload: deskWorkerIntake });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.json().error.message).toMatch(/Too many requests. Please wait 1 minute/);
    expect(limited.headers['retry-after']).toBe('60');
  });

  it('counts each client address separately and never limits /healthz', async () => {
    app = testServer({ RATE_LIMIT_MAX: '1' });
    const from = (remoteAddress: string) => app!.inject({ method: 'GET', url: '/api/config', remoteAddress });
    expect((await from('10.0.0.1')).statusCode).toBe(200);
    expect((await from('10.0.0.1')).statusCode).toBe(429);
    expect((await from('10.0.0.2')).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('RATE_LIMIT_MAX=0 turns the API-wide limit off', async () => {
    app = testServer({ RATE_LIMIT_MAX: '0' });
    for (let i = 0; i < 20; i++) expect((await app.inject({ method: 'GET', url: '/api/config' })).statusCode).toBe(200);
  });

  it('uses a swapped-in store (for several instances sharing one count)', async () => {
    const seen: string[] = [];
    // A store that remembers nothing but says every client is over the limit, to prove it is consulted.
    class AlwaysExceededStore implements FastifyRateLimitStore {
      constructor(_options: FastifyRateLimitOptions) {}
      incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void): void {
        seen.push(key);
        callback(null, { current: 1_000_000, ttl: 5000 });
      }
      child(): FastifyRateLimitStore {
        return this;
      }
    }
    app = testServer({}, { rateLimitStore: AlwaysExceededStore });
    const response = await app.inject({ method: 'GET', url: '/api/techniques', remoteAddress: '10.1.2.3' });
    expect(response.statusCode).toBe(429);
    expect(seen).toEqual(['10.1.2.3']);
  });

  it('with TRUST_PROXY, limits by the client address the proxy reports', async () => {
    app = testServer({ RATE_LIMIT_MAX: '1', TRUST_PROXY: '127.0.0.1' });
    const via = (client: string) =>
      app!.inject({ method: 'GET', url: '/api/config', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': client } });
    expect((await via('203.0.113.1')).statusCode).toBe(200);
    expect((await via('203.0.113.2')).statusCode).toBe(200);
    expect((await via('203.0.113.1')).statusCode).toBe(429);
  });
});
