import type { TechniqueId } from '../assessment.js';
import type { BodyArea, Intake } from '../intake.js';

/**
 * Why a technique fits a person, following the founding article's "when to use it" [A].
 * Each rule adds its weight to the score and, when it fires, one plain-words reason tied to an answer.
 * Weights express fit and preference, not strength: a gentler technique is never ranked as "weaker".
 */
export interface FitRule {
  weight: number;
  reads: readonly (keyof Intake)[];
  why(intake: Intake): string | null;
}

const LONG_TERM_DAYS = 42;
const AREA_WORDS: Record<BodyArea, string> = {
  neck: 'neck', 'upper-back': 'upper back', 'mid-back': 'middle back', 'lower-back': 'lower back',
  buttock: 'buttocks', hip: 'hips', leg: 'legs', head: 'head', abdomen: 'tummy', flank: 'side',
};
const areasIn = (intake: Intake, allowed: readonly BodyArea[]) => intake.areas.filter((a) => allowed.includes(a));
const listAreas = (areas: readonly BodyArea[]) => {
  const words = areas.map((a) => AREA_WORDS[a]);
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
};
/** Where your own hands reach: the hand-massage card says so, and the ball card never says the opposite. */
const HAND_REACH: readonly BodyArea[] = ['neck', 'upper-back', 'lower-back', 'buttock', 'hip', 'leg', 'head'];
const BALL_AREAS: readonly BodyArea[] = ['lower-back', 'mid-back', 'buttock', 'hip'];
const when = (test: boolean, text: string) => (test ? text : null);
const tight = (i: Intake) => i.quality.includes('tension') || i.quality.includes('stiffness');

export const FIT_RULES: Record<TechniqueId, readonly FitRule[]> = {
  swedish: [
    { weight: 0.15, reads: ['intensity'], why: (i) => when(i.intensity <= 4, `Your pain is mild (${i.intensity} out of 10), which gentle massage suits well.`) },
    { weight: 0.15, reads: ['causes'], why: (i) => when(i.causes.includes('stress'), 'You said stress plays a part; this style is mainly about relaxing.') },
    { weight: 0.1, reads: ['quality'], why: (i) => when(i.quality.includes('stiffness'), 'It suits general stiffness in the back.') },
    { weight: 0.15, reads: ['contexts'], why: (i) => when(i.contexts?.includes('after-long-day') ?? false, 'Your back hurts after long days, and this is a good way to unwind.') },
    { weight: 0.2, reads: ['goals'], why: (i) => when(i.goals?.includes('relaxation') ?? false, 'You want to relax, which is what this massage does best.') },
    { weight: 0.1, reads: ['pattern'], why: (i) => when(i.pattern === 'widespread', 'Your pain is spread out, and long strokes cover the whole back.') },
    { weight: 0.1, reads: ['intensity'], why: (i) => when(i.intensity >= 7, 'Your pain is strong right now, so a gentle start is wise.') },
  ],
  'deep-tissue': [
    { weight: 0.2, reads: ['durationDays'], why: (i) => when(i.durationDays > LONG_TERM_DAYS, 'Your pain has lasted a long time, which is what this massage is often used for.') },
    { weight: 0.15, reads: ['causes', 'durationDays'], why: (i) => when(i.causes.includes('sports') && i.durationDays >= 3, 'It is often used after sports injuries, once the first days have passed.') },
    {
      weight: 0.15,
      reads: ['quality', 'areas'],
      why: (i) => {
        const areas = areasIn(i, ['lower-back', 'upper-back']);
        return when(tight(i) && areas.length > 0, `It suits stiffness in the ${listAreas(areas)}.`);
      },
    },
    { weight: 0.2, reads: ['pressure'], why: (i) => when(i.pressure === 'firm', 'You like firm pressure.') },
    { weight: 0.1, reads: ['goals'], why: (i) => when(i.goals?.includes('mobility') ?? false, 'Loosening deep tight muscles may help you move more easily.') },
  ],
  'trigger-point': [
    { weight: 0.25, reads: ['quality', 'pattern'], why: (i) => when(i.quality.includes('sharp') && i.pattern === 'one-spot', 'Your pain is sharp and in one spot, which this therapy targets.') },
    { weight: 0.1, reads: ['pattern', 'quality'], why: (i) => when(i.pattern === 'one-spot' && !i.quality.includes('sharp'), 'Your pain is in one spot.') },
    {
      weight: 0.2,
      reads: ['contexts', 'areas'],
      why: (i) => when((i.contexts?.includes('tension-headaches') ?? false) || i.areas.includes('head'), 'It is used for tension headaches that come with a tight back or neck.'),
    },
    { weight: 0.15, reads: ['pattern'], why: (i) => when(i.pattern === 'radiating', 'Your pain seems to spread out from one place.') },
    { weight: 0.1, reads: ['pressure'], why: (i) => when(i.pressure === 'firm', 'You like firm pressure.') },
  ],
  shiatsu: [
    {
      weight: 0.2,
      reads: ['quality', 'durationDays'],
      why: (i) => when(i.quality.includes('tension') && i.durationDays > LONG_TERM_DAYS, 'You have had tense muscles for a long time, which shiatsu is often used for.'),
    },
    { weight: 0.1, reads: ['quality', 'durationDays'], why: (i) => when(i.quality.includes('tension') && i.durationDays <= LONG_TERM_DAYS, 'It eases muscle tension.') },
    { weight: 0.15, reads: ['pressure'], why: (i) => when(i.pressure === 'medium' || i.pressure === 'firm', 'You like steady pressure, which is how shiatsu works.') },
    {
      weight: 0.2,
      reads: ['goals'],
      why: (i) => when((i.goals?.includes('relaxation') ?? false) && (i.goals?.includes('pain-relief') ?? false), 'You want to relax and ease pain at the same time.'),
    },
  ],
  'hot-stone': [
    { weight: 0.15, reads: ['causes', 'quality'], why: (i) => when(i.causes.includes('stress') || i.quality.includes('tension'), 'Warmth helps tense muscles let go, for example after a stressful week.') },
    { weight: 0.25, reads: ['contexts'], why: (i) => when(i.contexts?.includes('cold-weather') ?? false, 'Your back stiffens in cold weather, and warmth helps with that.') },
    { weight: 0.15, reads: ['goals'], why: (i) => when(i.goals?.includes('relaxation') ?? false, 'You want to relax: this is a calm, soothing massage.') },
    { weight: 0.1, reads: ['quality'], why: (i) => when(i.quality.includes('stiffness'), 'Heat can ease stiffness.') },
  ],
  'foam-roller': [
    { weight: 0.15, reads: ['quality'], why: (i) => when(tight(i), 'Rolling slowly can loosen tight, stiff muscles.') },
    { weight: 0.15, reads: ['contexts', 'causes'], why: (i) => when((i.contexts?.includes('after-exercise') ?? false) || i.causes.includes('sports'), 'It is handy after exercise or sport.') },
    { weight: 0.2, reads: ['goals'], why: (i) => when(i.goals?.includes('mobility') ?? false, 'You want to move more freely, which rolling can help with.') },
    {
      weight: 0.1,
      reads: ['areas'],
      why: (i) => {
        const areas = areasIn(i, ['upper-back', 'mid-back']);
        return when(areas.length > 0, `A roller reaches your ${listAreas(areas)} well.`);
      },
    },
    { weight: 0.1, reads: ['equipment'], why: (i) => when(i.equipment?.includes('foam-roller') ?? false, 'You already have a foam roller.') },
  ],
  'tennis-ball': [
    { weight: 0.2, reads: ['pattern'], why: (i) => when(i.pattern === 'one-spot', 'A ball can reach the one spot that hurts.') },
    { weight: 0.1, reads: ['quality'], why: (i) => when(i.quality.includes('tension'), 'It works on tight knots in the muscle.') },
    {
      weight: 0.1,
      reads: ['areas'],
      why: (i) => {
        const beyondHands = areasIn(i, BALL_AREAS.filter((a) => !HAND_REACH.includes(a)));
        if (beyondHands.length > 0) return `It reaches the muscles of your ${listAreas(beyondHands)}, which hands cannot easily reach.`;
        const areas = areasIn(i, BALL_AREAS);
        return when(areas.length > 0, `Leaning on a ball presses into your ${listAreas(areas)} without tiring your hands.`);
      },
    },
    { weight: 0.1, reads: ['goals'], why: (i) => when(i.goals?.includes('pain-relief') ?? false, 'You want pain relief you can do yourself, any time.') },
    { weight: 0.1, reads: ['equipment'], why: (i) => when(i.equipment?.includes('tennis-ball') ?? false, 'You already have a tennis ball.') },
  ],
  'hand-massage': [
    {
      weight: 0.15,
      reads: ['areas'],
      why: (i) => {
        const areas = areasIn(i, HAND_REACH);
        return when(areas.length > 0, `You can reach your ${listAreas(areas)} with your own hands.`);
      },
    },
    { weight: 0.15, reads: ['quality'], why: (i) => when(i.quality.includes('dull-ache'), 'Gentle kneading suits sore, achy muscles.') },
    { weight: 0.1, reads: ['equipment'], why: (i) => when(!i.equipment?.length, 'You need nothing but your hands.') },
    { weight: 0.1, reads: ['pressure'], why: (i) => when(i.pressure === 'light', 'You control the pressure, and you prefer it light.') },
    { weight: 0.05, reads: ['intensity'], why: (i) => when(i.intensity >= 7, 'Your pain is strong right now, and this is gentle.') },
  ],
};

export { AREA_WORDS, listAreas };
