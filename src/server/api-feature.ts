import type { FastifyPluginAsync, FastifyPluginCallback } from 'fastify';
import type { z } from 'zod';

/**
 * A feature that adds routes under /api (accounts, diary, sharing, ...). Its routes run behind the
 * API rate limit, accept JSON bodies only, and share the one error handler: throw `ApiError`.
 * Per-route limits (e.g. stricter on login) go in the route's `config: { rateLimit: { max, timeWindow } }`.
 * Its own module, so the API scope and the OpenAPI builder both read it without importing each other.
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

/** One OpenAPI operation; a success answer may leave out `content` when its route declares the schema. */
export type OpenApiOperation = Record<string, unknown> & {
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
};

export interface FeatureOpenApi {
  /** OpenAPI path items keyed by path below the feature's mount point, e.g. "/entries/{id}". */
  readonly paths: Readonly<Record<string, Record<string, OpenApiOperation>>>;
  /** zod schemas for components.schemas, referenced as `#/components/schemas/<name>`. */
  readonly schemas?: Readonly<Record<string, z.ZodType>>;
}
