import type { ShareSummary } from '../../core/contracts/share-summary.js';
import type { Assessment } from '../../core/assessment.js';
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
  /** The name or initials shown on the summary, or null. */
  name: string | null;
  active: boolean;
}

export interface CreatedShare extends ShareLink {
  token: string;
  path: string;
  /** The whole link when the server knows its public address (PUBLIC_URL); null: build it from this page's. */
  url: string | null;
  /** No PUBLIC_URL and made from the server's own computer: the link opens only there. */
  onlyThisComputer: boolean;
}

/** The share summary, as its core contract describes it. */
export type Summary = ShareSummary;
