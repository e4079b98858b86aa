import type { FastifyInstance, FastifySchema, FastifyTypeProvider, RouteOptions } from 'fastify';
import type { z } from 'zod';

/**
 * A small Fastify type provider for zod: a route that declares `schema: { response: { 200: Schema } }`
 * must return (or send) what the schema accepts, or the type check fails. Requests are still parsed
 * in the handler with the core's wording (`parseWith`), so no validator compiler is installed.
 */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

/** The response schemas a route declared, keyed by status code (for the OpenAPI document). */
export type DeclaredResponses = Readonly<Record<string, z.ZodType>>;

export interface DeclaredRoute {
  readonly method: string;
  readonly url: string;
  readonly responses: DeclaredResponses;
}

/**
 * Answers are written as they always were (JSON.stringify): the schema is a contract for the type
 * check, the OpenAPI document and the contract tests, not a per-request cost on POST /api/assess.
 */
export function installZodSerializer(app: FastifyInstance): void {
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
}

/** Collects every route's declared response schemas as routes are added (hook it before any route). */
export function collectDeclaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const responses = (route.schema as FastifySchema | undefined)?.response as DeclaredResponses | undefined;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, responses: responses ?? {} });
    }
  });
  return routes;
}
