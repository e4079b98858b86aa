import { z } from 'zod';
import { MOVEMENT_IDS } from './movement-vocabulary.js';
import { BODY_AREAS } from './vocabulary.js';

export const TRIAGE_LEVELS = ['emergency', 'urgent', 'see-doctor-first', 'self-care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export const TECHNIQUE_IDS = [
  'swedish', 'deep-tissue', 'trigger-point', 'shiatsu', 'hot-stone', 'foam-roller', 'tennis-ball', 'hand-massage',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

export const SOURCE_IDS = ['A', 'NICE59', 'ACP17', 'COCH15', 'IFOMPT20', 'TS', 'KREBS09', 'PRACTICE', 'CHERKIN11',
  // Movement and posture (issue 12).
  'NHSEX', 'COCH21', 'ROSSSS', 'NHSPREG', 'ACOG20', 'NHSSIT',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

const Reason = z.object({
  code: z.string().describe('Stable id of the rule that fired, e.g. "cauda-equina".'),
  message: z.string(),
  source: z.enum(SOURCE_IDS),
});

const Recommendation = z.object({
  technique: z.enum(TECHNIQUE_IDS),
  setting: z.enum(['professional', 'home']),
  score: z.number().min(0).max(1),
  why: z.array(z.string()),
  cautions: z.array(z.string()),
});

const Avoid = z.object({ technique: z.enum(TECHNIQUE_IDS), why: z.string() });

// Decision 0052: movements are screened like massage, but listed apart so readers of avoid[].technique keep working.
const MovementAvoid = z.object({ movement: z.enum(MOVEMENT_IDS), why: z.string() });

const PlanStep = z.object({
  kind: z.enum(['massage', 'movement']).optional().describe('Missing on answers from before movements: read it as "massage".'),
  technique: z.union([z.enum(TECHNIQUE_IDS), z.enum(['warm-up', 'water', 'movement'])]),
  movement: z.enum(MOVEMENT_IDS).optional().describe('Which movement, on movement steps.'),
  area: z.union([z.enum(BODY_AREAS), z.literal('whole-back')]),
  seconds: z.number().int().positive(),
  reps: z.number().int().positive().optional().describe('On movement steps done as repetitions: how many.'),
  instructions: z.string(),
  safety: z.array(z.string()),
});

const Tip = z.object({ id: z.string(), text: z.string(), source: z.enum(SOURCE_IDS) });

export const AssessmentSchema = z
  .object({
    triage: z.enum(TRIAGE_LEVELS),
    massageAdvised: z.boolean(),
    reasons: z.array(Reason),
    recommendations: z.array(Recommendation),
    avoid: z.array(Avoid),
    avoidMovements: z
      .array(MovementAvoid)
      .optional()
      .describe('Stretches and movements to leave out, each with why; screened like massage (decision 0052).'),
    plan: z
      .object({
        steps: z
          .array(PlanStep)
          .describe('Empty when massage is not advised or no home technique fits. Movement steps come after the massage steps.'),
        totalSeconds: z.number().int().nonnegative(),
        lifestyle: z.array(z.string()).describe('Stretching, posture and exercise advice for pain lasting over 6 weeks.'),
        routine: z
          .object({ steps: z.array(PlanStep), totalSeconds: z.number().int().nonnegative(), when: z.string() })
          .optional()
          .describe('A short daily movement routine, apart from the session: when the person asks for one, or no massage session fits.'),
        activity: z
          .object({ goal: z.string(), source: z.enum(SOURCE_IDS), movement: z.enum(MOVEMENT_IDS) })
          .optional()
          .describe('A gentle activity goal (self-care only).'),
        posture: z
          .object({ checklist: z.array(z.string()), source: z.enum(SOURCE_IDS) })
          .optional()
          .describe('A desk or sleeping checklist, when the cause is desk posture or sleep position.'),
      })
      .describe('The at-home session built from the home techniques that fit.'),
    tips: z.array(Tip),
  })
  .meta({ title: 'Assessment', description: 'What backrub makes of an intake: safety first, then advice.' });

export type Assessment = z.infer<typeof AssessmentSchema>;
export type Reason = z.infer<typeof Reason>;
export type Recommendation = z.infer<typeof Recommendation>;
export type AvoidAdvice = z.infer<typeof Avoid>;
export type MovementAvoidAdvice = z.infer<typeof MovementAvoid>;
export type PlanStep = z.infer<typeof PlanStep>;
export type SessionPlan = Assessment['plan'];
export type Tip = z.infer<typeof Tip>;
