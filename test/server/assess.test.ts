import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, AssessmentSchema } from '../../src/core/index.js';
import { deskWorkerIntake, emergencyIntake, testServer } from './support.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = testServer();
  await app.ready();
});
afterAll(() => app.close());

const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/assess', payload: payload as object });

describe('POST /api/assess', () => {
  it('answers a self-care intake with ranked techniques and a home plan, exactly as the core does', async () => {
    const response = await post(deskWorkerIntake);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const assessment = AssessmentSchema.parse(response.json());
    expect(assessment.triage).toBe('self-care');
    expect(assessment.recommendations.length).toBeGreaterThan(0);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(assess(deskWorkerIntake))));
  });

  it('stops all massage advice when an emergency sign is present', async () => {
    const response = await post(emergencyIntake);
    expect(response.statusCode).toBe(200);
    const assessment = AssessmentSchema.parse(response.json());
    expect(assessment.triage).toBe('emergency');
    expect(assessment.massageAdvised).toBe(false);
    expect(assessment.recommendations).toEqual([]);
  });

  it('lists every field problem with its path, in words, as invalid_intake', async () => {
    const response = await post({ ...deskWorkerIntake, age: 'forty', areas: ['lower-back', 'elbow'], intensity: 11 });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('invalid_intake');
    expect(error.message).toBe('The intake has 3 problems.');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'age', message: 'must be a number' },
        { path: 'areas[1]', message: expect.stringContaining('must be one of: neck') },
        { path: 'intensity', message: 'must be at most 10' },
      ]),
    );
  });

  it('names a missing required field', async () => {
    const { symptoms: _left, ...withoutSymptoms } = deskWorkerIntake;
    const response = await post(withoutSymptoms);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([{ path: 'symptoms', message: 'is required' }]);
  });

  it('rejects unknown fields instead of ignoring them (a typo must not drop a red flag)', async () => {
    const response = await post({ ...deskWorkerIntake, symtoms: ['fever'] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([{ path: 'symtoms', message: 'is not a known field' }]);
  });

  it.each([
    ['a list', [deskWorkerIntake]],
    ['a number', 42],
    ['null', null],
  ])('answers 400 invalid_intake when the body is %s', async (_name, body) => {
    const response = await app.inject({
      method: 'POST', url: '/api/assess', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_intake', issues: [{ path: '(root)' }] });
  });

  it('answers 400 invalid_intake when no body is sent', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/assess' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_intake', issues: [{ path: '(root)', message: 'is required' }] });
  });
});
