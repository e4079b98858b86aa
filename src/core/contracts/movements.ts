import { z } from 'zod';
import { nameContracts } from './registry.js';
import { SOURCE_IDS } from '../assessment.js';
import { MOVEMENT_FEATURES, type Movement } from '../knowledge/movements.js';
import { MOVEMENT_IDS } from '../movement-vocabulary.js';
import { BODY_AREAS, CAUSES, GOALS } from '../vocabulary.js';
import { libraryAnswers } from './techniques.js';

export const MovementSchema: z.ZodType<Movement> = z
  .object({
    id: z.enum(MOVEMENT_IDS),
    name: z.string(),
    summary: z.string(),
    kind: z.enum(['stretch', 'mobility', 'strength', 'activity']),
    areas: z.array(z.enum(BODY_AREAS)).describe('Body areas it is meant to help.'),
    position: z.string(),
    steps: z.array(z.string()).describe('How to do it, in order.'),
    dose: z
      .object({ reps: z.number().int().positive().optional(), holdSeconds: z.number().int().positive().optional(), perSide: z.boolean().optional() })
      .describe('How much: repetitions, holds in seconds, and whether each side.'),
    seconds: z.number().int().positive().describe('About how long it takes at this dose (a plan step lasts this long).'),
    feel: z.string().describe('What it should feel like.'),
    stopIf: z.array(z.string()).describe('Signs to stop at once.'),
    cautions: z.array(z.string()),
    features: z.array(z.enum(MOVEMENT_FEATURES)).describe('What the movement asks of the body; the exclusion rules read these.'),
    suits: z.object({ causes: z.array(z.enum(CAUSES)), goals: z.array(z.enum(GOALS)) }),
    inSession: z.boolean().describe('False for activities (a walk) that belong in the daily routine, not a session.'),
    sources: z.array(z.enum(SOURCE_IDS)),
  })
  .meta({ title: 'Movement', description: 'A gentle stretch or movement from the knowledge base.' });

const movementAnswers = libraryAnswers('movements', 'movement', MovementSchema);
export const MovementListSchema = movementAnswers.list.meta({ title: 'MovementList' });
export type MovementList = z.infer<typeof MovementListSchema>;
export const MovementDetailSchema = movementAnswers.detail.meta({ title: 'MovementDetail' });
export type MovementDetail = z.infer<typeof MovementDetailSchema>;

nameContracts({ Movement: MovementSchema, MovementList: MovementListSchema, MovementDetail: MovementDetailSchema });
