import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from './app.js';
import { loadConfig, type ServerConfig } from './config.js';
import { productionServerOptions } from './features.js';
import { flushLogs } from './log-destination.js';

export interface StartOptions extends ServerOptions {
  /** Close gracefully on SIGTERM/SIGINT and set the exit code (default true). Off when embedding. */
  handleSignals?: boolean;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  /** Where people can open the app, e.g. http://localhost:3000. */
  readonly url: string;
  /** Stops accepting connections and waits for requests in flight. */
  close(): Promise<void>;
}

/**
 * Starts backrub's HTTP server: the function behind `npm start` and `backrub serve`.
 * @param config parsed configuration; by default read from the environment (throws ConfigError).
 */
export async function startServer(config: ServerConfig = loadConfig(), options: StartOptions = {}): Promise<RunningServer> {
  const { handleSignals = true, ...serverOptions } = options;
  const app = buildServer(config, { ...productionServerOptions(config), ...serverOptions });
  // Hooks can only be added before listening, so the signal handling is wired first.
  if (handleSignals) closeOnSignals(app, config.shutdownTimeoutMs);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // Port taken, database unreachable, ...: close what did start (database, signal handlers) so the
    // process can end with the error instead of hanging on open handles.
    await app.close().catch(() => {});
    throw error;
  }

  const url = publicUrl(app, config.host);
  app.log.info({ url }, `backrub is ready at ${url}`);
  flushLogs();
  return { app, url, close: () => app.close() };
}

function publicUrl(app: FastifyInstance, host: string): string {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // 0.0.0.0 and :: are not addresses a browser can open; loopback is reachable as localhost.
  const shown = ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/**
 * SIGTERM (docker stop, systemd) or SIGINT (Ctrl-C): stop accepting connections, let requests in flight
 * finish, run the plugins' onClose hooks (database pools), then let the process end with code 0.
 * A second signal, or a shutdown slower than SHUTDOWN_TIMEOUT_MS, exits at once with code 1.
 */
function closeOnSignals(app: FastifyInstance, timeoutMs: number): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      app.log.warn({ signal }, 'second signal during shutdown: exiting now');
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const deadline = setTimeout(() => {
      app.log.error({ timeoutMs }, 'shutdown took too long: exiting');
      process.exit(1);
    }, timeoutMs);
    deadline.unref();
    app.close().then(
      () => {
        clearTimeout(deadline);
        app.log.info('server closed');
        process.exitCode = 0;
      },
      (error: unknown) => {
        clearTimeout(deadline);
        app.log.error({ err: error }, 'error while shutting down');
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  app.addHook('onClose', async () => {
    // Once closed, the default signal behaviour returns (and listeners do not pile up in tests).
    if (!closing) {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    }
  });
}
