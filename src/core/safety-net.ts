import type { Reason, SafetyNetItem, TriageLevel } from './assessment.js';
import type { Intake } from './intake.js';
import { FLOW_QUESTION } from './knowledge/flow-questions.js';
import { EMERGENCY_SYMPTOMS, SYMPTOM_LABELS } from './questions.js';
import { bleedRisk, boneRisk } from './signs.js';

/**
 * "Come back if" lines (SCREENING.md §6). Self-care always gets the four general ones in order, then the
 * ones that apply to the person. A cancer history always carries its watch list, at every level. Each
 * unanswered follow-up adds its watch-for line. Emergency results carry none: they say one thing.
 */
const item = (value: SafetyNetItem): SafetyNetItem => Object.freeze(value);

const ALWAYS: readonly SafetyNetItem[] = [
  item({
    id: 'call-emergency',
    level: 'emergency',
    action: 'call-999',
    text: 'Call for an ambulance if any of these appear.',
    signs: EMERGENCY_SYMPTOMS.map((s) => SYMPTOM_LABELS[s]),
    source: 'NHSBACK',
  }),
  item({
    id: 'seen-today',
    level: 'urgent',
    action: 'same-day',
    text: 'Get seen today if any of these appear.',
    signs: [
      'A fever, or feeling hot and shivery',
      'One leg swollen, warm or red',
      'Pain spreading to your arm or jaw, with sweating or feeling sick',
    ],
    source: 'NHSBACK',
  }),
  item({
    id: 'gp-soon',
    level: 'see-doctor-first',
    action: 'gp-48h',
    text: 'See a doctor within a day or two if any of these appear.',
    signs: [
      'You lose weight without trying',
      'Pain at night that rest doesn\u2019t ease',
      'Pain worse when you cough, sneeze or poo',
      'A lump on your back, or your back changes shape',
    ],
    source: 'NHSBACK',
  }),
  item({
    id: 'book-gp',
    level: 'see-doctor-first',
    action: 'book-gp',
    text: 'Book a visit with a doctor or physiotherapist if any of these happen.',
    signs: [
      'It is no better after a few weeks',
      'It has not settled by 6 weeks',
      'It is getting worse',
      'It stops you doing your daily activities',
      'You are finding it hard to cope',
    ],
    source: 'NICE59',
  }),
];

const CANCER_WATCH = item({
  id: 'cancer-watch',
  level: 'emergency',
  action: 'go-to-ae',
  text: 'Because you have had cancer, contact your cancer team now (or go to the emergency department) if any of these appear.',
  signs: [
    'Pain in the middle or top of your back',
    'Pain worse when you strain, cough or sneeze',
    'Pain getting worse, or stopping you sleeping',
    'A band of pain around your body',
    'Weakness or numbness, or a change in your bladder or bowels',
  ],
  source: 'NICE234',
});

const VERY_STRONG_PAIN = item({
  id: 'very-strong-pain',
  level: 'see-doctor-first',
  action: 'book-gp',
  text: 'Very strong pain is usually not damage. See a doctor if it isn\u2019t better in a few days, stops you sleeping, or you can\u2019t cope. Gentle massage only.',
  source: 'NHSBACK',
});
const EXERCISE_SORENESS = item({
  id: 'exercise-soreness',
  level: 'see-doctor-first',
  action: 'book-gp',
  text: 'Soreness 1 to 3 days after hard exercise is normal and goes within about a week. See a doctor if it is still getting worse after a week.',
  source: 'ACSMDOMS',
});
const PREGNANCY = item({
  id: 'pregnancy',
  level: 'emergency',
  action: 'call-maternity',
  text: 'Call your maternity unit now for bleeding, waters breaking, tightenings or back pain in waves before 37 weeks, a bad headache, vision problems, pain under the ribs, sudden swelling, or baby moving less. From 28 weeks, sleep on your side.',
  source: 'TOMMYS',
});
const BLEEDING_RISK = item({
  id: 'bleeding-risk',
  level: 'emergency',
  action: 'go-to-ae',
  text: 'Sudden bad back pain, or a leg going weak or numb: go to the emergency department now.',
  source: 'SSEH',
});
const FALL_OR_KNOCK = item({
  id: 'fall-or-knock',
  level: 'urgent',
  action: 'same-day',
  text: 'If a fall or knock makes it suddenly worse, get seen today.',
  source: 'DOWNIE13',
});
const ARTHRITIS = item({
  id: 'arthritis-flare',
  level: 'self-care',
  text: 'No massage in a flare (joints hot, swollen, very painful).',
  source: 'WERNER',
});
const ASK_ABOUT_INFLAMMATION = item({
  id: 'ask-about-inflammation',
  level: 'see-doctor-first',
  action: 'book-gp',
  text: 'Long morning stiffness for months, starting before 45: ask your doctor about inflammatory back pain.',
  source: 'NICE65',
});

// The watch-for line of each question, built once and shared, by the code of the reason that names
// the question left out (`unanswered:<id>`): a reason's code finds its line in one lookup.
const WATCH_FOR = new Map<string, SafetyNetItem>(
  Object.values(FLOW_QUESTION).flatMap((question) => {
    const watch = question.watchFor;
    if (!watch) return [];
    const line = item({ id: `watch-for:${question.id}`, level: watch.level, action: watch.action, text: watch.text, source: watch.source });
    return [[`unanswered:${question.id}`, line] as const];
  }),
);

function watchFor(reasons: readonly Reason[], net: SafetyNetItem[]): void {
  for (const r of reasons) {
    const watch = WATCH_FOR.get(r.code);
    if (watch) net.push(watch);
  }
}

export function safetyNetFor(intake: Intake, triage: TriageLevel, reasons: readonly Reason[]): SafetyNetItem[] {
  if (triage === 'emergency') return [];
  const net: SafetyNetItem[] = [];
  if (intake.conditions.includes('cancer-history')) net.push(CANCER_WATCH);
  if (triage === 'self-care') {
    net.push(...ALWAYS);
    if (intake.intensity >= 9) net.push(VERY_STRONG_PAIN);
    if (intake.causes.includes('sports') && intake.durationDays <= 7) net.push(EXERCISE_SORENESS);
    if (intake.pregnant === true) net.push(PREGNANCY);
    if (bleedRisk(intake)) net.push(BLEEDING_RISK);
    if (boneRisk(intake) || intake.age >= 70 || intake.conditions.includes('frail')) net.push(FALL_OR_KNOCK);
    if (intake.conditions.includes('inflammatory-arthritis')) net.push(ARTHRITIS);
    if (intake.symptoms.includes('morning-stiffness-over-30-min') && intake.durationDays > 90 && intake.age < 45) {
      net.push(ASK_ABOUT_INFLAMMATION);
    }
  }
  watchFor(reasons, net);
  return net;
}
