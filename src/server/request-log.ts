import type { FastifyInstance } from 'fastify';

/**
 * One log line per request, written once the answer has gone: method and url (through the logger's
 * `req` serializer, so redaction there applies), status (`res`) and the time it took in milliseconds.
 * Fastify's own request logging (a line in, a line out) is switched off in `buildServer`: two JSON
 * lines per request cost about a sixth of the server's time (issue 14).
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info({ req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 100) / 100 }, 'request completed');
    done();
  });
}
