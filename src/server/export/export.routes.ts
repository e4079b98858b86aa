import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CsvSchema, ExportDocumentSchema, FhirBundleSchema, ImportResultSchema } from '../../core/contracts/index.js';
import type { AuthService } from '../auth/auth.service.js';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, TimeZoneName } from '../../core/time-zone.js';
import { parseWith, requireSession, userIdOf } from '../auth/http.js';
import { IMPORT_LIMITS, type ExportService } from './export.service.js';

export interface ExportRoutesOptions {
  auth: AuthService;
  exporter: ExportService;
}

const day = () => new Date().toISOString().slice(0, 10);

/** `?tz=Europe/Paris`: the zone the CSV's dates and times are written in (UTC unless the browser says). */
const CsvQuerySchema = z.object({ tz: TimeZoneName.default(DEFAULT_TIME_ZONE) });

/** /api/export/* and /api/import: all of one person's data, out and back in. */
export async function exportRoutes(app: FastifyInstance, { auth, exporter }: ExportRoutesOptions): Promise<void> {
  app.addHook('preHandler', requireSession(auth));

  // The import reads its JSON body itself, item by item (JsonScanner), instead of one JSON.parse that
  // would hold the event loop for the whole file. Scoped to this plugin: other routes parse as usual.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: IMPORT_LIMITS.fileBytes }, (_request, body, done) => done(null, body));

  // Exports stream: 100k entries are over 150 MB of FHIR, built and sent a page at a time.
  const stream = (reply: FastifyReply, type: string, filename: string, chunks: AsyncIterable<string>) =>
    reply.type(type).header('content-disposition', `attachment; filename="${filename}"`).send(Readable.from(chunks, { objectMode: false }));

  // The streamed answers declare their schema for OpenAPI and the tests; a stream is sent as it is.
  app.get('/export/json', { schema: { response: { 200: ExportDocumentSchema } } }, async (request, reply) =>
    stream(reply, 'application/json; charset=utf-8', `backrub-export-${day()}.json`, await exporter.json(userIdOf(request))));

  // The zone is also named in a header and on every row, so a file without ?tz= says it is UTC.
  const csv = (reply: FastifyReply, filename: string, timeZone: string, chunks: AsyncIterable<string>) =>
    stream(reply.header('x-time-zone', timeZone), 'text/csv; charset=utf-8', filename, chunks);

  app.get('/export/diary.csv', { schema: { response: { 200: CsvSchema } } }, async (request, reply) => {
    const { tz } = parseWith(CsvQuerySchema, request.query, 'query');
    return csv(reply, `backrub-diary-${day()}.csv`, tz, exporter.entriesCsv(userIdOf(request), tz));
  });

  app.get('/export/checkins.csv', { schema: { response: { 200: CsvSchema } } }, async (request, reply) => {
    const { tz } = parseWith(CsvQuerySchema, request.query, 'query');
    return csv(reply, `backrub-peg-${day()}.csv`, tz, await exporter.checkInsCsv(userIdOf(request), tz));
  });

  app.get('/export/fhir', { schema: { response: { 200: FhirBundleSchema } } }, async (request, reply) =>
    stream(reply, 'application/fhir+json; charset=utf-8', `backrub-fhir-${day()}.json`, await exporter.fhir(userIdOf(request))));

  app.post('/import', { bodyLimit: IMPORT_LIMITS.fileBytes, schema: { response: { 200: ImportResultSchema } } }, async (request) => exporter.importJson(userIdOf(request), request.body));
}
