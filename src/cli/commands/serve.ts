import type { CliCommand } from '../context.js';

/** `backrub serve`: the same server as `npm start`, configured by the same environment variables. */
export const serveCommand: CliCommand = {
  name: 'serve',
  register(program, ctx) {
    program
      .command('serve')
      .description('start the web app and API (PORT, HOST, DATA_DIR, DATABASE_URL ... from the environment; see docs/api.md)')
      .option('-p, --port <port>', 'port to listen on (overrides PORT)')
      .option('--host <host>', 'address to listen on (overrides HOST); 0.0.0.0 to allow other machines')
      .action(async (options: { port?: string; host?: string }) => {
        // The server (fastify, kysely, pino, ...) is loaded only when it is started.
        const [{ startServer }, { persistenceConfig }] = await Promise.all([import('../../server/start.js'), import('../persistence.js')]);
        const env = { ...ctx.env, ...(options.port ? { PORT: options.port } : {}), ...(options.host ? { HOST: options.host } : {}) };
        const running = await startServer(persistenceConfig({ ...ctx, env }));
        ctx.stderr.write(`backrub is running at ${running.url} (Ctrl+C to stop)\n`);
      });
  },
};
