import { z } from 'zod';
import { TECHNIQUE_IDS } from './assessment.js';
import { MOVEMENT_IDS } from './movement-vocabulary.js';
import { text } from './text.js';
import { BODY_AREAS } from './vocabulary.js';

// The pain diary's shapes. One schema per shape: the API, the CLI, the web form and the JSON import all
// validate with these, and the stored rows are mapped back to the same types.

export const ENTRY_SOURCES = ['session', 'therapist', 'other'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];

/** A 0-10 numeric rating (pain, pressure felt, PEG items). */
const rating = z
  .number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number from 0 to 10') })
  .int('must be a whole number from 0 to 10')
  .min(0, 'must be at least 0')
  .max(10, 'must be at most 10');

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => `must be one of: ${values.join(', ')}` });

/** A moment with its UTC offset, e.g. `2025-03-01T21:30:00+01:00`; stored as UTC plus the local day. */
export const Timestamp = z.iso.datetime({ offset: true, error: 'must be a date and time like 2025-03-01T21:30:00+01:00' });

/** A calendar day, `YYYY-MM-DD`. */
export const CalendarDay = z.iso.date({ error: 'must be a date like 2025-03-01' });

const AreaIntensity = z.strictObject({
  area: choice(BODY_AREAS),
  intensity: rating,
});

const TriggerTag = text()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .toLowerCase();

/**
 * The longest note an entry may carry: 200,000 characters is over 30,000 words, and at 4 bytes per
 * character in UTF-8 still fits the entry routes' 1 MiB body. The import reads entries with this same
 * schema, so an imported note cannot be longer than one typed in.
 */
export const NOTES_MAX_LENGTH = 200_000;

const unique = <T>(list: T[]) => new Set(list).size === list.length;

export const DiaryEntryInputSchema = z
  .strictObject({
    occurredAt: Timestamp,
    painBefore: rating,
    painAfter: rating.optional().describe('Missing when the entry records pain without a session.'),
    areas: z
      .array(AreaIntensity)
      .max(BODY_AREAS.length)
      .refine((list) => unique(list.map((item) => item.area)), 'must not list an area twice')
      .default([]),
    techniques: z.array(choice(TECHNIQUE_IDS)).refine(unique, 'must not repeat a technique').default([]),
    movements: z
      .array(choice(MOVEMENT_IDS))
      .refine(unique, 'must not repeat a movement')
      .default([])
      .describe('Stretches and movements done in the session (decision 0052).'),
    source: choice(ENTRY_SOURCES).default('other'),
    durationMinutes: z.number().int('must be a whole number').min(0, 'must be at least 0').max(24 * 60, 'must be at most 1440').optional(),
    pressureFelt: rating.optional(),
    notes: text()
      .max(NOTES_MAX_LENGTH, `must be at most ${NOTES_MAX_LENGTH} characters`)
      .default('')
      .describe(`Up to ${NOTES_MAX_LENGTH} characters (fits the entry routes' 1 MiB body limit in any script).`),
    triggers: z.array(TriggerTag).max(30, 'at most 30 tags').refine(unique, 'must not repeat a tag').default([]),
  })
  .meta({ title: 'DiaryEntryInput', description: 'One diary entry as a person writes it: several a day are fine.' });

export type DiaryEntryInput = z.output<typeof DiaryEntryInputSchema>;

export const DiaryEntrySchema = DiaryEntryInputSchema.extend({
  id: z.string(),
  /** ISO 8601 with milliseconds and the offset it was written with. */
  occurredAt: z.string(),
  /** The person's calendar day when the entry happened (from the offset they sent). */
  localDate: CalendarDay,
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ title: 'DiaryEntry' });

export type DiaryEntry = z.output<typeof DiaryEntrySchema>;

/**
 * What makes two diary entries "the same entry" for an import: the instant, both scores and the
 * techniques. The one definition: the database keeps it in a unique column (migration 0008 builds the
 * same text in SQL for older rows), so an import can skip what is already there.
 */
export function entryFingerprint(input: Pick<DiaryEntryInput, 'occurredAt' | 'painBefore' | 'painAfter' | 'techniques' | 'movements'>): string {
  // Movements join the techniques (decision 0052); an entry without any keeps its earlier fingerprint.
  return `${localCalendar(input.occurredAt).utc}|${input.painBefore}|${input.painAfter ?? ''}|${JSON.stringify([...input.techniques, ...input.movements])}`;
}

/** Relief of one entry in points (positive = better), or undefined when no after-score was given. */
export function reliefOf(entry: Pick<DiaryEntryInput, 'painBefore' | 'painAfter'>): number | undefined {
  return entry.painAfter === undefined ? undefined : entry.painBefore - entry.painAfter;
}

// PEG-3 (Krebs et al. 2009, public domain): three 0-10 items about the past week; score = their mean.
export const PegCheckInInputSchema = z
  .strictObject({
    occurredAt: Timestamp,
    pain: rating.describe('What number best describes your pain on average in the past week?'),
    enjoyment: rating.describe('How much has pain interfered with your enjoyment of life in the past week?'),
    activity: rating.describe('How much has pain interfered with your general activity in the past week?'),
  })
  .meta({ title: 'PegCheckInInput', description: 'A weekly PEG-3 check-in.' });

export type PegCheckInInput = z.output<typeof PegCheckInInputSchema>;

export const PegCheckInSchema = PegCheckInInputSchema.extend({
  id: z.string(),
  occurredAt: z.string(),
  localDate: CalendarDay,
  score: z.number().min(0).max(10),
  createdAt: z.string(),
}).meta({ title: 'PegCheckIn' });

export type PegCheckIn = z.output<typeof PegCheckInSchema>;

/** PEG score: the mean of the three items, rounded to one decimal. */
export function pegScore(input: Pick<PegCheckInInput, 'pain' | 'enjoyment' | 'activity'>): number {
  return Math.round(((input.pain + input.enjoyment + input.activity) / 3) * 10) / 10;
}

/** A PEG check-in is offered when none was done in the last 7 days. */
export function isPegCheckInDue(lastCheckInAt: string | undefined, now: Date): boolean {
  if (lastCheckInAt === undefined) return true;
  return now.getTime() - Date.parse(lastCheckInAt) >= 7 * DAY_MS;
}

// ---- Calendar arithmetic shared by the server's buckets and the web's charts -------------------------

export const DAY_MS = 86_400_000;

/**
 * Splits an offset timestamp into the UTC instant and the person's own calendar day (days since
 * 1970-01-01, and months since year 0), so a 23:30 entry counts for the day the person lived it.
 */
export function localCalendar(timestamp: string): { utc: string; offsetMinutes: number; day: number; month: number; date: string } {
  const instant = Date.parse(timestamp);
  const offsetMatch = /([+-])(\d{2}):?(\d{2})$/.exec(timestamp);
  const offsetMinutes = offsetMatch
    ? (offsetMatch[1] === '-' ? -1 : 1) * (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3]))
    : 0;
  const local = new Date(instant + offsetMinutes * 60_000);
  const day = Math.floor(local.getTime() / DAY_MS);
  return {
    utc: new Date(instant).toISOString(),
    offsetMinutes,
    day,
    month: local.getUTCFullYear() * 12 + local.getUTCMonth(),
    date: dayToDate(day),
  };
}

/** The stored UTC instant shown again with the person's own offset, e.g. `2025-03-01T21:30:00.000+01:00`. */
export function withOffset(utc: string, offsetMinutes: number): string {
  if (offsetMinutes === 0) return utc;
  const local = new Date(Date.parse(utc) + offsetMinutes * 60_000).toISOString().slice(0, -1);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Days since 1970-01-01 -> `YYYY-MM-DD`. */
export function dayToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` -> days since 1970-01-01. */
export function dateToDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/**
 * Day 0 (1970-01-01) was a Thursday: adding this many days makes `% 7` count days since Monday. The
 * server's SQL buckets (stats.repository.ts) use the same number.
 */
export const WEEK_START_SHIFT = 3;

/** The Monday that starts the week of `day` (days since 1970-01-01). */
export function weekStartDay(day: number): number {
  return day - ((((day + WEEK_START_SHIFT) % 7) + 7) % 7);
}

/** Mean relief of a run of sessions, in points rounded to 2 places, as the dashboard and the summary show it. */
export function averageRelief(evidence: Pick<TechniqueEvidence, 'totalRelief' | 'sessions'>): number {
  return Math.round((evidence.totalRelief / evidence.sessions) * 100) / 100;
}

/** Months since year 0 -> `YYYY-MM-01`. */
export function monthToDate(month: number): string {
  const year = Math.floor(month / 12);
  const m = month - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

export const BUCKET_SIZES = ['day', 'week', 'month'] as const;
export type BucketSize = (typeof BUCKET_SIZES)[number];

/** Day points up to about three months, weekly up to two years, monthly beyond: at most ~100-120 points. */
export function bucketFor(fromDay: number, toDay: number): BucketSize {
  const days = toDay - fromDay + 1;
  if (days <= 92) return 'day';
  if (days <= 731) return 'week';
  return 'month';
}

/** One point of the pain-over-time chart. */
export interface PainBucket {
  /** First day of the bucket, `YYYY-MM-DD`. */
  start: string;
  entries: number;
  avgBefore: number;
  /** Null when no entry in the bucket has an after-score. */
  avgAfter: number | null;
  maxBefore: number;
}

export interface SessionsPerWeek {
  weekStart: string;
  sessions: number;
}

/** A person's own evidence about one technique, aggregated from their entries. */
export interface TechniqueEvidence {
  technique: (typeof TECHNIQUE_IDS)[number];
  /** Entries with this technique and both scores. */
  sessions: number;
  /** Sum of relief (painBefore - painAfter) over those entries. */
  totalRelief: number;
  /** Entries with relief of 2 points or more (what people notice as "much better"). */
  helped: number;
  /** Entries with some relief, less than MEANINGFUL_RELIEF (for whole-point scores: exactly 1 point). */
  helpedALittle: number;
}
