import { z } from 'zod';
import { AssessmentSchema, ERROR_STATUS, IntakeSchema, MOVEMENT_IDS, TECHNIQUE_IDS, type ErrorCode } from '../core/index.js';
import { contractName, namedContracts } from '../core/contracts/index.js';
import type { ApiFeature, OpenApiOperation as Operation } from './api-feature.js';
import type { DeclaredRoute } from './typed-routes.js';
import { VERSION } from './version.js';

/**
 * JSON Schemas and the OpenAPI 3.1 description. Paths, summaries and errors are written below; each
 * success answer comes from the zod schema its route declares (`schema.response`), so a route's
 * documented answer is the schema its handler is type-checked against. Building the document fails
 * when a route declares an unnamed schema.
 */

type JsonSchema = Record<string, unknown>;

/** Standalone JSON Schemas served at /api/schema/:name. The intake is described as accepted input. */
export const jsonSchemas = {
  intake: { $id: 'backrub:intake', ...z.toJSONSchema(IntakeSchema, { io: 'input' }) },
  assessment: { $id: 'backrub:assessment', ...z.toJSONSchema(AssessmentSchema, { io: 'output' }) },
} as const satisfies Record<string, JsonSchema>;

function componentSchemas(features: readonly ApiFeature[]): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  const components = new Map<string, z.ZodType>(namedContracts());
  for (const feature of features) {
    for (const [id, schema] of Object.entries(feature.openApi?.schemas ?? {})) {
      if (components.has(id) && components.get(id) !== schema) throw new Error(`OpenAPI schema name "${id}" of feature ${feature.name} is taken`);
      components.set(id, schema);
    }
  }
  for (const [id, schema] of components) registry.add(schema, { id });
  const output = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'output' });
  // The intake is a request body: describe what may be sent (optional fields stay optional).
  const input = z.toJSONSchema(IntakeSchema, { io: 'input' });
  const strip = ({ $schema: _s, $id: _i, ...schema }: JsonSchema): JsonSchema => schema;
  return Object.fromEntries([
    ['Intake', strip(input)],
    ...Object.entries(output.schemas).map(([id, schema]) => [id, strip(schema as JsonSchema)]),
  ]);
}

/** Puts each route's declared answer schemas into its documented operation. */
function withDeclaredResponses(paths: Record<string, Record<string, Operation>>, routes: readonly DeclaredRoute[]): void {
  for (const route of routes) {
    const operation = paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
    if (!operation) continue;
    // Success answers only: errors are documented by code above, all with the Error schema.
    for (const [status, schema] of Object.entries(route.responses).filter(([status]) => status.startsWith('2'))) {
      const name = contractName(schema);
      if (!name) throw new Error(`${route.method} ${route.url} declares a ${status} answer schema without a name in src/core/contracts`);
      const documented = operation.responses?.[status];
      const type = Object.keys(documented?.content ?? {})[0] ?? 'application/json';
      operation.responses = {
        ...operation.responses,
        [status]: { description: documented?.description ?? name, content: { [type]: { schema: { $ref: `#/components/schemas/${name}` } } } },
      };
    }
  }
}

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
/** A success answer: its schema comes from the route's declaration. */
const ok = (description: string) => ({ description });

const ERROR_DESCRIPTIONS: Partial<Record<ErrorCode, string>> = {
  invalid_intake: 'The intake failed validation; `issues` lists each field problem.',
  invalid_request: 'The body is not valid JSON, or the request is malformed.',
  not_found: 'No such route or resource.',
  payload_too_large: 'The body is larger than 64 KiB.',
  unsupported_media_type: 'The body is not sent as application/json.',
  rate_limited: 'Too many requests from this address; see the Retry-After header.',
  internal: 'A bug on the server; the response never contains details.',
};

function errors(...codes: ErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      { description: list.map((code) => `\`${code}\`: ${ERROR_DESCRIPTIONS[code] ?? code}`).join(' '), content: json('Error') },
    ]),
  );
}

const API_ERRORS = ['rate_limited', 'internal'] as const;

/** Feature paths, mounted where the feature is: "/entries" of a feature at "/diary" is "/api/diary/entries". */
function featurePaths(features: readonly ApiFeature[]): Record<string, Record<string, Operation>> {
  return Object.fromEntries(
    features.flatMap((feature) =>
      // A copy: the declared answers are written into it, and features are shared by servers in tests.
      Object.entries(feature.openApi?.paths ?? {}).map(([path, item]) => [`/api${feature.prefix ?? ''}${path}`, structuredClone(item)]),
    ),
  );
}

export function buildOpenApiDocument(features: readonly ApiFeature[] = [], routes: readonly DeclaredRoute[] = []): Record<string, unknown> {
  const paths: Record<string, Record<string, Operation>> = {
    '/api/assess': {
      post: {
        operationId: 'assess',
        summary: 'Assess an intake: safety triage first, then ranked techniques and a home plan.',
        requestBody: { required: true, content: json('Intake') },
        responses: {
          '200': ok('The assessment.'),
          ...errors('invalid_intake', 'invalid_request', 'payload_too_large', 'unsupported_media_type', ...API_ERRORS),
        },
      },
    },
    '/api/techniques': {
      get: {
        operationId: 'listTechniques',
        summary: 'Every technique in the knowledge base, with the sources they cite.',
        responses: { '200': ok('The technique library.'), ...errors(...API_ERRORS) },
      },
    },
    '/api/techniques/{id}': {
      get: {
        operationId: 'getTechnique',
        summary: 'One technique, with its sources.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', enum: [...TECHNIQUE_IDS] } }],
        responses: { '200': ok('The technique.'), ...errors('not_found', ...API_ERRORS) },
      },
    },
    '/api/movements': {
      get: {
        operationId: 'listMovements',
        summary: 'Every gentle stretch and movement in the knowledge base, with the sources they cite.',
        responses: { '200': ok('The movement library.'), ...errors(...API_ERRORS) },
      },
    },
    '/api/movements/{id}': {
      get: {
        operationId: 'getMovement',
        summary: 'One movement: how to do it, how much, what to feel, when to stop, and its sources.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', enum: [...MOVEMENT_IDS] } }],
        responses: { '200': ok('The movement.'), ...errors('not_found', ...API_ERRORS) },
      },
    },
    '/api/schema/{name}': {
      get: {
        operationId: 'getJsonSchema',
        summary: 'The JSON Schema (draft 2020-12) of the intake or the assessment.',
        parameters: [
          { name: 'name', in: 'path', required: true, schema: { type: 'string', enum: Object.keys(jsonSchemas) } },
        ],
        responses: {
          '200': ok('A JSON Schema document.'),
          ...errors('not_found', ...API_ERRORS),
        },
      },
    },
    '/api/config': {
      get: {
        operationId: 'getClientConfig',
        summary: 'Settings of this instance that the web app shows, such as the emergency number.',
        responses: { '200': ok('The settings.'), ...errors(...API_ERRORS) },
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document.',
        responses: { '200': ok('OpenAPI 3.1 document.') },
      },
    },
    '/healthz': {
      get: {
        operationId: 'health',
        summary: 'Liveness: answers 200 while the server accepts requests. Not rate limited.',
        responses: { '200': ok('The server is up.') },
      },
    },
    ...featurePaths(features),
  };
  withDeclaredResponses(paths, routes);
  return {
    openapi: '3.1.0',
    info: {
      title: 'backrub API',
      version: VERSION,
      description:
        'Safety screening and massage guidance for back pain. Every error has the shape ' +
        '`{ "error": { "code", "message", "issues"? } }`. This is guidance, not a diagnosis.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: { schemas: componentSchemas(features) },
  };
}
