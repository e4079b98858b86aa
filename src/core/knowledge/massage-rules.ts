import type { SourceId, TechniqueId } from '../assessment.js';
import type { Condition, Pressure, Symptom } from '../intake.js';

/**
 * Massage rules that are not tied to one condition (SCREENING.md §5): what blocks every technique, the
 * pressure scale, and the limits set by pregnancy, age, strong pain and fresh injuries. The ranking reads
 * these and the per-condition rules in conditions.ts.
 */

/** Walton pressure levels 1-5 behind our three words [WALTON11]. A cap blocks every technique above it. */
export const WALTON_LEVELS: Record<Pressure, readonly number[]> = { light: [1, 2], medium: [3], firm: [4, 5] };

/** Symptoms that block every technique (shown as `contraindication:<value>`, see-doctor-first). */
export const SYMPTOM_BLOCKS: Partial<Record<Symptom, { why: string; source: SourceId; sources: readonly SourceId[] }>> = {
  fever: { why: 'You have a fever. Massage is not advised while you have a fever.', source: 'A', sources: ['A', 'NCCIH'] },
  'suspected-blood-clot': {
    why: 'Never rub a swollen, warm or red leg: a clot could move. No massage until a doctor has checked it.',
    source: 'NCCIH',
    sources: ['NCCIH', 'NHSDVT'],
  },
  'arthritis-flare': { why: 'No massage while your arthritis is flaring; wait until it settles.', source: 'WERNER', sources: ['WERNER'] },
  'one-sided-band-or-rash': {
    why: 'No massage on a band of pain or a rash that could be shingles: touching blisters can spread the virus.',
    source: 'NHSSHINGLES',
    sources: ['NHSSHINGLES'],
  },
};

/** Conditions whose rule is set in conditions.ts by `blocksMassage`; listed here for the docs and tests. */
export const CONDITION_BLOCKS: readonly Condition[] = [
  'open-wound-or-skin-infection', 'severe-osteoporosis', 'clotting-disorder', 'dvt-history', 'recent-surgery',
  'recent-fracture', 'contagious-illness', 'recent-spine-or-joint-procedure',
];

/** Pregnancy: techniques not advised, and why [THROMBOSISUK, TOMMYS, NCCIH]. */
export const PREGNANCY_AVOID: Partial<Record<TechniqueId, string>> = {
  'hot-stone': 'Heat that warms your whole body is not advised in pregnancy.',
  'deep-tissue': 'Deep, firm pressure is not advised in pregnancy.',
  'trigger-point': 'Firm pressure on tender points is not advised in pregnancy.',
  shiatsu: 'Some pressure points are avoided in pregnancy; choose a pregnancy-trained therapist instead.',
  'foam-roller': 'Lying and balancing on a roller is not advised in pregnancy.',
};
export const PREGNANCY_CAUTIONS: readonly string[] = [
  'Get your midwife\u2019s OK first, and choose a therapist trained in pregnancy massage.',
  'No work on your legs: blood clots are 4 to 5 times more likely in pregnancy.',
  'No whole-body heat (hot tubs, saunas, hot stones).',
  'Not face down once your bump shows; from 20 weeks lie on your side, not flat on your back.',
];
export const PREGNANCY_SOURCES: readonly SourceId[] = ['THROMBOSISUK', 'TOMMYS', 'NCCIH'];

/** Older age: a pressure cap and no roller (cut-offs are our synthesis: sign-off item) [DOWNIE13]. */
export const AGE_LIMITS: readonly { fromAge: number; maxPressure: Pressure; why: string }[] = [
  { fromAge: 80, maxPressure: 'light', why: 'Over 80, skin and bones are more delicate: light pressure only.' },
  { fromAge: 70, maxPressure: 'medium', why: 'Over 70, bones and skin are more delicate: no firm pressure.' },
];
export const OLDER_AGE = 70;
export const OLDER_AGE_ROLLER = 'Getting down onto and balancing on a roller is risky over 70.';

/** Strong pain and fresh injuries: no firm pressure, start gently [PRACTICE]. */
export const STRONG_PAIN = 8;
export const FRESH_INJURY_DAYS = 3;

/**
 * Exercise advice when bones may break easily (osteoporosis, steroids, a recent fracture, frailty, age 70+):
 * no high spinal flexion; back-straightening and walking instead [ROSSSS].
 */
export const BONE_SAFE_EXERCISE: readonly string[] = [
  'Avoid knee-hugs, toe-touches and sit-ups: bending your back forward a lot can crack a weak bone.',
  'Try gentle back-straightening instead: stand tall against a wall, or lie on your front and lift your head and shoulders a little.',
  'Walk most days, as much as feels comfortable.',
];
