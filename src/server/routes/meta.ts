import type { FastifyInstance } from 'fastify';
import type { ApiFeature } from '../api.js';
import { buildOpenApiDocument } from '../openapi.js';
import { VERSION } from '../version.js';

/** GET /api/openapi.json and GET /api/config. */
export async function metaRoutes(api: FastifyInstance, options: { features: readonly ApiFeature[] }): Promise<void> {
  const openApi = buildOpenApiDocument(options.features);
  api.get('/openapi.json', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return openApi;
  });

  const { region } = api.config;
  // The web app has every preset's words built in: the id and the numbers are enough to speak as the server does.
  const clientConfig = {
    emergencyNumber: region.emergencyNumber,
    region: region.id,
    urgentService: region.urgentService,
    ...(region.urgentNumber ? { urgentNumber: region.urgentNumber } : {}),
  };
  api.get('/config', async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return clientConfig;
  });
}

/** GET /healthz: outside /api, so load balancers are never rate limited. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const startedAt = Date.now();
  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok', version: VERSION, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
  });
}
