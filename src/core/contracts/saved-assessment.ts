import { z } from 'zod';
import { nameContracts } from './registry.js';
import { AssessmentSchema } from '../assessment.js';
import { IntakeSchema } from '../intake.js';

/**
 * An assessment a person kept: the intake and the engine's answer as it was given. Also the shape of
 * the stored row, read back with this schema rather than cast.
 */
export const SavedAssessmentSchema = z
  .object({ id: z.string(), createdAt: z.string(), intake: IntakeSchema, assessment: AssessmentSchema })
  .meta({ title: 'SavedAssessment' });
export type SavedAssessment = z.infer<typeof SavedAssessmentSchema>;

nameContracts({ SavedAssessment: SavedAssessmentSchema, Assessment: AssessmentSchema });
