import { randomUUID } from 'node:crypto';
import { assess } from '../../core/assess.js';
import {
  averageRelief, bucketFor, dateToDay, dayToDate, isPegCheckInDue, localCalendar,
  type BucketSize, type DiaryEntry, type PainBucket, type SessionsPerWeek, type DiaryEntryInput, type PegCheckIn, type PegCheckInInput,
} from '../../core/diary.js';
import type { Kysely } from 'kysely';
import type { Intake } from '../../core/intake.js';
import { personaliseAssessment, reassessPrompts } from '../../core/learning.js';
import { personaliseMovements } from '../../core/movement-learning.js';
import type {
  AssessmentList, CheckInList, CurrentAssessment, Dashboard, EntryPage, SavedAssessment, TechniqueRelief,
} from '../../core/contracts/index.js';
import type { AccountContext } from '../auth/context.js';
import { ApiError } from '../errors.js';
import { AssessmentsRepository } from './assessments.repository.js';
import type { Database } from '../db/schema.js';
import { CheckInsRepository } from './checkins.repository.js';
import type { DayRange } from './day-range.js';
import { EntriesRepository, type EntryCursor, type ImportedEntry } from './entries.repository.js';
import { DiaryStatsRepository } from './stats.repository.js';

export type { DayRange };

/** The diary's writes inside someone else's transaction (the import): new items only, and what the account holds. */
export interface DiaryImportWriter {
  entries(userId: string, batch: ImportedEntry[]): Promise<number>;
  checkIns(userId: string, batch: { id: string; input: PegCheckInInput; createdAt: string }[]): Promise<number>;
  assessment(userId: string, saved: SavedAssessment): Promise<boolean>;
  usage(userId: string): Promise<{ entries: number; noteBytes: number; checkIns: number }>;
}

export interface RangeQuery {
  from?: string;
  to?: string;
}

/**
 * Diary, check-ins, saved assessments and the dashboard. Every method acts for one person (userId).
 * The repositories are this service's own: the summary, sharing and export ask it, not them.
 */
export class DiaryService {
  private readonly entries: EntriesRepository;
  private readonly checkIns: CheckInsRepository;
  private readonly stats: DiaryStatsRepository;
  private readonly assessments: AssessmentsRepository;

  constructor(private readonly ctx: AccountContext) {
    this.entries = new EntriesRepository(ctx.database.db);
    this.checkIns = new CheckInsRepository(ctx.database.db);
    this.stats = new DiaryStatsRepository(ctx.database.db);
    this.assessments = new AssessmentsRepository(ctx.database.db);
  }

  /** The import's writes, bound to its transaction. */
  importWriter(trx: Kysely<Database>): DiaryImportWriter {
    const entries = new EntriesRepository(trx);
    const checkIns = new CheckInsRepository(trx);
    const assessments = new AssessmentsRepository(trx);
    return {
      entries: (userId, batch) => entries.importEntries(userId, batch),
      checkIns: (userId, batch) => checkIns.importCheckIns(userId, batch),
      assessment: (userId, saved) => assessments.importOne(userId, saved),
      usage: (userId) => entries.usage(userId),
    };
  }

  // ---- Reads for the summary and the export ----

  /** Every entry, oldest first, a page at a time (the export streams them). */
  entryPages(userId: string): AsyncGenerator<DiaryEntry[]> {
    return this.entries.entryPages(userId);
  }

  /** The newest entries in a range, at most `limit`. */
  entriesIn(userId: string, range: DayRange, limit: number): Promise<DiaryEntry[]> {
    return this.entries.listEntries(userId, { range, limit });
  }

  /** Check-ins, oldest first; all of them without a range. */
  checkInsIn(userId: string, range?: DayRange): Promise<PegCheckIn[]> {
    return this.checkIns.listCheckIns(userId, range);
  }

  /** Every saved assessment as stored, oldest first. */
  allAssessments(userId: string): Promise<SavedAssessment[]> {
    return this.assessments.all(userId);
  }

  /** The id of the latest saved assessment (a share pins it), or null. */
  async latestAssessmentId(userId: string): Promise<string | null> {
    return (await this.assessments.latest(userId))?.id ?? null;
  }

  painBuckets(userId: string, range: DayRange, size: BucketSize): Promise<PainBucket[]> {
    return this.stats.painBuckets(userId, range, size);
  }

  sessionsPerWeek(userId: string, range: DayRange): Promise<SessionsPerWeek[]> {
    return this.stats.sessionsPerWeek(userId, range);
  }

  areaIntensities(userId: string, range: DayRange): Promise<{ area: string; entries: number; meanIntensity: number }[]> {
    return this.stats.areaIntensities(userId, range);
  }

  meanPressureFelt(userId: string, range: DayRange): Promise<{ entries: number; mean: number | null }> {
    return this.stats.meanPressureFelt(userId, range);
  }

  /** How each technique went in the range: sessions, mean relief (one rounding, in core) and how often it helped. */
  async techniqueRelief(userId: string, range: DayRange): Promise<TechniqueRelief[]> {
    return (await this.stats.techniqueEvidence(userId, range)).map((e) => ({
      technique: e.technique, sessions: e.sessions, averageRelief: averageRelief(e), helped: e.helped,
    }));
  }

  /** The injected clock (tests move it). */
  now(): Date {
    return this.ctx.clock();
  }

  private nowIso(): string {
    return this.ctx.clock().toISOString();
  }

  private today(): number {
    return localCalendar(this.nowIso()).day;
  }

  /** Resolves `from`/`to` (YYYY-MM-DD) to a day range; default: the last 90 days. */
  resolveRange(query: RangeQuery, defaultDays = 90): DayRange {
    const toDay = query.to ? dateToDay(query.to) : this.today();
    const fromDay = query.from ? dateToDay(query.from) : toDay - (defaultDays - 1);
    if (fromDay > toDay) throw new ApiError('invalid_request', '`from` must not be after `to`.', [{ path: 'from', message: 'must not be after to' }]);
    return { fromDay, toDay };
  }

  createEntry(userId: string, input: DiaryEntryInput): Promise<DiaryEntry> {
    return this.entries.insertEntry(userId, randomUUID(), input, this.nowIso());
  }

  async getEntry(userId: string, id: string): Promise<DiaryEntry> {
    const entry = await this.entries.findEntry(userId, id);
    if (!entry) throw notFound('diary entry');
    return entry;
  }

  async updateEntry(userId: string, id: string, input: DiaryEntryInput): Promise<DiaryEntry> {
    const entry = await this.entries.updateEntry(userId, id, input, this.nowIso());
    if (!entry) throw notFound('diary entry');
    return entry;
  }

  async deleteEntry(userId: string, id: string): Promise<void> {
    if (!(await this.entries.deleteEntry(userId, id))) throw notFound('diary entry');
  }

  async listEntries(userId: string, query: RangeQuery & { limit: number; before?: EntryCursor }): Promise<EntryPage> {
    const range = query.from || query.to ? this.resolveRange(query, 36_500) : undefined;
    const entries = await this.entries.listEntries(userId, { ...(range && { range }), limit: query.limit + 1, ...(query.before && { before: query.before }) });
    const page = entries.slice(0, query.limit);
    const last = page[page.length - 1];
    const next = entries.length > query.limit && last ? encodeCursor({ occurredAt: new Date(last.occurredAt).toISOString(), id: last.id }) : null;
    return { entries: page, next };
  }

  createCheckIn(userId: string, input: PegCheckInInput): Promise<PegCheckIn> {
    return this.checkIns.insertCheckIn(userId, randomUUID(), input, this.nowIso());
  }

  async listCheckIns(userId: string, query: RangeQuery): Promise<CheckInList> {
    const range = query.from || query.to ? this.resolveRange(query, 36_500) : undefined;
    const [checkIns, latest] = await Promise.all([this.checkIns.listCheckIns(userId, range), this.checkIns.latestCheckIn(userId)]);
    return { checkIns, due: isPegCheckInDue(latest?.occurredAt, this.ctx.clock()) };
  }

  async deleteCheckIn(userId: string, id: string): Promise<void> {
    if (!(await this.checkIns.deleteCheckIn(userId, id))) throw notFound('check-in');
  }

  /** Runs the engine on the intake and keeps both; the engine's output is stored as it was given. */
  async saveAssessment(userId: string, intake: Intake): Promise<SavedAssessment> {
    const saved: SavedAssessment = { id: randomUUID(), createdAt: this.nowIso(), intake, assessment: assess(intake) };
    await this.assessments.insert(userId, saved);
    return saved;
  }

  /**
   * The latest assessment with its recommendations re-ranked by the person's own relief. The engine runs
   * again on the saved intake, so today's safety rules apply even to an intake saved (or imported) under
   * older ones; the stored output stays as the historical record.
   */
  async currentAssessment(userId: string, evidenceRange?: DayRange): Promise<CurrentAssessment | null> {
    return this.personalised(userId, await this.assessments.latest(userId), evidenceRange);
  }

  /** A share's pinned assessment (by id, scoped to its owner), personalised with evidence from the range only. */
  async assessmentAsOf(userId: string, id: string | null, evidenceRange: DayRange): Promise<CurrentAssessment | null> {
    return this.personalised(userId, id === null ? undefined : await this.assessments.find(userId, id), evidenceRange);
  }

  private async personalised(userId: string, saved: SavedAssessment | undefined, evidenceRange?: DayRange): Promise<CurrentAssessment | null> {
    if (!saved) return null;
    const evidence = await this.stats.evidence(userId, evidenceRange);
    const assessment = assess(saved.intake);
    return {
      id: saved.id,
      createdAt: saved.createdAt,
      intake: saved.intake,
      assessment: personaliseAssessment(assessment, evidence.techniques),
      // Decision 0052: what helps among the plan's stretches and movements, learned the same way.
      movements: personaliseMovements(assessment, evidence.movements),
    };
  }

  async deleteAssessment(userId: string, id: string): Promise<void> {
    if (!(await this.assessments.delete(userId, id))) throw notFound('assessment');
  }

  async listAssessments(userId: string): Promise<AssessmentList['assessments']> {
    const all = await this.assessments.all(userId);
    return all.map((a) => ({ id: a.id, createdAt: a.createdAt, triage: a.assessment.triage, intensity: a.intake.intensity }));
  }

  /** Everything the dashboard shows, in a handful of indexed aggregate queries. */
  async dashboard(userId: string, query: RangeQuery): Promise<Dashboard> {
    const range = this.resolveRange(query);
    const bucket = bucketFor(range.fromDay, range.toDay);
    const today = this.today();
    const [pain, sessionsPerWeek, reliefByTechnique, current, lastWeek, previousWeeks, latestCheckIn, checkIns] = await Promise.all([
      this.stats.painBuckets(userId, range, bucket),
      this.stats.sessionsPerWeek(userId, range),
      this.techniqueRelief(userId, range),
      this.currentAssessment(userId),
      this.stats.painStats(userId, { fromDay: today - 6, toDay: today }),
      this.stats.painStats(userId, { fromDay: today - 27, toDay: today - 7 }),
      this.checkIns.latestCheckIn(userId),
      this.checkIns.listCheckIns(userId, range),
    ]);
    const prompts = reassessPrompts({
      now: this.ctx.clock(),
      ...(current && {
        latestAssessment: { assessedAt: current.createdAt, durationDays: current.intake.durationDays, intensity: current.intake.intensity },
      }),
      lastWeek,
      previousWeeks,
    });
    return {
      range: { from: dayToDate(range.fromDay), to: dayToDate(range.toDay), bucket },
      pain,
      sessionsPerWeek,
      reliefByTechnique,
      peg: { due: isPegCheckInDue(latestCheckIn?.occurredAt, this.ctx.clock()), latest: latestCheckIn ?? null, inRange: checkIns },
      currentAssessment: current,
      prompts,
    };
  }
}

export function notFound(what: string): ApiError {
  // The same answer whether the id does not exist or belongs to someone else: ids reveal nothing.
  return new ApiError('not_found', `No such ${what}.`);
}

export function encodeCursor(cursor: EntryCursor): string {
  return Buffer.from(`${cursor.occurredAt}~${cursor.id}`).toString('base64url');
}

export function decodeCursor(value: string): EntryCursor | undefined {
  const text = Buffer.from(value, 'base64url').toString('utf8');
  const index = text.indexOf('~');
  // A NUL hidden inside the base64 would reach the query (PostgreSQL refuses it in text).
  if (index < 0 || text.includes('\u0000')) return undefined;
  const occurredAt = text.slice(0, index);
  if (Number.isNaN(Date.parse(occurredAt))) return undefined;
  return { occurredAt, id: text.slice(index + 1) };
}
