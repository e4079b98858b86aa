// The intake's words: every value a field may take. Kept free of zod so the web app's first load can
// use them (labels, the body map) without pulling in the schema library.

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
export const GOALS = ['relaxation', 'pain-relief', 'mobility', 'daily-routine'] as const;
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
