// What SCREENING.md promises, as plain data the vignette test and the scoring bench both read: the rule ids of
// §4, the massage rules of §5 (with the techniques each one must keep out of a self-care plan) and the guards
// of §7. Plain JavaScript so the bench can load it without a build step; typed by spec.d.ts.

export const TRIAGE_ORDER = ['self-care', 'see-doctor-first', 'urgent', 'emergency'];

/** §4, in the spec's order. */
export const EMERGENCY_RULES = [
  'cauda-equina', 'progressive-weakness', 'major-trauma', 'chest-or-breathing', 'aortic-aneurysm', 'collapse',
  'aortic-dissection', 'heart-attack-mimic', 'pulmonary-embolism', 'sepsis', 'infection-nerve-signs',
  'mscc-nerve-signs', 'epidural-haematoma', 'kidney-emergency', 'ectopic-pregnancy', 'pregnancy-bleeding',
  'preterm-labour', 'pre-eclampsia',
];
export const URGENT_RULES = [
  'spinal-infection', 'kidney-infection', 'fragility-fracture', 'cancer-with-warning-signs', 'epidural-haematoma-risk',
  'kidney-stone-pattern', 'sudden-belly-pain', 'suspected-dvt', 'pleuritic-pain', 'heart-attack-mimic-recent',
  'new-sexual-problem', 'early-pregnancy-pain', 'pregnancy-kidney',
];
/** `contraindication:<value>` and `unanswered-critical:<question>` are families: see the lists below. */
export const SEE_DOCTOR_RULES = [
  'cancer-history', 'possible-serious-cause', 'cough-strain-pain', 'back-lump', 'upper-back-constant', 'infection-risk',
  'aortic-aneurysm-known', 'possible-shingles', 'chest-wall-pain', 'nerve-pain-in-leg', 'getting-worse',
  'inflammatory-back-pain', 'arthritis-flare', 'contraindication:', 'unanswered-critical:',
];
export const INFORMATIONAL_RULES = [
  'unanswered:', 'severe-pain-safety-net', 'lasting-over-6-weeks', 'cautions', 'no-warning-signs',
];

/** §5 "All techniques blocked": each value gives `contraindication:<value>` at see-doctor-first. */
export const ALL_BLOCKED = [
  'open-wound-or-skin-infection', 'severe-osteoporosis', 'clotting-disorder', 'dvt-history', 'recent-surgery',
  'recent-fracture', 'contagious-illness', 'fever', 'recent-spine-or-joint-procedure', 'suspected-blood-clot',
  'arthritis-flare', 'one-sided-band-or-rash',
];

// A pressure cap blocks every technique above it (§5): firm = deep-tissue, trigger-point; medium = shiatsu,
// foam-roller, tennis-ball.
const ABOVE_LIGHT = ['deep-tissue', 'trigger-point', 'shiatsu', 'foam-roller', 'tennis-ball'];
const ABOVE_MEDIUM = ['deep-tissue', 'trigger-point'];
const uniq = (list) => [...new Set(list)];

/**
 * §5 "Caps and blocks", one id per row (or per trigger where a row names two). `blocked`: techniques that must
 * not be recommended or put in the plan when the rule applies to a self-care result. `selfCareReachable: false`
 * marks rows §4 never lets reach self-care (the cap is a second line of defence), so no vignette can see it act.
 */
export const MASSAGE_RULES = [
  { id: 'massage:osteoporosis', blocked: uniq(['foam-roller', ...ABOVE_LIGHT]) },
  { id: 'massage:long-term-steroids', blocked: uniq(['foam-roller', ...ABOVE_LIGHT]) },
  { id: 'massage:anticoagulant-medication', blocked: uniq(['hot-stone', ...ABOVE_LIGHT]) },
  { id: 'massage:cancer-history', blocked: uniq(['hot-stone', ...ABOVE_LIGHT]), selfCareReachable: false },
  { id: 'massage:diabetic-neuropathy', blocked: uniq(['hot-stone', ...ABOVE_LIGHT]) },
  { id: 'massage:heat-sensitivity', blocked: ['hot-stone'] },
  { id: 'massage:heart-disease', blocked: ['hot-stone'] },
  { id: 'massage:psoriasis', blocked: ['hot-stone'] },
  { id: 'massage:eczema-or-other-skin-condition', blocked: ['hot-stone'] },
  { id: 'massage:diabetes', blocked: ['hot-stone'] },
  { id: 'massage:immunosuppressed', blocked: ['hot-stone'], selfCareReachable: false },
  { id: 'massage:varicose-veins', blocked: ['hot-stone'] },
  { id: 'massage:inflammatory-arthritis', blocked: ABOVE_MEDIUM },
  { id: 'massage:aortic-aneurysm', blocked: ABOVE_MEDIUM, selfCareReachable: false },
  { id: 'massage:age-70', blocked: uniq(['foam-roller', ...ABOVE_MEDIUM]) },
  { id: 'massage:age-80-or-frail', blocked: uniq(['foam-roller', ...ABOVE_LIGHT]) },
  { id: 'massage:pregnant', blocked: ['hot-stone', 'deep-tissue', 'trigger-point', 'shiatsu', 'foam-roller'] },
  { id: 'massage:intensity-8', blocked: ABOVE_MEDIUM },
  { id: 'massage:recent-strain', blocked: ABOVE_MEDIUM },
];

/**
 * Rules the core added beyond SCREENING.md after the vignette review (docs/decisions/0050), for the known gaps the
 * suite found: each must also be exercised and seen to fire.
 */
export const ADDED_RULES = [
  'labour-signs', 'sudden-constant-upper-back-pain', 'sudden-pain-with-weakness', 'pregnancy-warning-signs', 'urine-symptoms',
];

/** §7. */
export const GUARDS = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11'];

/** The ★ questions of §3: left unanswered when asked they give `unanswered-critical:<id>`. */
export const MUST_ANSWER_QUESTIONS = ['pregnancy-signs', 'onset', 'movement', 'leg-check', 'cancer-check'];

/**
 * Every id the coverage check wants to see exercised and fire. Families are expanded: each all-blocked value
 * as `contraindication:<value>`; `unanswered-critical:` and `unanswered:` need any one question.
 */
export function specRuleIds() {
  const families = new Set(['contraindication:']);
  return [
    ...EMERGENCY_RULES,
    ...URGENT_RULES,
    ...SEE_DOCTOR_RULES.filter((id) => !families.has(id)),
    ...ALL_BLOCKED.map((value) => `contraindication:${value}`),
    ...INFORMATIONAL_RULES,
    ...ADDED_RULES,
  ];
}

/** True when reason code `code` is rule `id` (families end in ':' and match by prefix). */
export function codeMatches(id, code) {
  return id.endsWith(':') ? code.startsWith(id) : code === id;
}
