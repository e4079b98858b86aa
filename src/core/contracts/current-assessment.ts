import { z } from 'zod';
import { nameContracts } from './registry.js';
import { AssessmentSchema } from '../assessment.js';
import { IntakeSchema } from '../intake.js';
import type { PersonalRecommendation } from '../learning.js';
import type { PersonalMovement } from '../movement-learning.js';
import { MOVEMENT_IDS } from '../movement-vocabulary.js';

const RecommendationSchema = AssessmentSchema.shape.recommendations.element;

export const PersonalRecommendationSchema: z.ZodType<PersonalRecommendation> = RecommendationSchema.extend({
  engineScore: z.number().min(0).max(1).describe("The engine's score, before the person's own evidence."),
  sessions: z.number().int().nonnegative().describe("Sessions of the person's own that moved the score."),
  averageRelief: z.number().nullable().describe('Mean relief in points over those sessions (null without sessions).'),
  learned: z.string().nullable().describe('Plain-words reason for the move, or null.'),
}).meta({ title: 'PersonalRecommendation' });

export const PersonalMovementSchema: z.ZodType<PersonalMovement> = z
  .object({
    movement: z.enum(MOVEMENT_IDS),
    score: z.number().min(0).max(1),
    sessions: z.number().int().nonnegative(),
    averageRelief: z.number().nullable(),
    learned: z.string().nullable(),
  })
  .meta({ title: 'PersonalMovement' });

/** The latest assessment, run again on its intake, recommendations re-ranked by the person's own relief. */
export const CurrentAssessmentSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    intake: IntakeSchema,
    assessment: AssessmentSchema.extend({ recommendations: z.array(PersonalRecommendationSchema) }),
    movements: z
      .array(PersonalMovementSchema)
      .optional()
      .describe("The plan's stretches and movements, best for you first (decision 0052); missing from older servers."),
  })
  .meta({ title: 'CurrentAssessment' });
export type CurrentAssessment = z.infer<typeof CurrentAssessmentSchema>;

export const CurrentAssessmentAnswerSchema = z
  .object({ current: CurrentAssessmentSchema.nullable().describe('Null until an assessment is saved.') })
  .meta({ title: 'CurrentAssessmentAnswer' });

nameContracts({ PersonalRecommendation: PersonalRecommendationSchema, PersonalMovement: PersonalMovementSchema, CurrentAssessment: CurrentAssessmentSchema, CurrentAssessmentAnswer: CurrentAssessmentAnswerSchema });
