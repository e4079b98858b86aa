import type { FastifyInstance } from 'fastify';
import { ClientConfigSchema, HealthSchema, JsonDocumentSchema } from '../../core/contracts/index.js';
import type { ApiFeature } from '../api-feature.js';
import { buildOpenApiDocument } from '../openapi.js';
import type { DeclaredRoute, ZodTypeProvider } from '../typed-routes.js';
import { VERSION } from '../version.js';

export interface MetaRoutesOptions {
  features: readonly ApiFeature[];
  /** Filled in as the server adds its routes: read when the document is first asked for, once all are there. */
  routes: readonly DeclaredRoute[];
}

/** GET /api/openapi.json and GET /api/config. */
export async function metaRoutes(app: FastifyInstance, options: MetaRoutesOptions): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  let openApi: Record<string, unknown> | undefined;
  api.get('/openapi.json', { schema: { response: { 200: JsonDocumentSchema } } }, async (_request, reply) => {
    openApi ??= buildOpenApiDocument(options.features, options.routes);
    reply.header('cache-control', 'public, max-age=300');
    return openApi;
  });

  const { region } = app.config;
  // The web app has every preset's words built in: the id and the numbers are enough to speak as the server does.
  const clientConfig = {
    emergencyNumber: region.emergencyNumber,
    region: region.id,
    urgentService: region.urgentService,
    ...(region.urgentNumber ? { urgentNumber: region.urgentNumber } : {}),
  };
  api.get('/config', { schema: { response: { 200: ClientConfigSchema } } }, async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return clientConfig;
  });
}

/** GET /healthz: outside /api, so load balancers are never rate limited. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const startedAt = Date.now();
  app.withTypeProvider<ZodTypeProvider>().get('/healthz', { schema: { response: { 200: HealthSchema } } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' as const, version: VERSION, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
  });
}
