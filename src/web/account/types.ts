import type { Action, Assessment, SafetyNetItem, TriageLevel } from '../../core/assessment.js';
import type { DiaryEntry, PainBucket, PegCheckIn, SessionsPerWeek } from '../../core/diary.js';
import type { Intake } from '../../core/intake.js';
import type { PersonalRecommendation, ReassessPrompt } from '../../core/learning.js';
import type { PersonalMovement } from '../../core/movement-learning.js';

// The shapes the account API answers with (see src/server/diary, src/server/share). Types only:
// nothing here reaches the browser bundle.

export type { DiaryEntry, PegCheckIn, PainBucket, SessionsPerWeek, PersonalRecommendation, ReassessPrompt };

export interface EntryPage {
  entries: DiaryEntry[];
  next: string | null;
}

export interface CurrentAssessment {
  id: string;
  createdAt: string;
  intake: Intake;
  assessment: Omit<Assessment, 'recommendations'> & { recommendations: PersonalRecommendation[] };
  /** The plan's stretches and movements, best for you first (decision 0052); missing from older servers. */
  movements?: PersonalMovement[];
}

export interface Dashboard {
  range: { from: string; to: string; bucket: 'day' | 'week' | 'month' };
  pain: PainBucket[];
  sessionsPerWeek: SessionsPerWeek[];
  reliefByTechnique: { technique: string; sessions: number; averageRelief: number; helped: number }[];
  peg: { due: boolean; latest: PegCheckIn | null; inRange: PegCheckIn[] };
  currentAssessment: CurrentAssessment | null;
  prompts: ReassessPrompt[];
}

export interface ShareLink {
  id: string;
  sections: string[];
  from: string;
  to: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
}

export interface CreatedShare extends ShareLink {
  token: string;
  path: string;
}

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
