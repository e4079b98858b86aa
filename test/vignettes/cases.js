// The vignette suite: cases written from published guideline scenarios, patient pages and case reports
// (sources.js), each turned into the intake a person would give backrub under the v2 contract
// (SCREENING.md §2), with the triage levels a clinician would accept. `answered` is filled the way the app
// asks (asked.js), less any question a case deliberately leaves unanswered. Plain JavaScript so the scoring
// bench can load it beside the built core; typed by cases.d.ts and re-exported by vignettes.ts.
import { askedQuestions } from './asked.js';
import { S } from './sources.js';

/** Preferences that would pick firm pressure and both tools, so a pressure cap or block has to act. */
const WANTS_FIRM = { goals: ['pain-relief'], setting: 'either', pressure: 'firm', equipment: ['foam-roller', 'tennis-ball'] };
const HOME_MEDIUM = { goals: ['pain-relief', 'relaxation'], setting: 'home', pressure: 'medium', equipment: ['tennis-ball'] };

const EM = ['emergency'];
const UR = ['urgent'];
const UR_OR_EM = ['emergency', 'urgent'];
const SDF = ['see-doctor-first'];
const SC = ['self-care'];

function vignette({ unanswered = [], mustNotFire = [], ...c }) {
  const answered = askedQuestions(c.intake).filter((id) => !unanswered.includes(id));
  return Object.freeze({
    ...c,
    intake: { ...c.intake, answered },
    massageWithheld: !c.accepted.includes('self-care'),
    benign: c.accepted.length === 1 && c.accepted[0] === 'self-care',
    unanswered,
    mustNotFire,
  });
}

const cases = [
  // ───────────── Emergency: nerves (cauda equina, weakness) ─────────────
  {
    id: 'ces-numb-bladder', title: 'Sciatica after lifting, and now cannot feel when the bladder is full', source: S.GIRFT23,
    intake: { age: 44, pregnant: false, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: true, quality: ['sharp'], intensity: 7, durationDays: 5, trend: 'worsening', causes: ['lifting'], conditions: [], symptoms: ['bladder-or-bowel-feeling-change'], onset: 'sudden' },
    accepted: EM, exercises: ['cauda-equina', 'nerve-pain-in-leg'],
  },
  {
    id: 'ces-saddle-retention', title: 'Sudden low back pain with a numb bottom and trouble passing urine, no leg pain', source: S.HKJEM10,
    intake: { age: 40, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 7, durationDays: 2, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['saddle-numbness', 'bladder-or-bowel-change'], onset: 'sudden' },
    accepted: EM, exercises: ['cauda-equina'],
  },
  {
    id: 'ces-new-both-legs', title: 'Leg pain that spread to both legs in the last week', source: S.GIRFT23,
    intake: { age: 36, pregnant: false, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: true, quality: ['sharp', 'tingling'], intensity: 6, durationDays: 10, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['pain-down-both-legs'] },
    accepted: EM, exercises: ['cauda-equina', 'G5'],
  },
  {
    id: 'ces-sexual-with-sciatica', title: 'Sciatica with new numbness of the genitals', source: S.GIRFT23,
    intake: { age: 41, pregnant: false, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: true, quality: ['sharp'], intensity: 6, durationDays: 8, trend: 'stable', causes: ['lifting'], conditions: [], symptoms: ['new-sexual-problem'] },
    accepted: EM, exercises: ['cauda-equina'], mustNotFire: ['new-sexual-problem'],
  },
  {
    id: 'ces-diabetic-incontinence', title: 'Three days of back pain in a man with diabetes, then leaking urine and stool and a numb scrotum', source: S.SNICES,
    intake: { age: 53, pregnant: false, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: true, quality: ['dull-ache'], intensity: 6, durationDays: 3, trend: 'worsening', causes: ['unknown'], conditions: ['diabetes'], symptoms: ['bladder-or-bowel-change', 'saddle-numbness', 'pain-down-both-legs'], onset: 'gradual', movementChangesPain: true },
    accepted: EM, exercises: ['cauda-equina'],
  },
  {
    id: 'cord-myeloma-mid-back', title: 'Six months of mid-back pain, now both legs numb and weak and sneezing sends shocks', source: S.AOUC,
    intake: { age: 56, pregnant: false, areas: ['mid-back'], pattern: 'one-spot', quality: ['burning'], intensity: 9, durationDays: 180, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['numbness-both-legs', 'pain-worse-coughing-straining'], movementChangesPain: true },
    accepted: EM, exercises: ['cauda-equina', 'cough-strain-pain', 'getting-worse'],
  },
  {
    id: 'abscess-legs-bladder', title: 'A week of worsening midline back pain, then wobbly numb legs and trouble passing urine, no fever', source: S.PCSEA,
    intake: { age: 36, pregnant: false, areas: ['upper-back', 'mid-back', 'lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 7, durationDays: 7, trend: 'worsening', causes: ['unknown'], conditions: ['diabetes'], symptoms: ['bladder-or-bowel-change', 'numbness-both-legs'], onset: 'gradual', movementChangesPain: true },
    accepted: EM, exercises: ['cauda-equina'],
  },
  {
    id: 'sseh-arm-then-legs', title: 'Sudden pain below the neck, an arm goes weak, then both legs within hours', source: S.FEDOR11,
    intake: { age: 71, areas: ['neck', 'upper-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 8, durationDays: 0, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['progressive-leg-weakness'], onset: 'sudden', movementChangesPain: true },
    accepted: EM, exercises: ['progressive-weakness'],
  },
  {
    id: 'ces-wiping-feels-different', title: 'Sciatica, and toilet paper feels different when wiping', source: S.NHSCES,
    intake: { age: 45, pregnant: false, areas: ['lower-back', 'buttock', 'leg'], pattern: 'radiating', radiatesBelowKnee: true, quality: ['sharp', 'tingling'], intensity: 6, durationDays: 9, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['saddle-numbness'] },
    accepted: EM, exercises: ['cauda-equina'],
  },
  {
    id: 'sciatica-foot-drop', title: 'Sciatica with a leg getting weaker day by day', source: S.NHSSCIATICA,
    intake: { age: 48, pregnant: false, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: true, quality: ['sharp', 'numbness'], intensity: 6, durationDays: 12, trend: 'worsening', causes: ['lifting'], conditions: [], symptoms: ['progressive-leg-weakness'] },
    accepted: EM, exercises: ['progressive-weakness', 'nerve-pain-in-leg', 'getting-worse'],
  },

  // ───────────── Emergency: injury, chest, aorta, collapse ─────────────
  {
    id: 'trauma-ravine-fall', title: 'Fell about 1.5 metres onto his back and buttocks while walking', source: S.ORTHONURSE21,
    intake: { age: 47, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 8, durationDays: 0, trend: 'stable', causes: ['fall-or-accident'], conditions: [], symptoms: ['significant-trauma'], onset: 'sudden' },
    accepted: EM, exercises: ['major-trauma'],
  },
  {
    id: 'trauma-car-crash', title: 'Neck and upper back pain after a car crash', source: S.NHSBACK,
    intake: { age: 29, pregnant: false, areas: ['neck', 'upper-back'], pattern: 'widespread', quality: ['sharp', 'stiffness'], intensity: 6, durationDays: 0, trend: 'worsening', causes: ['fall-or-accident'], conditions: [], symptoms: ['significant-trauma'], onset: 'sudden', movementChangesPain: true },
    accepted: EM, exercises: ['major-trauma'],
  },
  {
    id: 'sseh-chest-arm-after-lift', title: 'Upper back pain after lifting at work, with chest pain running down the left arm', source: S.JFPSSEH,
    intake: { age: 34, pregnant: false, areas: ['upper-back'], pattern: 'radiating', quality: ['sharp', 'tingling'], intensity: 8, durationDays: 2, trend: 'worsening', causes: ['lifting'], conditions: [], symptoms: ['chest-pain', 'pain-spreading-to-arm-or-jaw'], onset: 'sudden', movementChangesPain: true, radiatesBelowKnee: false },
    accepted: EM, exercises: ['chest-or-breathing'],
  },
  {
    id: 'breathless-upper-back', title: 'Upper back pain and suddenly short of breath', source: S.NHSPE,
    intake: { age: 62, areas: ['upper-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 5, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['breathlessness'], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['chest-or-breathing', 'upper-back-constant'],
  },
  {
    id: 'aaa-pulsing-tummy', title: 'Low back ache with a pulsing feeling in the tummy', source: S.NHSAAA,
    intake: { age: 71, areas: ['lower-back', 'abdomen'], pattern: 'one-spot', quality: ['dull-ache', 'throbbing'], intensity: 5, durationDays: 2, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['pulsating-abdominal-pain'], onset: 'gradual', movementChangesPain: false },
    accepted: EM, exercises: ['aortic-aneurysm'],
  },
  {
    id: 'aaa-as-renal-colic', title: 'Sudden severe pain in the left side running to the groin in a man of 72', source: S.AAACOLIC,
    intake: { age: 72, areas: ['flank'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['sharp'], intensity: 9, durationDays: 0, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: [], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['aortic-aneurysm', 'kidney-stone-pattern'],
  },
  {
    id: 'aaa-stabbing-lbp-left-waiting', title: 'A day of sudden stabbing low back pain that no position changes, sent to wait', source: S.JPMS15,
    intake: { age: 55, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 7, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: [], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['aortic-aneurysm', 'G3'],
  },
  {
    id: 'aaa-known-sudden', title: 'Known aneurysm under scans, now sudden bad back pain', source: S.NICE156,
    intake: { age: 74, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 8, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: ['aortic-aneurysm'], symptoms: [], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['aortic-aneurysm', 'aortic-aneurysm-known'],
  },
  {
    id: 'aaa-ihd-lifting', title: 'Back pain after lifting in a man of 70 with heart disease and a repaired aneurysm', source: S.CRIM12,
    intake: { age: 70, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 6, durationDays: 1, trend: 'stable', causes: ['lifting'], conditions: ['heart-disease', 'aortic-aneurysm', 'diabetes'], symptoms: [], onset: 'sudden', movementChangesPain: false, daysSinceInjury: 1 },
    accepted: UR_OR_EM, exercises: ['aortic-aneurysm', 'fragility-fracture'],
  },
  {
    id: 'aaa-buttock-collapse', title: 'Sudden severe buttock pain, then he passed out', source: S.EMJBUTTOCK,
    intake: { age: 80, areas: ['buttock'], pattern: 'one-spot', quality: ['sharp'], intensity: 9, durationDays: 0, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['fainting'], onset: 'sudden', movementChangesPain: true, radiatesBelowKnee: false },
    accepted: EM, exercises: ['collapse'],
  },
  {
    id: 'aaa-collapse-chest', title: 'A day of low back pain, then collapse with chest pain', source: S.SIGNA19,
    intake: { age: 76, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 8, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['fainting', 'chest-pain'], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['collapse', 'chest-or-breathing'],
  },
  {
    id: 'dissection-tearing-under-50', title: 'Sudden tearing pain between the shoulder blades at 45', source: S.HAGAN00,
    intake: { age: 45, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['tearing'], intensity: 9, durationDays: 0, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['aortic-dissection'],
  },
  {
    id: 'dissection-interscapular-sweating', title: 'Sudden stabbing pain between the shoulder blades, sweating and restless', source: S.DISSECT08,
    intake: { age: 72, areas: ['upper-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 10, durationDays: 0, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['sweating-or-feeling-sick'], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['heart-attack-mimic', 'aortic-aneurysm'],
  },
  {
    id: 'dissection-tearing-chest-neck', title: 'Tall young woman with sudden tearing chest pain going to the neck and back', source: S.DISSECT08,
    intake: { age: 35, pregnant: false, areas: ['neck', 'upper-back'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['tearing'], intensity: 9, durationDays: 0, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['chest-pain', 'pain-spreading-to-arm-or-jaw'], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['aortic-dissection', 'chest-or-breathing'],
  },
  {
    id: 'heart-woman-jaw-sick', title: 'A day of ache between the shoulder blades, spreading to the jaw, feeling sick and sweaty', source: S.NHSHEART,
    intake: { age: 61, areas: ['upper-back'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['dull-ache'], intensity: 6, durationDays: 1, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick'], onset: 'gradual', movementChangesPain: false },
    accepted: EM, exercises: ['heart-attack-mimic'],
  },
  {
    id: 'heart-sudden-upper-back-46', title: 'Six hours of sudden severe upper back pain in a man of 46, later a heart attack', source: S.HUANG16,
    intake: { age: 46, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 8, durationDays: 0, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], onset: 'sudden', movementChangesPain: false },
    accepted: UR_OR_EM, exercises: ['upper-back-constant', 'sudden-constant-upper-back-pain'],
    note: 'Was a known gap: the §4 heart and aortic rules need an arm/jaw/sweating symptom or age 50+, so only upper-back-constant (gp-48h) fired. Closed by sudden-constant-upper-back-pain (docs/decisions/0050), awaiting sign-off.',
  },
  {
    id: 'heart-positional-jaw-sweating', title: 'Upper back pain that shifts with position, spreading to the jaw, with sweating and sickness', source: S.NICE95,
    intake: { age: 58, pregnant: false, areas: ['upper-back'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['dull-ache'], intensity: 5, durationDays: 1, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick'], onset: 'gradual', movementChangesPain: true },
    accepted: UR_OR_EM, exercises: ['heart-attack-mimic'],
    note: 'Was a known gap: heart-attack-mimic needed pain that movement does not change, so this got self-care with a massage plan while the §6 safety net said to get seen today for the same signs. Closed in decision 0050 (arm/jaw pain with sweating counts whatever movement does), awaiting sign-off.',
  },
  {
    id: 'heart-exertional-back', title: 'A month of back pain that comes on with effort and eases with rest, in a man of 66', source: S.MANNON24,
    intake: { age: 66, areas: ['neck', 'lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 5, durationDays: 30, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: true },
    accepted: ['emergency', 'urgent', 'see-doctor-first'], exercises: ['getting-worse'],
  },
  {
    id: 'heart-taxi-driver', title: 'A taxi driver\'s long-standing upper back pain gets much worse and changes with position', source: S.CUREUS23,
    intake: { age: 66, areas: ['upper-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 7, durationDays: 90, trend: 'worsening', causes: ['desk-posture'], conditions: [], symptoms: [], movementChangesPain: true },
    accepted: ['emergency', 'urgent', 'see-doctor-first'], exercises: ['getting-worse', 'G4'],
  },

  // ───────────── Emergency: lungs, sepsis, infection with nerve signs ─────────────
  {
    id: 'pe-cupping-haemoptysis', title: 'A week of mid and low back pain treated with cupping, then coughing blood and a high fever', source: S.THORACICPE,
    intake: { age: 21, pregnant: false, areas: ['mid-back', 'lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 5, durationDays: 7, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['coughing-blood', 'fever'], onset: 'gradual', movementChangesPain: true },
    accepted: EM, exercises: ['pulmonary-embolism', 'spinal-infection', 'contraindication:fever'],
  },
  {
    id: 'pe-breathing-past-clot', title: 'Sharp upper back pain on breathing in, with a past blood clot', source: S.NICE158,
    intake: { age: 48, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 6, durationDays: 1, trend: 'stable', causes: ['unknown'], conditions: ['dvt-history'], symptoms: ['pain-worse-breathing-in'], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['pulmonary-embolism', 'contraindication:dvt-history'],
  },
  {
    id: 'pe-after-knee-replacement', title: 'Ten days after a knee replacement, pain under the shoulder blade when breathing in', source: S.NICE158,
    intake: { age: 57, areas: ['upper-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 6, durationDays: 1, trend: 'stable', causes: ['unknown'], conditions: ['recent-surgery'], symptoms: ['pain-worse-breathing-in'], onset: 'sudden', movementChangesPain: true },
    accepted: EM, exercises: ['pulmonary-embolism', 'contraindication:recent-surgery'],
  },
  {
    id: 'pe-pregnant-breathing', title: 'Pregnant at 28 weeks, sharp upper back pain when breathing in', source: S.NICE158,
    intake: { age: 31, pregnant: true, pregnancyWeeks: 28, areas: ['upper-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 6, durationDays: 1, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['pain-worse-breathing-in'], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['pulmonary-embolism'],
  },
  {
    id: 'sepsis-confused', title: 'Back pain with fever after a water infection, now confused with blotchy skin', source: S.NHSSEPSIS,
    intake: { age: 67, areas: ['lower-back', 'flank'], pattern: 'widespread', quality: ['dull-ache'], intensity: 6, durationDays: 3, trend: 'worsening', causes: ['unknown'], conditions: ['recent-infection'], symptoms: ['fever', 'confused-or-very-unwell'], onset: 'gradual', movementChangesPain: false },
    accepted: EM, exercises: ['sepsis', 'kidney-infection'],
  },
  {
    id: 'abscess-fever-numb-leg', title: 'A week of fever and low back pain with the whole left leg numb', source: S.JMC20,
    intake: { age: 33, pregnant: false, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: true, quality: ['dull-ache', 'numbness'], intensity: 6, durationDays: 7, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['fever'] },
    accepted: EM, exercises: ['infection-nerve-signs'],
  },
  {
    id: 'abscess-after-icu', title: 'Back pain wrapping round the side after an intensive-care stay, low fever and a weak leg', source: S.JUCMSEA,
    intake: { age: 36, pregnant: false, areas: ['mid-back', 'flank'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['dull-ache'], intensity: 6, durationDays: 2, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['fever', 'weakness-or-trouble-walking'], onset: 'gradual', movementChangesPain: true },
    accepted: EM, exercises: ['infection-nerve-signs', 'kidney-infection'],
  },

  // ───────────── Emergency: cancer, bleeding into the spine, kidney ─────────────
  {
    id: 'mscc-renal-cancer-weak', title: 'Known spreading kidney cancer, three weeks of worse low back pain, now legs weak on the stairs', source: S.MSCCRENAL,
    intake: { age: 71, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 6, durationDays: 21, trend: 'worsening', causes: ['unknown'], conditions: ['cancer-history'], symptoms: ['weakness-or-trouble-walking'], onset: 'gradual', movementChangesPain: false, radiatesBelowKnee: false },
    accepted: EM, exercises: ['mscc-nerve-signs', 'cancer-with-warning-signs', 'cancer-history'],
  },
  {
    id: 'mscc-prostate-numb-legs', title: 'Prostate cancer in the bones, five days of a weak leg and now both legs numb', source: S.EMEDMSCC,
    intake: { age: 60, areas: ['mid-back', 'lower-back'], pattern: 'widespread', quality: ['numbness'], intensity: 4, durationDays: 5, trend: 'worsening', causes: ['unknown'], conditions: ['cancer-history'], symptoms: ['weakness-or-trouble-walking', 'numbness-both-legs'], onset: 'gradual', movementChangesPain: false, radiatesBelowKnee: false },
    accepted: EM, exercises: ['mscc-nerve-signs', 'cauda-equina'],
  },
  {
    id: 'sseh-warfarin-paraparesis', title: 'On warfarin after heart surgery: sudden severe back pain and weak legs', source: S.OZGER20,
    intake: { age: 53, pregnant: false, areas: ['mid-back', 'lower-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 9, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: ['anticoagulant-medication', 'heart-disease'], symptoms: ['weakness-or-trouble-walking'], onset: 'sudden', movementChangesPain: true, radiatesBelowKnee: false },
    accepted: EM, exercises: ['epidural-haematoma', 'epidural-haematoma-risk'],
  },
  {
    id: 'sseh-warfarin-flank', title: 'On warfarin: two days of sudden constant flank pain and constipation, nerves normal', source: S.AJEMSSEH,
    intake: { age: 58, areas: ['flank'], pattern: 'one-spot', quality: ['sharp'], intensity: 8, durationDays: 2, trend: 'stable', causes: ['unknown'], conditions: ['anticoagulant-medication', 'heart-disease', 'diabetes'], symptoms: [], onset: 'sudden', movementChangesPain: false, radiatesBelowKnee: false },
    accepted: UR_OR_EM, exercises: ['epidural-haematoma-risk', 'kidney-stone-pattern', 'aortic-aneurysm'],
  },
  {
    id: 'stone-with-fever', title: 'Sudden waves of flank pain with a fever and shivers', source: S.NHSSTONES,
    intake: { age: 38, pregnant: false, areas: ['flank'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['sharp'], intensity: 9, durationDays: 0, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['fever'], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['kidney-emergency', 'kidney-infection', 'kidney-stone-pattern', 'contraindication:fever'],
  },
  {
    id: 'stone-pregnant', title: 'Pregnant at 22 weeks, sudden severe pain in one side that no position eases', source: S.NHSKIDNEY,
    intake: { age: 29, pregnant: true, pregnancyWeeks: 22, areas: ['flank'], pattern: 'one-spot', quality: ['sharp'], intensity: 8, durationDays: 0, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: [], onset: 'sudden', movementChangesPain: false },
    accepted: EM, exercises: ['kidney-emergency', 'pregnancy-kidney'],
  },

  // ───────────── Emergency: pregnancy ─────────────
  {
    id: 'ectopic-shoulder-tip', title: 'Six weeks pregnant: one-sided tummy pain, low back ache and pain at the shoulder tip', source: S.NHSECTOPIC,
    intake: { age: 27, pregnant: true, pregnancyWeeks: 6, areas: ['lower-back', 'abdomen'], pattern: 'one-spot', quality: ['sharp'], intensity: 6, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['shoulder-tip-pain'], onset: 'gradual', movementChangesPain: true },
    accepted: EM, exercises: ['ectopic-pregnancy', 'early-pregnancy-pain'],
  },
  {
    id: 'ectopic-unsure-pregnant', title: 'No period for three months, not sure if pregnant, severe tummy pain', source: S.GARI20,
    intake: { age: 38, areas: ['abdomen', 'lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 8, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: ['might-be-pregnant'], symptoms: [], onset: 'gradual', movementChangesPain: false },
    accepted: EM, exercises: ['ectopic-pregnancy'],
  },
  {
    id: 'early-pregnancy-bleeding', title: 'Nine weeks pregnant with low backache and bleeding', source: S.NICE126,
    intake: { age: 32, pregnant: true, pregnancyWeeks: 9, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 4, durationDays: 1, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['vaginal-bleeding'] },
    accepted: EM, exercises: ['pregnancy-bleeding'],
  },
  {
    id: 'preterm-back-pain-waves', title: 'Thirty-one weeks pregnant, low back pain coming in waves with tightenings', source: S.NICE25,
    intake: { age: 26, pregnant: true, pregnancyWeeks: 31, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 5, durationDays: 0, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['waters-or-contractions'] },
    accepted: EM, exercises: ['preterm-labour'],
  },
  {
    id: 'pre-eclampsia-rib-pain', title: 'Thirty-five weeks pregnant: pain under the ribs into the back, a bad headache, puffy face and hands', source: S.NHSPREECLAMPSIA,
    intake: { age: 34, pregnant: true, pregnancyWeeks: 35, areas: ['mid-back', 'abdomen'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 6, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['pre-eclampsia-signs'], onset: 'gradual', movementChangesPain: false },
    accepted: EM, exercises: ['pre-eclampsia'],
  },
  {
    id: 'pre-eclampsia-headache-vision', title: 'Twenty-nine weeks pregnant, neck and upper back ache with a bad headache and flashing lights', source: S.NICE133,
    intake: { age: 37, pregnant: true, pregnancyWeeks: 29, areas: ['neck', 'upper-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 5, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['pre-eclampsia-signs'], onset: 'gradual', movementChangesPain: true },
    accepted: EM, exercises: ['pre-eclampsia'],
  },
  {
    id: 'pregnant-16-weeks-headache-vision', title: 'Sixteen weeks pregnant with back ache, a bad headache and blurred vision', source: S.NHSPREECLAMPSIA,
    intake: { age: 33, pregnant: true, pregnancyWeeks: 16, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 4, durationDays: 2, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['pre-eclampsia-signs'] },
    accepted: ['emergency', 'urgent', 'see-doctor-first'], exercises: ['pregnancy-warning-signs'],
    note: 'Was a known gap: pre-eclampsia fires only from 20 weeks and nothing else read pre-eclampsia-signs, so she got self-care with a massage plan. Closed by pregnancy-warning-signs (decision 0050), awaiting sign-off.',
  },
  {
    id: 'term-waters-back-pain', title: 'Thirty-nine weeks pregnant, back pain in waves and fluid leaking', source: S.TOMMYS,
    intake: { age: 30, pregnant: true, pregnancyWeeks: 39, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 6, durationDays: 0, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['waters-or-contractions'] },
    accepted: UR_OR_EM, exercises: ['labour-signs'], mustNotFire: ['preterm-labour'],
    note: 'Was a known gap: preterm-labour stops at 37 weeks and nothing else read waters-or-contractions, so labour at term got self-care with a massage plan. Closed by labour-signs (docs/decisions/0050), awaiting sign-off.',
  },

  // ───────────── Urgent ─────────────
  {
    id: 'fever-back-pain', title: 'Five days of low back pain with a fever and shivers, no other risk', source: S.IFOMPT20,
    intake: { age: 45, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 5, durationDays: 5, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['fever'] },
    accepted: UR, exercises: ['spinal-infection', 'contraindication:fever'],
  },
  {
    id: 'kidney-infection', title: 'Pain in the side and lower back with a fever and burning pee', source: S.NHSKIDNEY,
    intake: { age: 24, pregnant: false, areas: ['flank', 'lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 5, durationDays: 2, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['fever', 'urine-symptoms'], onset: 'gradual', movementChangesPain: true },
    accepted: UR, exercises: ['kidney-infection', 'spinal-infection'],
  },
  {
    id: 'fracture-osteoporosis-fall', title: 'Woman of 80 with thin bones, sharp back pain two days after a small fall at home', source: S.MFPFRACTURE,
    intake: { age: 80, areas: ['lower-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 7, durationDays: 2, trend: 'stable', causes: ['fall-or-accident'], conditions: ['osteoporosis'], symptoms: [], onset: 'sudden', movementChangesPain: true, daysSinceInjury: 2 },
    accepted: UR, exercises: ['fragility-fracture'],
  },
  {
    id: 'fracture-steroids-no-cause', title: 'Years of steroid tablets, sudden sharp mid-back pain for no clear reason', source: S.HENSCHKE09,
    intake: { age: 66, areas: ['mid-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 6, durationDays: 3, trend: 'stable', causes: ['unknown'], conditions: ['long-term-steroids'], symptoms: [], onset: 'sudden', movementChangesPain: true },
    accepted: UR, exercises: ['fragility-fracture'],
  },
  {
    id: 'fracture-new-fall-old-pain', title: 'Six weeks of back ache, then a fall on ice three days ago at 74', source: S.DOWNIE13,
    intake: { age: 74, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache', 'sharp'], intensity: 6, durationDays: 40, trend: 'worsening', causes: ['fall-or-accident'], conditions: [], symptoms: [], daysSinceInjury: 3 },
    accepted: UR, exercises: ['fragility-fracture', 'getting-worse'],
  },
  {
    id: 'fracture-aaa-thrombosed', title: 'A year of severe low back pain at 72, with diabetes, seen after a minor knock', source: S.JCE21,
    intake: { age: 72, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['dull-ache'], intensity: 8, durationDays: 365, trend: 'stable', causes: ['fall-or-accident'], conditions: ['diabetes'], symptoms: [], movementChangesPain: true, daysSinceInjury: 1 },
    accepted: UR_OR_EM, exercises: ['fragility-fracture'],
  },
  {
    id: 'cancer-mid-back', title: 'Breast cancer treated before, two weeks of new mid-back pain', source: S.NICE234,
    intake: { age: 58, pregnant: false, areas: ['mid-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 4, durationDays: 14, trend: 'stable', causes: ['unknown'], conditions: ['cancer-history'], symptoms: [], onset: 'gradual', movementChangesPain: true, radiatesBelowKnee: false },
    accepted: UR, exercises: ['cancer-with-warning-signs', 'cancer-history'],
  },
  {
    id: 'cancer-night-pain', title: 'Prostate cancer and three weeks of low back pain that wakes him and rest does not ease', source: S.NAIR14,
    intake: { age: 68, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 5, durationDays: 21, trend: 'stable', causes: ['unknown'], conditions: ['cancer-history'], symptoms: ['night-pain-at-rest'], onset: 'gradual', movementChangesPain: true, radiatesBelowKnee: false },
    accepted: UR, exercises: ['cancer-with-warning-signs', 'possible-serious-cause'],
  },
  {
    id: 'anticoagulant-sudden-severe', title: 'On blood thinners: sudden severe low back pain today, legs fine', source: S.FEDOR11,
    intake: { age: 64, areas: ['lower-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 8, durationDays: 0, trend: 'stable', causes: ['unknown'], conditions: ['anticoagulant-medication'], symptoms: [], onset: 'sudden', movementChangesPain: true, radiatesBelowKnee: false },
    accepted: UR_OR_EM, exercises: ['epidural-haematoma-risk'],
  },
  {
    id: 'kidney-stone', title: 'Sudden waves of severe pain in one side, cannot keep still, no fever', source: S.NHSSTONES,
    intake: { age: 35, pregnant: false, areas: ['flank'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['sharp'], intensity: 9, durationDays: 0, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], onset: 'sudden', movementChangesPain: false },
    accepted: UR_OR_EM, exercises: ['kidney-stone-pattern'],
  },
  {
    id: 'pancreatitis-belly-to-back', title: 'Sudden severe pain in the middle of the tummy going through to the back, being sick', source: S.NHSPANC,
    intake: { age: 44, pregnant: false, areas: ['abdomen', 'mid-back'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['dull-ache'], intensity: 9, durationDays: 0, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['sweating-or-feeling-sick'], onset: 'sudden', movementChangesPain: true },
    accepted: UR_OR_EM, exercises: ['sudden-belly-pain'],
  },
  {
    id: 'pancreatitis-back-chiro', title: 'Acute back pain at a chiropractor that turned out to be the pancreas', source: S.DECINA92,
    intake: { age: 46, pregnant: false, areas: ['mid-back', 'abdomen'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 8, durationDays: 1, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['sweating-or-feeling-sick'], onset: 'sudden', movementChangesPain: false },
    accepted: UR_OR_EM, exercises: ['sudden-belly-pain', 'heart-attack-mimic'],
  },
  {
    id: 'dvt-calf-and-back', title: 'Low back ache with one calf swollen, warm and throbbing', source: S.NHSDVT,
    intake: { age: 52, pregnant: false, areas: ['lower-back', 'leg'], pattern: 'widespread', radiatesBelowKnee: false, quality: ['dull-ache', 'throbbing'], intensity: 4, durationDays: 3, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['suspected-blood-clot'], onset: 'gradual' },
    accepted: UR, exercises: ['suspected-dvt', 'contraindication:suspected-blood-clot'],
  },
  {
    id: 'pleurisy-no-clot-risk', title: 'Sharp upper back pain on breathing in that no position changes, no clot risk', source: S.NHSPE,
    intake: { age: 33, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 6, durationDays: 1, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['pain-worse-breathing-in'], onset: 'gradual', movementChangesPain: false },
    accepted: UR_OR_EM, exercises: ['pleuritic-pain'],
  },
  {
    id: 'heart-ten-days-arm', title: 'Ten days of upper back ache spreading to the left arm, feeling sick, not changed by moving', source: S.NICE95,
    intake: { age: 63, areas: ['upper-back'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['dull-ache'], intensity: 5, durationDays: 10, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick'], onset: 'gradual', movementChangesPain: false },
    accepted: UR_OR_EM, exercises: ['heart-attack-mimic-recent', 'upper-back-constant'],
  },
  {
    id: 'sexual-problem-alone', title: 'Back pain and new trouble getting an erection, no leg symptoms', source: S.GIRFT23,
    intake: { age: 39, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 5, durationDays: 10, trend: 'stable', causes: ['lifting'], conditions: [], symptoms: ['new-sexual-problem'] },
    accepted: UR, exercises: ['new-sexual-problem', 'G6'], mustNotFire: ['cauda-equina'],
  },
  {
    id: 'early-pregnancy-ache', title: 'Seven weeks pregnant with a mild tummy and low back ache, no bleeding', source: S.NHSECTOPIC,
    intake: { age: 29, pregnant: true, pregnancyWeeks: 7, areas: ['abdomen', 'lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 4, durationDays: 2, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: true },
    accepted: UR, exercises: ['early-pregnancy-pain'], mustNotFire: ['ectopic-pregnancy'],
  },
  {
    id: 'pregnant-weeks-unknown', title: 'Pregnant, not sure how many weeks, a mild tummy and back ache', source: S.NICE126,
    intake: { age: 30, pregnant: true, areas: ['abdomen', 'lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 2, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: true },
    accepted: UR, exercises: ['early-pregnancy-pain'],
  },
  {
    id: 'side-pain-burning-pee', title: 'Two days of an aching side and low back with burning and peeing often, no fever', source: S.NHSKIDNEY,
    intake: { age: 34, pregnant: false, areas: ['flank', 'lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 4, durationDays: 2, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['urine-symptoms'], onset: 'gradual', movementChangesPain: true },
    accepted: ['urgent', 'see-doctor-first'], exercises: ['urine-symptoms'],
    note: 'Was a known gap: only kidney-infection (with fever) and pregnancy-kidney read urine-symptoms, so she got self-care and "no warning signs". Closed by urine-symptoms (decision 0050), awaiting sign-off.',
  },
  {
    id: 'pregnant-urine-side-pain', title: 'Twenty-four weeks pregnant, aching side and burning when peeing, no fever', source: S.NICE111,
    intake: { age: 27, pregnant: true, pregnancyWeeks: 24, areas: ['flank'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 4, durationDays: 2, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['urine-symptoms'], onset: 'gradual', movementChangesPain: true },
    accepted: UR, exercises: ['pregnancy-kidney'],
  },

  // ───────────── See a doctor first ─────────────
  {
    id: 'cancer-history-gardening', title: 'Breast cancer treated five years ago, back ache after gardening that is easing', source: S.NICE234,
    intake: { age: 61, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 3, durationDays: 5, trend: 'improving', causes: ['lifting'], conditions: ['cancer-history'], symptoms: [], onset: 'gradual', movementChangesPain: true, radiatesBelowKnee: false, ...WANTS_FIRM },
    accepted: SDF, exercises: ['cancer-history', 'massage:cancer-history'],
    note: 'Preferences are kept (an API caller may send them) so the §5 cap would have to act if this ever became self-care.',
  },
  {
    id: 'weight-loss-over-60', title: 'Six weeks of back pain at 67 and weight falling off without trying', source: S.NICE12,
    intake: { age: 67, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 4, durationDays: 42, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['unexplained-weight-loss'] },
    accepted: ['see-doctor-first', 'urgent'], exercises: ['possible-serious-cause'],
  },
  {
    id: 'night-pain-alone', title: 'Three weeks of back pain that rest at night does not ease, nothing else', source: S.DOWNIE13,
    intake: { age: 45, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 4, durationDays: 21, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['night-pain-at-rest'] },
    accepted: SDF, exercises: ['possible-serious-cause', 'G9'],
  },
  {
    id: 'cough-sneeze-pain', title: 'Two weeks of low back pain that shoots on coughing and sneezing', source: S.NHSBACK,
    intake: { age: 50, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 5, durationDays: 14, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['pain-worse-coughing-straining'], onset: 'gradual' },
    accepted: SDF, exercises: ['cough-strain-pain', 'G9'],
  },
  {
    id: 'back-lump', title: 'A new lump on the back with an ache round it', source: S.NHSBACK,
    intake: { age: 40, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 3, durationDays: 20, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['lump-or-changed-shape'] },
    accepted: SDF, exercises: ['back-lump', 'G9'],
  },
  {
    id: 'upper-back-same-always', title: 'Three weeks of upper back pain that is the same whatever she does', source: S.NHSBACK,
    intake: { age: 38, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 4, durationDays: 21, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: false },
    accepted: SDF, exercises: ['upper-back-constant', 'G4', 'G9'],
  },
  {
    id: 'pe-thoracic-after-accident', title: 'A month of dull constant upper back pain after a road accident, with palpitations', source: S.KOREAPE06,
    intake: { age: 55, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 4, durationDays: 30, trend: 'stable', causes: ['fall-or-accident'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: false },
    accepted: ['emergency', 'urgent', 'see-doctor-first'], exercises: ['upper-back-constant'],
  },
  {
    id: 'mscc-first-sign-chore', title: 'A week of upper back pain blamed on a household chore, getting worse, later a spinal tumour', source: S.AMJMSCC18,
    intake: { age: 66, areas: ['upper-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 5, durationDays: 7, trend: 'worsening', causes: ['lifting'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: true },
    accepted: ['urgent', 'see-doctor-first'], exercises: ['getting-worse'],
  },
  {
    id: 'injecting-drugs', title: 'Injects drugs, ten days of low back pain, no fever', source: S.IFOMPT20,
    intake: { age: 32, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 5, durationDays: 10, trend: 'stable', causes: ['unknown'], conditions: ['iv-drug-use'], symptoms: [] },
    accepted: ['see-doctor-first', 'urgent'], exercises: ['infection-risk'],
  },
  {
    id: 'abscess-after-hip-injection', title: 'Diabetes, severe low back pain some weeks after a hip joint injection', source: S.SCSC17,
    intake: { age: 63, areas: ['lower-back', 'hip'], pattern: 'one-spot', radiatesBelowKnee: false, quality: ['dull-ache'], intensity: 8, durationDays: 10, trend: 'worsening', causes: ['unknown'], conditions: ['diabetes', 'recent-spine-or-joint-procedure'], symptoms: [], onset: 'gradual', movementChangesPain: false },
    accepted: ['emergency', 'urgent', 'see-doctor-first'], exercises: ['infection-risk', 'contraindication:recent-spine-or-joint-procedure', 'getting-worse'],
  },
  {
    id: 'transplant-desk-ache', title: 'Kidney transplant on anti-rejection drugs, two weeks of desk back ache, no fever', source: S.IFOMPT20,
    intake: { age: 44, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 14, trend: 'stable', causes: ['desk-posture'], conditions: ['immunosuppressed'], symptoms: [], ...WANTS_FIRM },
    accepted: SDF, exercises: ['infection-risk', 'massage:immunosuppressed'],
    note: 'Preferences are kept (an API caller may send them) so the §5 cap would have to act if this ever became self-care.',
  },
  {
    id: 'aaa-known-mild', title: 'A small aneurysm under yearly scans, two months of mild low back ache', source: S.NHSAAA,
    intake: { age: 70, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 3, durationDays: 60, trend: 'stable', causes: ['desk-posture'], conditions: ['aortic-aneurysm'], symptoms: [], movementChangesPain: true, ...WANTS_FIRM },
    accepted: SDF, exercises: ['aortic-aneurysm-known', 'massage:aortic-aneurysm'],
    note: 'Preferences are kept (an API caller may send them) so the §5 cap would have to act if this ever became self-care.',
  },
  {
    id: 'aaa-silent-knees', title: 'Two months of slow low back pain into both knees; a large aneurysm was found on examination', source: S.LOURENCO18,
    intake: { age: 62, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['dull-ache'], intensity: 4, durationDays: 60, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [] },
    accepted: ['see-doctor-first', 'self-care'], exercises: ['lasting-over-6-weeks', 'G10'],
    note: 'Symptoms alone cannot find a silent aneurysm (it was felt on examination). Accepted: the 6-week and blood-test notes that send him to a GP. Listed in the hazard log as residual risk.',
  },
  {
    id: 'shingles-band-rash', title: 'Burning pain in a band round one side of the mid-back with a rash', source: S.NHSSHINGLES,
    intake: { age: 30, pregnant: false, areas: ['mid-back'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['burning'], intensity: 6, durationDays: 3, trend: 'worsening', causes: ['unknown'], conditions: [], symptoms: ['one-sided-band-or-rash'], onset: 'gradual', movementChangesPain: true },
    accepted: SDF, exercises: ['possible-shingles', 'contraindication:one-sided-band-or-rash'],
  },
  {
    id: 'shingles-as-sciatica', title: 'Electric-shock pain from the low back down one leg, numb, with blisters found later', source: S.PCZOSTER,
    intake: { age: 50, pregnant: false, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['tingling', 'numbness'], intensity: 6, durationDays: 20, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['one-sided-band-or-rash'], onset: 'gradual' },
    accepted: SDF, exercises: ['possible-shingles', 'nerve-pain-in-leg'],
  },
  {
    id: 'chest-wall-rower', title: 'Sharp upper back pain on breathing in after rowing, worse when twisting, no clot risk', source: S.NICE158,
    intake: { age: 28, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 5, durationDays: 2, trend: 'stable', causes: ['sports'], conditions: [], symptoms: ['pain-worse-breathing-in'], onset: 'gradual', movementChangesPain: true },
    accepted: SDF, exercises: ['chest-wall-pain', 'G8'], mustNotFire: ['pleuritic-pain', 'pulmonary-embolism'],
  },
  {
    id: 'sciatica-below-knee', title: 'Two weeks of low back pain with tingling down the back of the leg past the knee', source: S.NICE59,
    intake: { age: 42, pregnant: false, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: true, quality: ['sharp', 'tingling'], intensity: 5, durationDays: 14, trend: 'stable', causes: ['lifting'], conditions: [], symptoms: [] },
    accepted: SDF, exercises: ['nerve-pain-in-leg'],
  },
  {
    id: 'stenosis-both-legs-years', title: 'Two years of both legs aching on walking that eases on sitting', source: S.NICE59,
    intake: { age: 68, areas: ['lower-back', 'leg'], pattern: 'radiating', radiatesBelowKnee: true, quality: ['dull-ache'], intensity: 4, durationDays: 730, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [] },
    accepted: SDF, exercises: ['nerve-pain-in-leg', 'G5'], mustNotFire: ['cauda-equina'],
  },
  {
    id: 'worse-after-three-weeks', title: 'Three weeks of low back pain that keeps getting worse', source: S.NHSBACK,
    intake: { age: 36, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 5, durationDays: 21, trend: 'worsening', causes: ['desk-posture'], conditions: [], symptoms: [] },
    accepted: SDF, exercises: ['getting-worse'],
  },
  {
    id: 'axial-spa-young-man', title: 'Eight months of buttock and low back pain in a man of 27, waking him late at night, better with exercise and ibuprofen', source: S.NICE65,
    intake: { age: 27, pregnant: false, areas: ['lower-back', 'buttock'], pattern: 'widespread', radiatesBelowKnee: false, quality: ['stiffness', 'dull-ache'], intensity: 5, durationDays: 240, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['wakes-second-half-of-night', 'eases-with-movement', 'eases-with-anti-inflammatories'] },
    accepted: SDF, exercises: ['inflammatory-back-pain'],
  },
  {
    id: 'axial-spa-psoriasis-family', title: 'Five months of low back pain at 40 with psoriasis, a sister with spine arthritis, waking late at night', source: S.NHSAS,
    intake: { age: 40, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 4, durationDays: 150, trend: 'stable', causes: ['unknown'], conditions: ['psoriasis', 'family-spondyloarthritis'], symptoms: ['wakes-second-half-of-night'] },
    accepted: SDF, exercises: ['inflammatory-back-pain'],
  },
  {
    id: 'ra-flare', title: 'Rheumatoid arthritis flaring, hot swollen joints, and low back ache', source: S.NCCIH,
    intake: { age: 55, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache', 'stiffness'], intensity: 5, durationDays: 6, trend: 'stable', causes: ['unknown'], conditions: ['inflammatory-arthritis'], symptoms: ['arthritis-flare'], onset: 'gradual' },
    accepted: SDF, exercises: ['arthritis-flare', 'contraindication:arthritis-flare'],
  },
  {
    id: 'skin-infection-on-back', title: 'Desk back ache with an infected cut on the back', source: S.NCCIH,
    intake: { age: 35, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 3, durationDays: 7, trend: 'stable', causes: ['desk-posture'], conditions: ['open-wound-or-skin-infection'], symptoms: [] },
    accepted: SDF, exercises: ['contraindication:open-wound-or-skin-infection'],
  },
  {
    id: 'severe-osteoporosis-ache', title: 'Very thin bones and a mild stiff back for two months', source: S.NCCIH,
    intake: { age: 77, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 3, durationDays: 60, trend: 'stable', causes: ['unknown'], conditions: ['severe-osteoporosis'], symptoms: [] },
    accepted: SDF, exercises: ['contraindication:severe-osteoporosis'],
  },
  {
    id: 'haemophilia-ache', title: 'Haemophilia and a month of desk back ache', source: S.NCCIH,
    intake: { age: 30, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 3, durationDays: 30, trend: 'stable', causes: ['desk-posture'], conditions: ['clotting-disorder'], symptoms: [], onset: 'gradual', radiatesBelowKnee: false },
    accepted: SDF, exercises: ['contraindication:clotting-disorder'],
  },
  {
    id: 'past-clot-desk-ache', title: 'A blood clot in the leg years ago, now a desk back ache', source: S.NCCIH,
    intake: { age: 50, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 3, durationDays: 40, trend: 'stable', causes: ['desk-posture'], conditions: ['dvt-history'], symptoms: [] },
    accepted: SDF, exercises: ['contraindication:dvt-history'],
  },
  {
    id: 'broken-rib-healing', title: 'A broken rib four weeks ago, upper back still sore', source: S.NCCIH,
    intake: { age: 45, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 4, durationDays: 28, trend: 'improving', causes: ['fall-or-accident'], conditions: ['recent-fracture'], symptoms: [], onset: 'sudden', movementChangesPain: true },
    accepted: SDF, exercises: ['contraindication:recent-fracture'],
  },
  {
    id: 'flu-aching-back', title: 'Flu with an aching back', source: S.NCCIH,
    intake: { age: 25, pregnant: false, areas: ['lower-back', 'upper-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 4, durationDays: 2, trend: 'stable', causes: ['unknown'], conditions: ['contagious-illness'], symptoms: [], onset: 'gradual', movementChangesPain: true },
    accepted: SDF, exercises: ['contraindication:contagious-illness'],
  },
  {
    id: 'api-onset-left-out', title: 'Severe recent low back pain at 63, sent by an app that did not ask how it started', source: S.NICE156,
    intake: { age: 63, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 8, durationDays: 2, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], movementChangesPain: true },
    unanswered: ['onset'], accepted: SDF, exercises: ['unanswered-critical:'],
  },
  {
    id: 'api-pregnancy-signs-left-out', title: 'Pregnant at 20 weeks with back ache, sent without the pregnancy warning-sign question', source: S.TOMMYS,
    intake: { age: 28, pregnant: true, pregnancyWeeks: 20, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 5, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [] },
    unanswered: ['pregnancy-signs'], accepted: SDF, exercises: ['unanswered-critical:'],
  },
  {
    id: 'api-leg-check-left-out', title: 'On warfarin with a week of back ache, sent without the leg questions', source: S.SANDVIG16,
    intake: { age: 70, areas: ['lower-back'], pattern: 'one-spot', quality: ['dull-ache'], intensity: 4, durationDays: 7, trend: 'stable', causes: ['unknown'], conditions: ['anticoagulant-medication'], symptoms: [], onset: 'gradual' },
    unanswered: ['leg-check'], accepted: ['see-doctor-first', 'urgent'], exercises: ['unanswered-critical:'],
    note: 'At 70 with no known cause, fragility-fracture (same-day) may also fire: either level is acceptable.',
  },
  {
    id: 'sseh-neck-arm-weak', title: 'Healthy man of 28: sudden severe neck and shoulder pain with a slightly weak arm', source: S.AAPMSSEH,
    intake: { age: 28, pregnant: false, areas: ['neck', 'upper-back'], pattern: 'radiating', radiatesBelowKnee: false, quality: ['sharp'], intensity: 8, durationDays: 0, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['weakness-or-trouble-walking'], onset: 'sudden', movementChangesPain: true },
    accepted: UR_OR_EM, exercises: ['nerve-pain-in-leg', 'sudden-pain-with-weakness'],
    note: 'Was a known gap: new weakness with sudden severe spinal pain and no cancer, fever or blood thinner reached only nerve-pain-in-leg (book-gp). Closed by sudden-pain-with-weakness (docs/decisions/0050), awaiting sign-off.',
  },

  {
    id: 'sseh-neck-one-spot', title: 'The same bleed in the neck spine, told as sudden severe pain in one spot of the neck that nothing changes', source: S.AAPMSSEH,
    intake: { age: 28, pregnant: false, areas: ['neck'], pattern: 'one-spot', quality: ['sharp'], intensity: 8, durationDays: 0, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: ['weakness-or-trouble-walking'], onset: 'sudden', movementChangesPain: false },
    accepted: ['emergency', 'urgent', 'see-doctor-first'], exercises: ['sudden-constant-upper-back-pain', 'sudden-pain-with-weakness'],
    note: 'Was a known gap: no question asked about arm weakness for neck pain in one spot, and the sudden-pain rule read only the upper and mid back, so he got self-care with a massage plan. Closed in decision 0050 (weakness asked in the upper-body check; the neck added to sudden-constant-upper-back-pain), awaiting sign-off.',
  },
  // ───────────── Self-care (benign: must not be over-triaged) ─────────────
  {
    id: 'desk-low-back', title: 'Ten days of dull low back ache from long days at a desk', source: S.MAHER17,
    intake: { age: 35, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 4, durationDays: 10, trend: 'stable', causes: ['desk-posture'], conditions: [], symptoms: [], contexts: ['after-long-day'], ...HOME_MEDIUM },
    accepted: SC, exercises: ['no-warning-signs'],
  },
  {
    id: 'desk-neck-shoulders', title: 'Desk tension in the neck and upper back that eases when moving', source: S.HARTVIGSEN18,
    intake: { age: 29, pregnant: false, areas: ['neck', 'upper-back'], pattern: 'widespread', quality: ['tension', 'stiffness'], intensity: 4, durationDays: 14, trend: 'stable', causes: ['desk-posture'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: true, ...HOME_MEDIUM },
    accepted: SC, exercises: ['G4'], mustNotFire: ['upper-back-constant'],
  },
  {
    id: 'twinge-reaching-shoulder-blades', title: 'A sudden sharp twinge between the shoulder blades reaching for a box, worse on twisting', source: S.NHSBACK,
    intake: { age: 34, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 7, durationDays: 1, trend: 'stable', causes: ['lifting'], conditions: [], symptoms: [], onset: 'sudden', movementChangesPain: true, ...HOME_MEDIUM },
    accepted: SC, exercises: ['G3', 'G4'], mustNotFire: ['upper-back-constant', 'aortic-dissection', 'sudden-constant-upper-back-pain'],
  },
  {
    id: 'doms-deadlifts-day2', title: 'Sore low back two days after a first deadlift session, worse today', source: S.CHEUNG03,
    intake: { age: 24, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness', 'dull-ache'], intensity: 5, durationDays: 2, trend: 'worsening', causes: ['sports'], conditions: [], symptoms: [], contexts: ['after-exercise'], ...WANTS_FIRM },
    accepted: SC, exercises: ['G1', 'massage:recent-strain'], mustNotFire: ['getting-worse'],
  },
  {
    id: 'doms-rowing-day1', title: 'Stiff, sore back the day after a hard rowing class', source: S.CHEUNG03,
    intake: { age: 31, pregnant: false, areas: ['lower-back', 'upper-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 4, durationDays: 1, trend: 'stable', causes: ['sports'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: true, contexts: ['after-exercise'], ...HOME_MEDIUM },
    accepted: SC, exercises: ['G1'],
  },
  {
    id: 'new-mattress-stiffness', title: 'Ten days of morning stiffness since a new mattress', source: S.KOVACS03,
    intake: { age: 41, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 3, durationDays: 10, trend: 'stable', causes: ['sleep-position'], conditions: [], symptoms: ['morning-stiffness-over-30-min'], ...HOME_MEDIUM },
    accepted: SC, exercises: ['G2'], mustNotFire: ['inflammatory-back-pain'],
  },
  {
    id: 'gardening-ache', title: 'Four days of mild back ache after a weekend of gardening', source: S.NHSBACK,
    intake: { age: 52, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 4, trend: 'improving', causes: ['lifting'], conditions: [], symptoms: [], onset: 'gradual', ...HOME_MEDIUM },
    accepted: SC, exercises: ['G3'],
  },
  {
    id: 'sofa-lift-sudden-young', title: 'Sudden sharp strain in the low back and side lifting a sofa yesterday, worse on moving', source: S.MAHER17,
    intake: { age: 38, pregnant: false, areas: ['lower-back', 'flank'], pattern: 'one-spot', quality: ['sharp'], intensity: 7, durationDays: 1, trend: 'stable', causes: ['lifting'], conditions: [], symptoms: [], onset: 'sudden', movementChangesPain: true, ...WANTS_FIRM },
    accepted: SC, exercises: ['G3', 'massage:recent-strain'], mustNotFire: ['kidney-stone-pattern', 'aortic-aneurysm', 'sudden-belly-pain'],
  },
  {
    id: 'severe-pain-moving-house', title: 'Pain 9 out of 10 after moving house, eases lying still, nothing else', source: S.NHSBACK,
    intake: { age: 27, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['sharp'], intensity: 9, durationDays: 4, trend: 'improving', causes: ['lifting'], conditions: [], symptoms: [], onset: 'gradual', ...WANTS_FIRM },
    accepted: SC, exercises: ['G11', 'severe-pain-safety-net', 'massage:intensity-8'],
  },
  {
    id: 'chronic-stable-64', title: 'Four months of steady mechanical back ache at 64, no warning signs', source: S.NICE12,
    intake: { age: 64, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache', 'stiffness'], intensity: 4, durationDays: 120, trend: 'stable', causes: ['desk-posture'], conditions: [], symptoms: [], ...HOME_MEDIUM },
    accepted: SC, exercises: ['G10', 'lasting-over-6-weeks'],
  },
  {
    id: 'pregnancy-back-ache', title: 'Twenty-four weeks pregnant with an ordinary low back ache at the end of the day', source: S.NHSPREGBACK,
    intake: { age: 30, pregnant: true, pregnancyWeeks: 24, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 4, durationDays: 20, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], contexts: ['after-long-day'], ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:pregnant'],
  },
  {
    id: 'might-be-pregnant-desk-ache', title: 'A late period, so she might be pregnant, and a desk back ache; she likes firm pressure', source: S.TOMMYS,
    intake: { age: 29, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 5, trend: 'stable', causes: ['desk-posture'], conditions: ['might-be-pregnant'], symptoms: [], ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:pregnant'],
    note: 'Was a known gap: the §5 pregnancy blocks applied only to pregnant: true, so deep tissue, trigger point, shiatsu and hot stones were recommended. Closed in decision 0050 ("I might be pregnant" gets the pregnancy limits), awaiting sign-off.',
  },
  {
    id: 'diabetes-gardening', title: 'Type 2 diabetes and a back ache after gardening that changes with movement', source: S.IFOMPT20,
    intake: { age: 55, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 6, trend: 'improving', causes: ['lifting'], conditions: ['diabetes'], symptoms: [], onset: 'gradual', movementChangesPain: true, ...WANTS_FIRM },
    accepted: SC, exercises: ['G7', 'massage:diabetes', 'cautions'], mustNotFire: ['infection-risk', 'no-warning-signs'],
  },
  {
    id: 'osteoporosis-desk', title: 'Osteoporosis and two months of desk back ache, no fall', source: S.DOWNIE13,
    intake: { age: 62, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 60, trend: 'stable', causes: ['desk-posture'], conditions: ['osteoporosis'], symptoms: [], ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:osteoporosis'], mustNotFire: ['fragility-fracture'],
  },
  {
    id: 'steroids-desk', title: 'Asthma steroid tablets for years and six weeks of desk back ache', source: S.DOWNIE13,
    intake: { age: 48, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 42, trend: 'stable', causes: ['desk-posture'], conditions: ['long-term-steroids'], symptoms: [], ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:long-term-steroids'],
  },
  {
    id: 'warfarin-stiff-back', title: 'On warfarin with two months of a stiff, mechanical back', source: S.NCCIH,
    intake: { age: 67, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 3, durationDays: 60, trend: 'stable', causes: ['desk-posture'], conditions: ['anticoagulant-medication'], symptoms: [], radiatesBelowKnee: false, ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:anticoagulant-medication', 'cautions'], mustNotFire: ['no-warning-signs'],
  },
  {
    id: 'neuropathy-back-ache', title: 'Numb feet from diabetes and seven weeks of back ache', source: S.NCCIH,
    intake: { age: 58, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 50, trend: 'stable', causes: ['desk-posture'], conditions: ['diabetes', 'diabetic-neuropathy'], symptoms: [], movementChangesPain: true, ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:diabetic-neuropathy'],
  },
  {
    id: 'heat-faint-tension', title: 'Heat makes her faint; upper back tension from work', source: S.NCCIH,
    intake: { age: 45, pregnant: false, areas: ['upper-back'], pattern: 'widespread', quality: ['tension'], intensity: 4, durationDays: 35, trend: 'stable', causes: ['stress'], conditions: ['heat-sensitivity'], symptoms: [], movementChangesPain: true, ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:heat-sensitivity'],
  },
  {
    id: 'angina-gardening', title: 'Stable angina and a mild back ache after gardening', source: S.NCCIH,
    intake: { age: 66, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 5, trend: 'improving', causes: ['lifting'], conditions: ['heart-disease'], symptoms: [], onset: 'gradual', ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:heart-disease'],
  },
  {
    id: 'psoriasis-desk', title: 'Psoriasis and two weeks of desk back ache', source: S.NCCIH,
    intake: { age: 35, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 14, trend: 'stable', causes: ['desk-posture'], conditions: ['psoriasis'], symptoms: [], ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:psoriasis'],
  },
  {
    id: 'eczema-neck', title: 'Eczema and a tight neck from studying', source: S.NCCIH,
    intake: { age: 26, pregnant: false, areas: ['neck'], pattern: 'widespread', quality: ['tension'], intensity: 3, durationDays: 12, trend: 'stable', causes: ['desk-posture'], conditions: ['eczema-or-other-skin-condition'], symptoms: [], movementChangesPain: true, ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:eczema-or-other-skin-condition'],
  },
  {
    id: 'varicose-veins-ache', title: 'Varicose veins and a low back ache from standing at work', source: S.NCCIH,
    intake: { age: 50, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 40, trend: 'stable', causes: ['unknown'], conditions: ['varicose-veins'], symptoms: [], ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:varicose-veins'],
  },
  {
    id: 'ra-settled-desk', title: 'Rheumatoid arthritis, settled, and three weeks of desk back ache', source: S.NCCIH,
    intake: { age: 47, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 21, trend: 'stable', causes: ['desk-posture'], conditions: ['inflammatory-arthritis'], symptoms: [], ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:inflammatory-arthritis'], mustNotFire: ['arthritis-flare'],
  },
  {
    id: 'age-72-long-drive', title: 'Stiff low back after a long drive at 72', source: S.DOWNIE13,
    intake: { age: 72, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 3, durationDays: 5, trend: 'improving', causes: ['desk-posture'], conditions: [], symptoms: [], onset: 'gradual', ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:age-70'],
  },
  {
    id: 'age-83-stiff', title: 'Three weeks of a stiff back at 83, no fall', source: S.DOWNIE13,
    intake: { age: 83, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 3, durationDays: 21, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], onset: 'gradual', ...WANTS_FIRM },
    accepted: SC, exercises: ['massage:age-80-or-frail'],
  },
  {
    id: 'long-drive-44', title: 'Two days of a stiff low back after a long drive', source: S.NHSBACK,
    intake: { age: 44, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 3, durationDays: 2, trend: 'improving', causes: ['desk-posture'], conditions: [], symptoms: [], ...HOME_MEDIUM },
    accepted: SC, exercises: [],
  },
  {
    id: 'stress-neck-headaches', title: 'Stress: tight neck and shoulders with tension headaches', source: S.HARTVIGSEN18,
    intake: { age: 33, pregnant: false, areas: ['neck', 'upper-back'], pattern: 'widespread', quality: ['tension'], intensity: 4, durationDays: 20, trend: 'stable', causes: ['stress'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: true, contexts: ['tension-headaches'], ...HOME_MEDIUM },
    accepted: SC, exercises: ['G4'],
  },
  {
    id: 'cold-weather-stiffness', title: 'Two weeks of a stiff back in cold weather at 58', source: S.NHSBACK,
    intake: { age: 58, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 3, durationDays: 14, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], onset: 'gradual', contexts: ['cold-weather'], ...HOME_MEDIUM },
    accepted: SC, exercises: [],
  },
  {
    id: 'runner-more-miles', title: 'Ache in the low back after adding miles to a running plan', source: S.MAHER17,
    intake: { age: 36, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 3, trend: 'improving', causes: ['sports'], conditions: [], symptoms: [], contexts: ['after-exercise'], ...HOME_MEDIUM },
    accepted: SC, exercises: ['G1'],
  },
  {
    id: 'slept-awkwardly-neck', title: 'Woke with a stiff neck after sleeping awkwardly', source: S.NHSBACK,
    intake: { age: 22, pregnant: false, areas: ['neck'], pattern: 'one-spot', quality: ['stiffness', 'sharp'], intensity: 5, durationDays: 1, trend: 'stable', causes: ['sleep-position'], conditions: [], symptoms: [], movementChangesPain: true, ...HOME_MEDIUM },
    accepted: SC, exercises: [],
  },
  {
    id: 'chronic-massage-trial', title: 'Six months of non-specific low back pain, the kind massage trials enrol', source: S.CHERKIN11,
    intake: { age: 49, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 5, durationDays: 180, trend: 'stable', causes: ['unknown'], conditions: [], symptoms: [], ...HOME_MEDIUM },
    accepted: SC, exercises: ['lasting-over-6-weeks'],
  },
  {
    id: 'subacute-improving', title: 'Five weeks of low back pain that is slowly getting better', source: S.FURLAN15,
    intake: { age: 40, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['dull-ache'], intensity: 3, durationDays: 35, trend: 'improving', causes: ['unknown'], conditions: [], symptoms: [], ...HOME_MEDIUM },
    accepted: SC, exercises: [],
  },
  {
    id: 'morning-stiffness-no-spa', title: 'Four months of desk back pain with morning stiffness at 38, no other arthritis features', source: S.NICE65,
    intake: { age: 38, pregnant: false, areas: ['lower-back'], pattern: 'widespread', quality: ['stiffness'], intensity: 4, durationDays: 120, trend: 'stable', causes: ['desk-posture'], conditions: [], symptoms: ['morning-stiffness-over-30-min'], ...HOME_MEDIUM },
    accepted: SC, exercises: ['G2'], mustNotFire: ['inflammatory-back-pain'],
  },
  {
    id: 'api-neck-checks-left-out', title: 'Desk neck ache sent by an app that skipped the upper-body check', source: S.HARTVIGSEN18,
    intake: { age: 34, pregnant: false, areas: ['neck'], pattern: 'widespread', quality: ['tension'], intensity: 3, durationDays: 10, trend: 'stable', causes: ['desk-posture'], conditions: [], symptoms: [], movementChangesPain: true, ...HOME_MEDIUM },
    unanswered: ['upper-body-check'], accepted: SC, exercises: ['unanswered:'], mustNotFire: ['no-warning-signs'],
  },
];

export const VIGNETTES = Object.freeze(cases.map(vignette));
