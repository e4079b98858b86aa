import { z } from 'zod';
import { nameContracts } from './registry.js';
import { CalendarDay, PegCheckInSchema } from '../diary.js';
import type { ReassessPrompt } from '../learning.js';
import { CurrentAssessmentSchema } from './current-assessment.js';
import { BucketSizeSchema, PainBucketSchema, SessionsPerWeekSchema, TechniqueReliefSchema } from './diary.js';

export const ReassessPromptSchema: z.ZodType<ReassessPrompt> = z
  .object({ code: z.enum(['pain-worsening', 'episode-over-6-weeks']), message: z.string() })
  .meta({ title: 'ReassessPrompt', description: 'A reason to answer the assessment again.' });

/** GET /api/diary/dashboard: everything the dashboard shows for a date range. */
export const DashboardSchema = z
  .object({
    range: z.object({ from: CalendarDay, to: CalendarDay, bucket: BucketSizeSchema }),
    pain: z.array(PainBucketSchema),
    sessionsPerWeek: z.array(SessionsPerWeekSchema),
    reliefByTechnique: z.array(TechniqueReliefSchema),
    peg: z.object({ due: z.boolean(), latest: PegCheckInSchema.nullable(), inRange: z.array(PegCheckInSchema) }),
    currentAssessment: CurrentAssessmentSchema.nullable(),
    prompts: z.array(ReassessPromptSchema),
  })
  .meta({ title: 'Dashboard' });
export type Dashboard = z.infer<typeof DashboardSchema>;

nameContracts({ ReassessPrompt: ReassessPromptSchema, Dashboard: DashboardSchema });
