import { z } from 'zod';
import { ACTIONS, type Action } from './actions.js';
import { MOVEMENT_IDS } from './movement-vocabulary.js';
import { BODY_AREAS } from './vocabulary.js';

export const TRIAGE_LEVELS = ['emergency', 'urgent', 'see-doctor-first', 'self-care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export const TECHNIQUE_IDS = [
  'swedish', 'deep-tissue', 'trigger-point', 'shiatsu', 'hot-stone', 'foam-roller', 'tennis-ball', 'hand-massage',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

export const SOURCE_IDS = [
  'A', 'NICE59', 'ACP17', 'COCH15', 'IFOMPT20', 'TS', 'KREBS09', 'PRACTICE', 'CHERKIN11',
  // v2 (SCREENING.md §8)
  'NICE156', 'NICE111', 'NICE65', 'NICE12', 'QS201', 'GIRFT23', 'NHSECTOPIC', 'NHSKIDNEY', 'NHSPANC', 'NHSDVT', 'TOMMYS',
  'RMSCORNWALL', 'BNSSG', 'DOWNIE13', 'YUSUF19', 'AJEM19', 'SCSC25', 'SSEH', 'BATAVIA04', 'ERNST03', 'ROSSSS',
  'THROMBOSISUK', 'NICE95', 'CKSRENAL', 'NICE133', 'NICE126', 'NICE234', 'NICE158', 'NICE25', 'NHSBACK', 'NHSSCIATICA',
  'NHSAAA', 'NHSDISSECT', 'NHSPE', 'NHSSEPSIS', 'NHSSHINGLES', 'ACSMDOMS', 'WERNER', 'WALTON11', 'NCCIH',
  // Movement and posture (issue 12; ROSSSS above is shared).
  'NHSEX', 'COCH21', 'NHSPREG', 'ACOG20', 'NHSSIT',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export { ACTIONS, type Action } from './actions.js';
/** The triage level each action belongs to. */
export const ACTION_LEVEL: Record<Action, TriageLevel> = {
  'call-999': 'emergency',
  'go-to-ae': 'emergency',
  'call-maternity': 'emergency',
  'ae-today': 'urgent',
  'same-day': 'urgent',
  'gp-48h': 'see-doctor-first',
  'book-gp': 'see-doctor-first',
};
/** Most urgent first: within a level, the reason with the most urgent action leads. */
export const ACTION_URGENCY: readonly Action[] = ACTIONS;

const Reason = z.object({
  code: z
    .string()
    .describe('Stable id of the rule that fired, e.g. "cauda-equina", "contraindication:fever", "unanswered:onset".'),
  message: z.string(),
  source: z.enum(SOURCE_IDS).describe('The main source of the rule.'),
  action: z
    .enum(ACTIONS)
    .optional()
    .describe('What to do, as a code the app words for its region. Left out for informational reasons.'),
  facts: z
    .array(z.string())
    .default([])
    .describe(
      'The answers the rule read to fire, as "field:value" (e.g. "conditions:anticoagulant-medication", "onset:sudden", "age:72", "unanswered:onset"). Every one is true of the intake.',
    ),
});

const SafetyNetItem = z
  .object({
    id: z.string().describe('Stable id, e.g. "call-emergency", "seen-today", "watch-for:onset".'),
    level: z.enum(TRIAGE_LEVELS).describe('The level of care the item points to if its signs appear.'),
    action: z.enum(ACTIONS).optional().describe('What to do if the signs appear; worded by the app for its region.'),
    text: z.string().describe('What to watch for, in plain words, without phone numbers.'),
    signs: z.array(z.string()).optional().describe('The signs one by one, in plain words, when the item lists several.'),
    source: z.enum(SOURCE_IDS),
  })
  .describe('One "come back if" line.');

const Recommendation = z.object({
  technique: z.enum(TECHNIQUE_IDS),
  setting: z.enum(['professional', 'home']),
  score: z.number().min(0).max(1),
  why: z.array(z.string()),
  cautions: z.array(z.string()),
  nearest: z
    .boolean()
    .optional()
    .describe('true when nothing fitted the chosen setting or equipment and this is offered as the nearest option.'),
});

const Avoid = z.object({ technique: z.enum(TECHNIQUE_IDS), why: z.string() });

// Decision 0052: movements are screened like massage, but listed apart so readers of avoid[].technique keep working.
const MovementAvoid = z.object({ movement: z.enum(MOVEMENT_IDS), why: z.string() });

/** What a plan step does: a technique, the warm-up and the rest with water around them, or a movement. */
export const STEP_KINDS = [...TECHNIQUE_IDS, 'warm-up', 'water', 'movement'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

const PlanStep = z.object({
  kind: z.enum(['massage', 'movement']).optional().describe('Missing on answers from before movements: read it as "massage".'),
  technique: z.enum(STEP_KINDS),
  movement: z.enum(MOVEMENT_IDS).optional().describe('Which movement, on movement steps.'),
  title: z
    .string()
    .optional()
    .describe('What this step is, told apart from the others: "Tennis ball: lean and roll, lower back". Missing on answers from before decision 0065.'),
  area: z.union([z.enum(BODY_AREAS), z.literal('whole-back')]),
  seconds: z.number().int().positive(),
  reps: z.number().int().positive().optional().describe('On movement steps done as repetitions: how many.'),
  instructions: z.string(),
});

/** Keys of `plan.safety`: every kind of step but `movement`, whose steps key by their movement. */
const SAFETY_KEYS = [...TECHNIQUE_IDS, 'warm-up', 'water', ...MOVEMENT_IDS] as const;

// Each kind of step's safety list, said once per plan instead of on every step (decision 0051).
const PlanSafety = z
  .partialRecord(z.enum(SAFETY_KEYS), z.array(z.string()))
  .describe(
    "What to keep in mind during every step of this kind, keyed by the step's `movement` on movement steps, else its `technique`: one entry per kind of step in `steps` and in `routine.steps`.",
  );

const Tip = z.object({ id: z.string(), text: z.string(), source: z.enum(SOURCE_IDS) });

export const AssessmentSchema = z
  .object({
    triage: z.enum(TRIAGE_LEVELS),
    massageAdvised: z.boolean().describe('true only for self-care.'),
    action: z
      .enum(ACTIONS)
      .optional()
      .describe('The action of the leading reason; left out for self-care. Show it first for emergency and urgent.'),
    reasons: z
      .array(Reason)
      .describe('Every finding, most severe first; within a level the most urgent action leads. Informational reasons last.'),
    recommendations: z
      .array(Recommendation)
      .describe('Only for self-care, and never empty then: when nothing fits, the nearest options are marked "nearest".'),
    noExactFit: z
      .string()
      .optional()
      .describe('Why no technique fitted the chosen setting and equipment, when the recommendations are nearest options.'),
    avoid: z
      .array(Avoid)
      .describe('Techniques to steer clear of and why. Empty for emergency and urgent, which show nothing but the action and reasons.'),
    avoidMovements: z
      .array(MovementAvoid)
      .optional()
      .describe('Stretches and movements to leave out, each with why; screened like massage (decision 0052). Left out for emergency and urgent.'),
    plan: z
      .object({
        steps: z
          .array(PlanStep)
          .describe('Empty when massage is not advised or no home technique fits. Movement steps come after the massage steps.'),
        // An export made before decision 0051 has no `safety` here (it was on each step): it still imports.
        safety: PlanSafety.default({}),
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
    tips: z
      .array(Tip)
      .describe(
        'Emergency and urgent: none. See-doctor-first: only general comfort advice (no massage, no "6 weeks"). Self-care: massage and self-care tips.',
      ),
    safetyNet: z
      .array(SafetyNetItem)
      .default([])
      .describe(
        'When to get help, in order. Self-care always has it (SCREENING.md §6); a cancer history always carries its watch list; each unanswered follow-up adds its watch-for line.',
      ),
  })
  .meta({ title: 'Assessment', description: 'What backrub makes of an intake: safety first, then advice.' });

export type Assessment = z.infer<typeof AssessmentSchema>;
export type Reason = z.infer<typeof Reason>;
export type Recommendation = z.infer<typeof Recommendation>;
export type AvoidAdvice = z.infer<typeof Avoid>;
export type MovementAvoidAdvice = z.infer<typeof MovementAvoid>;
export type PlanStep = z.infer<typeof PlanStep>;
export type PlanSafety = z.infer<typeof PlanSafety>;
export type SessionPlan = Assessment['plan'];
export type Tip = z.infer<typeof Tip>;
export type SafetyNetItem = z.infer<typeof SafetyNetItem>;
