import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CalendarDay, DiaryEntryInputSchema, PegCheckInInputSchema } from '../../core/diary.js';
import { IntakeSchema } from '../../core/intake.js';
import { IdText, text } from '../../core/text.js';
import { validate } from '../../core/validation.js';
import { invalidIntake } from '../../core/errors.js';
import type { AuthService } from '../auth/auth.service.js';
import { parseWith, requireSession, userIdOf } from '../auth/http.js';
import {
  AssessmentListSchema, CheckInListSchema, CurrentAssessmentAnswerSchema, DashboardSchema, EntryPageSchema, ErrorBodySchema, SavedAssessmentSchema,
} from '../../core/contracts/index.js';
import { DiaryEntrySchema, PegCheckInSchema } from '../../core/diary.js';
import { ApiError } from '../errors.js';
import type { ZodTypeProvider } from '../typed-routes.js';
import { decodeCursor, type DiaryService } from './diary.service.js';

const RangeQuerySchema = z.object({ from: CalendarDay.optional(), to: CalendarDay.optional() });

const ListQuerySchema = RangeQuerySchema.extend({
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').default(50),
  before: text().max(300, 'must be at most 300 characters').optional(),
});

const IdParams = z.object({ id: IdText });

// "Notes of any length": a diary entry may carry long notes, so its routes accept up to 1 MiB.
const ENTRY_BODY_LIMIT = 1024 * 1024;

export interface DiaryRoutesOptions {
  auth: AuthService;
  diary: DiaryService;
}

/** /api/diary/*, /api/assessments/*: the signed-in person's own diary, check-ins, assessments and dashboard. */
export async function diaryRoutes(app: FastifyInstance, { auth, diary }: DiaryRoutesOptions): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  app.addHook('preHandler', requireSession(auth));

  api.get('/diary/entries', { schema: { response: { 200: EntryPageSchema } } }, async (request) => {
    const query = parseWith(ListQuerySchema, request.query, 'query');
    const before = query.before === undefined ? undefined : decodeCursor(query.before);
    if (query.before !== undefined && !before) throw new ApiError('invalid_request', 'The `before` cursor is not valid.', [{ path: 'before', message: 'is not a cursor from this API' }]);
    const { before: _cursor, ...rest } = query;
    return diary.listEntries(userIdOf(request), { ...rest, ...(before && { before }) });
  });

  api.post('/diary/entries', { bodyLimit: ENTRY_BODY_LIMIT, schema: { response: { 201: DiaryEntrySchema } } }, async (request, reply) => {
    const input = parseWith(DiaryEntryInputSchema, request.body, 'diary entry');
    return reply.code(201).send(await diary.createEntry(userIdOf(request), input));
  });

  api.get('/diary/entries/:id', { schema: { response: { 200: DiaryEntrySchema } } }, async (request) => {
    const { id } = parseWith(IdParams, request.params, 'path');
    return diary.getEntry(userIdOf(request), id);
  });

  api.put('/diary/entries/:id', { bodyLimit: ENTRY_BODY_LIMIT, schema: { response: { 200: DiaryEntrySchema } } }, async (request) => {
    const { id } = parseWith(IdParams, request.params, 'path');
    const input = parseWith(DiaryEntryInputSchema, request.body, 'diary entry');
    return diary.updateEntry(userIdOf(request), id, input);
  });

  api.delete('/diary/entries/:id', async (request, reply) => {
    const { id } = parseWith(IdParams, request.params, 'path');
    await diary.deleteEntry(userIdOf(request), id);
    return reply.code(204).send();
  });

  api.get('/diary/checkins', { schema: { response: { 200: CheckInListSchema } } }, async (request) => diary.listCheckIns(userIdOf(request), parseWith(RangeQuerySchema, request.query, 'query')));

  api.post('/diary/checkins', { schema: { response: { 201: PegCheckInSchema } } }, async (request, reply) => {
    const input = parseWith(PegCheckInInputSchema, request.body, 'check-in');
    return reply.code(201).send(await diary.createCheckIn(userIdOf(request), input));
  });

  api.delete('/diary/checkins/:id', async (request, reply) => {
    const { id } = parseWith(IdParams, request.params, 'path');
    await diary.deleteCheckIn(userIdOf(request), id);
    return reply.code(204).send();
  });

  api.get('/diary/dashboard', { schema: { response: { 200: DashboardSchema } } }, async (request) => diary.dashboard(userIdOf(request), parseWith(RangeQuerySchema, request.query, 'query')));

  api.post('/assessments', { schema: { response: { 201: SavedAssessmentSchema, '4xx': ErrorBodySchema } } }, async (request, reply) => {
    const body = (request.body ?? {}) as { intake?: unknown };
    const intake = validate(IntakeSchema, body.intake);
    if (!intake.ok) {
      return reply.code(400).send(invalidIntake(intake.issues.map((issue) => ({ ...issue, path: `intake.${issue.path}`.replace('.(root)', '') }))));
    }
    return reply.code(201).send(await diary.saveAssessment(userIdOf(request), intake.value));
  });

  api.get('/assessments', { schema: { response: { 200: AssessmentListSchema } } }, async (request) => ({ assessments: await diary.listAssessments(userIdOf(request)) }));

  api.get('/assessments/current', { schema: { response: { 200: CurrentAssessmentAnswerSchema } } }, async (request) => ({ current: await diary.currentAssessment(userIdOf(request)) }));

  api.delete('/assessments/:id', async (request, reply) => {
    const { id } = parseWith(IdParams, request.params, 'path');
    await diary.deleteAssessment(userIdOf(request), id);
    return reply.code(204).send();
  });
}
