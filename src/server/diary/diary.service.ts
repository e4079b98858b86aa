import { randomUUID } from 'node:crypto';
import { assess } from '../../core/assess.js';
import {
  bucketFor, dateToDay, dayToDate, isPegCheckInDue, localCalendar,
  type DiaryEntry, type DiaryEntryInput, type PegCheckIn, type PegCheckInInput,
} from '../../core/diary.js';
import type { Intake } from '../../core/intake.js';
import { personaliseAssessment, reassessPrompts } from '../../core/learning.js';
import { personaliseMovements } from '../../core/movement-learning.js';
import type { AssessmentList, CheckInList, CurrentAssessment, Dashboard, EntryPage, SavedAssessment } from '../../core/contracts/index.js';
import type { AccountContext } from '../auth/context.js';
import { ApiError } from '../errors.js';
import { AssessmentsRepository } from './assessments.repository.js';
import { DiaryRepository, type DayRange, type EntryCursor } from './diary.repository.js';

export interface RangeQuery {
  from?: string;
  to?: string;
}

/** Diary, check-ins, saved assessments and the dashboard. Every method acts for one person (userId). */
export class DiaryService {
  readonly entries: DiaryRepository;
  readonly assessments: AssessmentsRepository;

  constructor(private readonly ctx: AccountContext) {
    this.entries = new DiaryRepository(ctx.database.db);
    this.assessments = new AssessmentsRepository(ctx.database.db);
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
    return this.entries.insertCheckIn(userId, randomUUID(), input, this.nowIso());
  }

  async listCheckIns(userId: string, query: RangeQuery): Promise<CheckInList> {
    const range = query.from || query.to ? this.resolveRange(query, 36_500) : undefined;
    const [checkIns, latest] = await Promise.all([this.entries.listCheckIns(userId, range), this.entries.latestCheckIn(userId)]);
    return { checkIns, due: isPegCheckInDue(latest?.occurredAt, this.ctx.clock()) };
  }

  async deleteCheckIn(userId: string, id: string): Promise<void> {
    if (!(await this.entries.deleteCheckIn(userId, id))) throw notFound('check-in');
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
    const evidence = await this.entries.evidence(userId, evidenceRange);
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
    const [pain, sessionsPerWeek, reliefInRange, current, lastWeek, previousWeeks, latestCheckIn, checkIns] = await Promise.all([
      this.entries.painBuckets(userId, range, bucket),
      this.entries.sessionsPerWeek(userId, range),
      this.entries.techniqueEvidence(userId, range),
      this.currentAssessment(userId),
      this.entries.painStats(userId, { fromDay: today - 6, toDay: today }),
      this.entries.painStats(userId, { fromDay: today - 27, toDay: today - 7 }),
      this.entries.latestCheckIn(userId),
      this.entries.listCheckIns(userId, range),
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
      reliefByTechnique: reliefInRange.map((e) => ({
        technique: e.technique,
        sessions: e.sessions,
        averageRelief: Math.round((e.totalRelief / e.sessions) * 100) / 100,
        helped: e.helped,
      })),
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
