// Which questions of SCREENING.md §3 a real person is asked, worked out from the answers they gave. The
// vignettes use it to fill `answered` the way the app would; it is written from the spec, independently of
// the core's own question flow, so the two can be compared.

const has = (list, ...values) => values.some((value) => (list ?? []).includes(value));

export const ALWAYS_ASKED = [
  'emergency-signs', 'warning-signs', 'conditions', 'age', 'pregnant', 'areas', 'pattern', 'quality', 'intensity',
  'duration', 'trend', 'causes',
];
const PREFERENCES = ['contexts', 'goals', 'setting', 'pressure', 'equipment'];

/** The §4 shorthands the question conditions use. */
export function facts(intake) {
  const C = (...v) => has(intake.conditions, ...v);
  return {
    severe: intake.intensity >= 7,
    bleedRisk: C('anticoagulant-medication', 'clotting-disorder'),
    boneRisk: C('osteoporosis', 'severe-osteoporosis', 'long-term-steroids'),
    onsetAge: intake.age - Math.floor(intake.durationDays / 365),
  };
}

/** The question ids whose "asked when" holds for this intake, in the app's order. */
export function askedQuestions(intake) {
  const A = (...v) => has(intake.areas, ...v);
  const Q = (...v) => has(intake.quality, ...v);
  const C = (...v) => has(intake.conditions, ...v);
  const K = (...v) => has(intake.causes, ...v);
  const { severe, bleedRisk, boneRisk, onsetAge } = facts(intake);
  const recent = intake.durationDays <= 30;
  const asked = ALWAYS_ASKED.filter((id) => id !== 'pregnant' || intake.age <= 55);
  const followUps = {
    'pregnancy-weeks': intake.pregnant === true,
    'pregnancy-signs': intake.pregnant === true || C('might-be-pregnant'),
    onset:
      recent &&
      (severe || intake.age >= 50 || A('abdomen', 'flank', 'upper-back', 'mid-back') || Q('tearing') || bleedRisk ||
        boneRisk || C('aortic-aneurysm')),
    movement:
      A('abdomen', 'flank', 'upper-back', 'mid-back', 'neck') || (intake.age >= 50 && severe && recent) ||
      C('cancer-history', 'aortic-aneurysm', 'diabetes'),
    'upper-body-check': A('neck', 'upper-back', 'mid-back'),
    'belly-side-check': A('abdomen', 'flank'),
    'leg-check': A('leg', 'buttock', 'hip') || intake.pattern === 'radiating' || C('cancer-history') || bleedRisk,
    'injury-date': (boneRisk || intake.age >= 70 || C('frail')) && K('fall-or-accident', 'lifting'),
    'skin-check': Q('burning', 'tingling') && A('upper-back', 'mid-back', 'lower-back', 'flank', 'abdomen'),
    'arthritis-check': C('inflammatory-arthritis'),
    'spa-check': A('lower-back', 'buttock') && intake.durationDays > 90 && onsetAge < 45,
    'cancer-check': C('cancer-history'),
  };
  for (const [id, when] of Object.entries(followUps)) if (when) asked.push(id);
  for (const id of PREFERENCES) if (intake[id] !== undefined) asked.push(id);
  return asked;
}

/** Which question fills each follow-up answer (§3), so a vignette can be checked to say only what it was asked. */
export const ASKED_BY = {
  symptoms: {
    'emergency-signs': [
      'bladder-or-bowel-change', 'saddle-numbness', 'numbness-both-legs', 'progressive-leg-weakness', 'chest-pain',
      'breathlessness', 'pulsating-abdominal-pain', 'significant-trauma', 'bladder-or-bowel-feeling-change',
      'pain-down-both-legs', 'fainting', 'coughing-blood', 'confused-or-very-unwell',
    ],
    'warning-signs': [
      'fever', 'unexplained-weight-loss', 'night-pain-at-rest', 'pain-worse-coughing-straining', 'lump-or-changed-shape',
      'suspected-blood-clot', 'new-sexual-problem',
    ],
    'pregnancy-signs': ['vaginal-bleeding', 'waters-or-contractions', 'pre-eclampsia-signs', 'shoulder-tip-pain'],
    // weakness-or-trouble-walking: also asked here since decision 0050 (a bleed in the neck can weaken an arm).
    'upper-body-check': ['pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick', 'pain-worse-breathing-in', 'weakness-or-trouble-walking'],
    'belly-side-check': ['urine-symptoms', 'sweating-or-feeling-sick'],
    'leg-check': ['weakness-or-trouble-walking'],
    'cancer-check': ['weakness-or-trouble-walking'],
    'skin-check': ['one-sided-band-or-rash'],
    'arthritis-check': ['arthritis-flare'],
    'spa-check': ['wakes-second-half-of-night', 'eases-with-movement', 'eases-with-anti-inflammatories'],
    // v1 value: no longer asked, still accepted from API callers (§2.2).
    legacy: ['morning-stiffness-over-30-min'],
  },
  conditions: { 'spa-check': ['family-spondyloarthritis', 'enthesitis'] },
  fields: {
    onset: 'onset', movementChangesPain: 'movement', pregnancyWeeks: 'pregnancy-weeks', daysSinceInjury: 'injury-date',
    radiatesBelowKnee: 'leg-check',
  },
};

/** Answers the intake holds that no asked question could have filled: empty for an intake the app could produce. */
export function answersNotAsked(intake) {
  const asked = new Set([...askedQuestions(intake), 'legacy']);
  const problems = [];
  const askers = (table, value) => Object.entries(table).filter(([, values]) => values.includes(value)).map(([id]) => id);
  for (const symptom of intake.symptoms) {
    const by = askers(ASKED_BY.symptoms, symptom);
    if (!by.some((id) => asked.has(id))) problems.push(`symptoms:${symptom} (asked by ${by.join(' or ')})`);
  }
  for (const condition of intake.conditions) {
    const by = askers(ASKED_BY.conditions, condition);
    if (by.length > 0 && !by.some((id) => asked.has(id))) problems.push(`conditions:${condition} (asked by ${by.join(' or ')})`);
  }
  for (const [field, id] of Object.entries(ASKED_BY.fields)) {
    if (intake[field] !== undefined && !asked.has(id)) problems.push(`${field} (asked by ${id})`);
  }
  return problems;
}

/** Asked questions whose answer field is still empty (pregnancy-weeks may be: "Not sure" leaves it out). */
export function answersMissing(intake) {
  const answered = new Set(intake.answered ?? []);
  return Object.entries(ASKED_BY.fields)
    .filter(([field, id]) => id !== 'pregnancy-weeks' && answered.has(id) && intake[field] === undefined)
    .map(([field, id]) => `${field} (${id} answered)`);
}
