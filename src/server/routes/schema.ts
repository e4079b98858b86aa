import type { FastifyInstance } from 'fastify';
import { JsonDocumentSchema } from '../../core/contracts/index.js';
import { jsonSchemas } from '../openapi.js';
import { ApiError } from '../errors.js';
import type { ZodTypeProvider } from '../typed-routes.js';

const NAMES = Object.keys(jsonSchemas) as (keyof typeof jsonSchemas)[];

/** GET /api/schema/:name: the JSON Schema of the intake or the assessment, for other clients. */
export async function schemaRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get<{ Params: { name: string } }>('/schema/:name', { schema: { response: { 200: JsonDocumentSchema } } }, async (request, reply) => {
    const { name } = request.params;
    if (!(NAMES as string[]).includes(name)) {
      throw new ApiError('not_found', `There is no schema "${name}". Known schemas: ${NAMES.join(', ')}.`);
    }
    reply.header('cache-control', 'public, max-age=300');
    return jsonSchemas[name as keyof typeof jsonSchemas];
  });
}
