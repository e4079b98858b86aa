import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../src/core/index.js';
import { BODY_LIMIT_BYTES } from '../../src/server/app.js';
import { ApiError } from '../../src/server/errors.js';
import { deskWorkerIntake, testServer } from './support.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = testServer({}, {
    features: [
      {
        name: 'broken',
        prefix: '/broken',
        plugin: async (api: FastifyInstance) => {
          api.get('/bug', async () => {
            throw new Error('secret detail: connection string postgres://user:pw@db');
          });
          api.post('/taken', async () => {
            throw new ApiError('conflict', 'That name is taken.');
          });
        },
      },
    ],
  });
  await app.ready();
});
afterAll(() => app.close());

/** Every error must use the one shape and the status of its code. */
function expectErrorBody(response: { statusCode: number; json: () => unknown; headers: Record<string, unknown> }, code: keyof typeof ERROR_STATUS) {
  expect(response.statusCode).toBe(ERROR_STATUS[code]);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  const body = response.json() as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error;
}

const postRaw = (payload: string, contentType: string) =>
  app.inject({ method: 'POST', url: '/api/assess', headers: { 'content-type': contentType }, payload });

describe('client mistakes get a clear 4xx, never a 500', () => {
  it('bad JSON -> 400 invalid_request', async () => {
    const error = expectErrorBody(await postRaw('{"age": 42,', 'application/json'), 'invalid_request');
    expect(error.message).toBe('The request body is not valid JSON.');
  });

  it('empty JSON body -> 400 invalid_request', async () => {
    expectErrorBody(await postRaw('', 'application/json'), 'invalid_request');
  });

  it('prototype poisoning attempt -> 400 invalid_request', async () => {
    expectErrorBody(await postRaw('{"__proto__": {"admin": true}}', 'application/json'), 'invalid_request');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml'])(
    'a %s body -> 415 unsupported_media_type',
    async (contentType) => {
      expectErrorBody(await postRaw(JSON.stringify(deskWorkerIntake), contentType), 'unsupported_media_type');
    },
  );

  it('accepts JSON with a charset parameter', async () => {
    expect((await postRaw(JSON.stringify(deskWorkerIntake), 'application/json; charset=utf-8')).statusCode).toBe(200);
  });

  it(`a body over ${BODY_LIMIT_BYTES / 1024} KiB -> 413 payload_too_large`, async () => {
    const huge = JSON.stringify({ ...deskWorkerIntake, padding: 'x'.repeat(BODY_LIMIT_BYTES) });
    expectErrorBody(await postRaw(huge, 'application/json'), 'payload_too_large');
  });

  it('a body just under the limit is read and validated (not rejected for size)', async () => {
    const padding = 'x'.repeat(BODY_LIMIT_BYTES - 1000);
    const response = await postRaw(JSON.stringify({ ...deskWorkerIntake, padding }), 'application/json');
    expect(expectErrorBody(response, 'invalid_intake')).toMatchObject({ issues: [{ path: 'padding', message: 'is not a known field' }] });
  });

  it.each([
    ['GET', '/api/nope'],
    ['POST', '/api/nope'],
    ['GET', '/api'],
    ['GET', '/api/assess'],
    ['DELETE', '/api/techniques'],
    ['POST', '/somewhere'],
  ] as const)('%s %s -> 404 not_found', async (method, url) => {
    const error = expectErrorBody(await app.inject({ method, url }), 'not_found');
    expect(error.message).toContain(url);
  });
});

describe('errors from feature plugins', () => {
  it('an ApiError keeps its code and message', async () => {
    const error = expectErrorBody(await app.inject({ method: 'POST', url: '/api/broken/taken', payload: {} }), 'conflict');
    expect(error.message).toBe('That name is taken.');
  });

  it('a bug -> 500 internal, with no stack trace or detail sent to the client', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/broken/bug' });
    expectErrorBody(response, 'internal');
    expect(response.body).not.toMatch(/secret|postgres|stack|at .*\.ts/);
  });
});
