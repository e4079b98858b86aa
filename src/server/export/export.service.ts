import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { z } from 'zod';
import { assess } from '../../core/assess.js';
import { AssessmentSchema } from '../../core/assessment.js';
import { DiaryEntryInputSchema, PegCheckInInputSchema, type DiaryEntryInput, type PegCheckInInput } from '../../core/diary.js';
import { IntakeSchema, type Intake } from '../../core/intake.js';
import { text } from '../../core/text.js';
import { validate, type FieldIssue } from '../../core/validation.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ImportResult } from '../../core/contracts/index.js';
import type { AuthService } from '../auth/auth.service.js';
import type { AccountContext } from '../auth/context.js';
import { serializeSqliteWrites } from '../db/database.js';
import type { ImportedEntry } from '../diary/entries.repository.js';
import type { DiaryService } from '../diary/diary.service.js';
import { ApiError } from '../errors.js';
import { JsonScanner, JsonSyntaxError } from './json-scanner.js';
import { CHECK_IN_CSV_HEADER, checkInCsvRow, csvLine, csvZone, ENTRY_CSV_HEADER, entryCsvRow } from './csv.js';
import { fhirBundleChunks } from './fhir.js';

export { EXPORT_FORMAT, EXPORT_VERSION };

/**
 * What one account may hold through imports, and what one import file may carry. Documented in
 * docs/api.md ("Import limits"). The entry schema's own limits (e.g. notes up to NOTES_MAX_LENGTH
 * characters) apply to every imported entry, exactly as to one typed in.
 */
export interface ImportLimits {
  readonly fileBytes: number;
  readonly entriesPerAccount: number;
  readonly checkInsPerAccount: number;
  readonly assessmentsPerFile: number;
  readonly noteBytesPerAccount: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  /** The request body of POST /api/import. */
  fileBytes: 50 * 1024 * 1024,
  /** Diary entries one account may hold after an import (30 years of 9 a day). */
  entriesPerAccount: 100_000,
  /** PEG-3 check-ins one account may hold after an import. */
  checkInsPerAccount: 20_000,
  /** Assessments in one import file (each is assessed again by the engine). */
  assessmentsPerFile: 1_000,
  /** Bytes of diary notes (UTF-8) one account may hold after an import. */
  noteBytesPerAccount: 100 * 1024 * 1024,
};

/** Items written per statement; the import yields to the event loop between batches. */
const BATCH = 250;

// Stored times are ISO 8601 date-times: anything else ("Tuesday 3") is refused, not stored.
const Stamp = z.iso.datetime({ offset: true, error: 'must be a date and time like 2025-03-01T21:30:00.000Z' });

/** One diary entry of an import file: the entry routes' own schema, plus the times it was written. */
export const ImportedEntrySchema = DiaryEntryInputSchema.extend({ createdAt: Stamp.optional(), updatedAt: Stamp.optional() }).loose();
export const ImportedCheckInSchema = PegCheckInInputSchema.extend({ createdAt: Stamp.optional() }).loose();
export const ImportedAssessmentSchema = z.object({ createdAt: Stamp, intake: IntakeSchema, assessment: AssessmentSchema }).loose();

/** The JSON export's top-level fields other than its three lists. */
const ExportHeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { error: `must be ${EXPORT_VERSION}` }),
  exportedAt: Stamp.optional(),
  account: z.object({ email: text().max(254), createdAt: Stamp }).partial().optional(),
});

const LISTS = new Set(['entries', 'checkIns', 'assessments']);
const MAX_LISTED_ISSUES = 50;

interface ReadImport {
  entries: ImportedEntry[];
  checkIns: { id: string; input: PegCheckInInput; createdAt: string }[];
  assessments: { createdAt: string; intake: Intake }[];
}

/**
 * Reads and validates an import file item by item (see JsonScanner), so a 50 MiB file never holds the
 * event loop for long. Every problem found (up to 50) is reported with its path, e.g. `entries[3].notes`.
 */
async function readImportFile(body: Buffer, now: string, caps: ImportLimits): Promise<ReadImport> {
  const read: ReadImport = { entries: [], checkIns: [], assessments: [] };
  const header: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  const limits: Record<string, number> = { entries: caps.entriesPerAccount, checkIns: caps.checkInsPerAccount, assessments: caps.assessmentsPerFile };
  const seen: Record<string, boolean> = {};
  const problem = (list: string, index: number, found: FieldIssue[]) => {
    for (const issue of found) if (issues.length < MAX_LISTED_ISSUES) issues.push({ path: `${list}[${index}]${issue.path === '(root)' ? '' : `.${issue.path}`}`, message: issue.message });
  };
  try {
    await new JsonScanner(body).visit(LISTS, {
      value(key, value) {
        if (LISTS.has(key)) {
          if (value !== null && value !== undefined) issues.push({ path: key, message: 'must be a list' });
          return;
        }
        header[key] = value;
      },
      item(list, index, value) {
        seen[list] = true;
        if (index >= limits[list]!) throw new ApiError('payload_too_large', `An import may carry at most ${limits[list]} ${list}.`, [{ path: list, message: `must have at most ${limits[list]} items` }]);
        if (list === 'entries') {
          const result = validate(ImportedEntrySchema, value);
          if (!result.ok) return problem(list, index, result.issues);
          const { createdAt, updatedAt, ...rest } = result.value;
          read.entries.push({ id: randomUUID(), input: pick(rest, DIARY_INPUT_KEYS) as DiaryEntryInput, createdAt: createdAt ?? now, updatedAt: updatedAt ?? createdAt ?? now });
        } else if (list === 'checkIns') {
          const result = validate(ImportedCheckInSchema, value);
          if (!result.ok) return problem(list, index, result.issues);
          read.checkIns.push({ id: randomUUID(), input: pick(result.value, PEG_INPUT_KEYS) as PegCheckInInput, createdAt: result.value.createdAt ?? now });
        } else {
          const result = validate(ImportedAssessmentSchema, value);
          if (!result.ok) return problem(list, index, result.issues);
          read.assessments.push({ createdAt: result.value.createdAt, intake: result.value.intake });
        }
      },
    });
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new ApiError('invalid_request', error.message, [{ path: '(root)', message: 'is not valid JSON' }]);
    throw error;
  }
  const headerCheck = validate(ExportHeaderSchema, header);
  if (!headerCheck.ok) issues.unshift(...headerCheck.issues);
  if (issues.length > 0) {
    const count = issues.length === 1 ? '1 problem' : issues.length >= MAX_LISTED_ISSUES ? `${MAX_LISTED_ISSUES} or more problems` : `${issues.length} problems`;
    throw new ApiError('invalid_request', `The import file has ${count}; nothing was imported.`, issues);
  }
  return read;
}

/** Export (JSON, CSV, FHIR R4) and import of one person's data. */
export class ExportService {
  constructor(
    private readonly ctx: AccountContext,
    private readonly auth: AuthService,
    private readonly diary: DiaryService,
    private readonly limits: ImportLimits = IMPORT_LIMITS,
  ) {}

  /**
   * The JSON export as text chunks (streamed to the client): the small parts first, then the diary a
   * page at a time with a yield to the event loop between pages.
   */
  async json(userId: string): Promise<AsyncIterable<string>> {
    // Looked up before the answer starts, so a problem is still an error answer, not a cut stream.
    const user = await this.auth.findUser(userId);
    if (!user) throw new ApiError('not_found', 'This account no longer exists.');
    const [assessments, checkIns] = await Promise.all([this.diary.allAssessments(userId), this.diary.checkInsIn(userId)]);
    const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: this.ctx.clock().toISOString(), account: { email: user.email, createdAt: user.createdAt }, assessments };
    return paced(this.jsonChunks(userId, head, checkIns));
  }

  private async *jsonChunks(userId: string, head: Record<string, unknown>, checkIns: unknown[]): AsyncGenerator<string> {
    yield `${JSON.stringify(head).slice(0, -1)},"entries":[`;
    let first = true;
    for await (const page of this.diary.entryPages(userId)) {
      const text = page.map((entry) => JSON.stringify(entry)).join(',');
      yield first ? text : `,${text}`;
      first = false;
    }
    yield `],"checkIns":${JSON.stringify(checkIns)}}`;
  }

  /** Diary entries as CSV, dates and times in `timeZone` (an IANA name, checked at the route). */
  entriesCsv(userId: string, timeZone: string): AsyncIterable<string> {
    const pages = this.diary.entryPages(userId);
    const zone = csvZone(timeZone);
    return paced((async function* () {
      yield csvLine(ENTRY_CSV_HEADER);
      for await (const page of pages) yield page.map((entry) => csvLine(entryCsvRow(entry, zone))).join('');
    })());
  }

  async checkInsCsv(userId: string, timeZone: string): Promise<AsyncIterable<string>> {
    const checkIns = await this.diary.checkInsIn(userId);
    const zone = csvZone(timeZone);
    return paced((async function* () {
      yield csvLine(CHECK_IN_CSV_HEADER);
      for (let i = 0; i < checkIns.length; i += 1000) yield checkIns.slice(i, i + 1000).map((c) => csvLine(checkInCsvRow(c, zone))).join('');
    })());
  }

  async fhir(userId: string): Promise<AsyncIterable<string>> {
    const [assessments, checkIns] = await Promise.all([this.diary.allAssessments(userId), this.diary.checkInsIn(userId)]);
    return paced(fhirBundleChunks({ userId, exportedAt: this.ctx.clock().toISOString(), assessments, entryPages: this.diary.entryPages(userId), checkIns }));
  }

  /**
   * Imports a JSON export into this account, all or nothing: one transaction for entries, check-ins
   * and assessments, so a crash or an error leaves the account as it was. New ids are given; items
   * already present are skipped by the database itself (a unique fingerprint per person and
   * `INSERT ... ON CONFLICT DO NOTHING`), so the same file imported twice, or four times at once on
   * several servers, stores each item once. Writes go in batches that yield to the event loop.
   */
  async importJson(userId: string, body: unknown): Promise<ImportResult> {
    if (!Buffer.isBuffer(body)) throw new ApiError('invalid_request', 'Send the import file as a JSON body.');
    const now = this.ctx.clock().toISOString();
    const file = await readImportFile(body, now, this.limits);
    const caps = this.limits;

    return serializeSqliteWrites(this.ctx.database, () => this.ctx.database.db.transaction().execute(async (trx) => {
      const diary = this.diary.importWriter(trx);
      let importedEntries = 0;
      for (let i = 0; i < file.entries.length; i += BATCH) {
        importedEntries += await diary.entries(userId, file.entries.slice(i, i + BATCH));
        await yieldToEventLoop();
      }
      let importedCheckIns = 0;
      for (let i = 0; i < file.checkIns.length; i += BATCH) {
        importedCheckIns += await diary.checkIns(userId, file.checkIns.slice(i, i + BATCH));
        await yieldToEventLoop();
      }
      let importedAssessments = 0;
      for (const [index, saved] of file.assessments.entries()) {
        // The file's assessment is not trusted: the engine decides again from the intake.
        if (await diary.assessment(userId, { id: randomUUID(), createdAt: saved.createdAt, intake: saved.intake, assessment: assess(saved.intake) })) importedAssessments += 1;
        if (index % 50 === 49) await yieldToEventLoop();
      }

      const usage = await diary.usage(userId);
      const over =
        usage.entries > caps.entriesPerAccount ? `${caps.entriesPerAccount} diary entries`
        : usage.checkIns > caps.checkInsPerAccount ? `${caps.checkInsPerAccount} check-ins`
        : usage.noteBytes > caps.noteBytesPerAccount ? `${Math.round(caps.noteBytesPerAccount / 1024 / 1024)} MiB of notes`
        : undefined;
      // Throwing rolls the whole import back.
      if (over) throw new ApiError('payload_too_large', `After this import the account would hold more than ${over}; nothing was imported.`);

      return {
        imported: { entries: importedEntries, checkIns: importedCheckIns, assessments: importedAssessments },
        skipped: {
          entries: file.entries.length - importedEntries,
          checkIns: file.checkIns.length - importedCheckIns,
          assessments: file.assessments.length - importedAssessments,
        },
      };
    }));
  }
}

/** Passes items on, yielding to the event loop after each (a page of the export is a few hundred KiB). */
async function* paced<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  for await (const item of items) {
    yield item;
    await yieldToEventLoop();
  }
}

const DIARY_INPUT_KEYS = Object.keys(DiaryEntryInputSchema.shape);
const PEG_INPUT_KEYS = Object.keys(PegCheckInInputSchema.shape);

function pick(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, value[key]]));
}
