import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWebRoot, testServer } from './support.js';

describe('serving the built web app', () => {
  // The served root sits in a folder of its own, with a secret above it and one in a sibling folder:
  // what a path traversal would reach.
  const outer = mkdtempSync(join(tmpdir(), 'backrub-outer-'));
  const web = makeWebRoot(outer);
  const SECRET = `sentinel ${randomBytes(8).toString('hex')}`;
  writeFileSync(join(outer, 'secret.txt'), SECRET);
  const sibling = mkdtempSync(join(outer, 'backrub-web-sibling-'));
  writeFileSync(join(sibling, 'secret.txt'), SECRET);
  const siblingName = sibling.slice(outer.length + 1);
  let app: FastifyInstance;
  beforeAll(async () => {
    app = testServer({ WEB_ROOT: web.root });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(outer, { recursive: true, force: true });
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

  const traversals = [
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/assets/..%252f..%252fsecret.txt',
    '/.%2e/secret.txt',
    `/../${siblingName}/secret.txt`,
    `/%2e%2e/${siblingName}/secret.txt`,
  ];

  it('the secret is there to find: the root reads its own files, and the secret sits next to it', async () => {
    expect(readFileSync(join(web.root, '..', 'secret.txt'), 'utf8')).toBe(SECRET);
    expect((await app.inject({ method: 'GET', url: '/sw.js' })).statusCode).toBe(200);
  });

  it.each(traversals)('answers 404 to %s and never sends the file above the root', async (url) => {
    const response = await get(url);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(SECRET);
  });

  // A Windows separator in the path is refused outright by the static file server, before any lookup.
  it.each(['/..%5csecret.txt', '/assets/%2e%2e%5c%2e%2e%5csecret.txt'])('refuses %s with 403 and never sends the file', async (url) => {
    const response = await get(url);
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain(SECRET);
  });

  it('compresses text files when the browser accepts it', async () => {
    const response = await get(`/assets/${web.hashedScript}`, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    const original = readFileSync(join(web.root, 'assets', web.hashedScript), 'utf8');
    expect(gunzipSync(response.rawPayload).toString('utf8')).toBe(original);
    expect(response.rawPayload.length).toBeLessThan(original.length / 2);
  });

  it('sends the pre-compressed file written at build time as it is, to browsers that accept it', async () => {
    // Not the gzip of the script: a stand-in, so the test tells "sent as is" from "compressed now".
    const stored = gzipSync(Buffer.from('export const built = "at build time";\n'));
    writeFileSync(join(web.root, 'assets', `${web.hashedScript}.gz`), stored);
    const response = await get(`/assets/${web.hashedScript}`, { 'accept-encoding': 'gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Buffer.compare(response.rawPayload, stored)).toBe(0);
    // A browser that accepts no compression gets the plain file.
    const plain = await get(`/assets/${web.hashedScript}`, { 'accept-encoding': 'identity' });
    expect(plain.body).toBe(readFileSync(join(web.root, 'assets', web.hashedScript), 'utf8'));
    rmSync(join(web.root, 'assets', `${web.hashedScript}.gz`));
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

describe('the build (npm run build) pre-compresses the web app\'s hashed assets', () => {
  const assets = fileURLToPath(new URL('../../dist/web/assets/', import.meta.url));
  it('writes .br and .gz beside each script and stylesheet, holding the same bytes', () => {
    const scripts = readdirSync(assets).filter((name) => /\.(js|css)$/.test(name) && statSync(join(assets, name)).size >= 1024);
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) {
      const original = readFileSync(join(assets, name));
      expect(Buffer.compare(brotliDecompressSync(readFileSync(join(assets, `${name}.br`))), original), name).toBe(0);
      expect(Buffer.compare(gunzipSync(readFileSync(join(assets, `${name}.gz`))), original), name).toBe(0);
    }
  });
});
