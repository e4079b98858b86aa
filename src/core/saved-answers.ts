import * as z from 'zod/mini';
import { salvage, type Salvaged } from './salvage.js';
import {
  BODY_AREAS, CAUSES, CONDITIONS, CONTEXTS, EQUIPMENT, GOALS, ONSETS, PAIN_PATTERNS, PAIN_QUALITIES, PREGNANCY_ANSWERS, PRESSURES,
  QUESTION_IDS, SETTINGS, SYMPTOMS, TRENDS,
} from './vocabulary.js';

// The wizard's answers as a browser keeps them (localStorage), some still missing. Limits such as an age
// range are not checked here: a value being typed is kept, and the wizard names the problem on Next.
// Only what today's app cannot understand (a renamed choice, a wrong type) is dropped. zod/mini, not the
// full zod: the start page reads these answers, and the full zod would more than double its first load.

export const DURATION_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z._default(z.array(z.enum(values)).check(z.refine((items) => new Set(items).size === items.length, 'must not repeat a value')), []);
const number = z.optional(z.number());
const yesNo = z.optional(z.boolean());
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.optional(z.enum(values));

export const SavedAnswersSchema = z.object({
  symptoms: list(SYMPTOMS),
  age: number,
  /** "I might be" is an answer too: the core turns it into the might-be-pregnant condition. */
  pregnancy: oneOf(PREGNANCY_ANSWERS),
  pregnancyWeeks: number,
  conditions: list(CONDITIONS),
  areas: list(BODY_AREAS),
  pattern: oneOf(PAIN_PATTERNS),
  radiatesBelowKnee: yesNo,
  quality: list(PAIN_QUALITIES),
  intensity: number,
  durationAmount: number,
  durationUnit: z._default(z.enum(DURATION_UNITS), 'weeks'),
  trend: oneOf(TRENDS),
  causes: list(CAUSES),
  onset: oneOf(ONSETS),
  movementChangesPain: yesNo,
  daysSinceInjury: number,
  contexts: list(CONTEXTS),
  goals: list(GOALS),
  setting: oneOf(SETTINGS),
  pressure: oneOf(PRESSURES),
  equipment: list(EQUIPMENT),
  /** The flow's questions the person has seen and moved on from (pressed Next), in the order answered. */
  answered: list(QUESTION_IDS),
});

export type SavedAnswers = z.output<typeof SavedAnswersSchema>;

/**
 * Saved answers from this app or an older one. The first wizard kept `pregnant: true/false`: it is read
 * as today's `pregnancy` answer, not dropped. Lists lose repeats and unknown items; other unknown values go.
 */
export function parseSavedAnswers(input: unknown): Salvaged<SavedAnswers> {
  if (input && typeof input === 'object' && 'pregnant' in input && !('pregnancy' in input)) {
    const { pregnant, ...rest } = input as Record<string, unknown>;
    input = typeof pregnant === 'boolean' ? { ...rest, pregnancy: pregnant ? 'yes' : 'no' } : { ...rest, pregnant };
  }
  return salvage(SavedAnswersSchema, input);
}
