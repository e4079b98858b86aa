import type { ShareSummary } from '../../core/contracts/share-summary.js';
import type { DiaryEntry, PainBucket, PegCheckIn, SessionsPerWeek } from '../../core/diary.js';
import type { PersonalRecommendation, ReassessPrompt } from '../../core/learning.js';

// The shapes the account API answers with: inferred from the zod schemas in src/core/contracts, which
// the server's routes declare. Types only: nothing here reaches the browser bundle.

export type { DiaryEntry, PegCheckIn, PainBucket, SessionsPerWeek, PersonalRecommendation, ReassessPrompt };
export type { CreatedShare, CurrentAssessment, Dashboard, EntryPage, ShareLink } from '../../core/contracts/index.js';

/** The share summary, as its core contract describes it. */
export type Summary = ShareSummary;
