import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { assess } from '../../core/assess.js';
import { AssessmentSchema } from '../../core/assessment.js';
import { DiaryEntryInputSchema, localCalendar, PegCheckInInputSchema } from '../../core/diary.js';
import { IntakeSchema } from '../../core/intake.js';
import type { AccountContext } from '../auth/context.js';
import { AuthRepository } from '../auth/auth.repository.js';
import type { DiaryService } from '../diary/diary.service.js';
import { ApiError } from '../errors.js';
import { parseWith } from '../auth/http.js';
import { checkInsCsv, entriesCsv } from './csv.js';
import { toFhirBundle } from './fhir.js';

export const EXPORT_FORMAT = 'backrub-export';
export const EXPORT_VERSION = 1;

const Stamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date and time');

/** The JSON export, as the import reads it back: every item validated with the same core schemas. */
export const ExportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { error: `must be ${EXPORT_VERSION}` }),
  exportedAt: z.string().optional(),
  account: z.object({ email: z.string(), createdAt: z.string() }).partial().optional(),
  assessments: z
    .array(z.object({ createdAt: Stamp, intake: IntakeSchema, assessment: AssessmentSchema }).loose())
    .default([]),
  entries: z
    .array(DiaryEntryInputSchema.extend({ createdAt: Stamp.optional(), updatedAt: Stamp.optional() }).loose())
    .max(200_000)
    .default([]),
  checkIns: z.array(PegCheckInInputSchema.extend({ createdAt: Stamp.optional() }).loose()).max(50_000).default([]),
});

/** Export (JSON, CSV, FHIR R4) and import of one person's data. */
export class ExportService {
  private readonly accounts: AuthRepository;

  constructor(private readonly ctx: AccountContext, private readonly diary: DiaryService) {
    this.accounts = new AuthRepository(ctx.database.db);
  }

  async json(userId: string) {
    const user = await this.accounts.findUserById(userId);
    if (!user) throw new ApiError('not_found', 'This account no longer exists.');
    const [assessments, entries, checkIns] = await Promise.all([
      this.diary.assessments.all(userId),
      this.diary.entries.allEntries(userId),
      this.diary.entries.listCheckIns(userId),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: this.ctx.clock().toISOString(),
      account: { email: user.email, createdAt: user.createdAt },
      assessments,
      entries,
      checkIns,
    };
  }

  async entriesCsv(userId: string): Promise<string> {
    return entriesCsv(await this.diary.entries.allEntries(userId));
  }

  async checkInsCsv(userId: string): Promise<string> {
    return checkInsCsv(await this.diary.entries.listCheckIns(userId));
  }

  async fhir(userId: string) {
    const [assessments, entries, checkIns] = await Promise.all([
      this.diary.assessments.all(userId),
      this.diary.entries.allEntries(userId),
      this.diary.entries.listCheckIns(userId),
    ]);
    return toFhirBundle({ userId, exportedAt: this.ctx.clock().toISOString(), assessments, entries, checkIns });
  }

  /**
   * Imports a JSON export into this account. New ids are given; items already present (same time and
   * scores) are skipped, so importing the same file twice changes nothing.
   */
  async importJson(userId: string, body: unknown) {
    const doc = parseWith(ExportDocumentSchema, body, 'import file');
    const now = this.ctx.clock().toISOString();

    const existing = await this.diary.entries.entryFingerprints(userId);
    const entries = [];
    let skippedEntries = 0;
    for (const raw of doc.entries) {
      const input = DiaryEntryInputSchema.parse(pick(raw, DIARY_INPUT_KEYS));
      const key = `${localCalendar(input.occurredAt).utc}|${input.painBefore}|${input.painAfter ?? ''}|${JSON.stringify([...input.techniques, ...input.movements])}`;
      if (existing.has(key)) {
        skippedEntries += 1;
        continue;
      }
      existing.add(key);
      entries.push({ id: randomUUID(), input, createdAt: raw.createdAt ?? now, updatedAt: raw.updatedAt ?? now });
    }
    await this.diary.entries.insertEntries(userId, entries);

    const seenCheckIns = new Set((await this.diary.entries.listCheckIns(userId)).map((c) => new Date(c.occurredAt).toISOString()));
    const checkIns = [];
    for (const raw of doc.checkIns) {
      const input = PegCheckInInputSchema.parse(pick(raw, PEG_INPUT_KEYS));
      const key = localCalendar(input.occurredAt).utc;
      if (seenCheckIns.has(key)) continue;
      seenCheckIns.add(key);
      checkIns.push({ id: randomUUID(), input, createdAt: raw.createdAt ?? now });
    }
    await this.diary.entries.insertCheckIns(userId, checkIns);

    const seenAssessments = new Set((await this.diary.assessments.all(userId)).map((a) => a.createdAt));
    let assessments = 0;
    for (const saved of doc.assessments) {
      if (seenAssessments.has(saved.createdAt)) continue;
      seenAssessments.add(saved.createdAt);
      // The file's assessment is not trusted: the engine decides again from the intake.
      await this.diary.assessments.insert(userId, { id: randomUUID(), createdAt: saved.createdAt, intake: saved.intake, assessment: assess(saved.intake) });
      assessments += 1;
    }
    return {
      imported: { entries: entries.length, checkIns: checkIns.length, assessments },
      skipped: { entries: skippedEntries, checkIns: doc.checkIns.length - checkIns.length, assessments: doc.assessments.length - assessments },
    };
  }
}

const DIARY_INPUT_KEYS = Object.keys(DiaryEntryInputSchema.shape);
const PEG_INPUT_KEYS = Object.keys(PegCheckInInputSchema.shape);

function pick(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, value[key]]));
}
