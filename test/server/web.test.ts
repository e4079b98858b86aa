import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWebRoot, testServer } from './support.js';

describe('serving the built web app', () => {
  const web = makeWebRoot();
  let app: FastifyInstance;
  beforeAll(async () => {
    app = testServer({ WEB_ROOT: web.root });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    web.cleanup();
  });
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('serves index.html at / and makes browsers re-check it, so updates reach people', async () => {
    const response = await get('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<title>backrub</title>');
  });

  it('caches hashed /assets/* for a year as immutable', async () => {
    const response = await get(`/assets/${web.hashedScript}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/sw.js', '/manifest.webmanifest'])('never lets %s go stale in a cache', async (url) => {
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('caches other public files briefly', async () => {
    expect((await get('/icons/icon.svg')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it.each(['/results', '/techniques/swedish', '/session/step/2?fast=1'])('falls back to index.html for the app route %s', async (url) => {
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>backrub</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a missing asset instead of handing a script an HTML page', async () => {
    const response = await get('/assets/index-00000000.js');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('does not serve files outside the web root', async () => {
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const response = await get(url);
      expect(response.body).not.toContain('"name": "backrub"');
    }
  });

  it('compresses text files when the browser accepts it', async () => {
    const response = await get(`/assets/${web.hashedScript}`, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    const original = readFileSync(join(web.root, 'assets', web.hashedScript), 'utf8');
    expect(gunzipSync(response.rawPayload).toString('utf8')).toBe(original);
    expect(response.rawPayload.length).toBeLessThan(original.length / 2);
  });

  it('compresses large API answers too', async () => {
    const response = await get('/api/techniques', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.rawPayload).toString('utf8')).techniques.length).toBeGreaterThan(0);
  });
});

describe('before the web app is built', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = testServer({ WEB_ROOT: '/nonexistent/backrub-web' });
    await app.ready();
  });
  afterAll(() => app.close());

  it('starts anyway and tells the person to run npm run build', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('npm run build');
    expect(response.body).not.toMatch(/<script|style=/);
  });

  it('still answers the API', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/techniques' })).statusCode).toBe(200);
  });
});
