import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BODY_AREAS, SOURCES, TECHNIQUE_IDS, TECHNIQUES } from '../../src/core/index.js';
import { TechniqueDetailSchema, TechniqueListSchema } from '../../src/core/contracts/index.js';
import { testServer } from './support.js';

let app: FastifyInstance;
const registered: { method: string; url: string }[] = [];
beforeAll(async () => {
  app = testServer({ EMERGENCY_NUMBER: '999 (UK)' });
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registered.push({ method, url: route.url });
  });
  await app.ready();
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });

describe('technique library', () => {
  it('GET /api/techniques lists every technique with the sources they cite, resolved', async () => {
    const response = await get('/api/techniques');
    expect(response.statusCode).toBe(200);
    const list = TechniqueListSchema.parse(response.json());
    expect(list.techniques.map((t) => t.id)).toEqual([...TECHNIQUE_IDS]);
    const cited = new Set(list.techniques.flatMap((t) => t.sources));
    expect(list.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });

  it('GET /api/techniques/:id gives one technique, how-to steps and its sources', async () => {
    const response = await get('/api/techniques/tennis-ball');
    expect(response.statusCode).toBe(200);
    const detail = TechniqueDetailSchema.parse(response.json());
    expect(detail.technique).toEqual(TECHNIQUES['tennis-ball']);
    expect(detail.technique.steps.length).toBeGreaterThan(0);
    expect(detail.sources).toEqual(TECHNIQUES['tennis-ball'].sources.map((id) => SOURCES[id]));
  });

  it.each(['acupuncture', 'constructor', '__proto__', 'SWEDISH'])('GET /api/techniques/%s -> 404 not_found naming the known ids', async (id) => {
    const response = await get(`/api/techniques/${id}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    expect(response.json().error.message).toContain('swedish');
  });
});

describe('schemas and OpenAPI', () => {
  it('GET /api/schema/intake is the JSON Schema of the intake, strict about unknown fields', async () => {
    const response = await get('/api/schema/intake');
    expect(response.statusCode).toBe(200);
    const schema = response.json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Intake');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['age', 'areas', 'symptoms', 'conditions']));
    expect(schema.required).not.toContain('pregnant');
    expect(schema.properties.areas.items.enum).toEqual([...BODY_AREAS]);
  });

  it('GET /api/schema/assessment describes the triage levels', async () => {
    const schema = (await get('/api/schema/assessment')).json();
    expect(schema.title).toBe('Assessment');
    expect(schema.properties.triage.enum).toEqual(['emergency', 'urgent', 'see-doctor-first', 'self-care']);
  });

  it('GET /api/schema/diary -> 404 naming the known schemas', async () => {
    const response = await get('/api/schema/diary');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('intake, assessment');
  });

  it('GET /api/openapi.json is OpenAPI 3.1 and documents every route the server has', async () => {
    const response = await get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const served = registered
      .filter((r) => r.method !== 'HEAD' && (r.url.startsWith('/api') || r.url === '/healthz'))
      .map((r) => `${r.method} ${r.url}`);
    expect(documented.sort()).toEqual([...new Set(served)].sort());
  });

  it('every $ref in the OpenAPI document points at a component that exists', async () => {
    const doc = (await get('/api/openapi.json')).json();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of new Set(refs)) expect(doc.components.schemas, `missing component ${ref}`).toHaveProperty(ref!);
    expect(doc.components.schemas.Intake.additionalProperties).toBe(false);
    expect(doc.components.schemas.Error.properties.error.properties.code.enum).toContain('invalid_intake');
  });
});

describe('health and client settings', () => {
  it('GET /healthz answers ok with the version', async () => {
    const response = await get('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('GET /api/config gives the web app the configured emergency number', async () => {
    const response = await get('/api/config');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ emergencyNumber: '999 (UK)', region: 'international', urgentService: 'an urgent care service' });
  });

  it('GET /api/config names the region and its numbers, with the overrides', async () => {
    const uk = testServer({ REGION: 'uk' });
    expect((await uk.inject({ method: 'GET', url: '/api/config' })).json()).toEqual({
      emergencyNumber: '999', region: 'uk', urgentService: 'NHS 111', urgentNumber: '111',
    });
    const us = testServer({ REGION: 'us', URGENT_NUMBER: '811' });
    expect((await us.inject({ method: 'GET', url: '/api/config' })).json()).toEqual({
      emergencyNumber: '911', region: 'us', urgentService: 'urgent care', urgentNumber: '811',
    });
    await Promise.all([uk.close(), us.close()]);
  });
});

describe('OpenAPI of feature plugins', () => {
  it('documents a feature\'s paths under its mount point, with its schemas as components', async () => {
    const Entry = z.object({ painBefore: z.number().int() }).meta({ title: 'Entry' });
    const withFeature = testServer({}, {
      features: [
        {
          name: 'diary',
          prefix: '/diary',
          plugin: async (api: FastifyInstance) => {
            api.get('/entries', async () => []);
          },
          openApi: {
            paths: { '/entries': { get: { responses: { '200': { description: 'Entries', content: { 'application/json': { schema: { $ref: '#/components/schemas/Entry' } } } } } } } },
            schemas: { Entry },
          },
        },
      ],
    });
    try {
      const doc = (await withFeature.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(doc.paths['/api/diary/entries'].get.responses['200'].description).toBe('Entries');
      expect(doc.components.schemas.Entry.properties.painBefore.type).toBe('integer');
      expect(doc.paths['/api/assess']).toBeDefined();
    } finally {
      await withFeature.close();
    }
  });
});
