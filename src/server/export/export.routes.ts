import type { FastifyInstance } from 'fastify';
import type { AuthService } from '../auth/auth.service.js';
import { requireSession, userIdOf } from '../auth/http.js';
import type { ExportService } from './export.service.js';

// An export of ten years of daily entries is a few MiB; the import accepts up to 50 MiB.
const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

export interface ExportRoutesOptions {
  auth: AuthService;
  exporter: ExportService;
}

const day = () => new Date().toISOString().slice(0, 10);

/** /api/export/* and /api/import: all of one person's data, out and back in. */
export async function exportRoutes(app: FastifyInstance, { auth, exporter }: ExportRoutesOptions): Promise<void> {
  app.addHook('preHandler', requireSession(auth));

  app.get('/export/json', async (request, reply) => {
    reply.header('content-disposition', `attachment; filename="backrub-export-${day()}.json"`);
    return exporter.json(userIdOf(request));
  });

  app.get('/export/diary.csv', async (request, reply) => {
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="backrub-diary-${day()}.csv"`)
      .send(await exporter.entriesCsv(userIdOf(request)));
  });

  app.get('/export/checkins.csv', async (request, reply) => {
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="backrub-peg-${day()}.csv"`)
      .send(await exporter.checkInsCsv(userIdOf(request)));
  });

  app.get('/export/fhir', async (request, reply) => {
    reply.type('application/fhir+json; charset=utf-8').header('content-disposition', `attachment; filename="backrub-fhir-${day()}.json"`);
    return exporter.fhir(userIdOf(request));
  });

  app.post('/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (request) => exporter.importJson(userIdOf(request), request.body));
}
