import type { FastifyInstance } from 'fastify';
import type { AuthService } from '../auth/auth.service.js';
import { requireSession, userIdOf } from '../auth/http.js';
import { IMPORT_LIMITS, type ExportService } from './export.service.js';

export interface ExportRoutesOptions {
  auth: AuthService;
  exporter: ExportService;
}

const day = () => new Date().toISOString().slice(0, 10);

/** /api/export/* and /api/import: all of one person's data, out and back in. */
export async function exportRoutes(app: FastifyInstance, { auth, exporter }: ExportRoutesOptions): Promise<void> {
  app.addHook('preHandler', requireSession(auth));

  // The import reads its JSON body itself, item by item (JsonScanner), instead of one JSON.parse that
  // would hold the event loop for the whole file. Scoped to this plugin: other routes parse as usual.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: IMPORT_LIMITS.fileBytes }, (_request, body, done) => done(null, body));

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

  app.post('/import', { bodyLimit: IMPORT_LIMITS.fileBytes }, async (request) => exporter.importJson(userIdOf(request), request.body));
}
