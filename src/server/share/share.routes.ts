import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CalendarDay } from '../../core/diary.js';
import { ShareDaysSchema } from '../../core/share-days.js';
import { IdText, text } from '../../core/text.js';
import { CreatedShareSchema, ShareListSchema, ShareSummarySchema } from '../../core/contracts/index.js';
import type { AuthService } from '../auth/auth.service.js';
import type { ZodTypeProvider } from '../typed-routes.js';
import { parseWith, requireSession, userIdOf } from '../auth/http.js';
import type { DiaryService } from '../diary/diary.service.js';
import type { ShareService } from './share.service.js';
import { ShareDisplayName } from '../../core/contracts/share-summary.js';
import { buildSummary, DEFAULT_SECTIONS, SectionList, SUMMARY_SECTIONS } from './summary.js';

const CreateShareSchema = z.strictObject({
  sections: SectionList.default(DEFAULT_SECTIONS),
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
  expiresInDays: ShareDaysSchema.optional(),
  name: ShareDisplayName.optional(),
});

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (::ffff:127.0.0.1). */
export function isLoopback(ip: string): boolean {
  return ip === '::1' || /^(::ffff:)?127\./.test(ip);
}

const SummaryQuerySchema = z.object({
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
  sections: text()
    .optional()
    .transform((value) => (value ? value.split(',').map((s) => s.trim()) : undefined))
    .pipe(SectionList.optional()),
});


const TokenParams = z.object({ token: text().regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not a share token') });
const IdParams = z.object({ id: IdText });

export interface ShareRoutesOptions {
  auth: AuthService;
  diary: DiaryService;
  share: ShareService;
}

/** /api/shares (own links), /api/summary (own print view) and /api/shared/:token (public, read-only). */
export async function shareRoutes(app: FastifyInstance, { auth, diary, share }: ShareRoutesOptions): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // The public view: no session, nothing but GET.
  api.get('/shared/:token', { schema: { response: { 200: ShareSummarySchema } } }, async (request, reply) => {
    const { token } = parseWith(TokenParams, request.params, 'path');
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow');
    return share.open(token);
  });

  await api.register(async (own) => {
    own.addHook('preHandler', requireSession(auth));

    own.get('/summary', { schema: { response: { 200: ShareSummarySchema } } }, async (request) => {
      const query = parseWith(SummaryQuerySchema, request.query, 'query');
      const range = diary.resolveRange(query);
      return buildSummary(diary, userIdOf(request), query.sections ?? [...SUMMARY_SECTIONS], range, diary.now());
    });

    own.get('/shares', { schema: { response: { 200: ShareListSchema } } }, async (request) => ({ shares: await share.list(userIdOf(request)) }));

    own.post('/shares', { schema: { response: { 201: CreatedShareSchema } } }, async (request, reply) => {
      const body = parseWith(CreateShareSchema, request.body, 'share request');
      return reply.code(201).send(await share.create(userIdOf(request), body, { loopback: isLoopback(request.ip) }));
    });

    own.delete('/shares/:id', async (request, reply) => {
      const { id } = parseWith(IdParams, request.params, 'path');
      await share.revoke(userIdOf(request), id);
      return reply.code(204).send();
    });
  });
}
