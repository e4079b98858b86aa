import type { BodyArea } from '../intake.js';

/**
 * Muscles that commonly send ("refer") pain to other places [TS]. Shown as possibilities to explore with
 * a therapist, never as a diagnosis: trigger-point theory is still debated.
 */
export interface ReferralPattern {
  id: string;
  /** What to call it in plain words; shown first. */
  name: string;
  /** Its anatomy (Latin) name, shown in brackets after the plain one. */
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
    name: 'Deep low-back muscle',
    muscle: 'quadratus lumborum',
    location: 'deep in the low back, between the lowest rib and the top of the hip bone',
    feltIn: 'the low back, the bony area at the base of the spine, the buttock and the outer hip',
    areas: ['lower-back', 'buttock', 'hip'],
  },
  {
    id: 'gluteus-medius',
    name: 'Side buttock muscle',
    muscle: 'gluteus medius',
    location: 'the upper outer buttock',
    feltIn: 'the low back along the top of the pelvis, the base of the spine and the buttock',
    areas: ['lower-back', 'buttock'],
  },
  {
    id: 'gluteus-minimus',
    name: 'Small deep buttock muscle',
    muscle: 'gluteus minimus',
    location: 'deep under the outer buttock',
    feltIn: 'the buttock and down the side or back of the leg; it can feel like sciatica',
    areas: ['buttock', 'hip', 'leg'],
  },
  {
    id: 'iliopsoas',
    name: 'Hip flexor',
    muscle: 'iliopsoas',
    location: 'deep in the belly and the front of the hip',
    feltIn: 'a strip along the lower spine, and the front of the thigh',
    areas: ['lower-back', 'hip', 'leg'],
  },
  {
    id: 'erector-spinae',
    name: 'Long back muscles',
    muscle: 'iliocostalis and longissimus',
    location: 'the long muscles running up both sides of the spine',
    feltIn: 'the low back and buttock, and the middle of the back',
    areas: ['lower-back', 'buttock', 'mid-back'],
  },
  {
    id: 'multifidus',
    name: 'Small muscles along the spine',
    muscle: 'multifidus',
    location: 'small deep muscles right beside the spine',
    feltIn: 'beside the spine, the base of the spine and the tailbone',
    areas: ['lower-back', 'mid-back', 'buttock'],
  },
  {
    id: 'upper-trapezius',
    name: 'Top-of-the-shoulder muscle',
    muscle: 'upper trapezius',
    location: 'the top of the shoulders, up to the neck',
    feltIn: 'the side of the neck, the temple and behind the eye, as in tension headaches',
    areas: ['neck', 'head', 'upper-back'],
  },
  {
    id: 'levator-scapulae',
    name: 'Shoulder-lifting muscle',
    muscle: 'levator scapulae',
    location: 'the side and back of the neck, down to the shoulder blade',
    feltIn: 'where the neck meets the shoulder, and the inner edge of the shoulder blade',
    areas: ['neck', 'upper-back'],
  },
  {
    id: 'rhomboids',
    name: 'Muscles between the shoulder blades',
    muscle: 'rhomboids',
    location: 'between the shoulder blades',
    feltIn: 'between the shoulder blades, next to the spine',
    areas: ['upper-back', 'mid-back'],
  },
  {
    id: 'serratus-posterior-superior',
    name: 'Thin muscle under the shoulder blade',
    muscle: 'serratus posterior superior',
    location: 'under the top of the shoulder blade',
    feltIn: 'a deep ache under the upper shoulder blade, sometimes down the back of the arm',
    areas: ['upper-back'],
  },
  {
    id: 'suboccipitals',
    name: 'Small muscles at the base of the skull',
    muscle: 'suboccipitals',
    location: 'small muscles where the skull meets the neck',
    feltIn: 'a band around the head',
    areas: ['head', 'neck'],
  },
];

/** Muscles that commonly refer pain to any of the given areas, in the map's order. */
export function referralsFor(areas: readonly BodyArea[]): ReferralPattern[] {
  return REFERRAL_MAP.filter((pattern) => pattern.areas.some((area) => areas.includes(area)));
}
