// The intake contract. Field names and values are fixed: the CLI, the API and the web app all speak it.
import { z } from 'zod';
import {
  BODY_AREAS, CAUSES, CONDITIONS, CONTEXTS, EQUIPMENT, GOALS, LIMITS, ONSETS, PAIN_PATTERNS, PAIN_QUALITIES, PRESSURES,
  QUESTION_IDS, SETTINGS, SYMPTOMS, TRENDS,
} from './vocabulary.js';

export * from './vocabulary.js';

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'is required' : `must be one of: ${values.join(', ')}`) });

/** True when no value is in the list twice. A scan, not a Set: lists are a few ticks, checked on every intake. */
function once(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i += 1) if (list.lastIndexOf(list[i] as string, i - 1) !== -1) return false;
  return true;
}

/** A list of choices: each value once, so "tick the boxes" input has one meaning. */
const choices = <T extends readonly [string, ...string[]]>(values: T) => z.array(choice(values)).refine(once, 'must not repeat a value');

const wholeNumber = (min: number, max?: number) => {
  let schema = z
    .number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`);
  if (max !== undefined) schema = schema.max(max, `must be at most ${max}`);
  return schema;
};

export const IntakeSchema = z
  .strictObject(
    {
      age: wholeNumber(LIMITS.age.min, LIMITS.age.max),
      pregnant: z.boolean().optional(),
      areas: choices(BODY_AREAS).min(1, 'choose at least one area'),
      pattern: choice(PAIN_PATTERNS),
      radiatesBelowKnee: z.boolean().optional(),
      quality: choices(PAIN_QUALITIES),
      intensity: wholeNumber(LIMITS.intensity.min, LIMITS.intensity.max),
      durationDays: wholeNumber(LIMITS.durationDays.min, LIMITS.durationDays.max),
      trend: choice(TRENDS).optional(),
      causes: choices(CAUSES),
      contexts: choices(CONTEXTS).optional(),
      goals: choices(GOALS).optional(),
      setting: choice(SETTINGS).optional(),
      pressure: choice(PRESSURES).optional(),
      equipment: choices(EQUIPMENT).optional(),
      conditions: choices(CONDITIONS),
      symptoms: choices(SYMPTOMS),
      // v2 (SCREENING.md §2.1): all optional, so every v1 intake stays valid.
      onset: choice(ONSETS).optional().describe('How the pain started: "sudden" (within seconds or minutes) or "gradual".'),
      movementChangesPain: z
        .boolean()
        .optional()
        .describe('Whether moving or changing position makes the pain better or worse. false: the same whatever you do.'),
      pregnancyWeeks: wholeNumber(LIMITS.pregnancyWeeks.min, LIMITS.pregnancyWeeks.max).optional().describe('Weeks pregnant; left out when not sure.'),
      daysSinceInjury: wholeNumber(LIMITS.daysSinceInjury.min, LIMITS.daysSinceInjury.max)
        .optional()
        .describe('Days since the fall, knock or lift (0 = today). Kept apart from durationDays.'),
      answered: choices(QUESTION_IDS)
        .optional()
        .describe(
          'The ids of the questions the person actually answered, set by the app. Left out (a v1 intake), the always-asked questions count as asked, and leg-check too when radiatesBelowKnee is set; every v2 follow-up counts as unanswered.',
        ),
    },
  )
  .meta({ title: 'Intake', description: 'What a person tells backrub about their back pain.' });

export type Intake = z.infer<typeof IntakeSchema>;

/**
 * The same intake as an object that has every field (undefined where not given), in one fixed order.
 * A parsed intake holds only the fields given, so intakes come in many layouts (about 200 in the bench
 * mix) and V8 reads a field of any of them through its slow, megamorphic lookup. The engine reads
 * hundreds of fields per assessment, so it reads this copy: one layout, fast reads. It means the same:
 * the engine never tells a field left out from one that is undefined.
 */
export function inOneShape(intake: Intake): Intake {
  // Copying onto an object that already has every field keeps its layout (and is quicker than a literal).
  return Object.assign(everyFieldUnset(), intake);
}

/** Every field, none given. `satisfies` makes the compiler name a new field missing here. */
const everyFieldUnset = () =>
  ({
    age: undefined, pregnant: undefined, areas: undefined, pattern: undefined, radiatesBelowKnee: undefined, quality: undefined,
    intensity: undefined, durationDays: undefined, trend: undefined, causes: undefined, contexts: undefined, goals: undefined,
    setting: undefined, pressure: undefined, equipment: undefined, conditions: undefined, symptoms: undefined, onset: undefined,
    movementChangesPain: undefined, pregnancyWeeks: undefined, daysSinceInjury: undefined, answered: undefined,
  }) satisfies Record<keyof Intake, undefined>;
