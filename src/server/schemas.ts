import { z } from 'zod';
import {
  BODY_AREAS, CAUSES, EQUIPMENT, ERROR_STATUS, GOALS, MOVEMENT_FEATURES, MOVEMENT_IDS, PRESSURES, REGION_IDS, SOURCE_IDS,
  TECHNIQUE_IDS, type ErrorBody, type Movement, type Source, type Technique,
} from '../core/index.js';

/**
 * Response shapes the core keeps as TypeScript types rather than zod schemas. Each is annotated with
 * the core type, so a change in the core that these do not follow fails the type check instead of
 * silently documenting the wrong shape in /api/openapi.json.
 */

const ERROR_CODES = Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]];

export const ErrorBodySchema: z.ZodType<ErrorBody> = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).describe('Stable machine-readable code; see docs/api.md for the list.'),
      message: z.string().describe('What went wrong, in plain words.'),
      issues: z
        .array(z.object({ index: z.number().int().optional(), path: z.string(), message: z.string() }))
        .optional()
        .describe('One entry per field problem, e.g. { path: "areas[2]", message: "must be one of: ..." }.'),
    }),
  })
  .meta({ title: 'Error', description: 'Every error the API returns has this shape.' });

export const SourceSchema: z.ZodType<Source> = z
  .object({ id: z.enum(SOURCE_IDS), title: z.string(), citation: z.string() })
  .meta({ title: 'Source', description: 'Where a piece of advice comes from.' });

export const TechniqueSchema: z.ZodType<Technique> = z
  .object({
    id: z.enum(TECHNIQUE_IDS),
    name: z.string(),
    setting: z.enum(['professional', 'home']),
    pressure: z.enum(PRESSURES),
    summary: z.string(),
    howItMayHelp: z.string(),
    whenToUse: z.array(z.string()),
    cautions: z.array(z.string()),
    areas: z.array(z.enum(BODY_AREAS)),
    equipment: z.enum(EQUIPMENT).optional(),
    steps: z.array(z.object({ title: z.string(), instructions: z.string(), seconds: z.number().int().positive() })),
    sources: z.array(z.enum(SOURCE_IDS)),
  })
  .meta({ title: 'Technique', description: 'A massage technique from the knowledge base.' });

export const TechniqueListSchema = z
  .object({
    techniques: z.array(TechniqueSchema),
    sources: z.array(SourceSchema).describe('Every source the listed techniques cite.'),
  })
  .meta({ title: 'TechniqueList' });

export const TechniqueDetailSchema = z
  .object({
    technique: TechniqueSchema,
    sources: z.array(SourceSchema).describe('The sources this technique cites, resolved.'),
  })
  .meta({ title: 'TechniqueDetail' });

export const HealthSchema = z
  .object({ status: z.literal('ok'), version: z.string(), uptimeSeconds: z.number().nonnegative() })
  .meta({ title: 'Health' });

export const ClientConfigSchema = z
  .object({
    emergencyNumber: z.string().describe('What to call in an emergency: the region\'s number, or EMERGENCY_NUMBER.'),
    region: z.enum(REGION_IDS).describe('The REGION preset whose words the app uses for each safety action.'),
    urgentService: z.string().describe('The region\'s service for help today that is not an emergency, e.g. "NHS 111".'),
    urgentNumber: z.string().optional().describe('Its number, where there is one: the region\'s, or URGENT_NUMBER.'),
  })
  .meta({ title: 'ClientConfig', description: 'Settings of this instance that the web app shows.' });

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

export const MovementListSchema = z
  .object({
    movements: z.array(MovementSchema),
    sources: z.array(SourceSchema).describe('Every source the listed movements cite.'),
  })
  .meta({ title: 'MovementList' });

export const MovementDetailSchema = z
  .object({
    movement: MovementSchema,
    sources: z.array(SourceSchema).describe('The sources this movement cites, resolved.'),
  })
  .meta({ title: 'MovementDetail' });
