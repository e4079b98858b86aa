import type { SourceId, TriageLevel } from '../assessment.js';
import type { Intake } from '../intake.js';
import { boneRisk } from '../signs.js';
import { BONE_SAFE_EXERCISE, OLDER_AGE } from './massage-rules.js';

/**
 * What a tip may look at: the intake and the shape of the advice already decided.
 * What each level carries: emergency and urgent get no tips at all (the action and reasons say it all);
 * see-doctor-first gets only general comfort advice; self-care gets the massage and self-care tips.
 */
export interface TipContext {
  intake: Intake;
  triage: TriageLevel;
  massageAdvised: boolean;
  hasProfessional: boolean;
  hasHome: boolean;
}

export interface TipRule {
  id: string;
  source: SourceId;
  text: (context: TipContext) => string;
  applies: (context: TipContext) => boolean;
}

const lowFeeling = (intake: Intake) =>
  intake.conditions.includes('diabetic-neuropathy') || intake.conditions.includes('heat-sensitivity');

export const TIP_RULES: readonly TipRule[] = [
  {
    id: 'no-massage-yet',
    source: 'A',
    applies: (c) => c.triage === 'see-doctor-first',
    text: () => 'Do not try massage, at home or with a therapist, until a doctor has checked you and says it is OK.',
  },
  {
    id: 'gentle-movement',
    source: 'NHSBACK',
    applies: (c) => c.triage === 'see-doctor-first',
    text: () => 'Until then, gentle everyday movement is usually fine. Stop anything that makes the pain much worse.',
  },
  {
    id: 'warm-up',
    source: 'A',
    applies: (c) => c.massageAdvised,
    text: (c) =>
      lowFeeling(c.intake)
        ? 'Warm up first with a warm (not hot) shower. Test the water with a hand that has normal feeling.'
        : 'Warm up first: a warm shower or a warm pack helps muscles relax.',
  },
  {
    id: 'spine',
    source: 'A',
    applies: (c) => c.massageAdvised,
    text: () => 'Never press on the spine itself (the bony middle line). Work on the muscles beside it.',
  },
  {
    id: 'talk-about-pressure',
    source: 'A',
    applies: (c) => c.massageAdvised && c.hasProfessional,
    text: () => 'Tell your therapist how the pressure feels, and about your health. It can always be lighter.',
  },
  {
    id: 'stop-at-sharp-pain',
    source: 'A',
    applies: (c) => c.massageAdvised,
    text: () => 'Stop at once if you feel sharp pain or the pain gets worse, and ask a doctor or physiotherapist for advice.',
  },
  {
    id: 'water',
    source: 'A',
    applies: (c) => c.massageAdvised,
    text: () => 'Have a drink of water afterwards if you are thirsty.',
  },
  {
    id: 'ask-doctor-with-conditions',
    source: 'A',
    applies: (c) => c.massageAdvised && c.intake.conditions.length > 0,
    text: () => 'You have a health condition: if you are unsure, ask your doctor before trying self-massage.',
  },
  {
    id: 'pregnancy',
    source: 'PRACTICE',
    applies: (c) => c.massageAdvised && c.intake.pregnant === true,
    text: () =>
      'As you are pregnant, check with your midwife or doctor first, and choose a therapist trained in pregnancy massage. Later in pregnancy, lie on your side, not on your front.',
  },
  {
    id: 'not-a-cure',
    source: 'COCH15',
    applies: (c) => c.massageAdvised,
    text: () =>
      'Massage may ease back pain for a while for many people, but it is not a cure. It works best alongside staying active.',
  },
  {
    id: 'six-weeks',
    source: 'NICE59',
    applies: (c) => c.massageAdvised,
    text: (c) =>
      c.intake.durationDays > 42
        ? 'Most back pain settles within about 6 weeks. Yours has lasted longer, so see a doctor or physiotherapist if you have not already.'
        : 'Most back pain settles within about 6 weeks. See a doctor if yours has not, or if it gets worse.',
  },
];

/** Longer-term advice for pain lasting over 6 weeks [A, NICE59, ACP17]. */
export function lifestyleAdvice(intake: Intake): string[] {
  // Bones that may break easily: no high spinal flexion (knee-hugs, toe-touches, sit-ups) [ROSSSS].
  const fragile =
    boneRisk(intake) !== null ||
    intake.age >= OLDER_AGE ||
    intake.conditions.some((c) => c === 'severe-osteoporosis' || c === 'recent-fracture' || c === 'frail');
  const advice = fragile
    ? ['Keep moving: a short walk most days helps. Long rest in bed tends to make backs stiffer.', ...BONE_SAFE_EXERCISE]
    : [
        'Keep moving: a short walk most days helps. Long rest in bed tends to make backs stiffer.',
        'Stretch gently every day, for example lying on your back and hugging your knees to your chest. Stop if a stretch gives sharp pain.',
        'Build strength slowly with exercise you enjoy, such as swimming, yoga or pilates. A physiotherapist can make you a plan.',
      ];
  const posture = 'Check how you sit: feet flat, back supported, screen at eye level. Stand up and move every 30 minutes.';
  if (intake.causes.includes('desk-posture')) advice.unshift(posture);
  else advice.push(posture);
  if (intake.causes.includes('sleep-position')) {
    advice.push('Try sleeping on your side with a pillow between your knees, or on your back with a pillow under them.');
  }
  if (intake.causes.includes('stress')) {
    advice.push('Stress tightens muscles: slow breathing or a relaxing routine before bed may help.');
  }
  advice.push('Massage works best as one part of a plan that includes exercise, not on its own.');
  return advice;
}
