import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { redactUrl } from '../../src/server/log-redaction.js';
import { makeWebRoot, testServer } from './support.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
}

describe("Fastify's early errors speak the error vocabulary and carry the security headers", () => {
  const cases: [string, InjectOptions, number][] = [
    ['a badly encoded URL', { method: 'GET', url: '/%c0%ae' }, 400],
    ['a badly encoded API URL', { method: 'GET', url: '/api/shared/%c0%ae' }, 400],
    ['a bad JSON body', { method: 'POST', url: '/api/assess', payload: '{bad', headers: { 'content-type': 'application/json' } }, 400],
    ['an empty JSON body', { method: 'POST', url: '/api/assess', payload: '', headers: { 'content-type': 'application/json' } }, 400],
    ['a body over the limit', { method: 'POST', url: '/api/assess', payload: JSON.stringify({ x: 'a'.repeat(70_000) }), headers: { 'content-type': 'application/json' } }, 413],
    ['a form post', { method: 'POST', url: '/api/assess', payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
  ];
  it.each(cases)('%s', async (_name, request, status) => {
    app = testServer();
    const response = await app.inject(request);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(typeof body.error.code).toBe('string');
    expect(body.error.message).toMatch(/\w/);
    expect(JSON.stringify(body)).not.toMatch(/FST_ERR|statusCode/);
    expectSecurityHeaders(response.headers);
  });

  it('answers a request line Node cannot parse in the vocabulary too (raw socket, real server)', async () => {
    app = testServer();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /\u0001 HTTP/1.1\r\nHost: x\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1.1 400 /);
    expect(raw.toLowerCase()).toContain('content-security-policy:');
    expect(raw.toLowerCase()).toContain('x-content-type-options: nosniff');
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({ error: { code: 'invalid_request', message: 'The request could not be read.' } });
  });
});

describe('HSTS only over https', () => {
  it('is absent over plain http, even when a client claims https without a trusted proxy', async () => {
    app = testServer();
    expect((await app.inject({ method: 'GET', url: '/healthz' })).headers['strict-transport-security']).toBeUndefined();
    const claimed = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
  });

  it('is sent when a trusted proxy says the request came over https', async () => {
    app = testServer({ TRUST_PROXY: '127.0.0.1' });
    const response = await app.inject({ method: 'GET', url: '/healthz', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
    const error = await app.inject({ method: 'POST', url: '/api/assess', payload: '{bad', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-proto': 'https', 'content-type': 'application/json' } });
    expect(error.headers['strict-transport-security']).toMatch(/^max-age=/);
  });
});

describe('share pages are private', () => {
  it('the /share/<token> page and /api/shared/<token> are never cached, never indexed, never referred', async () => {
    const web = makeWebRoot();
    try {
      app = testServer({ WEB_ROOT: web.root });
      const token = 'A'.repeat(43);
      for (const url of [`/share/${token}`, `/api/shared/${token}`, '/api/shared/short']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.headers['cache-control'], url).toBe('no-store');
        expect(response.headers['referrer-policy'], url).toBe('no-referrer');
        expect(response.headers['x-robots-tag'], url).toMatch(/noindex/);
      }
      // Other pages keep their own cache rules.
      expect((await app.inject({ method: 'GET', url: '/results' })).headers['cache-control']).toBe('no-cache');
    } finally {
      web.cleanup();
    }
  });
});

describe('share tokens and secrets stay out of the logs', () => {
  it('a real pino stream sees no token from share paths or secret query values', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const web = makeWebRoot();
    try {
      app = testServer({ WEB_ROOT: web.root }, { logger: { level: 'info', stream } });
      const token = 'Tok3nSecretValue_abcdefghijklmnopqrstuvwxyz';
      const urls = [
        `/share/${token}`,
        `/api/shared/${token}`,
        `/api/shared/${token}?x=1`,
        `/SHARE/${token}/`,
        `/%73hare/${token}`,
        `/api/auth/reset?token=${token}&next=/home`,
        `/reset?reset_token=${token}`,
        `/api/techniques?access_token=${token}`,
        `/anything?Password=${token}#${token}`,
      ];
      for (const url of urls) await app.inject({ method: 'GET', url });
      await app.inject({ method: 'GET', url: '/api/missing', headers: { 'x-note': 'control' } });
      const log = lines.join('');
      expect(lines.length).toBeGreaterThanOrEqual(urls.length); // one line per request (request-log.ts)
      expect(log).not.toContain(token);
      expect(log).toContain('"url":"/share/[redacted]"');
      expect(log).toContain('"url":"/api/shared/[redacted]?x=1"');
      expect(log).toContain('"url":"/api/auth/reset?token=[redacted]&next=/home"');
      // Nothing else is hidden: ordinary URLs stay readable.
      expect(log).toContain('"url":"/api/missing"');
    } finally {
      web.cleanup();
    }
  });

  it('redactUrl keeps what is not secret', () => {
    expect(redactUrl('/api/diary/entries?limit=50&before=abc')).toBe('/api/diary/entries?limit=50&before=abc');
    expect(redactUrl('/share')).toBe('/share');
    expect(redactUrl('/shared-notes/x')).toBe('/shared-notes/x');
  });
});
