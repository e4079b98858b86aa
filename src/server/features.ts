import { accountsServerOptions } from './accounts.js';
import type { ServerOptions } from './app.js';
import type { ServerConfig } from './config.js';

/**
 * The one place where features beyond the assessment API join the running server (`npm start`,
 * `backrub serve`). Add a feature by appending it to `features`, e.g.
 *
 *   import { diaryFeature } from './diary/routes.js';
 *   features: [{ name: 'diary', plugin: diaryFeature, prefix: '/diary' }],
 *
 * and, for several instances behind a load balancer, pass a shared `rateLimitStore`.
 * Tests that need only the core API call `buildServer(config)` and get none of these.
 */
export function productionServerOptions(config: ServerConfig): ServerOptions {
  // Accounts, diary, sharing, export: opens SQLite or PostgreSQL and migrates before listening; on
  // PostgreSQL the rate-limit counters live in the database so several instances act as one.
  return { ...accountsServerOptions(config) };
}
