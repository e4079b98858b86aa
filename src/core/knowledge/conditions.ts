import type { SourceId, TechniqueId } from '../assessment.js';
import type { BodyArea, Condition, Pressure } from '../intake.js';
import { freezeDeep, type DeepReadonly } from '../deep-readonly.js';

/**
 * What each health condition means for massage. Two tiers, as in the brief:
 * `blocksMassage` (no massage until a clinician clears it) and cautions that narrow the choice.
 */
export interface ConditionRule {
  id: Condition;
  label: string;
  /** The main source; `sources` lists every one the rule leans on (SCREENING.md §5). */
  source: SourceId;
  sources?: readonly SourceId[];
  /** Not asked in the conditions question: set by another answer (pregnancy, spa-check). */
  askedElsewhere?: true;
  /** Set when the condition means no massage until a clinician says it is fine. */
  blocksMassage?: string;
  /** Techniques that are unsafe with this condition, and why, in plain words. */
  avoid?: Partial<Record<TechniqueId, string>>;
  /** The firmest pressure that is safe, and why. */
  maxPressure?: { level: Pressure; why: string };
  /** A caution added to every technique still recommended. */
  caution?: string;
  /** Body areas the home plan must leave alone. */
  keepOff?: BodyArea[];
}

const NO_FIRM_PRESSURE_WITH_WEAK_BONES = 'Firm pressure could hurt bones that are thinner than usual.';
const BRUISING = 'Firm or pointed pressure can cause bruising when blood clots slowly.';
const REDUCED_FEELING = 'With less feeling in the skin you may not notice heat or pressure that is too strong.';

export const CONDITION_RULES: DeepReadonly<Record<Condition, ConditionRule>> = freezeDeep<Record<Condition, ConditionRule>>({
  'open-wound-or-skin-infection': {
    id: 'open-wound-or-skin-infection',
    label: 'An open wound or skin infection on the back',
    source: 'A',
    blocksMassage: 'Massage over broken or infected skin can make it worse or spread the infection.',
  },
  'severe-osteoporosis': {
    id: 'severe-osteoporosis',
    label: 'Severe osteoporosis (very thin bones)',
    source: 'A',
    blocksMassage: 'With very thin bones, even normal massage pressure could cause a break.',
    maxPressure: { level: 'light', why: NO_FIRM_PRESSURE_WITH_WEAK_BONES },
  },
  osteoporosis: {
    id: 'osteoporosis',
    label: 'Osteoporosis (thin bones)',
    source: 'PRACTICE',
    maxPressure: { level: 'light', why: NO_FIRM_PRESSURE_WITH_WEAK_BONES },
    avoid: { 'foam-roller': 'Lying with your body weight on a roller puts too much pressure on thin bones.' },
    caution: 'You have thin bones: ask for light pressure only and nothing pressed on the spine or ribs.',
  },
  'clotting-disorder': {
    id: 'clotting-disorder',
    label: 'A blood clotting disorder',
    source: 'A',
    blocksMassage: 'With a clotting disorder, massage can cause bleeding under the skin.',
    maxPressure: { level: 'light', why: BRUISING },
  },
  'anticoagulant-medication': {
    id: 'anticoagulant-medication',
    label: 'Taking blood thinners',
    source: 'NCCIH',
    maxPressure: { level: 'light', why: BRUISING },
    avoid: { 'hot-stone': 'Heat and blood thinners together make bruising more likely.' },
    caution: 'You take blood thinners: light pressure only, and ideally ask your doctor first. Stop if you see bruises.',
  },
  'dvt-history': {
    id: 'dvt-history',
    label: 'A blood clot in a vein or lung in the past',
    source: 'PRACTICE',
    blocksMassage: 'Massage could loosen a blood clot and send it to the lungs. A doctor needs to say it is safe first.',
  },
  'recent-surgery': {
    id: 'recent-surgery',
    label: 'Surgery in the last few months',
    source: 'A',
    blocksMassage: 'The body needs time to recover after surgery; your surgeon should say when massage is OK.',
  },
  'recent-fracture': {
    id: 'recent-fracture',
    label: 'A broken bone in the last few months',
    source: 'A',
    blocksMassage: 'A healing bone should not be pressed on until a doctor says it has healed.',
  },
  'contagious-illness': {
    id: 'contagious-illness',
    label: 'An illness you could pass on (like flu)',
    source: 'A',
    blocksMassage: 'Rest until you are better; massage while ill can make you feel worse and spread the illness.',
  },
  'cancer-history': {
    id: 'cancer-history',
    label: 'Cancer, now or in the past',
    source: 'NCCIH',
    maxPressure: { level: 'light', why: 'Firm pressure is not advised after cancer unless your cancer doctor agrees.' },
    avoid: { 'hot-stone': 'Strong heat is not advised during or after cancer treatment.' },
    caution: 'Never massage over a tumour or an area treated for cancer. Choose a therapist trained in massage for people with cancer, and get your doctor\u2019s OK first.',
  },
  'diabetic-neuropathy': {
    id: 'diabetic-neuropathy',
    label: 'Nerve damage from diabetes (less feeling)',
    source: 'PRACTICE',
    maxPressure: { level: 'light', why: REDUCED_FEELING },
    avoid: { 'hot-stone': `${REDUCED_FEELING} Hot stones could burn you.` },
    caution: 'You may have less feeling: keep pressure light and any warmth warm, not hot. Test water with a hand that has normal feeling, and check your skin afterwards.',
  },
  'heat-sensitivity': {
    id: 'heat-sensitivity',
    label: 'Heat makes you unwell (dizzy, faint or sick)',
    // Heat intolerance is not reduced feeling, so it caps heat, not pressure [WALTON11].
    source: 'WALTON11',
    avoid: { 'hot-stone': 'Heat makes you unwell, so hot stones are not a good idea.' },
    caution: 'Keep any warmth mild.',
  },
  'varicose-veins': {
    id: 'varicose-veins',
    label: 'Varicose veins',
    source: 'PRACTICE',
    avoid: { 'hot-stone': 'Heat can make swollen veins worse.' },
    caution: 'Never press on or below varicose veins.',
    keepOff: ['leg'],
  },
  'long-term-steroids': {
    id: 'long-term-steroids',
    label: 'Taking steroid tablets for a long time',
    source: 'PRACTICE',
    maxPressure: { level: 'light', why: NO_FIRM_PRESSURE_WITH_WEAK_BONES },
    avoid: { 'foam-roller': 'Long-term steroids can thin bones; lying on a roller presses too hard on them.' },
    caution: 'Steroids can thin bones and skin: keep pressure light.',
  },
  immunosuppressed: {
    id: 'immunosuppressed',
    label: 'A weak immune system (from illness or medicine)',
    source: 'PRACTICE',
    avoid: { 'hot-stone': 'Strong heat is not advised when your immune system is weak.' },
    caution: 'Check your skin after massage for redness or broken skin.',
  },
  'iv-drug-use': {
    id: 'iv-drug-use',
    label: 'Injecting drugs',
    source: 'IFOMPT20',
  },
  diabetes: {
    id: 'diabetes',
    label: 'Diabetes',
    source: 'PRACTICE',
    avoid: { 'hot-stone': 'With diabetes, skin can burn or break more easily, so hot stones are not advised.' },
    caution: 'You have diabetes: check your skin after massage for redness or broken skin.',
  },
  'recent-infection': {
    id: 'recent-infection',
    label: 'An infection in the last 4 weeks (water, skin or chest, for example)',
    source: 'AJEM19',
  },
  'recent-spine-or-joint-procedure': {
    id: 'recent-spine-or-joint-procedure',
    label: 'An injection, operation or epidural in your back, or a joint injection, in the last 3 months',
    source: 'A',
    sources: ['A', 'SCSC25'],
    blocksMassage: 'After a recent injection or operation in your back or a joint, wait for massage until the team who treated you agrees.',
  },
  'aortic-aneurysm': {
    id: 'aortic-aneurysm',
    label: 'An aortic aneurysm (swollen main blood vessel) or another problem with it',
    // No source found for the cap: a clinician must sign it off (SCREENING.md §5).
    source: 'NHSAAA',
    maxPressure: { level: 'medium', why: 'Firm pressure is not advised with a swollen main blood vessel.' },
    caution: 'No pressure on your belly, your side or deep in the front of your hip.',
  },
  'heart-disease': {
    id: 'heart-disease',
    label: 'A heart condition (angina, heart failure or a past heart attack, for example)',
    source: 'WALTON11',
    sources: ['WALTON11', 'NCCIH'],
    avoid: { 'hot-stone': 'Heat that warms your whole body puts extra strain on the heart.' },
    caution: 'No whole-body heat, like a sauna or hot tub, around massage.',
  },
  psoriasis: {
    id: 'psoriasis',
    label: 'Psoriasis (red, scaly patches of skin), now or before',
    source: 'WALTON11',
    avoid: { 'hot-stone': 'Heat can irritate sore patches of skin.' },
    caution: 'Keep off sore or active patches of skin, and use no oil on cracked skin.',
  },
  'eczema-or-other-skin-condition': {
    id: 'eczema-or-other-skin-condition',
    label: 'Eczema or another skin condition that is not infected',
    source: 'WALTON11',
    avoid: { 'hot-stone': 'Heat can irritate sore patches of skin.' },
    caution: 'Keep off sore or active patches of skin, and use no oil on cracked skin.',
  },
  frail: {
    id: 'frail',
    label: 'You are frail: you bruise or fall easily, or need help with everyday tasks',
    source: 'DOWNIE13',
    maxPressure: { level: 'light', why: 'Firm pressure can bruise or hurt when you are frail.' },
    avoid: { 'foam-roller': 'Getting down onto and balancing on a roller is risky when you are frail.' },
    caution: 'Keep pressure light, and ask for cooler stones if you have hot stone massage.',
  },
  'might-be-pregnant': {
    id: 'might-be-pregnant',
    label: 'You might be pregnant',
    source: 'NHSECTOPIC',
    askedElsewhere: true,
    // The pregnancy limits on techniques apply (ranking.ts); this line names it among the cautions.
    caution: 'You might be pregnant: massage is limited as it is in pregnancy until you know.',
  },
  'family-spondyloarthritis': {
    id: 'family-spondyloarthritis',
    label: 'A parent, brother, sister or child with ankylosing spondylitis or similar spine arthritis',
    source: 'NICE65',
    askedElsewhere: true,
  },
  enthesitis: {
    id: 'enthesitis',
    label: 'Now or before: a painful swollen place where a tendon joins bone, like the back of the heel',
    source: 'NICE65',
    askedElsewhere: true,
  },
  'inflammatory-arthritis': {
    id: 'inflammatory-arthritis',
    label: 'Inflammatory arthritis (like ankylosing spondylitis)',
    source: 'WERNER',
    maxPressure: { level: 'medium', why: 'Firm pressure can flare up sore, inflamed joints.' },
    caution: 'Skip massage during a flare (hot, swollen, very painful joints) and keep pressure moderate.',
  },
});

export const PRESSURE_ORDER: Record<Pressure, number> = { light: 0, medium: 1, firm: 2 };
