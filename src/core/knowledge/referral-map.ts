import type { BodyArea } from '../intake.js';

/**
 * Muscles that commonly send ("refer") pain to other places [TS]. Shown as possibilities to explore with
 * a therapist, never as a diagnosis: trigger-point theory is still debated.
 */
export interface ReferralPattern {
  id: string;
  muscle: string;
  /** Where the muscle is. */
  location: string;
  /** Where its pain is often felt, in plain words. */
  feltIn: string;
  areas: BodyArea[];
}

export const REFERRAL_MAP: readonly ReferralPattern[] = [
  {
    id: 'quadratus-lumborum',
    muscle: 'Quadratus lumborum',
    location: 'deep in the low back, between the lowest rib and the top of the hip bone',
    feltIn: 'the low back, the bony area at the base of the spine, the buttock and the outer hip',
    areas: ['lower-back', 'buttock', 'hip'],
  },
  {
    id: 'gluteus-medius',
    muscle: 'Gluteus medius',
    location: 'the upper outer buttock',
    feltIn: 'the low back along the top of the pelvis, the base of the spine and the buttock',
    areas: ['lower-back', 'buttock'],
  },
  {
    id: 'gluteus-minimus',
    muscle: 'Gluteus minimus',
    location: 'deep under the outer buttock',
    feltIn: 'the buttock and down the side or back of the leg; it can feel like sciatica',
    areas: ['buttock', 'hip', 'leg'],
  },
  {
    id: 'iliopsoas',
    muscle: 'Iliopsoas (hip flexor)',
    location: 'deep in the belly and the front of the hip',
    feltIn: 'a strip along the lower spine, and the front of the thigh',
    areas: ['lower-back', 'hip', 'leg'],
  },
  {
    id: 'erector-spinae',
    muscle: 'Iliocostalis and longissimus (long back muscles)',
    location: 'the long muscles running up both sides of the spine',
    feltIn: 'the low back and buttock, and the middle of the back',
    areas: ['lower-back', 'buttock', 'mid-back'],
  },
  {
    id: 'multifidus',
    muscle: 'Multifidus',
    location: 'small deep muscles right beside the spine',
    feltIn: 'beside the spine, the base of the spine and the tailbone',
    areas: ['lower-back', 'mid-back', 'buttock'],
  },
  {
    id: 'upper-trapezius',
    muscle: 'Upper trapezius',
    location: 'the top of the shoulders, up to the neck',
    feltIn: 'the side of the neck, the temple and behind the eye, as in tension headaches',
    areas: ['neck', 'head', 'upper-back'],
  },
  {
    id: 'levator-scapulae',
    muscle: 'Levator scapulae',
    location: 'the side and back of the neck, down to the shoulder blade',
    feltIn: 'where the neck meets the shoulder, and the inner edge of the shoulder blade',
    areas: ['neck', 'upper-back'],
  },
  {
    id: 'rhomboids',
    muscle: 'Rhomboids',
    location: 'between the shoulder blades',
    feltIn: 'between the shoulder blades, next to the spine',
    areas: ['upper-back', 'mid-back'],
  },
  {
    id: 'serratus-posterior-superior',
    muscle: 'Serratus posterior superior',
    location: 'under the top of the shoulder blade',
    feltIn: 'a deep ache under the upper shoulder blade, sometimes down the back of the arm',
    areas: ['upper-back'],
  },
  {
    id: 'suboccipitals',
    muscle: 'Suboccipitals',
    location: 'small muscles where the skull meets the neck',
    feltIn: 'a band around the head',
    areas: ['head', 'neck'],
  },
];

/** Muscles that commonly refer pain to any of the given areas, in the map's order. */
export function referralsFor(areas: readonly BodyArea[]): ReferralPattern[] {
  return REFERRAL_MAP.filter((pattern) => pattern.areas.some((area) => areas.includes(area)));
}
