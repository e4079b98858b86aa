import { z } from 'zod';
import { nameContracts } from './registry.js';
import { TRIAGE_LEVELS } from '../assessment.js';
import { BUCKET_SIZES, CalendarDay, DiaryEntrySchema, PegCheckInSchema, type PainBucket, type SessionsPerWeek } from '../diary.js';

// Answers of /api/diary/*: pages of entries, check-ins, and the aggregates the dashboard and summary chart.

export const EntryPageSchema = z
  .object({
    entries: z.array(DiaryEntrySchema).describe('Newest first.'),
    next: z.string().nullable().describe('Pass as `before` for the next page; null on the last page.'),
  })
  .meta({ title: 'EntryPage' });
export type EntryPage = z.infer<typeof EntryPageSchema>;

export const CheckInListSchema = z
  .object({ checkIns: z.array(PegCheckInSchema), due: z.boolean().describe('True when no check-in was made in the last 7 days.') })
  .meta({ title: 'CheckInList' });
export type CheckInList = z.infer<typeof CheckInListSchema>;

export const PainBucketSchema: z.ZodType<PainBucket> = z
  .object({
    start: CalendarDay.describe('First day of the bucket.'),
    entries: z.number().int().nonnegative(),
    avgBefore: z.number(),
    avgAfter: z.number().nullable().describe('Null when no entry in the bucket has an after-score.'),
    maxBefore: z.number(),
  })
  .meta({ title: 'PainBucket', description: 'One point of the pain-over-time chart.' });

export const SessionsPerWeekSchema: z.ZodType<SessionsPerWeek> = z
  .object({ weekStart: CalendarDay.describe('The Monday that starts the week.'), sessions: z.number().int().nonnegative() })
  .meta({ title: 'SessionsPerWeek' });

export const BucketSizeSchema = z.enum(BUCKET_SIZES);

/** How one technique went for the person in a date range (dashboard and summary). */
export const TechniqueReliefSchema = z
  .object({
    technique: z.string(),
    sessions: z.number().int().nonnegative(),
    averageRelief: z.number().describe('Mean points of relief, rounded to 2 places.'),
    helped: z.number().int().nonnegative().describe('Sessions with relief of at least MEANINGFUL_RELIEF points.'),
  })
  .meta({ title: 'TechniqueRelief' });
export type TechniqueRelief = z.infer<typeof TechniqueReliefSchema>;

export const AssessmentListSchema = z
  .object({
    assessments: z.array(
      z.object({ id: z.string(), createdAt: z.string(), triage: z.enum(TRIAGE_LEVELS), intensity: z.number() }),
    ),
  })
  .meta({ title: 'AssessmentList' });
export type AssessmentList = z.infer<typeof AssessmentListSchema>;

nameContracts({ DiaryEntry: DiaryEntrySchema, PegCheckIn: PegCheckInSchema, EntryPage: EntryPageSchema, CheckInList: CheckInListSchema, PainBucket: PainBucketSchema, SessionsPerWeek: SessionsPerWeekSchema, TechniqueRelief: TechniqueReliefSchema, AssessmentList: AssessmentListSchema });
