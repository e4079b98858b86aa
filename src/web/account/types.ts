import type { Action, SafetyNetItem, TriageLevel } from '../../core/assessment.js';
import type { DiaryEntry, PainBucket, PegCheckIn, SessionsPerWeek } from '../../core/diary.js';
import type { PersonalRecommendation, ReassessPrompt } from '../../core/learning.js';

// The shapes the account API answers with: inferred from the zod schemas in src/core/contracts, which
// the server's routes declare. Types only: nothing here reaches the browser bundle.

export type { DiaryEntry, PegCheckIn, PainBucket, SessionsPerWeek, PersonalRecommendation, ReassessPrompt };
export type { CreatedShare, CurrentAssessment, Dashboard, EntryPage, ShareLink } from '../../core/contracts/index.js';

// Typed here until the share summary's own contract (src/core/contracts/share-summary.ts) is in.
export interface Summary {
  generatedAt: string;
  expiresAt?: string;
  range: { from: string; to: string };
  sections: string[];
  disclaimer: string;
  assessment?: {
    assessedAt: string;
    triage: TriageLevel;
    action?: Action;
    massageAdvised: boolean;
    reasons: { code: string; message: string }[];
    safetyNet: SafetyNetItem[];
    recommendations: { technique: string; setting: string; score: number; why: string[]; learned: string | null }[];
    durationDays: number;
    intensity: number;
  } | null;
  painMap?: {
    assessment: { areas: string[]; pattern: string; radiatesBelowKnee: boolean; quality: string[] } | null;
    diary: { area: string; entries: number; meanIntensity: number }[];
  };
  pressure?: { preferred: string | null; felt: { entries: number; mean: number | null } };
  cautions?: { conditions: string[]; avoid: { technique: string; why: string }[]; techniqueCautions: string[] };
  trend?: { bucket: 'day' | 'week' | 'month'; pain: PainBucket[]; sessionsPerWeek: SessionsPerWeek[] };
  peg?: { date: string; pain: number; enjoyment: number; activity: number; score: number }[];
  techniques?: { technique: string; sessions: number; averageRelief: number; helped: number }[];
  entries?: Omit<DiaryEntry, 'id' | 'createdAt' | 'updatedAt'>[];
}
