import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ApiFeature } from './api-feature.js';
import { ApiError } from './errors.js';
import { rejectNulBytes } from './nul-guard.js';
import { assessRoutes } from './routes/assess.js';
import { metaRoutes } from './routes/meta.js';
import { schemaRoutes } from './routes/schema.js';
import { movementRoutes } from './routes/movements.js';
import { techniqueRoutes } from './routes/techniques.js';
import type { DeclaredRoute } from './typed-routes.js';

export type { ApiFeature, FeatureOpenApi } from './api-feature.js';

export interface ApiScopeOptions {
  features: readonly ApiFeature[];
  /** Replaces the in-memory rate-limit counter, e.g. with one in the database shared by several instances. */
  rateLimitStore: FastifyRateLimitStoreCtor | undefined;
  /** Every route of the server with its declared answer schemas, filled in as routes are added (for OpenAPI). */
  routes: readonly DeclaredRoute[];
}

/** Everything under /api. Registered with `prefix: '/api'` by buildServer. */
export async function apiScope(api: FastifyInstance, options: ApiScopeOptions): Promise<void> {
  // JSON only: Fastify also parses text/plain by default, which would let a form post or a
  // mistaken client reach the routes as a string. Removing it answers 415 instead.
  api.removeContentTypeParser('text/plain');
  // PostgreSQL cannot store NUL in text: refuse it in any field before a route sees it.
  api.addHook('preValidation', rejectNulBytes);

  const { max, windowMs } = api.config.rateLimit;
  await api.register(rateLimit, {
    // RATE_LIMIT_MAX=0 switches the API-wide limit off; per-route limits (auth) keep working.
    global: max > 0,
    max: max > 0 ? max : 1,
    timeWindow: windowMs,
    ...(options.rateLimitStore && { store: options.rateLimitStore }),
    errorResponseBuilder: (_request, context) =>
      context.ban
        ? new ApiError('forbidden', 'Too many requests from this address.')
        : new ApiError('rate_limited', `Too many requests. Please wait ${context.after} and try again.`),
  });

  await api.register(assessRoutes);
  await api.register(techniqueRoutes);
  await api.register(movementRoutes);
  await api.register(schemaRoutes);
  await api.register(metaRoutes, { features: options.features, routes: options.routes });

  for (const feature of options.features) {
    await api.register(feature.plugin, feature.prefix ? { prefix: feature.prefix } : {});
  }
}
