import type { Action, SourceId, TriageLevel } from '../assessment.js';
import type { BodyArea, Cause, Condition, Intake, PainQuality, Symptom } from '../intake.js';
import {
  A, age, all, any, bleedRisk, boneRisk, C, caudaSign, clotRisk, days, earlyPreg, infRisk, K, legNerve, mech, neuro,
  nonMech, not, notGradual, notMech, num, onsetAgeBelow, pregnant, Q, renal, S, severe, spaCriteria, sudden, thoracic,
  weeksAtLeast, weeksBelow, type Draft, type Facts,
} from '../signs.js';

/**
 * The triage rules of SCREENING.md §4 as typed data. Each rule names its level, the action it asks for,
 * its sources (the first is the main one), the intake fields it reads, and a fires-when predicate that
 * returns the facts it used (or null). The screening runs every rule whose trigger answers the draft holds (a rule
 * cannot fire without one); the most severe finding wins.
 */
export interface TriageRule {
  id: string;
  level: Exclude<TriageLevel, 'self-care'>;
  action: Action;
  /** The main source. */
  source: SourceId;
  sources: readonly SourceId[];
  reads: readonly (keyof Intake)[];
  /**
   * Answers the rule cannot fire without (at least one must be given), so the screen can skip it at once
   * when none is: e.g. a fever rule needs the fever symptom. Every rule has them; a test checks each holds.
   */
  triggers: Triggers;
  firesWhen(draft: Draft): Facts;
  /** The plain-words reason, given the draft and the facts that fired it. */
  message(draft: Draft, facts: readonly string[]): string;
}

/** At least one of these answers: a value ticked in a list field, or a field set to the value given. */
export interface Triggers {
  symptoms?: readonly Symptom[];
  conditions?: readonly Condition[];
  quality?: readonly PainQuality[];
  causes?: readonly Cause[];
  areas?: readonly BodyArea[];
  onset?: 'sudden';
  movementChangesPain?: false;
  pregnant?: true;
  radiatesBelowKnee?: true;
  trend?: 'worsening';
}

type RuleInput = Omit<TriageRule, 'source' | 'sources'> & { sources: readonly [SourceId, ...SourceId[]] };
const rule = (input: RuleInput): TriageRule => Object.freeze({ ...input, source: input.sources[0] });

const within = (d: Draft, limit: number) => days(d, (n) => n <= limit);
/** Days since the fall, knock or lift when known, else since the pain began. */
const injuryWithin = (d: Draft, limit: number): Facts =>
  d.daysSinceInjury !== undefined ? num(d, 'daysSinceInjury', (n) => n <= limit) : within(d, limit);
// Pain spreading to the arm or jaw together with sweating or sickness counts whatever movement does:
// positional pain does not rule out a heart attack (decision 0050).
const heartPattern = (d: Draft) =>
  all(any(thoracic(d), A(d, 'neck')), () =>
    any(
      all(notMech(d), () => S(d, 'pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick')),
      all(S(d, 'pain-spreading-to-arm-or-jaw'), () => S(d, 'sweating-or-feeling-sick')),
    ),
  );
const worsening = (d: Draft): Facts => (d.trend === 'worsening' ? ['trend:worsening'] : null);
const INFECTION_RISK_WORDS: Partial<Record<Condition, string>> = {
  'iv-drug-use': 'injecting drugs',
  immunosuppressed: 'a weak immune system',
  'recent-infection': 'a recent infection',
  'recent-spine-or-joint-procedure': 'a recent back or joint procedure',
  diabetes: 'diabetes',
};
const has = (facts: readonly string[], fact: string) => facts.includes(fact);

export const EMERGENCY_RULES: readonly TriageRule[] = [
  rule({
    id: 'cauda-equina',
    level: 'emergency',
    action: 'go-to-ae',
    sources: ['GIRFT23', 'NHSBACK', 'IFOMPT20'],
    triggers: { symptoms: ['bladder-or-bowel-change', 'bladder-or-bowel-feeling-change', 'saddle-numbness', 'numbness-both-legs', 'pain-down-both-legs', 'new-sexual-problem'] },
    reads: ['symptoms', 'radiatesBelowKnee', 'areas', 'quality'],
    firesWhen: (d) => any(caudaSign(d), all(S(d, 'new-sexual-problem'), () => legNerve(d))),
    message: () =>
      'What you told us about your bladder, bowels, private parts or both legs can mean the nerves at the bottom of the spine are badly squeezed (cauda equina syndrome). This needs hospital care straight away.',
  }),
  rule({
    id: 'progressive-weakness',
    level: 'emergency',
    action: 'go-to-ae',
    sources: ['IFOMPT20', 'NHSSCIATICA'],
    triggers: { symptoms: ['progressive-leg-weakness'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'progressive-leg-weakness'),
    message: () => 'You told us your leg is getting weaker. A nerve may be badly squeezed, and quick care protects it.',
  }),
  rule({
    id: 'major-trauma',
    level: 'emergency',
    action: 'call-999',
    sources: ['NHSBACK', 'IFOMPT20'],
    triggers: { symptoms: ['significant-trauma'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'significant-trauma'),
    message: () => 'Your pain started after a serious fall, crash or blow. A bone could be broken and needs checking first. Try not to move your back.',
  }),
  rule({
    id: 'chest-or-breathing',
    level: 'emergency',
    action: 'call-999',
    sources: ['NICE95', 'NHSBACK'],
    triggers: { symptoms: ['chest-pain', 'breathlessness'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'chest-pain', 'breathlessness'),
    message: () => 'Back pain with chest pain or trouble breathing can come from the heart, the lungs or the main blood vessel.',
  }),
  rule({
    id: 'aortic-aneurysm',
    level: 'emergency',
    action: 'call-999',
    sources: ['NICE156', 'NHSAAA', 'BNSSG'],
    triggers: { symptoms: ['pulsating-abdominal-pain'], onset: 'sudden', conditions: ['aortic-aneurysm'] },
    reads: ['symptoms', 'age', 'onset', 'intensity', 'areas', 'movementChangesPain', 'conditions', 'durationDays'],
    firesWhen: (d) =>
      any(
        S(d, 'pulsating-abdominal-pain'),
        all(age(d, (n) => n >= 50), () => sudden(d), () => severe(d), () => any(A(d, 'abdomen', 'flank'), nonMech(d))),
        all(C(d, 'aortic-aneurysm'), () => within(d, 14), () => any(sudden(d), severe(d))),
      ),
    message: () =>
      'Sudden, severe pain in the back, belly or side can mean the main blood vessel (the aorta) is swollen or leaking. So can a throbbing in your belly.',
  }),
  rule({
    id: 'collapse',
    level: 'emergency',
    action: 'call-999',
    sources: ['NICE156', 'NHSAAA', 'NHSECTOPIC'],
    triggers: { symptoms: ['fainting'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'fainting'),
    message: () => 'Fainting or nearly fainting with back or belly pain can mean bleeding inside the body.',
  }),
  rule({
    id: 'aortic-dissection',
    level: 'emergency',
    action: 'call-999',
    sources: ['BNSSG', 'NHSDISSECT'],
    triggers: { quality: ['tearing'] },
    reads: ['quality', 'durationDays', 'onset'],
    firesWhen: (d) => all(Q(d, 'tearing'), () => within(d, 14), () => notGradual(d)),
    message: () => 'A new tearing or ripping pain can mean a tear in the main blood vessel (aortic dissection).',
  }),
  rule({
    id: 'heart-attack-mimic',
    level: 'emergency',
    action: 'call-999',
    sources: ['NICE95'],
    triggers: { symptoms: ['pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick'] },
    reads: ['areas', 'movementChangesPain', 'durationDays', 'symptoms'],
    firesWhen: (d) => all(heartPattern(d), () => within(d, 3)),
    message: () =>
      'New pain in your upper back or neck that moving does not change can be a heart attack. This is more likely with pain spreading to your arm or jaw, or sweating or feeling sick.',
  }),
  rule({
    id: 'pulmonary-embolism',
    level: 'emergency',
    action: 'call-999',
    sources: ['NHSDVT', 'NICE158'],
    triggers: { symptoms: ['coughing-blood', 'pain-worse-breathing-in'] },
    reads: ['symptoms', 'conditions', 'pregnant'],
    firesWhen: (d) => any(S(d, 'coughing-blood'), all(S(d, 'pain-worse-breathing-in'), () => clotRisk(d))),
    message: () => 'Coughing up blood, or pain when you breathe in with a higher risk of blood clots, can mean a clot in the lung.',
  }),
  rule({
    id: 'sepsis',
    level: 'emergency',
    action: 'call-999',
    sources: ['NHSSEPSIS'],
    triggers: { symptoms: ['confused-or-very-unwell'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'confused-or-very-unwell'),
    message: () => 'Being confused, very breathless or having blotchy, blue or very pale skin can be sepsis, a reaction to an infection that needs help at once.',
  }),
  rule({
    id: 'infection-nerve-signs',
    level: 'emergency',
    action: 'go-to-ae',
    sources: ['IFOMPT20', 'YUSUF19'],
    triggers: { symptoms: ['fever'] },
    reads: ['symptoms', 'radiatesBelowKnee', 'areas', 'quality'],
    firesWhen: (d) => all(S(d, 'fever'), () => neuro(d)),
    message: () => 'A fever with back pain and nerve signs (weakness, numbness or pain down a leg) can mean an infection pressing on the nerves.',
  }),
  rule({
    id: 'mscc-nerve-signs',
    level: 'emergency',
    action: 'go-to-ae',
    sources: ['NICE234'],
    triggers: { conditions: ['cancer-history'] },
    reads: ['conditions', 'symptoms', 'radiatesBelowKnee', 'areas', 'quality'],
    firesWhen: (d) => all(C(d, 'cancer-history'), () => neuro(d)),
    message: () =>
      'You have had cancer, and you have nerve signs (weakness, numbness or pain down a leg, or a bladder or bowel change). This can mean pressure on the spinal cord. Go to the emergency department now, or call your cancer team\u2019s 24-hour line.',
  }),
  rule({
    id: 'epidural-haematoma',
    level: 'emergency',
    action: 'go-to-ae',
    sources: ['SSEH'],
    triggers: { conditions: ['anticoagulant-medication', 'clotting-disorder'] },
    reads: ['conditions', 'onset', 'symptoms', 'radiatesBelowKnee', 'areas', 'quality'],
    firesWhen: (d) => all(bleedRisk(d), () => sudden(d), () => neuro(d)),
    message: () => 'Sudden back pain with nerve signs while you bleed more easily can mean bleeding near the spinal cord.',
  }),
  rule({
    id: 'kidney-emergency',
    level: 'emergency',
    action: 'go-to-ae',
    sources: ['CKSRENAL'],
    triggers: { onset: 'sudden' },
    reads: ['areas', 'onset', 'intensity', 'movementChangesPain', 'symptoms', 'pregnant'],
    firesWhen: (d) => all(renal(d), () => any(S(d, 'fever'), pregnant(d))),
    message: () => 'Sudden, severe pain in your side with a fever, or while pregnant, can mean a blocked and infected kidney.',
  }),
  rule({
    id: 'ectopic-pregnancy',
    level: 'emergency',
    action: 'go-to-ae',
    sources: ['NHSECTOPIC', 'NICE126'],
    triggers: { conditions: ['might-be-pregnant'], pregnant: true },
    reads: ['conditions', 'pregnant', 'pregnancyWeeks', 'symptoms', 'areas', 'intensity'],
    firesWhen: (d) => all(earlyPreg(d), () => any(S(d, 'shoulder-tip-pain'), all(A(d, 'abdomen'), () => severe(d)))),
    message: () =>
      'In early pregnancy, or if you might be pregnant, pain in the tip of the shoulder or bad belly pain can mean a pregnancy outside the womb (ectopic pregnancy).',
  }),
  rule({
    id: 'pregnancy-bleeding',
    level: 'emergency',
    action: 'call-maternity',
    sources: ['TOMMYS', 'NHSECTOPIC'],
    triggers: { symptoms: ['vaginal-bleeding'] },
    reads: ['pregnant', 'conditions', 'symptoms'],
    firesWhen: (d) => all(any(pregnant(d), C(d, 'might-be-pregnant')), () => S(d, 'vaginal-bleeding')),
    message: () => 'Bleeding from your vagina with back pain in pregnancy needs checking now.',
  }),
  rule({
    id: 'preterm-labour',
    level: 'emergency',
    action: 'call-maternity',
    sources: ['TOMMYS', 'NICE25'],
    triggers: { symptoms: ['waters-or-contractions'] },
    reads: ['pregnant', 'pregnancyWeeks', 'symptoms'],
    firesWhen: (d) => all(pregnant(d), () => weeksBelow(d, 37), () => S(d, 'waters-or-contractions')),
    message: () => 'Tightenings, back pain in waves or fluid leaking before 37 weeks can mean labour is starting early.',
  }),
  rule({
    id: 'pre-eclampsia',
    level: 'emergency',
    action: 'call-maternity',
    sources: ['NICE133'],
    triggers: { symptoms: ['pre-eclampsia-signs'] },
    reads: ['pregnant', 'pregnancyWeeks', 'symptoms'],
    firesWhen: (d) => all(pregnant(d), () => weeksAtLeast(d, 20), () => S(d, 'pre-eclampsia-signs')),
    message: () =>
      'A bad headache, vision changes, pain just below the ribs or sudden swelling in pregnancy can be pre-eclampsia, which needs checking now.',
  }),
  // Added in review against published cases (docs/decisions/0050): the maternity unit wants a call
  // when the waters break or labour starts at any stage, not only before 37 weeks.
  rule({
    id: 'labour-signs',
    level: 'emergency',
    action: 'call-maternity',
    sources: ['TOMMYS'],
    triggers: { symptoms: ['waters-or-contractions'] },
    reads: ['pregnant', 'pregnancyWeeks', 'symptoms'],
    firesWhen: (d) => all(pregnant(d), () => weeksAtLeast(d, 37), () => S(d, 'waters-or-contractions')),
    message: () => 'Tightenings, back pain in waves or fluid leaking can mean labour has started. Call your maternity unit or midwife now.',
  }),
];

export const URGENT_RULES: readonly TriageRule[] = [
  rule({
    id: 'spinal-infection',
    level: 'urgent',
    action: 'same-day',
    sources: ['IFOMPT20', 'NHSBACK', 'YUSUF19'],
    triggers: { symptoms: ['fever'] },
    reads: ['symptoms', 'conditions'],
    // The risk factors only word the message; a fever alone is enough.
    firesWhen: (d) => all(S(d, 'fever'), () => any(infRisk(d), C(d, 'diabetes'), [])),
    message: (_d, facts) => {
      const risks = facts.filter((f) => f.startsWith('conditions:')).map((f) => INFECTION_RISK_WORDS[f.slice(11) as Condition] ?? '');
      const named = risks.length < 2 ? (risks[0] ?? '') : `${risks.slice(0, -1).join(', ')} and ${risks.at(-1)}`;
      return `You have a fever with back pain${named ? `. The risk of a spine infection is higher with ${named}` : ''}. An infection needs to be ruled out today.`;
    },
  }),
  rule({
    id: 'kidney-infection',
    level: 'urgent',
    action: 'same-day',
    sources: ['NHSKIDNEY', 'NICE111'],
    triggers: { symptoms: ['fever'] },
    reads: ['symptoms', 'areas'],
    firesWhen: (d) => all(S(d, 'fever'), () => any(A(d, 'flank'), S(d, 'urine-symptoms'))),
    message: () => 'A fever with pain in your side, or with pain or burning when you pee, can be a kidney infection.',
  }),
  rule({
    id: 'fragility-fracture',
    level: 'urgent',
    action: 'same-day',
    sources: ['DOWNIE13', 'IFOMPT20'],
    triggers: { causes: ['fall-or-accident', 'lifting', 'unknown'], quality: ['sharp'], onset: 'sudden' },
    reads: ['conditions', 'age', 'causes', 'daysSinceInjury', 'durationDays', 'quality', 'onset'],
    firesWhen: (d) =>
      all(
        any(boneRisk(d), age(d, (n) => n >= 70), C(d, 'frail')),
        () => any(
          all(K(d, 'fall-or-accident', 'lifting'), () => injuryWithin(d, 14)),
          all(within(d, 14), () => any(K(d, 'unknown'), Q(d, 'sharp'), sudden(d))),
        ),
      ),
    message: (_d, facts) =>
      `Your pain started in the last two weeks${facts.some((f) => f.startsWith('causes:fall') || f.startsWith('causes:lifting')) ? ' after a fall, knock or lift' : ''}, and your bones may break more easily than most people\u2019s${facts.some((f) => f.startsWith('age:')) ? ' (because of your age)' : ''}. A small crack in a bone needs to be ruled out.`,
  }),
  rule({
    id: 'cancer-with-warning-signs',
    level: 'urgent',
    action: 'same-day',
    sources: ['NICE234', 'IFOMPT20'],
    triggers: { conditions: ['cancer-history'] },
    reads: ['conditions', 'areas', 'symptoms', 'trend', 'intensity', 'movementChangesPain'],
    firesWhen: (d) =>
      all(
        C(d, 'cancer-history'),
        () => any(
          thoracic(d), A(d, 'neck'), S(d, 'pain-worse-coughing-straining', 'night-pain-at-rest', 'unexplained-weight-loss'),
          worsening(d), all(severe(d), () => nonMech(d)),
        ),
      ),
    message: () =>
      'You have had cancer, and your pain has a warning sign (where it is, how it behaves, or weight loss). Contact your cancer team or doctor today.',
  }),
  rule({
    id: 'epidural-haematoma-risk',
    level: 'urgent',
    action: 'ae-today',
    sources: ['SSEH'],
    triggers: { conditions: ['anticoagulant-medication', 'clotting-disorder'] },
    reads: ['conditions', 'onset', 'intensity', 'durationDays'],
    firesWhen: (d) => all(bleedRisk(d), () => sudden(d), () => severe(d), () => within(d, 3)),
    message: () => 'Sudden, severe new back pain while you bleed more easily needs checking today for bleeding near the spine.',
  }),
  rule({
    id: 'kidney-stone-pattern',
    level: 'urgent',
    action: 'same-day',
    sources: ['CKSRENAL', 'RMSCORNWALL'],
    triggers: { onset: 'sudden' },
    reads: ['areas', 'onset', 'intensity', 'movementChangesPain'],
    firesWhen: (d) => renal(d),
    message: () => 'Sudden, severe pain in your side that moving does not change can be a kidney stone.',
  }),
  rule({
    id: 'sudden-belly-pain',
    level: 'urgent',
    action: 'same-day',
    sources: ['NHSPANC'],
    triggers: { onset: 'sudden' },
    reads: ['areas', 'onset', 'intensity'],
    firesWhen: (d) => all(A(d, 'abdomen'), () => sudden(d), () => severe(d)),
    message: () => 'Sudden, severe belly pain that goes through to the back can come from an organ such as the pancreas.',
  }),
  rule({
    id: 'suspected-dvt',
    level: 'urgent',
    action: 'same-day',
    sources: ['NHSDVT', 'QS201'],
    triggers: { symptoms: ['suspected-blood-clot'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'suspected-blood-clot'),
    message: () => 'A swollen, warm, red or throbbing leg can be a blood clot (DVT). Do not rub it.',
  }),
  rule({
    id: 'pleuritic-pain',
    level: 'urgent',
    action: 'same-day',
    sources: ['NHSPE'],
    triggers: { symptoms: ['pain-worse-breathing-in'] },
    reads: ['symptoms', 'conditions', 'pregnant', 'movementChangesPain'],
    firesWhen: (d) => all(S(d, 'pain-worse-breathing-in'), () => not(clotRisk(d)), () => notMech(d)),
    message: () => 'Pain that is sharper when you breathe in, and not changed by moving, should be checked today.',
  }),
  rule({
    id: 'heart-attack-mimic-recent',
    level: 'urgent',
    action: 'same-day',
    sources: ['NICE95'],
    triggers: { symptoms: ['pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick'] },
    reads: ['areas', 'movementChangesPain', 'durationDays', 'symptoms'],
    firesWhen: (d) => all(heartPattern(d), () => days(d, (n) => n > 3 && n <= 30)),
    message: () =>
      'Upper back or neck pain that moving does not change can come from the heart. With pain spreading to your arm or jaw, or sweating or feeling sick, get it checked today.',
  }),
  rule({
    id: 'new-sexual-problem',
    level: 'urgent',
    action: 'same-day',
    sources: ['GIRFT23'],
    triggers: { symptoms: ['new-sexual-problem'] },
    reads: ['symptoms', 'radiatesBelowKnee', 'areas', 'quality'],
    firesWhen: (d) => all(S(d, 'new-sexual-problem'), () => not(legNerve(d))),
    message: () =>
      'A new change in feeling in your private parts, or in erections or ejaculation, should be checked today. On its own it is unlikely to be a nerve emergency.',
  }),
  rule({
    id: 'early-pregnancy-pain',
    level: 'urgent',
    action: 'same-day',
    sources: ['NHSECTOPIC'],
    triggers: { conditions: ['might-be-pregnant'], pregnant: true },
    reads: ['conditions', 'pregnant', 'pregnancyWeeks', 'areas'],
    firesWhen: (d) => all(earlyPreg(d), () => A(d, 'abdomen')),
    message: () => 'Belly pain in early pregnancy, or if you might be pregnant, should be checked today.',
  }),
  // Added in review against published cases (docs/decisions/0050), conservative until a clinician signs off.
  rule({
    id: 'sudden-constant-upper-back-pain',
    level: 'urgent',
    action: 'same-day',
    sources: ['NICE95', 'NHSBACK'],
    triggers: { onset: 'sudden' },
    reads: ['areas', 'onset', 'intensity', 'movementChangesPain', 'durationDays'],
    firesWhen: (d) => all(any(thoracic(d), A(d, 'neck')), () => sudden(d), () => severe(d), () => nonMech(d), () => within(d, 30)),
    message: () =>
      'Sudden, severe pain in the neck, upper or middle back that moving does not change should be checked today. Now and then it comes from the heart, the main blood vessel or a bleed near the spine.',
  }),
  rule({
    id: 'sudden-pain-with-weakness',
    level: 'urgent',
    action: 'ae-today',
    sources: ['SSEH'],
    triggers: { onset: 'sudden' },
    reads: ['onset', 'intensity', 'symptoms'],
    firesWhen: (d) => all(sudden(d), () => severe(d), () => S(d, 'weakness-or-trouble-walking')),
    message: () =>
      'Sudden, severe back or neck pain with new weakness in an arm or leg needs checking today, for pressure on the nerves or spinal cord.',
  }),
  rule({
    id: 'pregnancy-warning-signs',
    level: 'urgent',
    action: 'same-day',
    sources: ['NICE133', 'TOMMYS'],
    triggers: { symptoms: ['pre-eclampsia-signs'] },
    reads: ['pregnant', 'conditions', 'symptoms'],
    // pre-eclampsia (emergency) covers 20 weeks on; before that the same signs still need a same-day check.
    firesWhen: (d) => all(any(pregnant(d), C(d, 'might-be-pregnant')), () => S(d, 'pre-eclampsia-signs')),
    message: () =>
      'A bad headache, vision changes, pain below the ribs or sudden swelling in pregnancy should be checked today by your midwife or doctor.',
  }),
  rule({
    id: 'pregnancy-kidney',
    level: 'urgent',
    action: 'same-day',
    sources: ['NHSKIDNEY', 'NICE111'],
    triggers: { pregnant: true },
    reads: ['pregnant', 'areas', 'symptoms'],
    firesWhen: (d) => all(pregnant(d), () => any(A(d, 'flank'), S(d, 'urine-symptoms'))),
    message: () => 'Pain in your side, or pain or burning when you pee, in pregnancy can be a kidney infection. It should be checked today.',
  }),
];

export const SEE_DOCTOR_RULES: readonly TriageRule[] = [
  rule({
    id: 'cancer-history',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['IFOMPT20', 'NICE234'],
    triggers: { conditions: ['cancer-history'] },
    reads: ['conditions'],
    firesWhen: (d) => C(d, 'cancer-history'),
    message: () =>
      'You have had cancer. New back pain is usually something else, but a doctor should rule out a link, and say what massage is safe.',
  }),
  rule({
    id: 'possible-serious-cause',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['NHSBACK', 'NICE12'],
    triggers: { symptoms: ['unexplained-weight-loss', 'night-pain-at-rest'] },
    reads: ['symptoms', 'age'],
    firesWhen: (d) => S(d, 'unexplained-weight-loss', 'night-pain-at-rest'),
    message: (d, facts) =>
      `Weight loss you cannot explain, or pain at night that rest does not ease, should be checked by a doctor.${has(facts, 'symptoms:unexplained-weight-loss') && (d.age ?? 0) >= 60 ? ' Over 60 with weight loss and back pain, your doctor may offer a scan or blood tests.' : ''}`,
  }),
  rule({
    id: 'cough-strain-pain',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['NHSBACK'],
    triggers: { symptoms: ['pain-worse-coughing-straining'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'pain-worse-coughing-straining'),
    message: () => 'Back pain that is worse when you cough, sneeze or push on the toilet should be checked by a doctor.',
  }),
  rule({
    id: 'back-lump',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['NHSBACK'],
    triggers: { symptoms: ['lump-or-changed-shape'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'lump-or-changed-shape'),
    message: () => 'A new lump on your back, or a change in its shape, should be checked by a doctor.',
  }),
  rule({
    id: 'upper-back-constant',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['NHSBACK'],
    triggers: { movementChangesPain: false },
    reads: ['areas', 'movementChangesPain'],
    firesWhen: (d) => all(thoracic(d), () => nonMech(d)),
    message: () => 'Pain in the upper or middle back that stays the same whatever you do should be checked by a doctor.',
  }),
  rule({
    id: 'infection-risk',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['IFOMPT20', 'YUSUF19', 'AJEM19', 'SCSC25'],
    triggers: { conditions: ['iv-drug-use', 'immunosuppressed', 'recent-infection', 'recent-spine-or-joint-procedure', 'diabetes'] },
    reads: ['symptoms', 'conditions', 'movementChangesPain'],
    firesWhen: (d) =>
      all(not(S(d, 'fever')), () => any(infRisk(d), all(C(d, 'diabetes'), () => any(S(d, 'night-pain-at-rest'), nonMech(d))))),
    message: () =>
      'Your risk of a spine infection is higher than most people\u2019s, so a doctor should check new back pain even without a fever. Get seen today if you get a fever.',
  }),
  rule({
    id: 'aortic-aneurysm-known',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['NHSAAA'],
    triggers: { conditions: ['aortic-aneurysm'] },
    reads: ['conditions'],
    firesWhen: (d) => C(d, 'aortic-aneurysm'),
    message: () =>
      'You have a problem with your main blood vessel (aorta). New back or belly pain should be checked by a doctor. Sudden, severe pain: call for an ambulance.',
  }),
  rule({
    id: 'possible-shingles',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['NHSSHINGLES'],
    triggers: { symptoms: ['one-sided-band-or-rash'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'one-sided-band-or-rash'),
    message: () =>
      'A band of pain on one side, very sore skin or a rash can be shingles. Speak to a pharmacist or doctor soon: medicine works best if started within 3 days of the rash.',
  }),
  rule({
    id: 'chest-wall-pain',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['NHSPE', 'NICE158'],
    triggers: { symptoms: ['pain-worse-breathing-in'] },
    reads: ['symptoms', 'conditions', 'pregnant', 'movementChangesPain'],
    firesWhen: (d) => all(S(d, 'pain-worse-breathing-in'), () => not(clotRisk(d)), () => mech(d)),
    message: () =>
      'Pain that is sharper when you breathe in but changes when you move is often from the muscles and ribs. A doctor should still check it. Get help at once if you get short of breath.',
  }),
  // Added in review against published cases (docs/decisions/0050).
  rule({
    id: 'urine-symptoms',
    level: 'see-doctor-first',
    action: 'gp-48h',
    sources: ['NHSKIDNEY'],
    triggers: { symptoms: ['urine-symptoms'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'urine-symptoms'),
    message: () =>
      'Pain or burning when you pee, peeing much more, or blood in your pee can be an infection in the bladder or kidney. See a doctor soon, and today if you get a fever.',
  }),
  rule({
    id: 'nerve-pain-in-leg',
    level: 'see-doctor-first',
    action: 'book-gp',
    sources: ['NICE59', 'NHSSCIATICA'],
    triggers: { radiatesBelowKnee: true, quality: ['numbness', 'tingling'], symptoms: ['weakness-or-trouble-walking'] },
    reads: ['radiatesBelowKnee', 'areas', 'quality', 'symptoms'],
    firesWhen: (d) => legNerve(d),
    message: () =>
      'Pain, tingling, numbness or weakness going down your leg can mean a nerve is irritated (sciatica). A doctor or physiotherapist should check it before massage.',
  }),
  rule({
    id: 'getting-worse',
    level: 'see-doctor-first',
    action: 'book-gp',
    sources: ['NHSBACK', 'NICE59'],
    triggers: { trend: 'worsening' },
    reads: ['trend', 'durationDays'],
    // G1: soreness after exercise can build for a few days, so "worse" counts from a week on.
    firesWhen: (d) => all(worsening(d), () => days(d, (n) => n >= 7)),
    message: () => 'Your pain has been getting worse for a week or more. Pain that keeps getting worse should be checked by a doctor.',
  }),
  rule({
    id: 'inflammatory-back-pain',
    level: 'see-doctor-first',
    action: 'book-gp',
    sources: ['NICE65'],
    triggers: { areas: ['lower-back', 'buttock'] },
    reads: ['areas', 'durationDays', 'age', 'symptoms', 'conditions'],
    firesWhen: (d) =>
      all(A(d, 'lower-back', 'buttock'), () => days(d, (n) => n > 90), () => onsetAgeBelow(d, 45), () => {
        const criteria = spaCriteria(d);
        return criteria.length >= 3 ? criteria.flat() : null;
      }),
    message: (d) =>
      spaCriteria(d).length >= 4
        ? 'Your back pain has signs of inflammation in the spine (spondyloarthritis). Ask your doctor to refer you to a rheumatology (joint) specialist.'
        : 'Your back pain has some signs of inflammation in the spine. Ask your doctor about a blood test (HLA-B27) and whether to see a specialist.',
  }),
  rule({
    id: 'arthritis-flare',
    level: 'see-doctor-first',
    action: 'book-gp',
    sources: ['WERNER'],
    triggers: { symptoms: ['arthritis-flare'] },
    reads: ['symptoms'],
    firesWhen: (d) => S(d, 'arthritis-flare'),
    message: () => 'Your arthritis is flaring. Contact your doctor or rheumatology team, and skip massage until it settles.',
  }),
];

export const TRIAGE_RULES: readonly TriageRule[] = [...EMERGENCY_RULES, ...URGENT_RULES, ...SEE_DOCTOR_RULES];
