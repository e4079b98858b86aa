import { z } from 'zod';

// The intake contract. Field names and values are fixed: the CLI, the API and the web app all speak it.

export const BODY_AREAS = ['neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg', 'head'] as const;
export const PAIN_PATTERNS = ['one-spot', 'widespread', 'radiating'] as const;
export const PAIN_QUALITIES = [
  'dull-ache', 'sharp', 'stiffness', 'burning', 'tingling', 'numbness', 'throbbing', 'tension',
] as const;
export const TRENDS = ['improving', 'stable', 'worsening'] as const;
export const CAUSES = [
  'desk-posture', 'lifting', 'sports', 'stress', 'fall-or-accident', 'sleep-position', 'unknown',
] as const;
export const CONTEXTS = ['after-long-day', 'cold-weather', 'tension-headaches', 'after-exercise'] as const;
export const GOALS = ['relaxation', 'pain-relief', 'mobility'] as const;
export const SETTINGS = ['home', 'professional', 'either'] as const;
export const PRESSURES = ['light', 'medium', 'firm'] as const;
export const EQUIPMENT = ['foam-roller', 'tennis-ball'] as const;
export const CONDITIONS = [
  'open-wound-or-skin-infection', 'severe-osteoporosis', 'osteoporosis', 'clotting-disorder',
  'anticoagulant-medication', 'dvt-history', 'recent-surgery', 'recent-fracture', 'contagious-illness',
  'cancer-history', 'diabetic-neuropathy', 'heat-sensitivity', 'varicose-veins', 'long-term-steroids',
  'immunosuppressed', 'iv-drug-use', 'inflammatory-arthritis',
] as const;
export const SYMPTOMS = [
  'bladder-or-bowel-change', 'saddle-numbness', 'numbness-both-legs', 'progressive-leg-weakness',
  'unexplained-weight-loss', 'night-pain-at-rest', 'significant-trauma', 'fever', 'chest-pain',
  'breathlessness', 'pulsating-abdominal-pain', 'morning-stiffness-over-30-min',
] as const;

export type BodyArea = (typeof BODY_AREAS)[number];
export type PainPattern = (typeof PAIN_PATTERNS)[number];
export type PainQuality = (typeof PAIN_QUALITIES)[number];
export type Trend = (typeof TRENDS)[number];
export type Cause = (typeof CAUSES)[number];
export type Context = (typeof CONTEXTS)[number];
export type Goal = (typeof GOALS)[number];
export type SettingPreference = (typeof SETTINGS)[number];
export type Pressure = (typeof PRESSURES)[number];
export type Equipment = (typeof EQUIPMENT)[number];
export type Condition = (typeof CONDITIONS)[number];
export type Symptom = (typeof SYMPTOMS)[number];

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'is required' : `must be one of: ${values.join(', ')}`) });

/** A list of choices: each value once, so "tick the boxes" input has one meaning. */
const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(choice(values)).refine((list) => new Set(list).size === list.length, 'must not repeat a value');

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
      age: wholeNumber(16, 110),
      pregnant: z.boolean().optional(),
      areas: choices(BODY_AREAS).min(1, 'choose at least one area'),
      pattern: choice(PAIN_PATTERNS),
      radiatesBelowKnee: z.boolean().optional(),
      quality: choices(PAIN_QUALITIES),
      intensity: wholeNumber(0, 10),
      durationDays: wholeNumber(0, 36_500),
      trend: choice(TRENDS).optional(),
      causes: choices(CAUSES),
      contexts: choices(CONTEXTS).optional(),
      goals: choices(GOALS).optional(),
      setting: choice(SETTINGS).optional(),
      pressure: choice(PRESSURES).optional(),
      equipment: choices(EQUIPMENT).optional(),
      conditions: choices(CONDITIONS),
      symptoms: choices(SYMPTOMS),
    },
  )
  .meta({ title: 'Intake', description: 'What a person tells backrub about their back pain.' });

export type Intake = z.infer<typeof IntakeSchema>;
