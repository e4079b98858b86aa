import {
  BODY_AREAS, CAUSES, CONDITIONS, CONTEXTS, EQUIPMENT, GOALS, LIMITS, PAIN_PATTERNS, PAIN_QUALITIES, PRESSURES,
  SETTINGS, SYMPTOMS, TRENDS, type BodyArea, type Symptom,
} from './vocabulary.js';
import type { Intake } from './intake.js';
import { CONDITION_RULES } from './knowledge/conditions.js';
import { PREFERENCE_DEFAULTS } from './preference-defaults.js';

/**
 * The intake questions in the order they are asked: safety first, then the pain, then preferences.
 * Shared by the CLI and the web wizard so both ask the same thing in the same words.
 */
export interface Option<V extends string = string> {
  value: V;
  label: string;
}

export type Question =
  | { field: keyof Intake; kind: 'multi'; label: string; help?: string; options: Option[]; optional: boolean; default: string[] }
  | { field: keyof Intake; kind: 'single'; label: string; help?: string; options: Option[]; optional: boolean; default?: string }
  | { field: keyof Intake; kind: 'number'; label: string; help?: string; min: number; max: number; optional: boolean; default?: number }
  | {
      field: keyof Intake; kind: 'boolean'; label: string; help?: string; optional: boolean; default: boolean;
      /** Words for the two answers, when plain "Yes" / "No" would not be clear. */
      yesLabel?: string; noLabel?: string;
    };

export const AREA_LABELS: Record<BodyArea, string> = {
  neck: 'Neck', 'upper-back': 'Upper back and shoulders', 'mid-back': 'Middle back', 'lower-back': 'Lower back',
  buttock: 'Buttocks', hip: 'Hips', leg: 'Legs', head: 'Head (headaches)',
  abdomen: 'Tummy (belly)', flank: 'Side of your body, between your ribs and hip',
};

export const SYMPTOM_LABELS: Record<Symptom, string> = {
  'bladder-or-bowel-change': 'New trouble peeing or pooing, or leaking',
  'saddle-numbness': 'Numbness around your bottom, genitals or inner thighs',
  'numbness-both-legs': 'Numbness or weakness in both legs',
  'progressive-leg-weakness': 'A leg getting weaker',
  'chest-pain': 'Chest pain',
  breathlessness: 'Short of breath',
  'pulsating-abdominal-pain': 'A throbbing or pulsing pain in your belly',
  'significant-trauma': 'Pain started after a serious fall, crash or blow',
  fever: 'A fever or feeling hot and shivery',
  'unexplained-weight-loss': 'Losing weight without trying',
  'night-pain-at-rest': 'Pain at night that does not ease when you rest',
  'morning-stiffness-over-30-min': 'Stiff for more than 30 minutes after getting up',
  'bladder-or-bowel-feeling-change': 'You can\u2019t feel when you need to pee or poo, or can\u2019t feel it coming out',
  'pain-down-both-legs': 'New pain down both legs (last 2 weeks), or leg pain that has spread to both',
  fainting: 'You fainted or nearly fainted with this pain',
  'coughing-blood': 'Coughing up blood',
  'confused-or-very-unwell': 'Confused, slurred speech, very fast breathing, or blotchy, blue or very pale skin',
  'pain-worse-coughing-straining': 'Pain worse when you cough, sneeze or push on the toilet',
  'lump-or-changed-shape': 'A new lump on your back, or your back has changed shape',
  'suspected-blood-clot': 'One leg (often the calf) swollen, warm, red or throbbing, or a blood clot now',
  'new-sexual-problem': 'New loss of feeling in your private parts, or new trouble getting an erection or ejaculating',
  'pain-spreading-to-arm-or-jaw': 'Pain spreading to your arm, jaw or neck',
  'sweating-or-feeling-sick': 'Sweating a lot, or feeling or being sick, with the pain',
  'pain-worse-breathing-in': 'Pain that is sharper when you breathe in',
  'urine-symptoms': 'Pain or burning when you pee, peeing much more, or blood in your pee',
  'weakness-or-trouble-walking': 'Weakness in an arm or leg, or trouble walking',
  'one-sided-band-or-rash': 'Pain in a band on one side only, skin very sore to touch, or a rash there',
  'arthritis-flare': 'Your arthritis is flaring now: joints hot, swollen, very painful',
  'vaginal-bleeding': 'Bleeding from your vagina',
  'waters-or-contractions': 'Regular tightenings or period-type pains, back pain in waves, or fluid leaking from your vagina',
  'pre-eclampsia-signs': 'Bad headache, blurred or flashing vision, bad pain just below your ribs, or sudden swelling of face, hands or feet',
  'shoulder-tip-pain': 'Pain in the tip of your shoulder, where it meets the arm',
  'wakes-second-half-of-night': 'Pain wakes you in the second half of the night',
  'eases-with-movement': 'It gets better when you move about or exercise',
  'eases-with-anti-inflammatories': 'Ibuprofen-type painkillers help a lot within 2 days',
};

/** The symptoms that stop the intake at once: the person needs emergency care, not questions (the emergency-signs question). */
export const EMERGENCY_SYMPTOMS: readonly Symptom[] = [
  'bladder-or-bowel-change', 'saddle-numbness', 'numbness-both-legs', 'progressive-leg-weakness',
  'chest-pain', 'breathlessness', 'pulsating-abdominal-pain', 'significant-trauma',
  'bladder-or-bowel-feeling-change', 'pain-down-both-legs', 'fainting', 'coughing-blood', 'confused-or-very-unwell',
];

/** The warning signs asked right after the emergency signs (the warning-signs question). */
export const WARNING_SYMPTOMS: readonly Symptom[] = [
  'fever', 'unexplained-weight-loss', 'night-pain-at-rest',
  'pain-worse-coughing-straining', 'lump-or-changed-shape', 'suspected-blood-clot', 'new-sexual-problem',
];

const labelled = <V extends string>(values: readonly V[], labels: Record<V, string>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }));

export const OPTION_LABELS = {
  pattern: { 'one-spot': 'In one spot', widespread: 'Spread over a wide area', radiating: 'Spreads out from one place' },
  quality: {
    'dull-ache': 'Dull ache', sharp: 'Sharp', stiffness: 'Stiff', burning: 'Burning', tingling: 'Tingling (pins and needles)',
    numbness: 'Numb', throbbing: 'Throbbing', tension: 'Tight or tense', tearing: 'Tearing or ripping',
  },
  trend: { improving: 'Getting better', stable: 'About the same', worsening: 'Getting worse' },
  causes: {
    'desk-posture': 'Sitting at a desk', lifting: 'Lifting something', sports: 'Sport or exercise', stress: 'Stress',
    'fall-or-accident': 'A fall or accident', 'sleep-position': 'The way I slept', unknown: 'I don\u2019t know',
  },
  contexts: {
    'after-long-day': 'After a long day', 'cold-weather': 'In cold weather', 'tension-headaches': 'With tension headaches',
    'after-exercise': 'After exercise',
  },
  goals: { relaxation: 'Relax', 'pain-relief': 'Ease the pain', mobility: 'Move more freely', 'daily-routine': 'A short daily stretch routine' },
  setting: { home: 'At home, by myself', professional: 'With a massage therapist', either: 'Either is fine' },
  pressure: { light: 'Light', medium: 'Medium', firm: 'Firm' },
  equipment: { 'foam-roller': 'A foam roller', 'tennis-ball': 'A tennis ball' },
} as const;

/** Words for a 0-10 pain rating, so a number means the same to everyone. */
export function painWords(rating: number): string {
  if (rating <= 0) return 'No pain';
  if (rating <= 3) return 'Mild: you notice it, but it does not stop you';
  if (rating <= 6) return 'Moderate: it gets in the way of some things';
  if (rating <= 8) return 'Severe: hard to think of anything else';
  return 'Worst you can imagine';
}

/**
 * The v1 question list, one question per field. The adaptive flow (`flow.ts`, `FLOW_QUESTIONS`) replaces it
 * for asking; it stays for surfaces that still read labels by field.
 */
export const QUESTIONS: readonly Question[] = [
  {
    field: 'symptoms', kind: 'multi', optional: false, default: [],
    label: 'Do you have any of these right now? Tick all that apply.',
    help: 'These can be signs of something that needs a doctor. Tick none if none apply.',
    options: labelled(SYMPTOMS, SYMPTOM_LABELS),
  },
  {
    field: 'conditions', kind: 'multi', optional: false, default: [],
    label: 'Do any of these apply to you? Tick all that do.',
    help: 'Some health conditions change which massage is safe.',
    options: CONDITIONS.map((c) => ({ value: c, label: CONDITION_RULES[c].label })),
  },
  { field: 'age', kind: 'number', optional: false, ...LIMITS.age, label: 'How old are you?', help: 'backrub is for people aged 16 and over.' },
  { field: 'pregnant', kind: 'boolean', optional: true, default: false, label: 'Are you pregnant?' },
  { field: 'areas', kind: 'multi', optional: false, default: [], label: 'Where does it hurt? Choose all that apply.', options: labelled(BODY_AREAS, AREA_LABELS) },
  { field: 'pattern', kind: 'single', optional: false, label: 'How is the pain spread?', options: labelled(PAIN_PATTERNS, OPTION_LABELS.pattern) },
  { field: 'radiatesBelowKnee', kind: 'boolean', optional: true, default: false, label: 'Does pain go down your leg below the knee?' },
  { field: 'quality', kind: 'multi', optional: false, default: [], label: 'What does it feel like?', options: labelled(PAIN_QUALITIES, OPTION_LABELS.quality) },
  { field: 'intensity', kind: 'number', optional: false, ...LIMITS.intensity, label: 'How much does it hurt right now, from 0 (none) to 10 (worst)?' },
  { field: 'durationDays', kind: 'number', optional: false, ...LIMITS.durationDays, label: 'How many days ago did this bout of pain start?', help: 'Use 0 if it started today.' },
  { field: 'trend', kind: 'single', optional: true, default: 'stable', label: 'Is it getting better or worse?', options: labelled(TRENDS, OPTION_LABELS.trend) },
  { field: 'causes', kind: 'multi', optional: false, default: [], label: 'What do you think started it?', options: labelled(CAUSES, OPTION_LABELS.causes) },
  { field: 'contexts', kind: 'multi', optional: true, default: [], label: 'When is it worse?', options: labelled(CONTEXTS, OPTION_LABELS.contexts) },
  { field: 'goals', kind: 'multi', optional: true, default: [], label: 'What do you want from massage?', options: labelled(GOALS, OPTION_LABELS.goals) },
  { field: 'setting', kind: 'single', optional: true, default: PREFERENCE_DEFAULTS.setting, label: 'Where would you like massage?', options: labelled(SETTINGS, OPTION_LABELS.setting) },
  { field: 'pressure', kind: 'single', optional: true, default: PREFERENCE_DEFAULTS.pressure, label: 'What pressure do you like?', options: labelled(PRESSURES, OPTION_LABELS.pressure) },
  { field: 'equipment', kind: 'multi', optional: true, default: [], label: 'What do you have at home?', options: labelled(EQUIPMENT, OPTION_LABELS.equipment) },
];
