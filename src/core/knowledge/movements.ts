import type { SourceId } from '../assessment.js';
import type { BodyArea, Cause, Goal } from '../vocabulary.js';
import type { MovementId } from '../movement-vocabulary.js';
import { freezeDeep, type DeepReadonly } from '../deep-readonly.js';

/**
 * What a movement asks of the body. The exclusion rules (movement-rules.ts) read these, not the
 * movement ids, so a new movement is screened the moment its features are written down.
 */
export const MOVEMENT_FEATURES = [
  'lying-on-back', // flat on the back: not advised later in pregnancy
  'deep-flexion', // the spine bends forward a lot (knee hugs, curling up)
  'rounding', // the back rounds forward gently (the "cat" of cat-cow)
  'twist', // the trunk turns on the hips
  'on-all-fours', // hands and knees: balance and getting down to the floor
  'kneeling', // weight on the knees and sitting back on the heels
  'strength', // the muscles work against the body's weight
  'pressure-on-spine', // the spine rests on a roller or towel
  'walking',
] as const;
export type MovementFeature = (typeof MOVEMENT_FEATURES)[number];

/** How much to do: a number of slow repetitions, or holds of some seconds; `perSide` doubles it. */
export interface MovementDose {
  reps?: number;
  holdSeconds?: number;
  perSide?: boolean;
}

/** A movement as the knowledge base holds it: frozen, and typed so (decision 0085). */
export type Movement = DeepReadonly<MovementFields>;

interface MovementFields {
  id: MovementId;
  name: string;
  summary: string;
  kind: 'stretch' | 'mobility' | 'strength' | 'activity';
  /** Body areas it is meant to help. */
  areas: BodyArea[];
  /** The position, in plain words ("Lying on your back"). */
  position: string;
  /** How to do it, one short instruction each, in order. */
  steps: string[];
  dose: MovementDose;
  /** About how long the whole movement takes at this dose, in seconds (what a plan step lasts). */
  seconds: number;
  /** What it should feel like. */
  feel: string;
  /** Signs to stop at once. */
  stopIf: string[];
  cautions: string[];
  features: MovementFeature[];
  /** Causes and goals it suits best (for choosing, never for safety). */
  suits: { causes: Cause[]; goals: Goal[] };
  /** Walks and other activities belong in the daily routine, not in a 10-20 minute session. */
  inSession: boolean;
  sources: SourceId[];
}

const STOP = 'Stop if pain spreads down your leg or arm, or you feel tingling or numbness.';
const NEVER_FORCE = 'Only go as far as feels comfortable. A gentle stretch is enough.';

export const MOVEMENTS: Readonly<Record<MovementId, Movement>> = freezeDeep<Record<MovementId, MovementFields>>({
  'pelvic-tilt': {
    id: 'pelvic-tilt',
    name: 'Pelvic tilt',
    summary: 'A small rocking of your hips while you lie down. It gently moves your lower back.',
    kind: 'mobility',
    areas: ['lower-back'],
    position: 'Lying on your back, knees bent, feet flat',
    steps: [
      'Lie on your back with your knees bent and your feet flat on the floor.',
      'Gently press the small of your back into the floor. Hold for 2 seconds.',
      'Let your back relax again. Breathe out as you press and in as you relax.',
    ],
    dose: { reps: 8 },
    seconds: 60,
    feel: 'A gentle tightening in your tummy and an easy movement in your lower back.',
    stopIf: [STOP],
    cautions: [NEVER_FORCE],
    features: ['lying-on-back'],
    suits: { causes: ['desk-posture', 'lifting', 'unknown', 'sleep-position'], goals: ['mobility', 'pain-relief'] },
    inSession: true,
    sources: ['NHSEX'],
  },
  'knee-rolls': {
    id: 'knee-rolls',
    name: 'Knee rolls',
    summary: 'Let your bent knees roll slowly from side to side while you lie on your back.',
    kind: 'mobility',
    areas: ['lower-back', 'hip'],
    position: 'Lying on your back, knees bent and together',
    steps: [
      'Lie on your back with your knees bent and together, feet on the floor.',
      'Slowly roll both knees to one side. Keep both shoulders on the floor.',
      'Hold for one slow breath, then roll back to the middle.',
      'Now roll to the other side. That is one roll.',
    ],
    dose: { reps: 8 },
    seconds: 75,
    feel: 'A gentle stretch along the side of your lower back and hip.',
    stopIf: [STOP],
    cautions: [NEVER_FORCE, 'A cushion between your knees can make it more comfortable.'],
    features: ['lying-on-back', 'twist'],
    suits: { causes: ['desk-posture', 'sleep-position', 'unknown', 'stress'], goals: ['mobility', 'relaxation'] },
    inSession: true,
    sources: ['NHSEX'],
  },
  'knee-to-chest': {
    id: 'knee-to-chest',
    name: 'Knee to chest stretch',
    summary: 'Hug one knee gently towards your chest to stretch your lower back and bottom.',
    kind: 'stretch',
    areas: ['lower-back', 'buttock'],
    position: 'Lying on your back, knees bent',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Hold one knee with both hands and bring it gently towards your chest.',
      'Hold for 20 seconds and breathe slowly. Then lower the foot back down.',
      'Do the same with the other knee.',
    ],
    dose: { holdSeconds: 20, perSide: true, reps: 2 },
    seconds: 90,
    feel: 'A gentle stretch in your lower back and bottom.',
    stopIf: [STOP],
    cautions: [NEVER_FORCE],
    features: ['lying-on-back', 'deep-flexion'],
    suits: { causes: ['desk-posture', 'sports', 'stress', 'unknown'], goals: ['relaxation', 'pain-relief'] },
    inSession: true,
    sources: ['NHSEX', 'COCH21'],
  },
  'cat-cow': {
    id: 'cat-cow',
    name: 'Cat and cow',
    summary: 'On your hands and knees, slowly round your back and then let it dip. It moves the whole spine.',
    kind: 'mobility',
    areas: ['lower-back', 'mid-back', 'upper-back'],
    position: 'On your hands and knees',
    steps: [
      'Kneel on all fours, hands under your shoulders and knees under your hips.',
      'Breathe out and slowly round your back up, like a cat. Let your head drop.',
      'Breathe in and let your tummy sink gently as you look ahead.',
      'Move slowly between the two, without forcing either end.',
    ],
    dose: { reps: 8 },
    seconds: 75,
    feel: 'Your back loosening, one part after another.',
    stopIf: [STOP, 'Stop if your wrists or knees hurt.'],
    cautions: [NEVER_FORCE, 'Kneel on something soft.'],
    features: ['on-all-fours', 'rounding'],
    suits: { causes: ['desk-posture', 'sleep-position', 'unknown'], goals: ['mobility'] },
    inSession: true,
    sources: ['NHSEX', 'COCH21'],
  },
  'bottom-to-heels': {
    id: 'bottom-to-heels',
    name: "Bottom to heels stretch (child's pose)",
    summary: 'From your hands and knees, sit back towards your heels to stretch your back.',
    kind: 'stretch',
    areas: ['lower-back', 'mid-back', 'hip'],
    position: 'On your hands and knees',
    steps: [
      'Kneel on all fours, knees under your hips and hands under your shoulders.',
      'Slowly move your bottom back towards your heels. Keep your hands where they are.',
      'Hold for one deep breath, then come back to the start.',
    ],
    dose: { reps: 8 },
    seconds: 75,
    feel: 'A gentle stretch along your back and the back of your hips.',
    stopIf: [STOP, 'Stop if your knees hurt.'],
    cautions: [NEVER_FORCE, 'With sore knees, do not go all the way back onto your heels.'],
    features: ['kneeling', 'deep-flexion'],
    suits: { causes: ['desk-posture', 'stress', 'lifting', 'unknown'], goals: ['relaxation', 'mobility'] },
    inSession: true,
    sources: ['NHSEX'],
  },
  'glute-bridge': {
    id: 'glute-bridge',
    name: 'Bridge',
    summary: 'Lift your hips off the floor and lower them slowly. It makes your bottom and back muscles work.',
    kind: 'strength',
    areas: ['lower-back', 'buttock', 'hip'],
    position: 'Lying on your back, knees bent, feet flat',
    steps: [
      'Lie on your back with your knees bent and your feet flat, hip-width apart.',
      'Squeeze your bottom and slowly lift your hips until your body makes a slope.',
      'Hold for 3 seconds, then lower slowly.',
    ],
    dose: { reps: 8 },
    seconds: 75,
    feel: 'Your bottom and the backs of your legs working. It should not hurt your back.',
    stopIf: [STOP],
    cautions: ['Lift only as high as is comfortable. Do not arch your back.'],
    features: ['lying-on-back', 'strength'],
    suits: { causes: ['lifting', 'sports', 'desk-posture'], goals: ['mobility', 'pain-relief'] },
    inSession: true,
    sources: ['NHSEX', 'COCH21'],
  },
  'bird-dog': {
    id: 'bird-dog',
    name: 'Bird dog',
    summary: 'On hands and knees, reach one arm forward and the other leg back. It trains balance and back muscles.',
    kind: 'strength',
    areas: ['lower-back', 'mid-back', 'buttock'],
    position: 'On your hands and knees',
    steps: [
      'Kneel on all fours with your back flat, like a table top.',
      'Slowly stretch your right arm forward and your left leg back.',
      'Hold for 3 seconds. Keep your hips level, then come back.',
      'Now do your left arm and right leg.',
    ],
    dose: { reps: 5, perSide: true },
    seconds: 75,
    feel: 'The muscles along your back and bottom working to keep you steady.',
    stopIf: [STOP, 'Stop if you feel wobbly or dizzy.'],
    cautions: ['Start with just the leg if the arm and leg together is too hard.', 'Kneel on something soft.'],
    features: ['on-all-fours', 'strength'],
    suits: { causes: ['lifting', 'sports'], goals: ['mobility'] },
    inSession: true,
    sources: ['COCH21'],
  },
  'standing-back-bend': {
    id: 'standing-back-bend',
    name: 'Standing back bend',
    summary: 'Stand tall with your hands on your lower back and lean back a little. It straightens your spine.',
    kind: 'mobility',
    areas: ['lower-back', 'mid-back'],
    position: 'Standing, feet hip-width apart',
    steps: [
      'Stand up straight with your feet apart. Put your hands on your lower back.',
      'Slowly lean back a little, supported by your hands. Look ahead, not up.',
      'Hold for 2 seconds, then stand up straight again.',
    ],
    dose: { reps: 6 },
    seconds: 45,
    feel: 'A gentle stretch across the front of your body and your back straightening.',
    stopIf: [STOP, 'Stop if you feel dizzy.'],
    cautions: ['Lean back only a little. Stand near a wall or a chair if your balance is not good.'],
    features: [],
    suits: { causes: ['desk-posture', 'lifting', 'unknown'], goals: ['mobility', 'pain-relief'] },
    inSession: true,
    sources: ['NHSEX', 'ROSSSS'],
  },
  'chin-tuck': {
    id: 'chin-tuck',
    name: 'Chin tuck',
    summary: 'Slide your chin straight back, as if making a double chin. It helps your neck sit over your shoulders.',
    kind: 'mobility',
    areas: ['neck', 'upper-back', 'head'],
    position: 'Sitting or standing tall',
    steps: [
      'Sit up tall and look straight ahead.',
      'Slide your chin straight back, keeping your eyes level. Do not tip your head down.',
      'Hold for 3 seconds, then relax.',
    ],
    dose: { reps: 8 },
    seconds: 45,
    feel: 'A gentle stretch at the back of your neck, below your skull.',
    stopIf: [STOP, 'Stop if you feel dizzy or your arm tingles.'],
    cautions: ['Keep the movement small and slow.'],
    features: [],
    suits: { causes: ['desk-posture', 'sleep-position', 'stress'], goals: ['mobility', 'pain-relief'] },
    inSession: true,
    sources: ['NHSEX'],
  },
  'shoulder-rolls': {
    id: 'shoulder-rolls',
    name: 'Shoulder rolls',
    summary: 'Roll your shoulders slowly up, back and down. It loosens your neck and upper back.',
    kind: 'mobility',
    areas: ['neck', 'upper-back', 'head'],
    position: 'Sitting or standing',
    steps: [
      'Sit or stand with your arms loose by your sides.',
      'Lift your shoulders up towards your ears, roll them back, then let them drop.',
      'Make slow, big circles, and breathe out as they drop.',
    ],
    dose: { reps: 10 },
    seconds: 45,
    feel: 'Your neck and shoulders loosening and warming.',
    stopIf: [STOP],
    cautions: ['Move slowly. Make the circles smaller if it pinches.'],
    features: [],
    suits: { causes: ['desk-posture', 'stress', 'sleep-position'], goals: ['relaxation', 'mobility'] },
    inSession: true,
    sources: ['NHSEX'],
  },
  'doorway-chest-stretch': {
    id: 'doorway-chest-stretch',
    name: 'Doorway chest stretch',
    summary: 'Rest your forearms on a door frame and lean forward a little to open your chest.',
    kind: 'stretch',
    areas: ['upper-back', 'neck'],
    position: 'Standing in a doorway',
    steps: [
      'Stand in a doorway. Put your forearms on the frame, elbows at shoulder height.',
      'Step one foot forward and lean gently into the doorway.',
      'Hold for 20 seconds while you breathe slowly, then step back.',
    ],
    dose: { holdSeconds: 20, reps: 3 },
    seconds: 75,
    feel: 'A gentle stretch across the front of your chest and shoulders.',
    stopIf: [STOP, 'Stop if your arms tingle or go numb.'],
    cautions: [NEVER_FORCE],
    features: [],
    suits: { causes: ['desk-posture'], goals: ['mobility'] },
    inSession: true,
    sources: ['NHSEX'],
  },
  'thoracic-extension': {
    id: 'thoracic-extension',
    name: 'Upper back stretch over a roller',
    summary: 'Lie with a foam roller or a rolled-up towel under your upper back and let your chest open.',
    kind: 'stretch',
    areas: ['upper-back', 'mid-back'],
    position: 'Lying on your back over a roller or rolled towel',
    steps: [
      'Sit on the floor with a foam roller or a firmly rolled towel behind you.',
      'Lie back so it sits across your upper back, below your shoulder blades.',
      'Hold your head in your hands. Let your upper back bend gently over it for 5 seconds.',
      'Come back up a little, then repeat.',
    ],
    dose: { holdSeconds: 5, reps: 6 },
    seconds: 60,
    feel: 'A gentle stretch in your upper back and across your chest.',
    stopIf: [STOP],
    cautions: ['Keep it under your upper back only, never your lower back or neck.', NEVER_FORCE],
    features: ['lying-on-back', 'pressure-on-spine'],
    suits: { causes: ['desk-posture'], goals: ['mobility'] },
    inSession: true,
    sources: ['COCH21'],
  },
  'seated-twist': {
    id: 'seated-twist',
    name: 'Seated turn',
    summary: 'Sit tall and slowly turn your upper body to look over one shoulder, then the other.',
    kind: 'mobility',
    areas: ['mid-back', 'upper-back'],
    position: 'Sitting on a chair',
    steps: [
      'Sit tall on a chair with your feet flat on the floor.',
      'Cross your arms over your chest. Slowly turn your upper body to the right.',
      'Hold for 2 seconds, come back to the middle, then turn to the left.',
    ],
    dose: { reps: 5, perSide: true },
    seconds: 45,
    feel: 'An easy turning movement in the middle of your back.',
    stopIf: [STOP],
    cautions: ['Keep your hips still and facing forward. Turn only as far as is easy.'],
    features: ['twist'],
    suits: { causes: ['desk-posture', 'unknown'], goals: ['mobility'] },
    inSession: true,
    sources: ['NHSEX'],
  },
  'short-walk': {
    id: 'short-walk',
    name: 'A short walk',
    summary: 'A walk at a comfortable pace. Staying active is one of the best things you can do for back pain.',
    kind: 'activity',
    areas: ['lower-back', 'mid-back', 'buttock', 'hip', 'leg'],
    position: 'Walking',
    steps: [
      'Walk at a pace where you can still talk.',
      'Start with 10 minutes. Add a few minutes every few days if it feels fine.',
      'Two short walks are as good as one long one.',
    ],
    dose: {},
    seconds: 600,
    feel: 'Warm and a little out of breath, but able to talk.',
    stopIf: ['Stop and rest if your pain gets much worse, or you feel chest pain or very out of breath.'],
    cautions: ['Wear comfortable shoes. Choose flat paths at first.'],
    features: ['walking'],
    suits: { causes: ['desk-posture', 'lifting', 'sports', 'stress', 'fall-or-accident', 'sleep-position', 'unknown'], goals: ['pain-relief', 'mobility', 'relaxation'] },
    inSession: false,
    sources: ['NHSEX', 'NICE59', 'ROSSSS'],
  },
});

export const MOVEMENT_LIST: readonly Movement[] = Object.values(MOVEMENTS);

/** "8 times", "hold 20 seconds, 2 times each side": the dose in plain words. */
export function doseWords(dose: MovementDose): string {
  const each = dose.perSide ? ' each side' : '';
  if (dose.holdSeconds && dose.reps) return `Hold ${dose.holdSeconds} seconds, ${dose.reps} times${each}`;
  if (dose.holdSeconds) return `Hold ${dose.holdSeconds} seconds${each}`;
  if (dose.reps) return `${dose.reps} times${each}, slowly`;
  return '';
}
