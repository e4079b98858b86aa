// The intake's words: every value a field may take. Kept free of zod so the web app's first load can
// use them (labels, the body map) without pulling in the schema library.
// Values are only ever added (safety screen v2, SCREENING.md §2): every intake valid before stays valid.

export const BODY_AREAS = [
  'neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg', 'head',
  // v2: read by the aortic, kidney, belly and pregnancy rules; no technique reaches them.
  'abdomen', 'flank',
] as const;
export const PAIN_PATTERNS = ['one-spot', 'widespread', 'radiating'] as const;
export const PAIN_QUALITIES = [
  'dull-ache', 'sharp', 'stiffness', 'burning', 'tingling', 'numbness', 'throbbing', 'tension',
  'tearing',
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
export const ONSETS = ['sudden', 'gradual'] as const;

/** Number limits, one place for the schema and the questions. */
export const LIMITS = {
  age: { min: 16, max: 110 },
  intensity: { min: 0, max: 10 },
  durationDays: { min: 0, max: 36_500 },
  pregnancyWeeks: { min: 0, max: 42 },
  daysSinceInjury: { min: 0, max: 36_500 },
} as const;
/** The pregnancy question is asked up to this age (SCREENING.md §3). */
export const PREGNANCY_QUESTION_MAX_AGE = 55;
/** Pregnancy answers: *I might be* leaves `pregnant` empty and sets the might-be-pregnant condition. */
export const PREGNANCY_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type PregnancyAnswer = (typeof PREGNANCY_ANSWERS)[number];
export const CONDITIONS = [
  'open-wound-or-skin-infection', 'severe-osteoporosis', 'osteoporosis', 'clotting-disorder',
  'anticoagulant-medication', 'dvt-history', 'recent-surgery', 'recent-fracture', 'contagious-illness',
  'cancer-history', 'diabetic-neuropathy', 'heat-sensitivity', 'varicose-veins', 'long-term-steroids',
  'immunosuppressed', 'iv-drug-use', 'inflammatory-arthritis',
  // v2
  'diabetes', 'recent-infection', 'recent-spine-or-joint-procedure', 'aortic-aneurysm', 'heart-disease', 'psoriasis',
  'eczema-or-other-skin-condition', 'frail', 'might-be-pregnant', 'family-spondyloarthritis', 'enthesitis',
] as const;
export const SYMPTOMS = [
  'bladder-or-bowel-change', 'saddle-numbness', 'numbness-both-legs', 'progressive-leg-weakness',
  'unexplained-weight-loss', 'night-pain-at-rest', 'significant-trauma', 'fever', 'chest-pain',
  'breathlessness', 'pulsating-abdominal-pain', 'morning-stiffness-over-30-min',
  // v2: emergency signs
  'bladder-or-bowel-feeling-change', 'pain-down-both-legs', 'fainting', 'coughing-blood', 'confused-or-very-unwell',
  // v2: warning signs
  'pain-worse-coughing-straining', 'lump-or-changed-shape', 'suspected-blood-clot', 'new-sexual-problem',
  // v2: asked by a follow-up question (SCREENING.md §3)
  'pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick', 'pain-worse-breathing-in', 'urine-symptoms',
  'weakness-or-trouble-walking', 'one-sided-band-or-rash', 'arthritis-flare', 'vaginal-bleeding',
  'waters-or-contractions', 'pre-eclampsia-signs', 'shoulder-tip-pain', 'wakes-second-half-of-night',
  'eases-with-movement', 'eases-with-anti-inflammatories',
] as const;

/**
 * The questions of the adaptive flow (SCREENING.md §3), by id. `answered` lists these. The first twelve
 * are always asked (pregnant only up to 55); then the follow-ups; preferences come only after a
 * self-care screen.
 */
export const ALWAYS_ASKED_QUESTIONS = [
  'emergency-signs', 'warning-signs', 'conditions', 'age', 'pregnant', 'areas', 'pattern', 'quality', 'intensity',
  'duration', 'trend', 'causes',
] as const;
export const FOLLOW_UP_QUESTIONS = [
  'pregnancy-weeks', 'pregnancy-signs', 'onset', 'movement', 'upper-body-check', 'belly-side-check', 'leg-check',
  'injury-date', 'skin-check', 'arthritis-check', 'spa-check', 'cancer-check',
] as const;
export const PREFERENCE_QUESTIONS = ['contexts', 'goals', 'setting', 'pressure', 'equipment'] as const;
export const QUESTION_IDS = [...ALWAYS_ASKED_QUESTIONS, ...FOLLOW_UP_QUESTIONS, ...PREFERENCE_QUESTIONS] as const;

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
export type Onset = (typeof ONSETS)[number];
export type Condition = (typeof CONDITIONS)[number];
export type Symptom = (typeof SYMPTOMS)[number];
export type QuestionId = (typeof QUESTION_IDS)[number];
export type FollowUpQuestionId = (typeof FOLLOW_UP_QUESTIONS)[number];
