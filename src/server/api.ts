import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyPluginAsync, FastifyPluginCallback } from 'fastify';
import type { z } from 'zod';
import { ApiError } from './errors.js';
import { rejectNulBytes } from './nul-guard.js';
import { assessRoutes } from './routes/assess.js';
import { metaRoutes } from './routes/meta.js';
import { schemaRoutes } from './routes/schema.js';
import { movementRoutes } from './routes/movements.js';
import { techniqueRoutes } from './routes/techniques.js';

/**
 * A feature that adds routes under /api (accounts, diary, sharing, ...). Its routes run behind the
 * API rate limit, accept JSON bodies only, and share the one error handler: throw `ApiError`.
 * Per-route limits (e.g. stricter on login) go in the route's `config: { rateLimit: { max, timeWindow } }`.
 */
export interface ApiFeature {
  /** For logs and error messages, e.g. "diary". */
  readonly name: string;
  // Plugins declare their own options type; the API scope passes none but `prefix`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly plugin: FastifyPluginAsync<any> | FastifyPluginCallback<any>;
  /** Mounted at /api + prefix, e.g. "/diary". Default: directly under /api. */
  readonly prefix?: string;
  /** The feature's part of /api/openapi.json. */
  readonly openApi?: FeatureOpenApi;
}

export interface FeatureOpenApi {
  /** OpenAPI path items keyed by path below the feature's mount point, e.g. "/entries/{id}". */
  readonly paths: Readonly<Record<string, Record<string, unknown>>>;
  /** zod schemas for components.schemas, referenced as `#/components/schemas/<name>`. */
  readonly schemas?: Readonly<Record<string, z.ZodType>>;
}

export interface ApiScopeOptions {
  features: readonly ApiFeature[];
  /** Replaces the in-memory rate-limit counter, e.g. with one in the database shared by several instances. */
  rateLimitStore: FastifyRateLimitStoreCtor | undefined;
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
  await api.register(metaRoutes, { features: options.features });

  for (const feature of options.features) {
    await api.register(feature.plugin, feature.prefix ? { prefix: feature.prefix } : {});
  }
}
