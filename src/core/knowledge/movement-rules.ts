import type { SourceId } from '../assessment.js';
import type { Condition, Intake } from '../intake.js';
import type { MovementFeature } from './movements.js';

/**
 * Who should leave which kinds of movement out, and why. Rules name movement features, not movement
 * ids: "no deep forward bending" covers every movement that bends the spine forward a lot.
 */
export interface MovementRule {
  code: string;
  source: SourceId;
  features: readonly MovementFeature[];
  applies: (intake: Intake) => boolean;
  why: string;
}

const hasCondition = (intake: Intake, condition: Condition) => intake.conditions.includes(condition);

/** Bones that may break more easily: the spine should not be bent forward hard or pressed on. */
export const BONE_RISK_CONDITIONS: readonly Condition[] = ['osteoporosis', 'severe-osteoporosis', 'long-term-steroids', 'recent-fracture', 'frail'];
export const BONE_RISK_AGE = 70;
const boneRisk = (intake: Intake) => intake.age >= BONE_RISK_AGE || BONE_RISK_CONDITIONS.some((c) => hasCondition(intake, c));

/** The first trimester ends at 12 full weeks. Without a week count we assume later, the safe side. */
export const FIRST_TRIMESTER_WEEKS = 12;
const pastFirstTrimester = (intake: Intake) => intake.pregnant === true && (intake.pregnancyWeeks ?? Infinity) > FIRST_TRIMESTER_WEEKS;
const mayBePregnant = (intake: Intake) => intake.pregnant === true || hasCondition(intake, 'might-be-pregnant');

export const STRONG_PAIN = 8;

export const MOVEMENT_RULES: readonly MovementRule[] = [
  {
    code: 'bone-risk-flexion',
    source: 'ROSSSS',
    features: ['deep-flexion', 'rounding'],
    applies: boneRisk,
    why:
      'Your bones may be weaker (osteoporosis, steroid tablets, a recent break, frailty, or age 70 or over). ' +
      'Bending your back forward a lot can strain weak spine bones. Keep your back straight instead.',
  },
  {
    code: 'bone-risk-pressure',
    source: 'ROSSSS',
    features: ['pressure-on-spine'],
    applies: boneRisk,
    why: 'With bones that may be weaker, do not lie with your spine over a roller. It presses on the spine and ribs.',
  },
  {
    code: 'frail-floor',
    source: 'ROSSSS',
    features: ['on-all-fours', 'kneeling'],
    applies: (intake) => hasCondition(intake, 'frail') || intake.age >= 80,
    why: 'Getting down onto your hands and knees, and up again, can lead to a fall. Choose the moves done sitting or standing.',
  },
  {
    code: 'pregnancy-lying-on-back',
    source: 'NHSPREG',
    features: ['lying-on-back'],
    applies: pastFirstTrimester,
    why: 'After the first 3 months of pregnancy, do not lie flat on your back. The bump can press on a big blood vessel and make you feel faint.',
  },
  {
    code: 'pregnancy-twist',
    source: 'ACOG20',
    features: ['twist'],
    applies: mayBePregnant,
    why: 'In pregnancy, leave out twists of your tummy and lower back. Gentle shoulder and neck moves are fine.',
  },
  {
    code: 'strong-pain-strength',
    source: 'NHSEX',
    features: ['strength'],
    applies: (intake) => intake.intensity >= STRONG_PAIN,
    why: 'Your pain is very strong today. Start with the gentlest moves, and leave the strength moves for a better day.',
  },
];
