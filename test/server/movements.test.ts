import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVEMENT_IDS, MOVEMENTS, SOURCES } from '../../src/core/index.js';
import { MovementDetailSchema, MovementListSchema } from '../../src/core/contracts/index.js';
import { testServer } from './support.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = testServer();
  await app.ready();
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });

describe('movement library API', () => {
  it('GET /api/movements lists every movement with the sources they cite, resolved', async () => {
    const response = await get('/api/movements');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const list = MovementListSchema.parse(response.json());
    expect(list.movements.map((m) => m.id)).toEqual([...MOVEMENT_IDS]);
    const cited = new Set(list.movements.flatMap((m) => m.sources));
    expect(list.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });

  it('GET /api/movements/:id gives one movement with how-to steps, dose, when to stop and its sources', async () => {
    const response = await get('/api/movements/pelvic-tilt');
    expect(response.statusCode).toBe(200);
    const detail = MovementDetailSchema.parse(response.json());
    expect(detail.movement).toEqual(MOVEMENTS['pelvic-tilt']);
    expect(detail.movement.dose.reps).toBe(8);
    expect(detail.movement.stopIf.length).toBeGreaterThan(0);
    expect(detail.sources).toEqual(MOVEMENTS['pelvic-tilt'].sources.map((id) => SOURCES[id]));
  });

  it.each(['yoga', 'constructor', '__proto__', 'PELVIC-TILT'])('GET /api/movements/%s -> 404 not_found naming the known ids', async (id) => {
    const response = await get(`/api/movements/${id}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    expect(response.json().error.message).toContain('pelvic-tilt');
  });

  it('POST /api/assess answers with movement steps, the movement avoid list and the activity goal', async () => {
    const intake = {
      age: 35, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 4, durationDays: 10,
      causes: ['desk-posture'], conditions: ['osteoporosis'], symptoms: [],
    };
    const response = await app.inject({ method: 'POST', url: '/api/assess', payload: intake });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const movements = body.plan.steps.filter((s: { kind?: string }) => s.kind === 'movement');
    expect(movements.length).toBeGreaterThan(0);
    expect(body.avoidMovements.map((a: { movement: string }) => a.movement)).toContain('knee-to-chest');
    expect(movements.map((s: { movement: string }) => s.movement)).not.toContain('knee-to-chest');
    expect(body.plan.activity.goal).toMatch(/walk/);
    expect(body.plan.posture.checklist.length).toBeGreaterThan(0);
  });

  it('the assessment JSON Schema and OpenAPI describe movement steps and the daily-routine goal', async () => {
    const schema = (await get('/api/schema/assessment')).json();
    const step = schema.properties.plan.properties.steps.items;
    expect(step.properties.kind.enum).toEqual(['massage', 'movement']);
    expect(step.properties.movement.enum).toEqual([...MOVEMENT_IDS]);
    expect(step.required).not.toContain('kind');
    expect(schema.required).not.toContain('avoidMovements');
    const intake = (await get('/api/schema/intake')).json();
    expect(intake.properties.goals.items.enum).toContain('daily-routine');
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.paths['/api/movements/{id}'].get.parameters[0].schema.enum).toEqual([...MOVEMENT_IDS]);
    expect(doc.components.schemas.Movement.properties.id.enum).toEqual([...MOVEMENT_IDS]);
  });
});
