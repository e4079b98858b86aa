import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { apiScope } from './api.js';
import type { ApiFeature } from './api-feature.js';
import type { ServerConfig } from './config.js';
import { clientErrorHandler, frameworkErrorHandler, installErrorHandler, sendError } from './errors.js';
import { stdoutLogDestination } from './log-destination.js';
import { withLogRedaction } from './log-redaction.js';
import { healthRoutes } from './routes/meta.js';
import { registerRequestLog } from './request-log.js';
import { registerSecurityHeaders } from './security.js';
import { collectDeclaredRoutes, installZodSerializer } from './typed-routes.js';
import { isAppRoute, registerWebApp, sendAppShell } from './web.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The parsed, frozen configuration: plugins read DATABASE_URL, DATA_DIR, ... from here. */
    config: ServerConfig;
  }
}

/**
 * On close, Node drops idle keep-alive connections, but one busy with a request stays open after the
 * answer, and the server then waits up to the keep-alive timeout (72 s) before it can exit. Telling
 * those clients `Connection: close` ends each connection as soon as its last answer is sent.
 */
function hangUpKeepAliveWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}

function trustProxyOption(setting: ServerConfig['trustProxy']): FastifyServerOptions['trustProxy'] {
  if (typeof setting === 'number') return (_address: string, hop: number) => hop < setting; // trust N hops
  return typeof setting === 'boolean' ? setting : [...setting];
}

/** Compression levels for answers built per request (see docs/api.md, "Compression"). */
export const DYNAMIC_BROTLI_QUALITY = 1;
export const DYNAMIC_GZIP_LEVEL = 3;

/** An intake is a few hundred bytes; 64 KiB leaves room for any honest client. Routes may raise it. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export interface ServerOptions {
  /** Fastify logger options; default: pino JSON lines at `config.logLevel`. Tests pass `false`. */
  logger?: FastifyServerOptions['logger'];
  /** Route plugins mounted under /api (see `ApiFeature`); default: none. */
  features?: readonly ApiFeature[];
  /** Rate-limit store shared by several instances; default: in memory, per process. */
  rateLimitStore?: FastifyRateLimitStoreCtor;
}

/**
 * Builds the HTTP server without listening, so tests drive it with `app.inject()` and `startServer`
 * listens. Order matters: security headers and compression first so they cover every response,
 * then the API, then the web app and its SPA fallback.
 */
export function buildServer(config: ServerConfig, options: ServerOptions = {}): FastifyInstance {
  const fastifyOptions: FastifyServerOptions = {
    // Share tokens and secret query values never reach a log line (see log-redaction.ts).
    logger: withLogRedaction(options.logger ?? { level: config.logLevel, stream: stdoutLogDestination() }),
    // One line per request, from our onResponse hook (request-log.ts), instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(config.trustProxy),
    routerOptions: { ignoreTrailingSlash: true },
    // On close, drop idle keep-alive connections but let requests in flight finish.
    forceCloseConnections: 'idle',
    // Errors Fastify answers before any hook: in our vocabulary, with the security headers.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  };
  const app = Fastify(fastifyOptions);
  app.decorate('config', config);
  installZodSerializer(app);
  const routes = collectDeclaredRoutes(app);
  hangUpKeepAliveWhenClosing(app);

  installErrorHandler(app);
  registerRequestLog(app);
  registerSecurityHeaders(app);
  app.register(compress, {
    threshold: 1024,
    // Dynamic answers are compressed on every request: the cheapest levels. Brotli quality 4 took 39%
    // of the server's CPU on POST /api/assess; quality 1 sends about 9% more bytes for ~40% more
    // answers a second. Static assets do not pay this: they are compressed at build time (web.ts).
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY } },
    zlibOptions: { level: DYNAMIC_GZIP_LEVEL },
  });

  app.register(healthRoutes);
  app.register(apiScope, { prefix: '/api', features: options.features ?? [], rateLimitStore: options.rateLimitStore, routes });
  registerWebApp(app, config.webRoot);

  app.setNotFoundHandler((request, reply) => {
    if (isAppRoute(request)) return sendAppShell(reply, config.webRoot);
    const path = (request.url.split('?')[0] ?? '').slice(0, 200);
    return sendError(reply, 'not_found', `There is nothing at ${request.method} ${path}.`);
  });

  return app;
}
