import { z } from 'zod';
import { AssessmentSchema, TECHNIQUE_IDS, TRIAGE_LEVELS } from '../assessment.js';
import { BUCKET_SIZES, CalendarDay, DiaryEntrySchema } from '../diary.js';
import { text } from '../text.js';
import { nameContracts } from './registry.js';
import { TechniqueReliefSchema } from './diary.js';

/**
 * The share summary: what GET /api/summary (the person's own print view) and GET /api/shared/:token
 * (the therapist's or doctor's read-only view) answer. The server builds it (src/server/share/summary.ts)
 * typed by this schema, and the web's summary view reads it.
 */

/** What a person can choose to put in a summary (for themselves to print, or behind a share link). */
export const SUMMARY_SECTIONS = ['assessment', 'painMap', 'pressure', 'cautions', 'trend', 'peg', 'techniques', 'entries'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];
/** Diary entries with their notes are private unless chosen. */
export const DEFAULT_SECTIONS: SummarySection[] = ['assessment', 'painMap', 'pressure', 'cautions', 'trend', 'peg', 'techniques'];

export const SectionList = z
  .array(z.enum(SUMMARY_SECTIONS, { error: () => `must be one of: ${SUMMARY_SECTIONS.join(', ')}` }))
  .min(1, 'choose at least one section')
  .refine((list) => new Set(list).size === list.length, 'must not repeat a section');

export const SHARE_NAME_MAX = 40;

/**
 * The name or initials a person chooses to show on a shared summary ("Sam", "S. K."): letters, spaces
 * and . ' - only, so it cannot carry a link or markup. Empty means none.
 */
export const ShareDisplayName = text()
  .trim()
  .max(SHARE_NAME_MAX, `must be at most ${SHARE_NAME_MAX} characters`)
  .regex(/^[\p{L}\p{M} .'-]*$/u, "may use only letters, spaces and . ' -");

const Day = CalendarDay;
const Stamp = z.string().describe('ISO 8601 date-time (UTC).');
const rating = z.number().min(0).max(10);

const SummaryAssessment = z.object({
  assessedAt: Stamp,
  basis: z.enum(['latest', 'latest-when-shared']).describe('The latest assessment, or on a share link the latest when the link was made.'),
  sharedAt: Stamp.optional(),
  triage: z.enum(TRIAGE_LEVELS),
  action: AssessmentSchema.shape.action,
  massageAdvised: z.boolean(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() }).loose()),
  safetyNet: AssessmentSchema.shape.safetyNet,
  recommendations: z.array(
    z.object({
      technique: z.enum(TECHNIQUE_IDS),
      setting: z.enum(['professional', 'home']),
      score: z.number(),
      why: z.array(z.string()),
      learned: z.string().nullable().optional(),
    }),
  ),
  durationDays: z.number().int().nonnegative(),
  intensity: rating,
});

export const ShareSummarySchema = z
  .object({
    generatedAt: Stamp,
    /** Only on a share link: when it stops working. */
    expiresAt: Stamp.optional(),
    range: z.object({ from: Day, to: Day }).describe('The diary parts use only these days.'),
    /** The name or initials the person chose for a share link; null when none. */
    person: z.object({ name: z.string().nullable() }),
    sections: z.array(z.enum(SUMMARY_SECTIONS)),
    disclaimer: z.string(),
    assessment: SummaryAssessment.nullable().optional(),
    painMap: z
      .object({
        assessment: z.object({ areas: z.array(z.string()), pattern: z.string(), radiatesBelowKnee: z.boolean(), quality: z.array(z.string()) }).nullable(),
        diary: z.array(z.object({ area: z.string(), entries: z.number().int(), meanIntensity: rating })),
      })
      .optional(),
    pressure: z.object({ preferred: z.string().nullable(), felt: z.object({ entries: z.number().int(), mean: rating.nullable() }) }).optional(),
    cautions: z
      .object({
        conditions: z.array(z.string()),
        avoid: z.array(z.object({ technique: z.enum(TECHNIQUE_IDS), why: z.string() })),
        techniqueCautions: z.array(z.string()),
      })
      .optional(),
    trend: z
      .object({
        bucket: z.enum(BUCKET_SIZES),
        pain: z.array(z.object({ start: Day, entries: z.number().int(), avgBefore: rating, avgAfter: rating.nullable(), maxBefore: rating })),
        sessionsPerWeek: z.array(z.object({ weekStart: Day, sessions: z.number().int() })),
      })
      .optional(),
    peg: z.array(z.object({ date: Day, pain: rating, enjoyment: rating, activity: rating, score: rating })).optional(),
    techniques: z
      .array(TechniqueReliefSchema)
      .optional(),
    entries: z.array(DiaryEntrySchema.omit({ id: true, createdAt: true, updatedAt: true })).optional(),
  })
  .meta({ title: 'ShareSummary', description: 'A summary of one person\'s assessment and diary, to print or to share read-only.' });

export type ShareSummary = z.output<typeof ShareSummarySchema>;

nameContracts({ ShareSummary: ShareSummarySchema });
