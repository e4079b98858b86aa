import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedContracts } from '../../src/core/contracts/index.js';
import { deskWorkerIntake } from '../server/support.js';
import { Client, DIALECTS, sampleEntry, startWithUser, type TestApp } from './harness.js';

// The API's answers against their contracts (src/core/contracts): the OpenAPI document must give every
// operation a named success schema, and what the real server answers must parse with that schema.

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Record<string, unknown>> } };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation's success answers: `[operation, status, component name or undefined]`. */
function successAnswers(doc: OpenApi): [string, string, string | undefined][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .flatMap(([method, operation]) => {
        const success = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith('2'));
        if (success.length === 0) return [[`${method.toUpperCase()} ${path}`, '(none)', undefined] as [string, string, undefined]];
        return success
          .filter(([status]) => status !== '204')
          .flatMap(([status, response]) => {
            const refs = Object.values(response.content ?? {}).map((media) => media.schema?.$ref?.replace('#/components/schemas/', ''));
            return (refs.length ? refs : [undefined]).map((ref) => [`${method.toUpperCase()} ${path}`, status, ref] as [string, string, string | undefined]);
          });
      }),
  );
}

describe.each(DIALECTS)('API contracts on $name', (dialect) => {
  let t: TestApp;
  let me: Client;
  let doc: OpenApi;
  beforeAll(async () => {
    ({ t, me } = await startWithUser(dialect));
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(async () => t?.close());

  it('gives every operation of /api/openapi.json a named, typed success answer', () => {
    const answers = successAnswers(doc);
    expect(answers.length).toBeGreaterThan(30);
    const untyped = answers.filter(([, , name]) => !name || !doc.components.schemas[name]).map(([op, status]) => `${op} ${status}`);
    expect(untyped).toEqual([]);
    // A named component that says no more than "an object" is not a contract.
    const bare = Object.entries(doc.components.schemas).filter(([, schema]) => schema.type === 'object' && !schema.properties && !schema.additionalProperties);
    expect(bare.map(([name]) => name)).toEqual([]);
  });

  it('answers every account route with a body its documented schema accepts', async () => {
    const schemaFor = (method: string, path: string, status: number) => {
      const template = Object.keys(doc.paths).find((p) => new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+')}$`).test(path.split('?')[0]!));
      const ref = doc.paths[template!]?.[method.toLowerCase()]?.responses?.[String(status)]?.content;
      const name = Object.values(ref ?? {})[0]?.schema?.$ref?.replace('#/components/schemas/', '');
      const schema = name ? namedContracts().get(name) : undefined;
      if (!schema) throw new Error(`no contract for ${method} ${path} ${status}`);
      return schema;
    };
    const checked: string[] = [];
    const check = async (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => {
      const response = await me.request(method, url, body);
      expect(response.statusCode, `${method} ${url}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
      const result = schemaFor(method, url, response.statusCode).safeParse(response.json());
      expect(result.error?.issues ?? [], `${method} ${url}`).toEqual([]);
      checked.push(`${method} ${url}`);
      return response.json();
    };

    const entry = await check('POST', '/api/diary/entries', sampleEntry());
    await check('PUT', `/api/diary/entries/${entry.id}`, sampleEntry({ painAfter: 2 }));
    await check('GET', `/api/diary/entries/${entry.id}`);
    await check('GET', '/api/diary/entries?limit=1');
    await check('POST', '/api/diary/checkins', { occurredAt: '2025-06-01T09:00:00+02:00', pain: 5, enjoyment: 4, activity: 6 });
    await check('GET', '/api/diary/checkins');
    await check('POST', '/api/assessments', { intake: deskWorkerIntake });
    await check('GET', '/api/assessments');
    await check('GET', '/api/assessments/current');
    await check('GET', '/api/diary/dashboard');
    await check('GET', '/api/summary');
    const share = await check('POST', '/api/shares', {});
    await check('GET', '/api/shares');
    await check('GET', share.apiPath);
    const exported = await check('GET', '/api/export/json');
    await check('GET', '/api/export/fhir');
    await check('POST', '/api/import', exported);
    await check('GET', '/api/auth/session');
    await check('GET', '/api/config');
    await check('GET', '/api/techniques');
    await check('GET', '/api/movements');
    expect(checked).toHaveLength(21);
  });
});
