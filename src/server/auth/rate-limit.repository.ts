import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Kysely } from 'kysely';
import type { AppDatabase } from '../db/database.js';
import type { Database } from '../db/schema.js';

/**
 * Counters for @fastify/rate-limit kept in the database, so several instances behind a load balancer
 * share one limit per client. One upsert per counted request: the window restarts when it has passed.
 */
export class RateLimitRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async hit(key: string, nowMs: number, windowMs: number): Promise<{ current: number; ttl: number }> {
    const expiredBefore = nowMs - windowMs;
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, hits: 1, window_started_ms: nowMs })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => {
          const expired = eb('rate_limits.window_started_ms', '<=', expiredBefore);
          return {
            hits: eb.case().when(expired).then(1).else(eb('rate_limits.hits', '+', 1)).end(),
            window_started_ms: eb.case().when(expired).then(nowMs).else(eb.ref('rate_limits.window_started_ms')).end(),
          };
        }),
      )
      .returning(['hits', 'window_started_ms'])
      .executeTakeFirstOrThrow();
    return { current: Number(row.hits), ttl: Math.max(0, Number(row.window_started_ms) + windowMs - nowMs) };
  }

  async read(key: string, nowMs: number, windowMs: number): Promise<{ current: number; ttl: number }> {
    const row = await this.db.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirst();
    if (!row || Number(row.window_started_ms) + windowMs <= nowMs) return { current: 0, ttl: 0 };
    return { current: Number(row.hits), ttl: Number(row.window_started_ms) + windowMs - nowMs };
  }

  /** Forgets windows that ended long ago (called now and then by the store). */
  async prune(olderThanMs: number): Promise<void> {
    await this.db.deleteFrom('rate_limits').where('window_started_ms', '<', olderThanMs).execute();
  }
}

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** A `store` for @fastify/rate-limit (`buildServer(config, { rateLimitStore })`) backed by the database. */
export function databaseRateLimitStore(database: AppDatabase, clock: () => number = Date.now): FastifyRateLimitStoreCtor {
  const repo = new RateLimitRepository(database.db);
  let lastPrune = 0;

  class DatabaseRateLimitStore {
    constructor(
      _options: unknown,
      private readonly namespace = 'api',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = clock();
      if (now - lastPrune > 3_600_000) {
        lastPrune = now;
        repo.prune(now - 24 * 3_600_000).catch(() => undefined);
      }
      repo.hit(`${this.namespace}|${key}`, now, timeWindow).then((result) => callback(null, result), (error: Error) => callback(error));
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      repo.read(`${this.namespace}|${key}`, clock(), timeWindow).then((result) => callback(null, result), (error: Error) => callback(error));
    }

    child(routeOptions: { routeInfo?: { method?: string | string[]; url?: string }; groupId?: string }): DatabaseRateLimitStore {
      const route = routeOptions.groupId ?? `${String(routeOptions.routeInfo?.method ?? '')} ${routeOptions.routeInfo?.url ?? ''}`;
      return new DatabaseRateLimitStore(routeOptions, route);
    }
  }
  return DatabaseRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
