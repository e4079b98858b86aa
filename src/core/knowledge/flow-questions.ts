import type { Action, SourceId, TriageLevel } from '../assessment.js';
import {
  AREA_LABELS, EMERGENCY_SYMPTOMS, OPTION_LABELS, QUESTIONS, SYMPTOM_LABELS, WARNING_SYMPTOMS, type Option, type Question,
} from '../questions.js';
import {
  A, age, all, any, bleedRisk, boneRisk, C, days, K, onsetAgeBelow, pregnant, Q, severe, type Draft, type Facts,
} from '../signs.js';
import {
  BODY_AREAS, CONDITIONS, LIMITS, PAIN_QUALITIES, PREGNANCY_QUESTION_MAX_AGE, type Condition, type QuestionId, type Symptom,
} from '../vocabulary.js';
import { CONDITION_RULES } from './conditions.js';

/**
 * The questions of the adaptive flow as data (SCREENING.md §3): when each is asked, whether it must be
 * answered (★), what it fills, and what to watch for when an API caller left it out (principle 7).
 */
export interface FlowQuestionRule {
  id: QuestionId;
  /** The heading of the screen; each part is one field (a question may fill more than one). */
  label: string;
  help?: string;
  parts: readonly Question[];
  /** When the question applies, with the answers that made it apply. Always-asked questions give []. */
  askedWhen(draft: Draft): Facts;
  /** ★: when it applies and this holds, it must be answered, and leaving it out raises the triage. */
  critical?(draft: Draft): Facts;
  /** What to watch for when the question was not answered, and what to do if it appears. */
  watchFor?: { text: string; source: SourceId; level: TriageLevel; action: Action };
  /** true for the preference questions, asked only after a self-care screen. */
  preference?: true;
}

const ALWAYS: Facts = Object.freeze([]);
const labelled = (values: readonly string[], labels: Record<string, string>): Option[] =>
  values.map((value) => ({ value, label: labels[value] ?? value }));
const symptoms = (label: string, values: readonly Symptom[], help?: string): Question => ({
  field: 'symptoms', kind: 'multi', optional: false, default: [], label, options: labelled(values, SYMPTOM_LABELS),
  ...(help ? { help } : {}),
});
const v1 = (field: Question['field']): Question => {
  const found = QUESTIONS.find((q) => q.field === field);
  if (!found) throw new Error(`no v1 question for ${field}`);
  return found;
};

/** Conditions asked in the conditions question; the rest are set by other answers. */
export const ASKED_CONDITIONS: readonly Condition[] = CONDITIONS.filter((c) => !CONDITION_RULES[c].askedElsewhere);

export { PREGNANCY_ANSWERS, type PregnancyAnswer } from '../vocabulary.js';

// Later parts of `all` are thunks: a question stops at its first test that fails (same facts when it holds).
const severeRecentOver50 = (d: Draft) => all(age(d, (n) => n >= 50), () => severe(d), () => days(d, (n) => n <= 30));

export const FLOW_QUESTIONS: readonly FlowQuestionRule[] = [
  {
    id: 'emergency-signs',
    label: 'Do you have any of these right now? Tick all that apply.',
    help: 'These need help at once. Tick none if none apply.',
    parts: [symptoms('Do you have any of these right now? Tick all that apply.', EMERGENCY_SYMPTOMS)],
    askedWhen: () => ALWAYS,
  },
  {
    id: 'warning-signs',
    label: 'Do you have any of these? Tick all that apply.',
    help: 'These can be signs of something a doctor should check. Tick none if none apply.',
    parts: [symptoms('Do you have any of these? Tick all that apply.', WARNING_SYMPTOMS)],
    askedWhen: () => ALWAYS,
  },
  {
    id: 'conditions',
    label: 'Do any of these apply to you? Tick all that do.',
    help: 'Some health conditions change which massage is safe.',
    parts: [{ ...v1('conditions'), options: ASKED_CONDITIONS.map((c) => ({ value: c, label: CONDITION_RULES[c].label })) } as Question],
    askedWhen: () => ALWAYS,
  },
  { id: 'age', label: v1('age').label, parts: [v1('age')], askedWhen: () => ALWAYS },
  {
    id: 'pregnant',
    label: 'Are you pregnant?',
    parts: [
      {
        field: 'pregnant', kind: 'single', optional: true, label: 'Are you pregnant?',
        options: [
          { value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: 'unsure', label: 'I might be' },
        ],
      },
    ],
    askedWhen: (d) => age(d, (n) => n <= PREGNANCY_QUESTION_MAX_AGE),
  },
  {
    id: 'pregnancy-weeks',
    label: 'How many weeks pregnant are you?',
    help: 'Leave it empty if you are not sure.',
    parts: [{ field: 'pregnancyWeeks', kind: 'number', optional: true, ...LIMITS.pregnancyWeeks, label: 'How many weeks pregnant are you?' }],
    askedWhen: (d) => pregnant(d),
    watchFor: {
      text: 'We don\u2019t know how far along your pregnancy is, so we treat every pregnancy warning sign as possible.',
      source: 'TOMMYS', level: 'emergency', action: 'call-maternity',
    },
  },
  {
    id: 'pregnancy-signs',
    label: 'Do you have any of these? Tick all that apply.',
    parts: [
      symptoms('Do you have any of these? Tick all that apply.', [
        'vaginal-bleeding', 'waters-or-contractions', 'pre-eclampsia-signs', 'shoulder-tip-pain',
      ]),
    ],
    askedWhen: (d) => any(pregnant(d), C(d, 'might-be-pregnant')),
    critical: () => ALWAYS,
    watchFor: {
      text: 'We did not ask about pregnancy warning signs. Call your maternity or early pregnancy unit now for bleeding, tightenings, back pain in waves or fluid leaking. Call them too for a bad headache, blurred vision or pain in the tip of your shoulder.',
      source: 'TOMMYS', level: 'emergency', action: 'call-maternity',
    },
  },
  { id: 'areas', label: v1('areas').label, parts: [{ ...v1('areas'), options: labelled(BODY_AREAS, AREA_LABELS) } as Question], askedWhen: () => ALWAYS },
  { id: 'pattern', label: v1('pattern').label, parts: [v1('pattern')], askedWhen: () => ALWAYS },
  {
    id: 'quality',
    label: v1('quality').label,
    parts: [{ ...v1('quality'), options: labelled(PAIN_QUALITIES, OPTION_LABELS.quality) } as Question],
    askedWhen: () => ALWAYS,
  },
  { id: 'intensity', label: v1('intensity').label, parts: [v1('intensity')], askedWhen: () => ALWAYS },
  { id: 'duration', label: v1('durationDays').label, help: v1('durationDays').help, parts: [v1('durationDays')], askedWhen: () => ALWAYS },
  // A cancer history makes trend required (cancer-check).
  {
    id: 'trend',
    label: v1('trend').label,
    parts: [v1('trend')],
    askedWhen: () => ALWAYS,
    critical: (d) => C(d, 'cancer-history'),
    watchFor: {
      text: 'We don\u2019t know if your pain is getting better or worse. With a cancer history, pain that is getting worse needs checking today.',
      source: 'NICE234', level: 'urgent', action: 'same-day',
    },
  },
  { id: 'causes', label: v1('causes').label, parts: [v1('causes')], askedWhen: () => ALWAYS },
  {
    id: 'onset',
    label: 'How did this pain start?',
    parts: [
      {
        field: 'onset', kind: 'single', optional: false, label: 'How did this pain start?',
        options: [
          { value: 'sudden', label: 'Suddenly, within seconds or minutes' },
          { value: 'gradual', label: 'Slowly, over hours or days' },
        ],
      },
    ],
    askedWhen: (d) =>
      all(
        days(d, (n) => n <= 30),
        () => any(
          severe(d), age(d, (n) => n >= 50), A(d, 'abdomen', 'flank', 'upper-back', 'mid-back'), Q(d, 'tearing'), bleedRisk(d),
          boneRisk(d), C(d, 'aortic-aneurysm'),
        ),
      ),
    critical: (d) => any(severeRecentOver50(d), bleedRisk(d), C(d, 'aortic-aneurysm')),
    watchFor: {
      text: 'We don\u2019t know if your pain started suddenly. Pain that came on suddenly and badly, within seconds or minutes, needs help at once.',
      source: 'NICE156', level: 'emergency', action: 'call-999',
    },
  },
  {
    id: 'movement',
    label: 'Does moving or changing position make the pain better or worse?',
    parts: [
      {
        field: 'movementChangesPain', kind: 'boolean', optional: false, default: true,
        label: 'Does moving or changing position make the pain better or worse?',
        yesLabel: 'Yes', noLabel: 'No, it is the same whatever I do',
      },
    ],
    askedWhen: (d) =>
      any(
        A(d, 'abdomen', 'flank', 'upper-back', 'mid-back', 'neck'), severeRecentOver50(d),
        C(d, 'cancer-history', 'aortic-aneurysm', 'diabetes'),
      ),
    // cancer-check makes movement required too.
    critical: (d) => any(severeRecentOver50(d), bleedRisk(d), C(d, 'aortic-aneurysm', 'cancer-history')),
    watchFor: {
      text: 'We don\u2019t know if moving changes your pain. Pain that stays the same whatever you do should be checked by a doctor.',
      source: 'NHSBACK', level: 'see-doctor-first', action: 'gp-48h',
    },
  },
  {
    id: 'upper-body-check',
    label: 'With this pain, do you have any of these? Tick all that apply.',
    parts: [
      // Weakness is asked here too (not only in leg-check): a bleed in the neck can weaken an arm.
      symptoms('With this pain, do you have any of these? Tick all that apply.', [
        'pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick', 'pain-worse-breathing-in', 'weakness-or-trouble-walking',
      ]),
    ],
    askedWhen: (d) => A(d, 'neck', 'upper-back', 'mid-back'),
    watchFor: {
      text: 'Pain spreading to your arm, jaw or neck, sweating or feeling sick with it, or pain that is sharper when you breathe in: get help at once.',
      source: 'NICE95', level: 'emergency', action: 'call-999',
    },
  },
  {
    id: 'belly-side-check',
    label: 'With this pain, do you have any of these? Tick all that apply.',
    parts: [
      symptoms('With this pain, do you have any of these? Tick all that apply.', ['urine-symptoms', 'sweating-or-feeling-sick']),
    ],
    askedWhen: (d) => A(d, 'abdomen', 'flank'),
    watchFor: {
      text: 'Pain or burning when you pee, blood in your pee, a fever, or sweating or feeling sick with the pain: get seen today.',
      source: 'NHSKIDNEY', level: 'urgent', action: 'same-day',
    },
  },
  {
    id: 'leg-check',
    label: 'About your legs',
    parts: [
      { field: 'radiatesBelowKnee', kind: 'boolean', optional: false, default: false, label: 'Does pain go down your leg below the knee?' },
      symptoms('Do you have weakness in an arm or leg, or trouble walking?', ['weakness-or-trouble-walking'], 'Tick it if it applies.'),
    ],
    askedWhen: (d) =>
      any(A(d, 'leg', 'buttock', 'hip'), d.pattern === 'radiating' ? ['pattern:radiating'] : null, C(d, 'cancer-history'), bleedRisk(d)),
    critical: (d) => any(C(d, 'cancer-history'), bleedRisk(d)),
    watchFor: {
      text: 'Pain going down a leg below the knee, or a leg getting weak or numb: see a doctor. Both legs, or numbness between your legs: go to the emergency department now.',
      source: 'NHSSCIATICA', level: 'see-doctor-first', action: 'book-gp',
    },
  },
  {
    id: 'injury-date',
    label: 'How many days ago was the fall, knock or lift?',
    parts: [{ field: 'daysSinceInjury', kind: 'number', optional: true, ...LIMITS.daysSinceInjury, label: 'How many days ago was the fall, knock or lift?', help: 'Use 0 if it was today.' }],
    askedWhen: (d) => all(any(boneRisk(d), age(d, (n) => n >= 70), C(d, 'frail')), () => K(d, 'fall-or-accident', 'lifting')),
    watchFor: { text: 'If a fall or knock made the pain start or get suddenly worse, get seen today.', source: 'DOWNIE13', level: 'urgent', action: 'same-day' },
  },
  {
    id: 'skin-check',
    label: 'Is the pain in a band on one side only, is the skin very sore to touch, or is there a rash there?',
    parts: [symptoms('Tick it if it applies.', ['one-sided-band-or-rash'])],
    askedWhen: (d) => all(Q(d, 'burning', 'tingling'), () => A(d, 'upper-back', 'mid-back', 'lower-back', 'flank', 'abdomen')),
    watchFor: { text: 'A band of pain on one side, skin very sore to touch, or a rash there can be shingles: see a doctor, and no massage there.', source: 'NHSSHINGLES', level: 'see-doctor-first', action: 'gp-48h' },
  },
  {
    id: 'arthritis-check',
    label: 'Is your arthritis flaring now?',
    parts: [symptoms('Tick it if it applies.', ['arthritis-flare'])],
    askedWhen: (d) => C(d, 'inflammatory-arthritis'),
    watchFor: { text: 'No massage while your arthritis is flaring (joints hot, swollen, very painful).', source: 'WERNER', level: 'see-doctor-first', action: 'book-gp' },
  },
  {
    id: 'spa-check',
    label: 'Your pain has lasted a long time. Do any of these apply? Tick all that do.',
    parts: [
      symptoms('Tick all that apply.', ['wakes-second-half-of-night', 'eases-with-movement', 'eases-with-anti-inflammatories']),
      {
        field: 'conditions', kind: 'multi', optional: false, default: [], label: 'And do any of these apply?',
        options: (['family-spondyloarthritis', 'enthesitis'] as const).map((c) => ({ value: c, label: CONDITION_RULES[c].label })),
      },
    ],
    askedWhen: (d) => all(A(d, 'lower-back', 'buttock'), () => days(d, (n) => n > 90), () => onsetAgeBelow(d, 45)),
    watchFor: {
      text: 'Back pain that lasts months, wakes you in the second half of the night and gets better when you move can be inflammation: ask your doctor about it.',
      source: 'NICE65', level: 'see-doctor-first', action: 'book-gp',
    },
  },
  {
    id: 'cancer-check',
    label: 'Because you have had cancer: do you have weakness in an arm or leg, or trouble walking?',
    parts: [symptoms('Tick it if it applies.', ['weakness-or-trouble-walking'])],
    askedWhen: (d) => C(d, 'cancer-history'),
    critical: () => ALWAYS,
    watchFor: {
      text: 'Because you have had cancer, contact your cancer team now if you get any of these. Pain in the middle or top of your back, or pain worse when you strain. Pain getting worse or stopping you sleeping, or a band of pain. Weakness, numbness, or a change in your bladder or bowels.',
      source: 'NICE234', level: 'emergency', action: 'go-to-ae',
    },
  },
  ...(['contexts', 'goals', 'setting', 'pressure', 'equipment'] as const).map(
    (field): FlowQuestionRule => ({ id: field, label: v1(field).label, parts: [v1(field)], askedWhen: () => ALWAYS, preference: true }),
  ),
];

export const FLOW_QUESTION: Readonly<Record<QuestionId, FlowQuestionRule>> = Object.fromEntries(
  FLOW_QUESTIONS.map((q) => [q.id, q]),
) as Record<QuestionId, FlowQuestionRule>;
