import { z } from 'zod';
import { BODY_AREAS } from './vocabulary.js';

export const TRIAGE_LEVELS = ['emergency', 'urgent', 'see-doctor-first', 'self-care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export const TECHNIQUE_IDS = [
  'swedish', 'deep-tissue', 'trigger-point', 'shiatsu', 'hot-stone', 'foam-roller', 'tennis-ball', 'hand-massage',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

export const SOURCE_IDS = ['A', 'NICE59', 'ACP17', 'COCH15', 'IFOMPT20', 'TS', 'KREBS09', 'PRACTICE', 'CHERKIN11'] as const;
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

/** What a plan step does: a technique, or the warm-up and the rest with water around them. */
export const STEP_KINDS = [...TECHNIQUE_IDS, 'warm-up', 'water'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

const PlanStep = z.object({
  technique: z.enum(STEP_KINDS),
  area: z.union([z.enum(BODY_AREAS), z.literal('whole-back')]),
  seconds: z.number().int().positive(),
  instructions: z.string(),
});

// Each kind of step's safety list, said once per plan instead of on every step (decision 0051).
const PlanSafety = z
  .partialRecord(z.enum(STEP_KINDS), z.array(z.string()))
  .describe("What to keep in mind during every step of this kind, keyed by the step's `technique`: one entry per kind of step in `steps`.");

const Tip = z.object({ id: z.string(), text: z.string(), source: z.enum(SOURCE_IDS) });

export const AssessmentSchema = z
  .object({
    triage: z.enum(TRIAGE_LEVELS),
    massageAdvised: z.boolean(),
    reasons: z.array(Reason),
    recommendations: z.array(Recommendation),
    avoid: z.array(Avoid),
    plan: z
      .object({
        steps: z.array(PlanStep).describe('Empty when massage is not advised or no home technique fits.'),
        // An export made before decision 0051 has no `safety` here (it was on each step): it still imports.
        safety: PlanSafety.default({}),
        totalSeconds: z.number().int().nonnegative(),
        lifestyle: z.array(z.string()).describe('Stretching, posture and exercise advice for pain lasting over 6 weeks.'),
      })
      .describe('The at-home session built from the home techniques that fit.'),
    tips: z.array(Tip),
  })
  .meta({ title: 'Assessment', description: 'What backrub makes of an intake: safety first, then advice.' });

export type Assessment = z.infer<typeof AssessmentSchema>;
export type Reason = z.infer<typeof Reason>;
export type Recommendation = z.infer<typeof Recommendation>;
export type AvoidAdvice = z.infer<typeof Avoid>;
export type PlanStep = z.infer<typeof PlanStep>;
export type PlanSafety = z.infer<typeof PlanSafety>;
export type SessionPlan = Assessment['plan'];
export type Tip = z.infer<typeof Tip>;
